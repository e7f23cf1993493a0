/** English text for deadlines. Keep keys in step with ../es/deadlines.ts. */
export const deadlines = {
  kinds: {
    deadline: 'Last day',
    earliest: 'Earliest day',
    threshold: 'Count to watch',
    'no-fixed-period': 'No fixed number of days',
  },
  statuses: {
    upcoming: 'Coming up',
    'due-soon': 'Due within 14 days',
    overdue: 'Overdue',
    met: 'Done',
    'not-applicable': 'Does not apply',
  },
  confidence: {
    high: 'Checked against the law',
    medium: 'From official guidance; not checked word for word',
    low: 'Not confirmed: check the state rule',
  },
  authority: {
    federal: 'Federal law',
  },
  states: {
    AL: 'Alabama',
    AK: 'Alaska',
    AZ: 'Arizona',
    AR: 'Arkansas',
    CA: 'California',
    CO: 'Colorado',
    CT: 'Connecticut',
    DE: 'Delaware',
    DC: 'The District of Columbia',
    FL: 'Florida',
    GA: 'Georgia',
    HI: 'Hawaii',
    ID: 'Idaho',
    IL: 'Illinois',
    IN: 'Indiana',
    IA: 'Iowa',
    KS: 'Kansas',
    KY: 'Kentucky',
    LA: 'Louisiana',
    ME: 'Maine',
    MD: 'Maryland',
    MA: 'Massachusetts',
    MI: 'Michigan',
    MN: 'Minnesota',
    MS: 'Mississippi',
    MO: 'Missouri',
    MT: 'Montana',
    NE: 'Nebraska',
    NV: 'Nevada',
    NH: 'New Hampshire',
    NJ: 'New Jersey',
    NM: 'New Mexico',
    NY: 'New York',
    NC: 'North Carolina',
    ND: 'North Dakota',
    OH: 'Ohio',
    OK: 'Oklahoma',
    OR: 'Oregon',
    PA: 'Pennsylvania',
    RI: 'Rhode Island',
    SC: 'South Carolina',
    SD: 'South Dakota',
    TN: 'Tennessee',
    TX: 'Texas',
    UT: 'Utah',
    VT: 'Vermont',
    VA: 'Virginia',
    WA: 'Washington',
    WV: 'West Virginia',
    WI: 'Wisconsin',
    WY: 'Wyoming',
  },
  units: {
    'calendar-days': { one: 'calendar day', other: 'calendar days' },
    'school-days': { one: 'school day', other: 'school days' },
    'business-days': { one: 'business day', other: 'business days' },
    months: { one: 'month', other: 'months' },
    years: { one: 'year', other: 'years' },
    'school-years': { one: 'school year', other: 'school years' },
  },
  rules: {
    'idea-evaluation-request-response': {
      title: "The school's answer to your evaluation request",
      what: 'The school must either ask for your consent to evaluate, or explain in writing why it will not.',
    },
    'idea-initial-evaluation': {
      title: 'Initial evaluation',
      what: 'The school must finish the first evaluation of your child.',
    },
    'idea-iep-meeting-after-eligibility': {
      title: 'First IEP meeting',
      what: "The school must hold a meeting to write your child's first IEP.",
    },
    'idea-services-start-after-iep': {
      title: 'Services start after the IEP',
      what: 'The school must start the services in the IEP as soon as it can.',
    },
    'idea-iep-in-effect-start-of-year': {
      title: 'IEP in place when school starts',
      what: "Your child's IEP must be in effect on the first day of the school year.",
    },
    'idea-annual-iep-review': {
      title: 'Annual IEP review',
      what: 'The IEP team must meet to review the IEP at least once a year.',
    },
    'idea-reevaluation-max-interval': {
      title: 'Three-year reevaluation',
      what: 'The school must evaluate your child again at least every three years, unless you both agree it is not needed.',
    },
    'idea-reevaluation-min-interval': {
      title: 'Earliest next reevaluation',
      what: 'The school does not have to evaluate your child again more than once a year, unless you both agree.',
    },
    'idea-exit-evaluation': {
      title: 'Evaluation before special education ends',
      what: 'The school must evaluate your child before it decides special education should end.',
    },
    'idea-part-c-to-b-by-third-birthday': {
      title: 'IEP by the third birthday',
      what: 'A child leaving early intervention must have an IEP in place by age 3.',
    },
    'idea-transition-services-by-16': {
      title: 'Transition plan by age 16',
      what: 'The IEP in effect at age 16 must set goals for life after school and the services to reach them.',
    },
    'idea-transfer-of-rights-statement': {
      title: 'Notice about rights at adulthood',
      what: 'At least a year before your child becomes an adult under state law, the IEP must say which rights will pass to your child.',
    },
    'idea-progress-reports': {
      title: 'Progress reports',
      what: 'The school must send progress reports as often as the IEP says.',
    },
    'idea-iep-meeting-notice': {
      title: 'Notice of the IEP meeting',
      what: 'The school must tell you about the meeting early enough for you to attend.',
    },
    'idea-transfer-comparable-services-in-state': {
      title: 'Services after a move within the state',
      what: 'The new district must give services like those in the old IEP from the start.',
    },
    'idea-transfer-comparable-services-out-of-state': {
      title: 'Services after a move from another state',
      what: 'The new district must give services like those in the old IEP from the start.',
    },
    'idea-transfer-records': {
      title: 'Records from the previous school',
      what: "The new school must promptly ask the old school for your child's records.",
    },
    'idea-prior-written-notice': {
      title: 'Prior written notice',
      what: "Before the school changes, or refuses to change, your child's evaluation, placement or services, it must explain in writing.",
    },
    'idea-consent-revocation-notice': {
      title: 'Notice before services stop',
      what: 'After you withdraw consent in writing, the school must send prior written notice before it stops services.',
    },
    'idea-safeguards-notice-annual': {
      title: 'Yearly notice of your rights',
      what: 'The school must give you the procedural safeguards notice once each school year.',
    },
    'idea-safeguards-notice-on-referral': {
      title: 'Notice of your rights after a referral',
      what: 'The school must give you the procedural safeguards notice when you first ask for an evaluation.',
    },
    'idea-safeguards-notice-on-complaint': {
      title: 'Notice of your rights after a complaint',
      what: 'The school must give you the procedural safeguards notice when it gets the first complaint of the school year.',
    },
    'idea-records-access': {
      title: 'Seeing school records (IDEA)',
      what: "The school must let you see your child's records without delay, and before any IEP meeting or hearing.",
    },
    'idea-iee-response': {
      title: 'Answer to your IEE request',
      what: 'Without delay, the school must pay for the independent evaluation or ask for a hearing to defend its own.',
    },
    'idea-discipline-removal-threshold': {
      title: 'Services after 10 days of removal',
      what: 'From the 11th school day of removal in a school year, the school must give your child services.',
    },
    'idea-discipline-notice-same-day': {
      title: 'Same-day notice of a discipline change',
      what: 'On the day it decides on a change of placement, the school must tell you and give you the safeguards notice.',
    },
    'idea-manifestation-determination': {
      title: 'Manifestation determination',
      what: 'The school must meet with you to decide whether the behavior came from the disability.',
    },
    'idea-iaes-special-circumstances': {
      title: 'End of the interim setting (weapons, drugs or injury)',
      what: 'Your child may stay in an interim setting for no more than 45 school days.',
    },
    'idea-hearing-officer-iaes': {
      title: 'End of the interim setting a hearing officer ordered',
      what: 'Your child may stay in the interim setting for no more than 45 school days.',
    },
    'idea-expedited-resolution-meeting': {
      title: 'Resolution meeting (expedited hearing)',
      what: 'The district must hold a resolution meeting within 7 days, unless you both agree to skip it.',
    },
    'idea-expedited-resolution-period': {
      title: 'Resolution period (expedited hearing)',
      what: 'If the case is not settled within 15 days, the expedited hearing may go ahead.',
    },
    'idea-expedited-hearing': {
      title: 'Expedited hearing',
      what: 'The hearing must take place within 20 school days of the request.',
    },
    'idea-expedited-decision': {
      title: 'Expedited hearing decision',
      what: 'The hearing officer must decide within 10 school days after the hearing.',
    },
    'idea-state-complaint-filing-limit': {
      title: 'Last day to file a state complaint',
      what: 'A state complaint must be about something that happened no more than one year before.',
    },
    'idea-state-complaint-decision': {
      title: 'State complaint decision',
      what: 'The state must look into the complaint and decide within 60 days.',
    },
    'idea-mediation-no-delay': {
      title: 'Mediation',
      what: 'The state must set up mediation promptly, and it cannot be used to delay a hearing.',
    },
    'idea-due-process-filing-limit': {
      title: 'Last day to ask for a due process hearing',
      what: 'You must file within the time limit after you knew, or should have known, about the problem.',
    },
    'idea-due-process-sufficiency-challenge': {
      title: 'Challenge to the complaint',
      what: 'The other side has 15 days to say the complaint is missing required information.',
    },
    'idea-due-process-sufficiency-ruling': {
      title: 'Ruling on the challenge',
      what: 'The hearing officer must decide within 5 days whether the complaint is complete.',
    },
    'idea-due-process-lea-response': {
      title: "The district's answer to your complaint",
      what: 'The district must answer your complaint in writing within 10 days.',
    },
    'idea-due-process-other-party-response': {
      title: 'Answer to the complaint',
      what: 'The side that received the complaint must answer its issues within 10 days.',
    },
    'idea-due-process-amendment-cutoff': {
      title: 'Last day to allow changes to the complaint',
      what: 'A hearing officer may allow changes to the complaint only up to 5 days before the hearing.',
    },
    'idea-resolution-meeting': {
      title: 'Resolution meeting',
      what: 'The district must meet with you within 15 days, unless you both agree to skip it or to use mediation.',
    },
    'idea-resolution-period': {
      title: 'Resolution period',
      what: 'The district has 30 days to settle your complaint before the hearing timeline starts.',
    },
    'idea-resolution-agreement-void-window': {
      title: 'Time to cancel a resolution agreement',
      what: 'Either side may cancel a signed resolution agreement within 3 business days.',
    },
    'idea-evidence-disclosure': {
      title: 'Share evidence before the hearing',
      what: 'Each side must share its evaluations and recommendations at least 5 business days before the hearing.',
    },
    'idea-hearing-decision': {
      title: 'Hearing decision',
      what: 'The hearing officer must decide and send the decision within 45 days after the resolution period.',
    },
    'idea-state-review-decision': {
      title: 'State review decision',
      what: 'In states with two levels of hearings, the review decision is due 30 days after the request.',
    },
    'idea-civil-action': {
      title: 'Last day to go to court',
      what: 'To appeal the hearing decision in court, you must file within the time limit.',
    },
    'idea-fee-settlement-offer': {
      title: 'Settlement offer before the hearing',
      what: 'A written offer made at least 10 days before the hearing can limit attorney fees later.',
    },
    'idea-fee-settlement-acceptance': {
      title: 'Time to accept a settlement offer',
      what: 'You have 10 days to accept a written settlement offer.',
    },
    's504-annual-child-find': {
      title: 'Yearly search for children who need help (Section 504)',
      what: 'Each year the district must look for children with disabilities and tell families about its duties.',
    },
    's504-evaluation-before-placement': {
      title: '504 evaluation before a plan',
      what: 'The school must evaluate your child before it puts a 504 plan in place or makes a big change.',
    },
    's504-periodic-reevaluation': {
      title: '504 reevaluation',
      what: 'The school must evaluate your child again from time to time, and before a big change in placement.',
    },
    's504-grievance': {
      title: '504 grievance decision',
      what: 'The district must settle your grievance promptly and fairly.',
    },
    's504-ocr-complaint': {
      title: 'Last day to file with OCR',
      what: 'A complaint to the Office for Civil Rights (OCR) is due within 180 days of the discrimination.',
    },
    's504-ocr-complaint-after-grievance': {
      title: 'Last day to file with OCR after a grievance',
      what: "If you used the school's grievance process, OCR expects your complaint within 60 days after it ends.",
    },
    's504-ocr-information-request': {
      title: 'Answer to OCR',
      what: 'When OCR asks you for more information, you have 20 days to answer.',
    },
    'ferpa-records-access': {
      title: 'Seeing school records (FERPA)',
      what: "The school must let you see your child's education records within 45 days of your request.",
    },
    'ferpa-amendment-decision': {
      title: 'Decision on correcting a record',
      what: 'The school must decide within a reasonable time whether to correct the record.',
    },
    'ferpa-complaint': {
      title: 'Last day for a FERPA complaint',
      what: 'A complaint about a school-records privacy violation is due within 180 days.',
    },
    'ferpa-rights-transfer': {
      title: 'Records rights pass to your child',
      what: 'At 18, the rights over school records (FERPA) pass from you to your child.',
    },
  },
  events: {
    'evaluation-requested': 'Evaluation requested in writing',
    'consent-requested-or-refusal-notice-sent': 'School asked for consent or refused in writing',
    'consent-to-evaluate-signed': 'Consent for the evaluation received',
    'evaluation-completed': 'Evaluation completed',
    'eligibility-determined': 'Eligibility decided',
    'initial-iep-meeting-held': 'First IEP meeting held',
    'iep-developed': 'IEP written',
    'services-begin': 'Services started',
    'school-year-starts': 'School year started',
    'iep-in-effect': 'IEP in effect',
    'iep-meeting-held': 'IEP meeting held',
    'annual-iep-review-held': 'Annual IEP review held',
    'reevaluation-completed': 'Reevaluation completed',
    'reevaluation-may-be-conducted': 'Reevaluation allowed',
    'termination-of-eligibility-proposed': 'School proposed ending special education',
    'child-date-of-birth': 'Child born',
    'iep-includes-transition-plan': 'Transition plan added to the IEP',
    'age-of-majority-date': 'Child reaches adult age under state law',
    'iep-includes-transfer-of-rights-statement': 'Rights statement added to the IEP',
    'progress-report-sent': 'Progress report sent',
    'iep-meeting-scheduled': 'Planned IEP meeting',
    'meeting-notice-sent': 'Meeting notice sent',
    'transfer-student-enrolled': 'Enrolled in a new district in the same state',
    'comparable-services-begin': 'Comparable services started',
    'transfer-student-enrolled-from-other-state': 'Enrolled from another state',
    'previous-school-records-requested': 'Records requested from the previous school',
    'school-proposes-or-refuses-action': 'Change the school proposed or refused',
    'prior-written-notice-sent': 'Prior written notice sent',
    'consent-for-services-revoked-in-writing': 'Consent for services withdrawn in writing',
    'procedural-safeguards-notice-given': 'Procedural safeguards notice given',
    'first-state-or-due-process-complaint-of-school-year': 'First complaint of the school year received',
    'records-request-received': 'Records request received',
    'records-made-available': 'Records made available',
    'iee-requested': 'Independent evaluation (IEE) requested',
    'due-process-filed-or-iee-funded': 'School asked for a hearing or agreed to pay for the IEE',
    'disciplinary-removal-day-recorded': 'Removed from school for discipline',
    'services-required-during-removal': 'Services during removal started',
    'disciplinary-change-of-placement-decided': 'Change of placement for discipline decided',
    'parent-notified-and-safeguards-given': 'You were told and given the safeguards notice',
    'manifestation-determination-held': 'Manifestation determination held',
    'removal-for-weapon-drugs-or-serious-bodily-injury': 'Removed for weapons, drugs or serious injury',
    'return-from-interim-alternative-setting': 'Returned from the interim setting',
    'hearing-officer-orders-iaes': 'Hearing officer ordered an interim setting',
    'expedited-due-process-complaint-received': 'Request for an expedited hearing received',
    'resolution-meeting-held': 'Resolution meeting held',
    'expedited-hearing-may-proceed': 'Expedited hearing may go ahead',
    'expedited-hearing-held': 'Expedited hearing held',
    'hearing-decision-issued': 'Hearing decision issued',
    'alleged-violation-occurred': 'Problem you are complaining about happened',
    'state-complaint-filed': 'State complaint filed',
    'state-complaint-decision-issued': 'State complaint decision issued',
    'mediation-requested': 'Mediation requested',
    'mediation-held': 'Mediation held',
    'parent-knew-or-should-have-known': 'You learned, or should have learned, of the problem',
    'due-process-complaint-filed': 'Due process complaint filed',
    'due-process-complaint-received': 'Due process complaint received',
    'sufficiency-challenge-filed': 'Challenge to the complaint filed',
    'sufficiency-ruling-issued': 'Ruling on the challenge issued',
    'parent-due-process-complaint-received': 'District received your due process complaint',
    'district-response-sent': "District's answer sent",
    'response-to-complaint-sent': 'Answer to the complaint sent',
    'due-process-hearing-date': 'Due process hearing',
    'amendment-permission-deadline': 'Last day to allow changes to the complaint',
    'resolution-period-ends': 'Resolution period ended',
    'resolution-agreement-signed': 'Resolution agreement signed',
    'agreement-void-deadline': 'Last day to cancel the agreement',
    'evaluations-and-evidence-disclosed': 'Evaluations and evidence shared',
    'state-level-review-requested': 'State review requested',
    'review-decision-issued': 'Review decision issued',
    'civil-action-filed': 'Court case filed',
    'administrative-hearing-begins': 'Hearing began',
    'written-settlement-offer-made': 'Written settlement offer made',
    'offer-accepted': 'Settlement offer accepted',
    'child-find-and-parent-notice': 'Yearly notice to families given',
    '504-referral-or-suspected-disability': 'Referred for a 504 evaluation',
    '504-evaluation-completed': '504 evaluation completed',
    '504-reevaluation-completed': '504 reevaluation completed',
    '504-grievance-filed': '504 grievance filed',
    '504-grievance-decision': '504 grievance decided',
    'alleged-discrimination-occurred': 'Discrimination you are complaining about happened',
    'ocr-complaint-filed': 'OCR complaint filed',
    'institutional-grievance-completed': "School's grievance process ended",
    'ocr-information-request-received': 'OCR asked you for more information',
    'complainant-response-sent': 'Your answer to OCR sent',
    '504-plan-meeting-held': '504 plan meeting held',
    '504-plan-in-effect': '504 plan in effect',
    'record-amendment-requested': 'You asked the school to correct a record',
    'amendment-decision-sent': 'Decision on correcting the record sent',
    'alleged-ferpa-violation': 'Records privacy problem happened',
    'ferpa-complaint-filed': 'FERPA complaint filed',
    'ferpa-rights-transfer-to-student': 'Records rights passed to your child',
    'district-written-notice-of-decision': "District's written notice of its decision",
    'referral-received': 'Referral received by the school',
    'iep-implemented': 'IEP put in place',
    'proposed-iep-or-ineligibility-notice-sent': 'Proposed IEP, or finding of no eligibility, sent',
    'fape-offer-or-ineligibility-notice-sent': 'Offer of services, or notice of no eligibility, sent',
    'written-referral-received': 'Written referral received',
    'placement-decided': 'Placement decided',
    'party-knew-or-reasonably-should-have-known': 'You learned, or should have learned, of the problem',
    'evaluation-report-given-to-parent': 'Evaluation report given to you',
    'evaluation-report-issued': 'Evaluation report issued',
    'evaluation-report-completed': 'Evaluation report completed',
    'referral-received-by-special-education-administrator':
      'Referral received by the special education office',
    'district-refusal-or-proposal': "District's refusal or proposal",
    'resolution-meeting-waived': 'Resolution meeting waived in writing',
    'age-of-majority-reached': 'Child reached adult age under state law',
    'screener-completed': 'Screener completed',
    'student-absent': 'Child absent from school',
    'due-process-hearing-held': 'Due process hearing held',
    'due-process-complaint-amended': 'Changed due process complaint filed',
    'resolution-no-agreement-possible': 'Both sides agreed in writing that no agreement is possible',
    'parent-failed-to-produce-child': 'Child not made available for the evaluation',
    'evaluation-completion-date-agreed': 'Finish date agreed with the new district',
    'reevaluation-agreed-unnecessary': 'You and the school agreed a reevaluation is not needed',
    'early-reevaluation-agreed': 'You and the school agreed to an early reevaluation',
    'graduated-with-regular-diploma': 'Graduated with a regular diploma',
    'aged-out-of-eligibility': 'Too old for special education',
    other: 'Other event',
  },
  explain: {
    event: '{{event}} on {{date}}.',
    birth: 'Your child was born on {{date}}.',
    majorityAssumed:
      "Your child turns {{age}} on {{date}}. Most states make 18 the age of adulthood, so we used that. Check your state's age.",
    countCalendar: '{{authority}} allows {{amount}} {{unit}}. The next day is day 1.',
    countSchool:
      '{{authority}} counts {{amount}} {{unit}}, starting the next day. A school day is a weekday when school is open.',
    skippedClosed: 'The school was closed on {{count}} weekdays in that span, so they are skipped.',
    skippedClosedOne: 'The school was closed on 1 weekday in that span, so it is skipped.',
    skippedSummer:
      '{{count}} weekdays in that span are outside the school year, so they do not count either.',
    skippedSummerOne: '1 weekday in that span is outside the school year, so it does not count either.',
    countBusiness:
      '{{authority}} counts {{amount}} {{unit}}, starting the next day: Monday to Friday, except holidays.',
    skippedHolidays: '{{count}} holidays in that span were skipped.',
    skippedHolidaysOne: '1 holiday in that span was skipped.',
    noHolidays: 'No holidays were listed, so only weekends were skipped.',
    countMonths: '{{authority}} allows {{amount}} {{unit}}, so the date falls on the same day of the month.',
    clamped: 'That month has no such day, so the date is the last day of the month.',
    countBackward: '{{authority}} says this must happen at least {{amount}} {{unit}} before that day.',
    beforeNoLead:
      'This must happen before that day. The law sets no number of days; it asks for a reasonable time before.',
    sameDay: 'This must happen on that same day.',
    notBefore:
      '{{authority}} says this does not have to happen until {{amount}} {{unit}} after that day, unless you and the school agree.',
    happensAt: 'This happens {{amount}} {{unit}} after that day.',
    schoolYear: 'This must happen during the school year, which ends on {{date}}.',
    schoolYearNoCalendar: 'No school calendar was given, so we counted one year from that day, less one day.',
    noFixedPeriod:
      'The law sets no fixed number of days for this; it must happen promptly. Pathway will remind you, but will not mark it late.',
    alsoDueBefore: '{{event}} on {{date}} comes sooner. This must be done before it, so that is the date.',
    due: 'Due on {{date}}.',
    earliest: 'Earliest date: {{date}}.',
    weekend:
      '{{date}} is a weekend day or a holiday. The law does not move the date, so plan to finish by the working day before.',
    needsCalendar:
      "This counts school days. Add your school's calendar (first day, last day and closed days) to see the date.",
    needsNextYear:
      'The count runs past the last day of the school year, {{date}}. Add the calendar for the next school year to see the date.',
    beforeCalendar:
      'No school calendar covers the days before {{date}}, so we counted them as days without school.',
    metOnTime: '{{event}} on {{date}}: on time.',
    metLate: '{{event}} on {{date}}: {{days}} days late.',
    metLateOne: '{{event}} on {{date}}: 1 day late.',
    metEarly: '{{event}} on {{date}}, before the earliest date.',
    endedByEvent: '{{event}} on {{date}}, so the period ended that day.',
    periodEnded: 'This period ended on {{date}}.',
    earliestReached: 'That date has passed, so this can happen now.',
    overdue: 'The date has passed, and your record does not show that this was done.',
    chanceEnded: 'The chance to do this ended on {{date}}.',
    superseded: '{{event}} on {{date}} started a new clock, so this one no longer applies.',
    chainComputed:
      'No event in your record shows when the earlier period ended ({{rule}}), so we used the date worked out from the complaint: {{date}}.',
    stateReplaces: '{{state}} uses its own rule here instead of the federal {{amount}} {{unit}}.',
    stateReplacesNoFigure: '{{state}} sets its own time for this; federal law sets no number of days.',
    stateUnknown:
      "We do not know if {{state}} sets its own time for this, so the federal rule is shown. Check with your state's education agency.",
    stateNoShorter: "We found no shorter time in {{state}}'s rules, so the federal time applies.",
    stateUnclear:
      "It is not clear whether a state may change this limit. Check with your state's education agency.",
    stateFolded:
      "In {{state}}, the first IEP must also be ready within the state's evaluation timeline. Check that date too.",
    candidateDate:
      '{{state}} may use {{amount}} {{unit}} instead, which would make it {{date}}, but we could not confirm this. Check the state rule ({{citation}}) before you rely on either date.',
    candidateNoDate:
      '{{state}} may use {{amount}} {{unit}} instead, but we could not confirm this. Check the state rule ({{citation}}).',
    gives: 'That gives {{date}}.',
    earlierApplies: 'The earlier of the two dates applies.',
    needsEvent:
      '{{state}} counts {{amount}} {{unit}} from a different event ({{event}}). Add its date to your record to see this deadline.',
    stateFromOtherEvent:
      "{{state}} counts from a different event ({{event}}). Add its date to see {{state}}'s own date; until then, the federal rule is shown.",
    pauses:
      '{{state}} stops this clock during summer and school breaks, so {{count}} days in that span were not counted.',
    pausesNoCalendar:
      "{{state}} stops this clock during school breaks and summer. No school calendar was given, so this is the earliest the date can be. Add your school's calendar to see the real date.",
    absences:
      'Your child was absent {{count}} school days in that span. {{state}} adds the absences when there are {{minimum}} or more, so the date moves to {{date}}.',
    absencesFew:
      'Your record shows {{count}} absences in that span. {{state}} adds absences only when there are {{minimum}} or more.',
    absencesNone:
      'If your child misses {{minimum}} or more school days in that span, {{state}} moves the date later by that many days.',
    endOfYearSchoolDays: 'That is {{count}} school days before the last day of school, {{date}}.',
    endOfYearCalendarDays: 'That is {{count}} days before the last day of school, {{date}}.',
    endOfYearRule: '{{state}} has a special rule for this case ({{citation}}), which sets the date below.',
    summerMoved: 'School was out on that day, so {{state}} counts from the first school day, {{date}}.',
    byAge: 'Your child was under {{age}} on that day, so {{state}} allows {{amount}} {{unit}}.',
    alternative:
      '{{state}} also sets a second limit of {{amount}} {{unit}} from another event ({{event}}), which gives {{date}}.',
    alternativeMissing:
      '{{state}} also sets a second limit of {{amount}} {{unit}} from another event ({{event}}). Add its date to check that limit too.',
    detail: {
      intellectualDisability: 'Your record says your child has an intellectual disability.',
    },
    removalTotal:
      'Your record shows {{count}} school days of removal in the school year that began on {{date}}.',
    removalRule:
      'After {{limit}} school days of removal in a school year, the school must give services from day {{next}} on, so your child can keep making progress.',
    removalDay: 'School day {{day}} of removal was {{date}}.',
    removalLeft: '{{left}} more school days of removal would start this duty.',
    removalLeftOne: '1 more school day of removal would start this duty.',
  },
  exceptions: {
    'parent-fails-to-produce-child':
      'The timeline does not apply while the child is not made available for the evaluation (34 CFR 300.301(d)(1)).',
    'child-transferred':
      'Your child moved to a new district during the evaluation, and you and the new district agreed in writing on a date to finish it. That date replaces the usual timeline (34 CFR 300.301(d)(2), (e)).',
    'parent-and-school-agree-unnecessary':
      'You and the school agreed that a reevaluation is not needed, so this date does not apply (34 CFR 300.303(b)(2)).',
    'parent-and-school-agree':
      'You and the school agreed to evaluate again sooner, so the one-year wait does not apply (34 CFR 300.303(b)(1)).',
    'graduation-regular-diploma':
      'No evaluation is needed when special education ends because your child graduates with a regular diploma. The school gives a summary of performance instead (34 CFR 300.305(e)(2)).',
    'aged-out':
      'No evaluation is needed when your child is too old for special education. The school gives a summary of performance instead (34 CFR 300.305(e)(2)).',
    'waived-in-writing-or-mediation':
      'You and the district agreed in writing to skip the meeting, or to use mediation, so the meeting is not required.',
    misrepresentation:
      'The time limit does not apply if the district misled you into thinking it had fixed the problem (34 CFR 300.511(f)(1)).',
    'withheld-information':
      'The time limit does not apply if the district held back information it had to give you (34 CFR 300.511(f)(2)).',
    'ocr-waiver': 'OCR may accept a late complaint for a good reason, if you ask and explain the delay.',
    'after-institutional-grievance':
      "If you used the school's grievance process first, you have 60 days after it ends to file with OCR.",
  },
  notApplicable: {
    'idea-iep-in-effect-start-of-year':
      'This applies to children who have an IEP. Your record does not show one.',
    'idea-part-c-to-b-by-third-birthday':
      'This applies to children who move from early intervention (Part C) before age 3. Your record shows no referral, evaluation or IEP before the third birthday.',
    'idea-transition-services-by-16':
      'This applies to children who have an IEP. Your record does not show one.',
    'idea-transfer-of-rights-statement':
      'This applies to children who have an IEP. Your record does not show one.',
  },
  notes: {
    'idea-annual-iep-review':
      'Some districts treat the day before this date as the last day. Ask yours which it uses.',
    'idea-transition-services-by-16':
      "The plan belongs in the IEP that will be in effect on your child's 16th birthday, so raise it at the IEP meeting before then.",
  },
  problems: {
    calendarNeeded:
      'Add the school calendar (first day, last day and closed days). The {{rule}} deadline counts school days.',
    nextYearNeeded:
      'Add the school calendar for the next school year. The {{rule}} deadline runs past {{date}}, the last day of the calendars given.',
    previousYearNeeded:
      'Add the school calendar for the earlier school year. The {{rule}} deadline counts school days back from {{date}}.',
    lastDayBeforeFirstDay: 'Enter a last day that comes after the first day.',
    calendarsOverlap: 'Make the school years separate: this one starts before the one before it ends.',
    bothCalendars: 'Give schoolCalendar or schoolCalendars, not both.',
    jurisdiction: 'Enter US or a two-letter state code, such as TX.',
    eventType:
      'Choose one of the event types in the deadline guide (docs/deadlines.md). "{{type}}" is not one.',
    unknownEventType:
      'Choose one of the event types in the deadline guide (docs/deadlines.md), for example iep-meeting-held.',
    duplicateEventId: 'Give each event its own id. This one is already used.',
  },
  lawData: {
    name: 'Use a kebab-case name: lowercase letters, digits and hyphens.',
    eventAndEffect: 'Give an exception both an event and an effect, or neither.',
    amountNeeded: 'Give an amount: a rule with bound "{{bound}}" counts a period.',
    noAmount: 'Remove the amount: a rule with no fixed period has none.',
    amountAndUnit: 'Give the amount and the unit together: both set, or both null.',
    figureIncomplete: 'Give the unit and the trigger along with the amount.',
    unknownWithFigure: 'Set a confidence other than "unknown" when you give a figure.',
    exactlyOne: 'Give exactly one of the choices here.',
    monthDay: 'Write the day as MM-DD, for example 06-30.',
    duplicate: '"{{value}}" is used more than once.',
    unknownRule: '"{{value}}" must be the id of a rule listed before this one.',
  },
} as const

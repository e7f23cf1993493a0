/**
 * English text for eventTypes. Keep keys in step with ../es/event-types.ts.
 * One entry per event type of src/domain/events/event-types.ts: `label` is what a parent picks from a
 * list; `hint` is one sentence saying what the event is and when to record it. Types that Pathway
 * works out from other dates say so, because a parent rarely records them by hand.
 */
export const eventTypes = {
  groups: {
    evaluation: 'Evaluation and eligibility',
    iep: 'IEP and meetings',
    'section-504': 'Section 504 and civil rights',
    notices: 'Notices and consent',
    records: 'School records',
    discipline: 'Discipline',
    disputes: 'Disagreements and hearings',
    other: 'Other',
  },
  'evaluation-requested': {
    label: 'Evaluation requested',
    hint: 'Record the date you asked the school in writing to test your child for special education (evaluation).',
  },
  'consent-requested-or-refusal-notice-sent': {
    label: 'School answered the evaluation request',
    hint: 'Record the date the school sent a consent form for the evaluation, or wrote to say it will not evaluate.',
  },
  'consent-to-evaluate-signed': {
    label: 'Consent to evaluate signed',
    hint: 'Record the date the school got your signed form saying yes to the evaluation (consent); the evaluation clock starts here.',
  },
  'evaluation-completed': {
    label: 'Evaluation completed',
    hint: 'Record the date the school finished all the tests and reviews of the evaluation.',
  },
  'eligibility-determined': {
    label: 'Eligibility decided',
    hint: 'Record the date the team decided if your child can get special education (eligibility).',
  },
  'initial-iep-meeting-held': {
    label: 'First IEP meeting held',
    hint: 'Record the date of the first meeting where the team wrote your child’s IEP.',
  },
  'iep-developed': {
    label: 'IEP written',
    hint: 'Record the date the team finished writing your child’s IEP.',
  },
  'services-begin': {
    label: 'Services started',
    hint: 'Record the first day your child really got the teaching and services the plan lists.',
  },
  'school-year-starts': {
    label: 'School year started',
    hint: 'Record the first day of the school year; an IEP must be in place by then.',
  },
  'iep-in-effect': {
    label: 'IEP in effect',
    hint: 'Record the date the IEP took effect and the school began to follow it.',
  },
  'iep-meeting-held': {
    label: 'IEP meeting held',
    hint: 'Record the date of any IEP team meeting; the next yearly review is due within a year of it.',
  },
  'annual-iep-review-held': {
    label: 'Yearly IEP review held',
    hint: 'Record the date of the meeting where the team looked at the whole IEP, which it must do at least once a year.',
  },
  'reevaluation-completed': {
    label: 'Reevaluation completed',
    hint: 'Record the date the school finished a new round of tests (reevaluation), which is due at least every 3 years.',
  },
  'reevaluation-may-be-conducted': {
    label: 'New evaluation allowed',
    hint: 'Pathway works out this date: the first day a new evaluation may take place unless you and the school agree to one sooner.',
  },
  'termination-of-eligibility-proposed': {
    label: 'School proposed ending special education',
    hint: 'Record the date the school said your child may no longer need special education; it must test your child again first (reevaluation).',
  },
  'child-date-of-birth': {
    label: 'Date of birth',
    hint: 'Your child’s date of birth, used to work out dates that depend on age, such as planning for life after school at 16.',
  },
  'iep-includes-transition-plan': {
    label: 'Transition plan added to the IEP',
    hint: 'Record the date the IEP first held goals and services for life after high school (transition services).',
  },
  'age-of-majority-date': {
    label: 'Adult age date',
    hint: 'The date your child becomes an adult under your state’s law, often at 18, when school rights pass to your child.',
  },
  'iep-includes-transfer-of-rights-statement': {
    label: 'Rights statement added to the IEP',
    hint: 'Record the date the IEP first said your child was told which rights pass to them as an adult.',
  },
  'progress-report-sent': {
    label: 'Progress report sent',
    hint: 'Record the date the school sent a report on how your child is doing on the IEP goals (progress report).',
  },
  'iep-meeting-scheduled': {
    label: 'IEP meeting scheduled',
    hint: 'Record the date set for an upcoming IEP meeting, so Pathway can remind you and check the invitation.',
  },
  'meeting-notice-sent': {
    label: 'Meeting notice sent',
    hint: 'Record the date the school sent the invitation that says why, when and where the meeting is and who will come.',
  },
  'transfer-student-enrolled': {
    label: 'Started at a new school in the same state',
    hint: 'Record the date your child, who has an IEP, started at a new school district in the same state.',
  },
  'comparable-services-begin': {
    label: 'Similar services started at the new school',
    hint: 'Record the date the new school began services like those in the old IEP (comparable services).',
  },
  'transfer-student-enrolled-from-other-state': {
    label: 'Started school after a move from another state',
    hint: 'Record the date your child, who has an IEP, started school in a new state.',
  },
  'previous-school-records-requested': {
    label: 'Old school’s records requested',
    hint: 'Record the date the new school asked the old school for your child’s records.',
  },
  'school-proposes-or-refuses-action': {
    label: 'School proposed or refused a change',
    hint: 'Record the date the school offered, or said no to, a change in how your child is tested, taught or placed.',
  },
  'prior-written-notice-sent': {
    label: 'Prior written notice sent',
    hint: 'Record the date the school gave you a letter that says what it decided and why (prior written notice).',
  },
  'consent-for-services-revoked-in-writing': {
    label: 'Consent for services taken back',
    hint: 'Record the date you told the school in writing that you take back your consent to all special education services.',
  },
  'procedural-safeguards-notice-given': {
    label: 'Rights booklet given',
    hint: 'Record the date the school gave you the booklet that explains your rights (procedural safeguards notice).',
  },
  'first-state-or-due-process-complaint-of-school-year': {
    label: 'First complaint of the school year',
    hint: 'Record the date of the first state complaint or due process complaint this school year; the school must give you the rights booklet then.',
  },
  'records-request-received': {
    label: 'Records request received',
    hint: 'Record the date the school got your request to see your child’s school records.',
  },
  'records-made-available': {
    label: 'Records made available',
    hint: 'Record the date the school let you see your child’s records or gave you copies.',
  },
  'iee-requested': {
    label: 'Outside evaluation requested',
    hint: 'Record the date you asked for an outside evaluation at the school’s cost (independent educational evaluation).',
  },
  'due-process-filed-or-iee-funded': {
    label: 'School answered the outside evaluation request',
    hint: 'Record the date the school agreed to pay for the outside evaluation, or asked for a hearing to defend its own.',
  },
  'disciplinary-removal-day-recorded': {
    label: 'Day kept out of class for discipline',
    hint: 'Record each school day your child was sent home, suspended or kept out of class for discipline.',
  },
  'services-required-during-removal': {
    label: 'Services due during removal',
    hint: 'Pathway works out this date: after 10 school days out of class in a year, your child must get services while away.',
  },
  'disciplinary-change-of-placement-decided': {
    label: 'Long removal for discipline decided',
    hint: 'Record the date the school decided on a removal of more than 10 school days in a row, or a pattern of removals (change of placement).',
  },
  'parent-notified-and-safeguards-given': {
    label: 'You were told about the removal',
    hint: 'Record the date the school told you about the removal and gave you the rights booklet.',
  },
  'manifestation-determination-held': {
    label: 'Manifestation determination held',
    hint: 'Record the date of the meeting on whether the behavior came from your child’s disability (manifestation determination).',
  },
  'removal-for-weapon-drugs-or-serious-bodily-injury': {
    label: 'Removal for a weapon, drugs or serious injury',
    hint: 'Record the date the school moved your child to another setting for a weapon, drugs or a serious injury at school.',
  },
  'return-from-interim-alternative-setting': {
    label: 'Back from the temporary setting',
    hint: 'Record the date your child came back from a temporary setting used for discipline (interim alternative educational setting).',
  },
  'hearing-officer-orders-iaes': {
    label: 'Hearing officer ordered a temporary setting',
    hint: 'Record the date a hearing officer sent your child to a temporary setting because staying was likely to cause harm.',
  },
  'expedited-due-process-complaint-received': {
    label: 'Fast hearing request received',
    hint: 'Record the date someone asked for a fast hearing about a discipline decision (expedited due process).',
  },
  'resolution-meeting-held': {
    label: 'Resolution meeting held',
    hint: 'Record the date of the meeting the school holds to try to settle a due process complaint (resolution meeting).',
  },
  'expedited-hearing-may-proceed': {
    label: 'Fast hearing may go ahead',
    hint: 'Pathway works out this date: the day a fast hearing about discipline may go ahead if the matter is not settled.',
  },
  'expedited-hearing-held': {
    label: 'Fast hearing held',
    hint: 'Record the date the fast hearing about a discipline decision took place.',
  },
  'hearing-decision-issued': {
    label: 'Hearing decision issued',
    hint: 'Record the date the hearing officer issued the written decision.',
  },
  'alleged-violation-occurred': {
    label: 'Date of the problem',
    hint: 'Record the date of the problem you believe broke special education rules; a state complaint must be filed within 1 year of it.',
  },
  'state-complaint-filed': {
    label: 'State complaint filed',
    hint: 'Record the date the state education agency got your signed, written complaint (state complaint).',
  },
  'state-complaint-decision-issued': {
    label: 'State complaint decision issued',
    hint: 'Record the date the state sent its written decision on the state complaint.',
  },
  'mediation-requested': {
    label: 'Mediation requested',
    hint: 'Record the date you or the school asked for a meeting with a neutral helper to settle a disagreement (mediation).',
  },
  'mediation-held': {
    label: 'Mediation held',
    hint: 'Record the date of the mediation meeting.',
  },
  'parent-knew-or-should-have-known': {
    label: 'Date you learned of the problem',
    hint: 'Record the date you knew, or should have known, about the problem; the time limit to ask for a hearing counts from it.',
  },
  'due-process-complaint-filed': {
    label: 'Due process complaint filed',
    hint: 'Record the date you or the school filed a written request for a hearing (due process complaint).',
  },
  'due-process-complaint-received': {
    label: 'Due process complaint received',
    hint: 'Record the date the other side got the due process complaint.',
  },
  'sufficiency-challenge-filed': {
    label: 'Complaint challenged as incomplete',
    hint: 'Record the date one side told the hearing officer that the due process complaint is missing facts it must have.',
  },
  'sufficiency-ruling-issued': {
    label: 'Ruling on the challenge issued',
    hint: 'Record the date the hearing officer decided if the due process complaint has enough facts.',
  },
  'parent-due-process-complaint-received': {
    label: 'School got your due process complaint',
    hint: 'Record the date the school district got the due process complaint you filed.',
  },
  'district-response-sent': {
    label: 'District answer sent',
    hint: 'Record the date the district sent its written answer to your due process complaint.',
  },
  'response-to-complaint-sent': {
    label: 'Answer to the complaint sent',
    hint: 'Record the date the other side sent its written answer to the issues in the due process complaint.',
  },
  'due-process-hearing-date': {
    label: 'Due process hearing date',
    hint: 'Record the date set for the due process hearing.',
  },
  'amendment-permission-deadline': {
    label: 'Last day to ask to change the complaint',
    hint: 'Pathway works out this date: the last day to ask the hearing officer to let you change the complaint, 5 days before the hearing.',
  },
  'resolution-period-ends': {
    label: 'Time to settle ends',
    hint: 'Pathway works out this date: the end of the 30 days to settle the complaint before the hearing clock starts.',
  },
  'resolution-agreement-signed': {
    label: 'Resolution agreement signed',
    hint: 'Record the date you and the school signed a written agreement to settle the complaint.',
  },
  'agreement-void-deadline': {
    label: 'Last day to cancel the agreement',
    hint: 'Pathway works out this date: the last day either side may cancel a signed resolution agreement, 3 business days after signing.',
  },
  'evaluations-and-evidence-disclosed': {
    label: 'Evidence shared before the hearing',
    hint: 'Record the date each side shared its evaluations and evidence, which must be at least 5 business days before the hearing.',
  },
  'state-level-review-requested': {
    label: 'State review requested',
    hint: 'Record the date you or the school asked the state to review a hearing decision (only in some states).',
  },
  'review-decision-issued': {
    label: 'State review decision issued',
    hint: 'Record the date the state reviewer sent the decision on the appeal.',
  },
  'civil-action-filed': {
    label: 'Court case filed',
    hint: 'Record the date a court case about the hearing decision was filed in state or federal court (civil action).',
  },
  'administrative-hearing-begins': {
    label: 'Hearing started',
    hint: 'Record the date the hearing began.',
  },
  'written-settlement-offer-made': {
    label: 'Written offer to settle made',
    hint: 'Record the date the school made a written offer to settle the case.',
  },
  'offer-accepted': {
    label: 'Offer to settle accepted',
    hint: 'Record the date the offer to settle was accepted.',
  },
  'child-find-and-parent-notice': {
    label: 'Yearly notice about finding students with disabilities',
    hint: 'Record the date the district told families about its yearly duty to find and serve students with disabilities (child find).',
  },
  '504-referral-or-suspected-disability': {
    label: '504 referral made',
    hint: 'Record the date you or the school asked for a Section 504 evaluation, or the school first had reason to think your child has a disability.',
  },
  '504-evaluation-completed': {
    label: '504 evaluation completed',
    hint: 'Record the date the school finished the evaluation for a 504 plan.',
  },
  '504-reevaluation-completed': {
    label: '504 reevaluation completed',
    hint: 'Record the date the school finished a new evaluation for the 504 plan (reevaluation).',
  },
  '504-plan-meeting-held': {
    label: '504 plan meeting held',
    hint: 'Record the date the school met with you to write or review your child’s 504 plan.',
  },
  '504-plan-in-effect': {
    label: '504 plan in effect',
    hint: 'Record the date your child’s 504 plan started to be used at school.',
  },
  '504-grievance-filed': {
    label: '504 grievance filed',
    hint: 'Record the date you gave the district’s 504 coordinator a written complaint (grievance).',
  },
  '504-grievance-decision': {
    label: '504 grievance decision',
    hint: 'Record the date the district sent its decision on your grievance.',
  },
  'alleged-discrimination-occurred': {
    label: 'Date of the unfair treatment',
    hint: 'Record the date your child was treated unfairly because of a disability; a complaint to the Office for Civil Rights is due within 180 days.',
  },
  'ocr-complaint-filed': {
    label: 'OCR complaint filed',
    hint: 'Record the date you filed a complaint with the federal Office for Civil Rights (OCR).',
  },
  'institutional-grievance-completed': {
    label: 'District grievance process ended',
    hint: 'Record the date the district’s grievance process ended; you then have 60 days to file with the Office for Civil Rights.',
  },
  'ocr-information-request-received': {
    label: 'OCR asked for more information',
    hint: 'Record the date the Office for Civil Rights (OCR) asked you for more facts; your answer is due within 20 days.',
  },
  'complainant-response-sent': {
    label: 'Answer sent to OCR',
    hint: 'Record the date you sent the Office for Civil Rights (OCR) the facts it asked for.',
  },
  'record-amendment-requested': {
    label: 'Records fix requested',
    hint: 'Record the date you asked the school to fix something wrong or misleading in your child’s records.',
  },
  'amendment-decision-sent': {
    label: 'Records fix decision',
    hint: 'Record the date the school told you if it will fix the record.',
  },
  'alleged-ferpa-violation': {
    label: 'Records privacy problem',
    hint: 'Record the date you believe the school broke the school records privacy law (FERPA).',
  },
  'ferpa-complaint-filed': {
    label: 'FERPA complaint filed',
    hint: 'Record the date you filed a records privacy complaint with the federal Student Privacy Policy Office.',
  },
  'ferpa-rights-transfer-to-student': {
    label: 'Records rights pass to your child',
    hint: 'The date your child turns 18 or starts college, when the rights over school records pass to your child.',
  },
  'district-written-notice-of-decision': {
    label: 'District’s written notice of its decision',
    hint: 'Record the date the district gave you its decision in writing; in some states the time to ask for a hearing counts from it.',
  },
  'referral-received': {
    label: 'Referral received',
    hint: 'Record the date the school got the request to consider your child for special education (referral); some states count from it.',
  },
  'iep-implemented': {
    label: 'First IEP put in place',
    hint: 'Record the date the school began to carry out your child’s first IEP.',
  },
  'proposed-iep-or-ineligibility-notice-sent': {
    label: 'Proposed IEP or “not eligible” notice sent',
    hint: 'Record the date the school sent you a proposed IEP, or a notice that your child is not eligible.',
  },
  'fape-offer-or-ineligibility-notice-sent': {
    label: 'Offer of services or “not eligible” notice sent',
    hint: 'Record the date the school sent its offer of services (offer of FAPE), or a notice that your child is not eligible.',
  },
  'written-referral-received': {
    label: 'Written referral received',
    hint: 'Record the date the school got the written request to evaluate your child.',
  },
  'placement-decided': {
    label: 'Placement decided',
    hint: 'Record the date the team decided where and how your child will get services (placement).',
  },
  'party-knew-or-reasonably-should-have-known': {
    label: 'Date the problem was known',
    hint: 'Record the date you knew, or should have known, about the problem; some states count the time to ask for a hearing from it.',
  },
  'evaluation-report-given-to-parent': {
    label: 'Evaluation report given to you',
    hint: 'Record the date you got the written report of the evaluation.',
  },
  'evaluation-report-issued': {
    label: 'Evaluation report issued',
    hint: 'Record the date the school issued the written evaluation report.',
  },
  'evaluation-report-completed': {
    label: 'Evaluation report completed',
    hint: 'Record the date the written evaluation report was finished.',
  },
  'referral-received-by-special-education-administrator': {
    label: 'Referral reached the special education office',
    hint: 'Record the date the district’s special education leader got the referral; some states count from it.',
  },
  'district-refusal-or-proposal': {
    label: 'District refused or proposed a change',
    hint: 'Record the date the district proposed or refused a change for your child; some states count the time to ask for a hearing from it.',
  },
  'resolution-meeting-waived': {
    label: 'Resolution meeting skipped',
    hint: 'Record the date you and the school agreed in writing to skip the resolution meeting.',
  },
  'age-of-majority-reached': {
    label: 'Your child became an adult',
    hint: 'Record the date your child reached adult age under your state’s law; school rights then pass to your child.',
  },
  'screener-completed': {
    label: 'Screener completed',
    hint: 'Record when you finished Pathway’s questions about which plan may fit your child.',
  },
  'student-absent': {
    label: 'Child absent',
    hint: 'Record a day your child missed school; in some states absences can push back the evaluation deadline.',
  },
  'due-process-hearing-held': {
    label: 'Due process hearing held',
    hint: 'Record the date the due process hearing took place; records must be shared with you before it.',
  },
  'due-process-complaint-amended': {
    label: 'Due process complaint changed',
    hint: 'Record the date a changed (amended) due process complaint was filed; it restarts the resolution timelines.',
  },
  'resolution-no-agreement-possible': {
    label: 'No agreement possible, agreed in writing',
    hint: 'Record the date you and the district agreed in writing that the resolution meeting cannot settle the complaint.',
  },
  'parent-failed-to-produce-child': {
    label: 'Child not available for the evaluation',
    hint: 'Record the date your child could not be made available for the evaluation; the timeline stops while that lasts.',
  },
  'evaluation-completion-date-agreed': {
    label: 'Evaluation finish date agreed after a move',
    hint: 'Record the date you and the new district agreed in writing on when to finish an evaluation the old district began.',
  },
  'reevaluation-agreed-unnecessary': {
    label: 'Reevaluation agreed not needed',
    hint: 'Record the date you and the school agreed in writing that the three-year reevaluation is not needed.',
  },
  'early-reevaluation-agreed': {
    label: 'Early reevaluation agreed',
    hint: 'Record the date you and the school agreed to reevaluate your child less than a year after the last evaluation.',
  },
  'graduated-with-regular-diploma': {
    label: 'Graduated with a regular diploma',
    hint: 'Record the date your child graduated with a regular high school diploma, which ends special education.',
  },
  'aged-out-of-eligibility': {
    label: 'Too old for special education',
    hint: 'Record the date your child passed the highest age your state serves in special education.',
  },
  other: {
    label: 'Other event',
    hint: 'Use this for anything important that fits no other type, such as a phone call or a note from school.',
  },
} as const

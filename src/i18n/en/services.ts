/** English text for services. Keep keys in step with ../es/services.ts. */
export const services = {
  status: {
    delivered: {
      label: 'Given',
      hint: 'The session took place.',
    },
    'missed-provider-absent': {
      label: 'Missed: provider away',
      hint: 'The therapist or teacher was away and nobody took their place. The school still owes these minutes.',
    },
    'missed-school-event': {
      label: 'Missed: school event',
      hint: 'A school activity, test or assembly took the time. The school still owes these minutes.',
    },
    'cancelled-by-school': {
      label: 'Cancelled by the school',
      hint: 'The school called off the session. The school still owes these minutes.',
    },
    'student-absent': {
      label: 'Missed: child absent',
      hint: 'Your child was not at school. The school does not owe these minutes.',
    },
    'cancelled-by-family': {
      label: 'Cancelled by your family',
      hint: 'Your family asked to skip the session. The school does not owe these minutes.',
    },
    'missed-reason-unknown': {
      label: 'Missed: reason not known',
      hint: 'The session did not happen and nobody has said why. Until a reason is given, we count these minutes as owed by the school.',
    },
  },
  category: {
    delivered: 'Given',
    school: 'Missed for school reasons',
    student: 'Missed because your child was absent or your family cancelled',
    unknown: 'Missed, reason not known',
  },
  amount: {
    day: '{{minutes}} minutes each school day',
    week: '{{minutes}} minutes each week',
    month: '{{minutes}} minutes each month',
  },
  figures: {
    required: 'Minutes the plan promises so far',
    delivered: 'Minutes given',
    missedSchool: 'Minutes missed for school reasons',
    missedStudent: 'Minutes missed because your child was absent or your family cancelled',
    missedUnknown: 'Minutes missed, reason not known',
    unrecorded: 'Promised minutes with no record',
    percent: 'Share of promised minutes given',
    percentValue: '{{percent}}%',
    owed: 'Minutes the school owes (compensatory services)',
    schoolDays: 'School days counted',
    noneRequired: 'No minutes were due between these dates.',
    outsideService_one: '{{count}} session is dated outside the service dates and is not counted.',
    outsideService_other: '{{count}} sessions are dated outside the service dates and are not counted.',
  },
  unconfirmed: {
    label: 'Reported by your family, not confirmed',
    hint: 'What your child told you is kept here with its date. It is not added to the totals until the school confirms it. Ask the school for its service log to check.',
    summary_one:
      '{{count}} family report not yet confirmed: {{delivered}} minutes given, {{missed}} minutes missed.',
    summary_other:
      '{{count}} family reports not yet confirmed: {{delivered}} minutes given, {{missed}} minutes missed.',
  },
  week: {
    label: 'Week of {{monday}}',
    noSchool: 'No school this week',
  },
  alerts: {
    belowThreshold: {
      title: '{{service}}: fewer minutes than the plan promises',
      body: 'From {{from}} to {{to}}, your child received {{delivered}} of the {{expected}} minutes the school could have given ({{percent}}%). That is less than 90%. Look at the service log with the school and ask how the missed minutes will be made up.',
    },
  },
  email: {
    subject: 'Services for {{name}}: {{title}}',
    link: 'See the service log and the minutes owed: {{url}}',
  },
  conventions: {
    title: 'How we count the minutes',
    schoolDays:
      'We count only the days your school was open for classes, from the first to the last day of the school year. Weekends, holidays and breaks are not school days (34 CFR 300.11).',
    partialWeek:
      'A weekly amount is spread over the five days from Monday to Friday. In a week with 3 school days, 3 fifths of the weekly minutes are due. This is how we count the first and last week of the school year and of the service.',
    closedDay:
      'When the school is closed for all students (a holiday, or a snow day you mark as closed), no service is due that day. A week with one holiday is due 4 fifths of the weekly minutes.',
    emptyWeek:
      'A week with no school days, such as winter break, is due no minutes. It is not one of the "last four school weeks" we check.',
    perMonth:
      'A monthly amount is spread over the weekdays of that month. Days the school is closed are taken out, so a month with a long break is due less. A monthly service is checked month by month, so the minutes can be given on any day of the month.',
    perDay:
      'A daily amount is due on each school day. It is checked week by week, so a session given later in the same week still counts.',
    planDates:
      "Minutes are due only from the service's start date to its end date, both days included (34 CFR 300.320(a)(7)).",
    sessionsOnDaysOff: 'A session given on a weekend, a holiday or during a break still counts as given.',
    sessionsOutsideDates:
      'Sessions dated before the service started or after it ended are listed but not counted.',
    schoolReasons:
      'When a session is missed because the provider was away, a school event took the time, or the school cancelled it, the school still owes those minutes.',
    studentReasons:
      'When a session is missed because your child was absent or your family cancelled it, the school does not owe those minutes for that week (or month).',
    unknownReason:
      'When a session was missed and nobody recorded why, we count the minutes as owed by the school until a reason is given.',
    unconfirmed:
      'What your child tells you, such as "no speech today", is kept as a family report. It is shown but not counted until the school confirms it.',
    makeUp:
      "Minutes given beyond the plan's amount in a week (or month) make up for minutes missed earlier. They do not count ahead for weeks still to come, because your child needs the service regularly, as the plan says.",
    owed: "Minutes owed are the promised minutes that were not given, less the minutes missed for your child's or your family's reasons. You can ask the school to make these up (compensatory services, 34 CFR 300.151(b)).",
    unrecorded:
      'Promised minutes with no record at all are counted as owed, because the school must give the service and keep a record of it. If you are not sure, ask the school for its service log.',
    rounding:
      'We add up the exact figures and round each total to the nearest whole minute at the end. Percentages are rounded down to one decimal place.',
    alert:
      'We let you know when less than 90% of the minutes the school could give were given over the last four school weeks (for a monthly service, the last school month).',
  },
  accommodations: {
    incidents_one: 'Not provided {{count}} time',
    incidents_other: 'Not provided {{count}} times',
    rate: 'Not provided on {{days}} of {{schoolDays}} school days ({{percent}}%)',
    noSchoolDays: 'There were no school days between these dates.',
    firstAndLast: 'First time on {{first}}, last time on {{last}}',
  },
  problems: {
    wholeMinutes: 'Enter minutes as a whole number, for example 30.',
    unknownService: 'Use the id of one of the services in "services".',
    duplicateServiceId: 'Give each service its own id. This id is already used by another service.',
    endBeforeStart: 'The end date must be the same as the start date or later.',
    periodEndBeforeStart: 'The end of the period must be the same as its start or later.',
    lastDayBeforeFirstDay: 'The last day of the school year must be the same as the first day or later.',
  },
  page: {
    title: 'Services and minutes',
    navLabel: 'Services and minutes',
    period: 'From {{from}} to {{to}}',
    intro:
      'The plan promises {{name}} a number of minutes of each service. Here you can see how many were given, how many were missed and why, and how many the school owes. Add each session to the service log as you learn about it.',
    logSession: 'Log a session',
    logWeek: 'Fill in a week',
    importCsv: 'Import a CSV file',
    seeLog: 'See every session in the service log',
    changePeriod: 'Change the dates or add the days the school was closed',
    from: 'From',
    to: 'To',
    closed: 'Days the school was closed',
    closedHint:
      'Holidays, breaks and snow days. Write dates like 2026-11-26, separated by commas. Write a break as 2026-12-21 to 2027-01-01.',
    fromSchoolYears:
      'The days counted come from the school years you entered: breaks, holidays and the summer are left out. To count other days, write the closed days below.',
    show: 'Show the minutes',
    closedCount: 'Days the school was closed, taken out of the count: {{count}}.',
    noPlan:
      'No plan was in effect on {{date}}. Minutes can be counted once a plan with services is in effect.',
    goToPlans: 'Go to the plans',
    totalsTitle: 'Minutes promised and given',
    noServices: 'The plan in effect lists no services.',
    totalsCaption: 'Minutes of each service from {{from}} to {{to}}',
    head: {
      service: 'Service',
      required: 'Promised',
      delivered: 'Given',
      missedSchool: 'Missed for school reasons',
      missedStudent: 'Missed: child absent or family cancelled',
      percent: 'Share given',
      owed: 'Owed',
      week: 'Week of',
      schoolDays: 'School days',
      missed: 'Missed',
    },
    owedTotal: 'In all, the school owes {{minutes}} minutes of services.',
    nothingOwed: 'The school owes no minutes for these dates.',
    notCounted: 'Not counted, because the plan does not say how many minutes or how often: {{services}}.',
    serviceSentence:
      '{{required}} minutes were promised and {{delivered}} were given. The school owes {{owed}} minutes.',
    unknownSentence: '{{minutes}} minutes were missed and nobody recorded why.',
    unrecordedSentence: '{{minutes}} promised minutes have no record at all. We count them as owed.',
    weeksCaption: '{{service}}, week by week',
    printHint: 'To keep a copy or attach it to a letter or a complaint, print this page or save it as a PDF.',
  },
  chart: {
    title:
      '{{service}}: minutes promised and given each week. In all, {{required}} promised and {{delivered}} given.',
    required: 'Promised',
    delivered: 'Given',
  },
  source: {
    family: { label: 'Our own record', hint: 'You saw it, or the school told you.' },
    school: { label: "The school's record", hint: 'From the service log the school or the provider keeps.' },
    'child-report': {
      label: 'What my child told me',
      hint: 'For example, "no speech today". It is kept but not counted until the school confirms it.',
    },
  },
  log: {
    title: 'Service log',
    intro: 'Every session you have logged, newest first.',
    empty: 'No sessions have been logged yet.',
    caption: 'Sessions logged: {{count}}',
    head: {
      date: 'Date',
      service: 'Service',
      minutes: 'Minutes',
      status: 'What happened',
      provider: 'Provider',
      actions: 'Actions',
    },
    oldService: 'A service no longer in the plan',
    unconfirmedTag: 'Not confirmed',
    change: 'Change',
    delete: 'Delete',
    sessionOf: '{{service}} on {{date}}',
    newTitle: 'Log a session',
    editTitle: 'Change a session',
    back: 'Back',
    add: 'Add the session',
    save: 'Save the session',
    noServices: 'The plan in effect lists no services yet, so there is nothing to log.',
    conflict:
      'Someone changed this session while you were working on it. It now says: {{date}}, {{minutes}} minutes, {{status}}. Your changes are below. Check them and save again.',
    deleteTitle: 'Delete this session?',
    deleteWhat: '{{service}} on {{date}}, {{minutes}} minutes. This cannot be undone.',
    deleteConfirm: 'Yes, delete it',
    deleteConflict: 'Someone changed this session since you opened it. Check it before you delete it.',
    fields: {
      service: 'Which service?',
      date: 'Date of the session',
      minutes: 'Minutes',
      minutesHint: 'For a missed session, the minutes it should have lasted. For example, 30.',
      status: 'What happened?',
      provider: 'Provider (optional)',
      providerHint: 'The therapist or teacher who gives the service.',
      note: 'Note (optional)',
      source: 'Where does this come from?',
    },
    problems: {
      serviceMissing: 'Choose the service.',
      serviceUnknown: 'Choose one of the services in the plan.',
      dateMissing: 'Enter the date.',
      dateInvalid: 'Enter a real date, for example 2026-10-05.',
      dateTooEarly: 'Enter a date in the year 2000 or later.',
      dateInFuture: 'Enter a date that is today or earlier.',
      minutesMissing: 'Enter the minutes.',
      minutesNotNumber: 'Enter the minutes as a whole number, for example 30.',
      minutesRange: 'Enter minutes from 1 to {{max}}.',
      statusMissing: 'Choose what happened.',
      sourceMissing: 'Choose where this comes from.',
      providerTooLong: 'Write the provider in {{max}} characters or fewer.',
      noteTooLong: 'Write the note in {{max}} characters or fewer.',
    },
  },
  grid: {
    title: 'Fill in the week of {{date}}',
    intro:
      'Write the minutes in each box and choose what happened. Leave a box empty when there was no session. Everything is saved together.',
    previous: 'Previous week',
    next: 'Next week',
    caption: 'Sessions in the week of {{date}}',
    cellLabel: '{{service}}, {{date}}',
    minutesLabel: 'Minutes: {{cell}}',
    statusLabel: 'What happened: {{cell}}',
    providerHint: 'Used for every session on this page.',
    save: 'Save the week',
    problems: {
      empty: 'Enter the minutes of at least one session.',
    },
  },
  csv: {
    title: 'Import sessions from a CSV file',
    intro:
      'Open your spreadsheet, save it as CSV, and paste it below. The first line names the columns: date, service, minutes, status, and if you like provider and note. For example:',
    example:
      'date,service,minutes,status,provider,note\n2026-10-05,Speech therapy,30,delivered,Ms. Lee,\n2026-10-07,Speech therapy,30,missed-provider-absent,,No substitute',
    statuses:
      'Write the status with one of these words: {{statuses}}. Write the service with its name in the plan.',
    allOrNothing:
      'If any line has a problem, nothing is saved, and we tell you the line and the column to fix.',
    label: 'The CSV text',
    hint: 'Paste everything, including the first line with the column names.',
    submit: 'Import the sessions',
    problems: {
      empty: 'Paste the CSV text.',
      noRows: 'Add at least one session below the line with the column names.',
      columnsMissing: 'The first line must name these columns: {{columns}}.',
      tooManyRows: 'Import at most {{max}} sessions at a time.',
      unclosedQuote: 'Line {{line}} opens a quotation mark that is never closed.',
      row: 'Line {{line}}, column "{{column}}": $t({{message}})',
    },
  },
  calendar: {
    problems: {
      closedInvalid:
        'We could not read "{{piece}}". Write dates like 2026-11-26, or 2026-12-21 to 2027-01-01.',
      closedBackwards: 'In "{{piece}}", the second date must be after the first.',
      closedTooLong: '"{{piece}}" is longer than {{max}} days. Write each break on its own.',
    },
  },
  compliance: {
    problems: {
      dateInvalid: 'Enter a real date, for example 2026-10-05.',
      fromAfterTo: 'The first date must be before the last date.',
    },
  },
  incidents: {
    title: 'Accommodations not provided',
    intro:
      'Write down each day an accommodation in the plan was not provided, with what happened. A record with dates helps when you talk to the school.',
    add: 'Log an accommodation not provided',
    none: 'The plan in effect lists no accommodations.',
    caption: 'How often each accommodation was not provided',
    head: { accommodation: 'Accommodation', notProvided: 'Not provided' },
    unnamed: 'Accommodation without a name',
    noneLogged: 'Nothing logged',
    reportedBy: 'reported by {{who}}',
    newTitle: 'Log an accommodation not provided',
    save: 'Save',
    delete: 'Delete',
    deleteContext: 'the entry for {{accommodation}} on {{date}}',
    deleteTitle: 'Delete this entry?',
    deleteWhat: 'You are deleting the entry for {{accommodation}} on {{date}}:',
    deleteEvidence: 'Documents attached to it stay in your documents.',
    deleteConfirm: 'Yes, delete the entry',
    evidence: 'Evidence:',
    fields: {
      evidence: 'Evidence from your documents',
      evidenceHint:
        'Tick the documents that show what happened, such as a graded test or an e-mail from the teacher.',
      evidenceNone:
        'To attach evidence, first add the document (a photo, a test, an e-mail) to your documents.',
      accommodation: 'Which accommodation?',
      choose: 'Choose an accommodation',
      date: 'Date',
      whatHappened: 'What happened?',
      whatHappenedHint: 'For example, "No extra time on the math test."',
      reportedBy: 'Who told you? (optional)',
      reportedByHint: 'For example, "my child" or "the classroom teacher".',
    },
    problems: {
      documentUnknown: 'Choose documents from this child’s documents.',
      accommodationMissing: 'Choose the accommodation.',
      accommodationUnknown: 'Choose one of the accommodations in the plan.',
      whatHappenedMissing: 'Write what happened.',
      whatHappenedTooLong: 'Write what happened in {{max}} characters or fewer.',
      reportedByTooLong: 'Write who told you in {{max}} characters or fewer.',
    },
  },
  letter: {
    intro:
      'You can ask the school in writing to make up the owed minutes. We write the first draft from these figures.',
    button: 'Write a letter asking for the minutes',
    factsPeriod: 'From {{from}} to {{to}}, counting only the days the school was open:',
    factsLine:
      '- {{service}} ({{amount}}): {{required}} minutes promised, {{delivered}} given, {{missedSchool}} missed for reasons that were not my child’s or my family’s. Owed: {{owed}} minutes.',
    factsTotal: 'In all, {{minutes}} minutes are owed.',
    resolution:
      'The {{minutes}} owed minutes made up, on a schedule we agree on in writing, without taking my child out of other instruction.',
  },
  link: {
    title: 'Log services for {{name}}',
    back: 'Back',
    intro:
      'The family of {{name}} asked you to log the service sessions you give. Add one session at a time: the date, the minutes, and what happened. Log missed sessions too, with the reason.',
    noServices: 'The plan has no services to log yet.',
    recentTitle: 'Sessions you logged in the last month',
    recentNone: 'You have not logged any sessions with this link yet.',
    privacy:
      'This link shows only what you need to log sessions. Keep it private. The family can end it at any time.',
  },
  dashboard: {
    title: 'Services given less than the plan promises',
  },
  flash: {
    added: 'The session was added.',
    addedMany: 'Sessions added: {{count}}.',
    imported: 'Sessions imported: {{count}}.',
    saved: 'The session was saved.',
    deleted: 'The session was deleted.',
    incidentAdded: 'The accommodation not provided was logged.',
    incidentDeleted: 'The entry was deleted.',
  },
  disclaimer:
    "These figures come from the records entered in Pathway. They are guidance, not legal advice. For free help with asking for compensatory services, contact your state's Parent Training and Information Center.",
} as const

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
  disclaimer:
    "These figures come from the records entered in Pathway. They are guidance, not legal advice. For free help with asking for compensatory services, contact your state's Parent Training and Information Center.",
} as const

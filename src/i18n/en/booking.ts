/** English text for booking. Keep keys in step with ../es/booking.ts. */
export const booking = {
  problems: {
    timeZone: 'Choose a time zone from the list, for example America/New_York.',
    startTime: 'Enter a start time on a 24-hour clock as HH:MM, for example 09:00.',
    endTime:
      'Enter an end time on a 24-hour clock as HH:MM, for example 17:30. Use 24:00 for midnight at the end of the day.',
    endNotAfterStart:
      'The end time must be later than the start time. For hours past midnight, end this day at 24:00 and add hours from 00:00 on the next day.',
    weeklyOverlap:
      'These hours overlap your hours from {{start}} to {{end}} on the same day. Change one of them.',
    exceptionOverlap:
      'These hours overlap your hours from {{start}} to {{end}} on the same date. Change one of them.',
    dayOffWithHours:
      'This date is marked as a day off and also has hours. Keep the day off or the hours, not both.',
    exceptionShape: 'Give a start and an end time for this date, or mark it as a day off.',
    lengthsEmpty: 'Offer at least one meeting length.',
    lengthTwice: 'This meeting length is listed twice. List each length once.',
    wholeNumber: 'Enter a whole number from {{minimum}} to {{maximum}}.',
    lengthNotOffered: 'Choose a meeting length that is offered: {{lengths}} minutes.',
    toBeforeFrom: 'The last date must be the same as the first date or later.',
    instant: 'Enter a date and time with its offset from UTC, for example 2026-03-09T14:00:00Z.',
    bookingEndNotAfterStart: 'The end of a booking must be later than its start.',
  },
  slotTaken: {
    nearest: 'Someone booked that time just before you. Here are the nearest open times.',
    noneOpen:
      'Someone booked that time just before you, and no other {{length}}-minute times are open right now. Choose another length, or try again later.',
  },
  page: {
    title: 'Book a call with {{name}}',
    lead: 'Choose how long you need, then pick a day and a time. You do not need an account.',
    length: 'How long do you need?',
    minutes: '{{count}} minutes',
    timeZone: 'Your time zone',
    timeZoneHint: 'Times are shown on your clock.',
    showTimes: 'Show times',
    timesFrom: 'Open times from {{from}} to {{to}}',
    shownIn: 'Times are in {{zone}} time.',
    noTimes: 'There are no open times on these dates. Try later dates or another length.',
    continue: 'Continue',
    datesNav: 'More dates',
    earlier: 'Earlier dates',
    later: 'Later dates',
  },
  details: {
    title: 'Your details',
    when: 'When',
    length: 'Length',
    noTime: 'No time chosen',
    chooseNearest: 'Choose another time',
    name: 'Your name',
    email: 'Your e-mail address',
    emailHint: 'We send the confirmation and the links to change or cancel the call here.',
    phone: 'Phone number (optional)',
    grade: "Your child's grade (optional)",
    state: 'The state where your child goes to school (optional)',
    notSay: 'Prefer not to say',
    child: 'Share this call with a child in Pathway (optional)',
    childHint: 'The advocate does not see the record until you share it.',
    noChild: 'No child',
    reason: 'What would you like to talk about?',
    reasonHint: 'A few sentences are enough. Do not include medical details you do not want to share.',
    submit: 'Book the call',
  },
  form: {
    problems: {
      start: 'Choose a time from the list.',
      chooseTime: 'Choose a new time from the list.',
      nameMissing: 'Enter your name.',
      emailMissing: 'Enter your e-mail address.',
      emailFormat: 'Enter an e-mail address like name@example.com.',
      tooLong: 'Use {{maximum}} characters or fewer.',
      grade: 'Choose a grade from the list.',
      state: 'Choose a state from the list.',
      reasonMissing: 'Tell the advocate what you would like to talk about.',
      child: 'Sign in to share a child with the advocate.',
    },
  },
  confirmed: {
    title: 'Your call is booked',
    when: 'You have a call with {{name}} on {{date}} at {{time}} ({{zone}} time).',
    email: 'We sent a confirmation to your e-mail address, with a calendar invitation.',
    change: 'To change or cancel the call, use the link in that e-mail.',
  },
  manage: {
    title: 'Your call',
    with: 'With',
    moveHeading: 'Move the call',
    move: 'Move the call to this time',
    moved: 'Your call has been moved. We sent the new time by e-mail.',
    cancelHeading: 'Cancel the call',
    cancel: 'Cancel the call',
  },
  cancelled: {
    title: 'Your call is cancelled',
    body: 'We told the advocate. You do not need to do anything else.',
    again: 'Book another time',
  },
  mail: {
    eventTitle: 'Call: {{advocate}} and {{family}}',
    link: {
      family: 'To move or cancel the call: {{manageUrl}}',
      advocate: 'Your caseload: {{manageUrl}}',
    },
    booked: {
      family: {
        subject: 'Your call with {{other}} is booked',
        body: 'Your {{length}}-minute call with {{other}} is booked for {{when}}. The calendar invitation is attached.',
      },
      advocate: {
        subject: 'New call booked: {{other}}',
        body: '{{other}} booked a {{length}}-minute call for {{when}}. The calendar invitation is attached.',
      },
    },
    rescheduled: {
      family: {
        subject: 'Your call with {{other}} has moved',
        body: 'Your call with {{other}} is now on {{when}}. The updated calendar invitation is attached.',
      },
      advocate: {
        subject: 'Call moved: {{other}}',
        body: '{{other}} moved their call to {{when}}. The updated calendar invitation is attached.',
      },
    },
    cancelled: {
      family: {
        subject: 'Your call with {{other}} is cancelled',
        body: 'Your call with {{other}} on {{when}} is cancelled.',
      },
      advocate: {
        subject: 'Call cancelled: {{other}}',
        body: '{{other}} cancelled their call on {{when}}.',
      },
    },
    reminder: {
      family: {
        subject: 'Reminder: your call with {{other}} tomorrow',
        body: 'A reminder: your {{length}}-minute call with {{other}} is on {{when}}.',
      },
      advocate: {
        subject: 'Reminder: call with {{other}} tomorrow',
        body: 'A reminder: your {{length}}-minute call with {{other}} is on {{when}}.',
      },
    },
  },
} as const

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
} as const

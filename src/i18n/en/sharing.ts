/** English text for sharing. Keep keys in step with ../es/sharing.ts. */
export const sharing = {
  enter: {
    title: 'Add information about {{name}}',
    intro:
      'The family of {{name}} gave you this link so you can add information to their record. You can add it here without an account. You cannot see the rest of the record.',
    progress: 'Add progress data',
    progressHint: 'Record how {{name}} did on a goal: a score, a count or a percentage, with the date.',
    services: 'Log service sessions',
    servicesHint:
      'Record a session of a service {{name}} gets, such as speech therapy: the date and the minutes.',
    keepPrivate:
      'Keep this link private. Anyone who has it can add information. The family can end it at any time.',
  },
  problems: {
    labelMissing: 'Enter who the link is for, for example "Ms. Lee, reading teacher"',
    tooLong: 'Enter no more than {{max}} characters',
    purposeMissing: 'Choose what the link is for',
    lastDayInvalid: 'Enter the last day as a real date, for example 2027-06-30',
    lastDayPast: 'The last day must be today or later',
  },
} as const

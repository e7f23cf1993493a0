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
  scopes: {
    full: { label: 'Full access', hint: 'See and change everything in the record of {{name}}.' },
    read: { label: 'See the record', hint: 'See everything in the record of {{name}}, without changing it.' },
    glance: { label: 'Plan at a glance', hint: 'See only the one-page summary of the plan of {{name}}.' },
    'data-entry': {
      label: 'Add data only',
      hint: 'Add progress data and service sessions for {{name}}, without seeing the rest of the record.',
    },
  },
  email: {
    invitation: {
      subject: '{{inviter}} shared the record of {{name}} with you on Pathway',
      body: '{{inviter}} invited you to the Pathway record of {{name}}.\n\nWhat you can do: {{scope}}. {{scopeHint}}\n{{until}}\n\nTo accept, open this link and sign in, or create a free account with this e-mail address:\n{{url}}\n\nThe link works for {{days}} days. If you did not expect this, you can ignore this e-mail or decline on that page.',
      until: 'Access ends after {{date}}.',
      noEnd: 'Access has no end date. The family can end it at any time.',
    },
  },
  problems: {
    scopeMissing: 'Choose what the person can do',
    languageMissing: 'Choose the language of the e-mail',
    organizationNotFound:
      'We could not find an organization run by this e-mail address. Check the address, or invite the person by e-mail instead',
    labelMissing: 'Enter who the link is for, for example "Ms. Lee, reading teacher"',
    tooLong: 'Enter no more than {{max}} characters',
    purposeMissing: 'Choose what the link is for',
    lastDayInvalid: 'Enter the last day as a real date, for example 2027-06-30',
    lastDayPast: 'The last day must be today or later',
  },
} as const

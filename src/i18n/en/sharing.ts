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
  page: {
    title: 'Who can see this record',
    intro:
      'Everyone outside your household who can see or add to the record of {{name}}, and the links you made. You can end any of them at any time, and it takes effect at once.',
    household: 'The people in your household can always see and change the record.',
    peopleTitle: 'People and organizations',
    peopleCaption: 'People and organizations who can see the record of {{name}}',
    noPeople: 'You have not shared this record with anyone.',
    organization: 'Organization: all its members',
    headWho: 'Who',
    headCan: 'What they can do',
    headUntil: 'Until',
    headAction: 'Action',
    headLink: 'Link',
    headFor: 'For',
    headLastUsed: 'Last used',
    until: 'Until {{date}}',
    noEnd: 'No end date',
    end: 'End access',
    withdraw: 'Withdraw',
    invite: 'Invite a person',
    shareOrganization: 'Share with an organization',
    invitationsTitle: 'Invitations waiting for an answer',
    linksTitle: 'Links',
    linksIntro:
      'A link works without an account. Anyone who has it can use it, so give it only to the person it is for.',
    noLinks: 'You have not made any links.',
    neverUsed: 'Not used yet',
    newDataEntryLink: 'Make a link for a teacher to add data',
    newCalendarLink: 'Make a calendar link',
    endedTitle: 'Ended access ({{count}})',
    activityTitle: 'Who looked at the record',
    activityLink: 'See who opened or changed the record of {{name}}',
  },
  form: {
    scope: 'What can they do?',
    theChild: 'your child',
    expiresOn: 'Last day (optional)',
    expiresOnHint: 'Access ends after this day. Leave it empty for no end date. For example, 2027-06-30.',
  },
  invite: {
    title: 'Invite a person to see the record of {{name}}',
    intro:
      'We send the person an e-mail with a link. They accept after they sign in or create a free account. You can end their access at any time.',
    email: 'Their e-mail address',
    language: 'Language of the e-mail',
    languageHint: 'If you are not sure, we use the language the person chose in Pathway, or else yours.',
    languageAuto: 'Choose for me',
    submit: 'Send the invitation',
  },
  organization: {
    title: 'Share the record of {{name}} with an organization',
    intro:
      'Share with an advocacy practice or a parent center. Everyone who works there in Pathway can then see the record.',
    adminEmail: 'E-mail address of the person who runs the organization',
    adminEmailHint: 'Ask the organization for the e-mail address its director uses in Pathway.',
    submit: 'Share the record',
  },
  link: {
    title: 'Make a link',
    purpose: 'What is the link for?',
    label: 'Who is the link for?',
    labelHint: 'So you can tell your links apart. For example, "Ms. Lee, reading teacher".',
    submit: 'Make the link',
    createdTitle: 'Your link is ready',
    address: 'The link',
    onlyOnce: 'Copy it now. For your safety we show it only once. If you lose it, end it and make a new one.',
    back: 'Back to who can see this record',
  },
  purposes: {
    'data-entry': {
      label: 'A teacher or therapist adds data',
      hint: 'They can add progress data and service sessions. They cannot see the rest of the record.',
      created: 'Give this link to {{label}}. With it they can add progress data and service sessions.',
    },
    'calendar-feed': {
      label: 'A calendar',
      hint: 'Your calendar app shows the deadlines and meetings. Anyone with the link can see them.',
      created:
        'Add this link to your calendar app ({{label}}) as a subscription. It shows the deadlines and meetings.',
    },
  },
  invitation: {
    title: 'An invitation to the record of {{name}}',
    intro: '{{inviter}} invited you to see the record of {{name}} on Pathway.',
    accept: 'Accept',
    decline: 'Decline',
    signInFirst: 'Sign in to accept. If you do not have an account, create one with {{email}}.',
    signIn: 'Sign in',
    signUp: 'Create an account',
    signUpHint:
      'After you create an account with {{email}} and confirm the address, you will find this invitation on your home page.',
    closed:
      'This invitation is no longer open. It was answered, withdrawn, or it is too old. Ask the family to send a new one.',
  },
  home: {
    title: 'Shared with you',
    invitation: '{{inviter}} invited you to the record of {{name}}',
  },
  flash: {
    invited: 'We sent an invitation to {{email}}',
    shared: 'The record is now shared with {{name}}',
    ended: 'Access for {{name}} has ended',
    withdrawn: 'The invitation was withdrawn',
    accepted: 'You accepted the invitation',
    declined: 'You declined the invitation',
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

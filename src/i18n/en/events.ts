/** English text for events. Keep keys in step with ../es/events.ts. */
export const events = {
  add: 'Add an event',
  fields: {
    type: 'What happened?',
    typeHint: 'Choose the closest match. The list uses the words in school papers.',
    date: 'When did it happen?',
    dateHint: 'For a meeting that is planned, give the date it will happen. For example, 2026-09-02.',
    note: 'Note',
    noteHint: 'For example, who you spoke to, or what was decided.',
  },
  problems: {
    typeMissing: 'Choose what happened',
    typeInvalid: 'Choose an event from the list',
    dateMissing: 'Enter the date',
    dateInvalid: 'Enter a real date, for example 2026-09-02',
    dateTooEarly: 'Check the date: it is before 1990',
    dateTooLate: 'Check the date: it is more than {{years}} years from now',
    noteTooLong: 'The note must be {{max}} characters or fewer',
  },
  form: {
    newTitle: 'Add an event',
    editTitle: 'Change an event',
    addSubmit: 'Add event',
  },
  delete: {
    title: 'Delete this event?',
    confirm: '“{{event}}” on {{date}}.',
    warning: 'Deadlines that depend on this date will change. This cannot be undone.',
    submit: 'Delete event',
  },
  flash: {
    added: 'The event has been added to the timeline.',
    saved: 'The event has been changed.',
    deleted: 'The event has been deleted.',
  },
} as const

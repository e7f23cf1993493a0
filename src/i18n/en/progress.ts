/** English text for progress. Keep keys in step with ../es/progress.ts. */
export const progress = {
  decisions: {
    notEnoughData: 'Not enough data yet',
    goalMet: 'Goal met',
    changeInstruction: 'Change the teaching',
    raiseGoal: 'Raise the goal',
    onTrack: 'On track',
  },
  lines: {
    aim: 'Aim line: the path from the starting level to the goal',
    trend: 'Trend line: the direction the scores are really going',
  },
  trendMethods: {
    leastSquares: 'Straight line closest to all scores',
    splitMiddle: 'Line through the middle scores (less pulled by one odd score)',
  },
  rules: {
    goalMet: 'The last 3 scores reached the target of {{target}}. Your child has met this goal.',
    notEnoughData: 'Scores so far: {{count}}. At least 4 are needed before deciding anything.',
    notEnoughDataSinceChange:
      'The teaching changed on {{date}}. Scores since then: {{count}}. At least 4 are needed to judge the new teaching.',
    trendSlower:
      'The trend line changes by {{trend}} a week, but the aim line needs {{aim}} a week. Progress is more than 10% slower than planned, so the teaching should change.',
    trendFaster:
      'The trend line changes by {{trend}} a week, and the aim line needs {{aim}} a week. Progress is more than 10% faster than planned, so the goal can be raised.',
    trendMatches:
      'The trend line ({{trend}} a week) is within 10% of the aim line ({{aim}} a week). Your child is on track.',
    aheadButSlowing:
      'The last 4 scores are on the good side of the aim line, but progress has slowed ({{trend}} a week against {{aim}} planned). The current teaching can continue; watch the next scores.',
    behindButCatchingUp:
      'The last 4 scores are on the wrong side of the aim line, but progress is faster than planned ({{trend}} a week against {{aim}}). The current teaching can continue; check again when there are more scores.',
    fourBelowAim:
      'The last {{count}} scores are all below the aim line. At this pace your child may not meet the goal, so the teaching should change.',
    fourAboveAimLowerIsBetter:
      'For this goal, lower is better. The last {{count}} scores are all above the aim line, so the teaching should change.',
    fourAboveAim:
      'The last {{count}} scores are all above the aim line. Your child is ahead of plan, so the goal can be raised.',
    fourBelowAimLowerIsBetter:
      'For this goal, lower is better. The last {{count}} scores are all below the aim line, so your child is ahead of plan and the goal can be raised.',
    onTrack: 'The latest scores fall on both sides of the aim line, or on it. Your child is on track.',
  },
  sources: {
    parent: 'Parent or family',
    teacher: 'Teacher',
    therapist: 'Therapist',
    'school-report': 'School progress report',
  },
  statuses: {
    'on-track': 'On track',
    'not-on-track': 'Not on track',
    'too-little-data': 'Too little data',
    'no-aim-line': 'No aim line yet',
  },
  gaps: {
    'baseline-value': 'The goal has no starting level as a number.',
    'target-value': 'The goal has no target as a number.',
    'start-date': 'The plan has no start date.',
    'end-date': 'The plan has no end date.',
    'dates-order': 'The plan’s end date is not after its start date.',
    'target-side': 'The target is on the wrong side of the starting level for the direction of the goal.',
  },
  points: {
    problems: {
      dateMissing: 'Enter the date the score was measured',
      dateInvalid: 'Enter the date as year-month-day, for example 2026-10-08',
      dateTooEarly: 'Enter a date after 1 January 1990',
      dateInFuture: 'The date cannot be in the future. Enter the day the score was measured',
      valueMissing: 'Enter the score',
      valueInvalid: 'Enter the score as a number, for example 42 or 42.5',
      valueTooLarge: 'Enter a smaller score',
      sourceMissing: 'Choose who measured the score',
      unitTooLong: 'Enter a unit of {{max}} characters or fewer',
      noteTooLong: 'Enter a note of {{max}} characters or fewer',
    },
  },
  import: {
    problems: {
      fileTooLarge: 'Choose a CSV file smaller than {{max}} MB',
      empty: 'Paste at least one line with a date and a score',
      noDateColumn: 'Line {{line}}: add a “date” column to the first line',
      noValueColumn: 'Line {{line}}: add a “value” column to the first line',
      tooMany: 'Import at most {{max}} lines at a time',
      tooManyColumns: 'Line {{line}} has more than {{max}} columns. Put notes with commas inside quotes',
      dateMissing: 'Line {{line}}, date: enter the date the score was measured',
      dateInvalid: 'Line {{line}}, date: enter the date as year-month-day, for example 2026-10-08',
      dateTooEarly: 'Line {{line}}, date: enter a date after 1 January 1990',
      dateInFuture: 'Line {{line}}, date: the date cannot be in the future',
      valueMissing: 'Line {{line}}, value: enter the score',
      valueInvalid: 'Line {{line}}, value: enter the score as a number, for example 42 or 42.5',
      valueTooLarge: 'Line {{line}}, value: enter a smaller score',
      sourceMissing: 'Line {{line}}, source: use parent, teacher, therapist or report, or leave it empty',
      unitTooLong: 'Line {{line}}, unit: use {{max}} characters or fewer',
      noteTooLong: 'Line {{line}}, note: use {{max}} characters or fewer',
    },
  },
  notes: {
    problems: {
      kindMissing: 'Choose what you are recording',
      dateMissing: 'Enter the date',
      dateInvalid: 'Enter the date as year-month-day, for example 2026-11-01',
      dateInFuture: 'The date cannot be in the future',
      textMissing: 'Enter what the progress report says about this goal',
      textTooLong: 'Enter {{max}} characters or fewer',
    },
  },
  ui: {
    dashboardOffTrack: 'Goals not on track: {{count}}',
    navLabel: 'Progress on goals',
    overviewTitle: 'Progress on goals',
    overviewIntro:
      'For each goal in {{name}}’s IEP, this page shows what the scores say: on track, not on track, or too little data to tell. Add scores on each goal’s page.',
    noPlan: 'No IEP is in effect for {{name}} today. Progress is tracked on the goals of the IEP in effect.',
    toPlans: 'Go to plans',
    noGoals: 'The plan in effect has no goals yet.',
    toPlan: 'See the plan',
    offTrackCount: 'Goals not on track: {{count}} of {{total}}. Open each one to see why.',
    pointCount: 'Scores so far: {{count}}.',
    latest: 'Latest: {{value}} {{unit}}',
    noAimLine:
      'Pathway cannot draw the aim line yet, so it cannot say whether your child is on track. What is missing:',
    projection:
      'If the scores keep going this way, {{name}} would be at {{value}} on {{date}}, the end of the plan (the target is {{target}}).',
    projectedReach: 'At this pace the target is reached on {{date}}.',
    projectedNever: 'At this pace the target is not reached.',
    decisionTitle: 'What the scores say',
    chartTitle: 'Chart',
    pointsTitle: 'Scores',
    noPoints: 'No scores yet. Add the first one below.',
    pointsCaption: 'Scores for {{goal}}',
    head: {
      date: 'Date',
      value: 'Score',
      source: 'Measured by',
      note: 'Note',
      actions: 'Actions',
    },
    enteredBy: 'entered by {{name}}',
    delete: 'Delete',
    addTitle: 'Add a score',
    addSubmit: 'Add score',
    importLink: 'Add several scores at once',
    fields: {
      measuredOn: 'Date measured',
      measuredOnHint: 'For example, 2026-10-08',
      value: 'Score',
      valueWithUnit: 'Score ({{unit}})',
      valueHint: 'A number, for example 42 or 42.5',
      source: 'Who measured it?',
      note: 'Note',
      noteHint: 'For example, what was used or anything unusual that day',
      noteKind: 'What are you recording?',
      notedOn: 'Date',
      noteText: 'What the report says (for a progress report)',
      noteTextHint: 'Copy the school’s words, for example “Making progress”',
      csv: 'Scores, one a line',
      csvHint:
        'Paste from a spreadsheet or a CSV file. Each line: date, score, and if you like who measured it and a note.',
      csvFile: 'Or choose a CSV file',
      csvFileHint:
        'A file saved from a spreadsheet as CSV, with the same columns. When you choose a file, the pasted lines are not used.',
      defaultSource: 'Who measured the scores without a source?',
      defaultSourceHint: 'Used for lines that do not say who measured them',
    },
    notesTitle: 'Progress reports and changes in teaching',
    notesIntro:
      'Write down what the school’s progress report said about this goal, to compare it with the scores. Mark the day the teaching changed: the trend line then starts again from that day.',
    noteKinds: {
      'progress-report': 'School progress report',
      'phase-change': 'The teaching changed',
    },
    addNote: 'Record a progress report or a change in teaching',
    addNoteSubmit: 'Save',
    importTitle: 'Add several scores at once',
    importIntro:
      'Paste the scores below, one a line. The first line may name the columns, as in this example. If any line has a problem, nothing is saved and each problem is listed with its line number.',
    importSubmit: 'Add scores',
    editTitle: 'Change a score',
    conflictSaved: 'What is saved now',
    deleteTitle: 'Delete this score?',
    deleteConfirm: 'You are about to delete the score {{value}} from {{date}}.',
    deleteConflict: 'Someone changed this score after you opened the page. Check it before you delete it.',
    deleteSubmit: 'Delete score',
    flash: {
      added: 'Score added',
      imported: 'Scores added: {{count}}',
      saved: 'Score changed',
      deleted: 'Score deleted',
      noteAdded: 'Saved',
      noteDeleted: 'Deleted',
    },
  },
  entry: {
    title: 'Add progress data for {{name}}',
    intro:
      'Choose the goal, then enter the score you measured. The family sees each score you add, with the name of this link.',
    noGoals: 'There are no goals to add data to right now. The family can tell you when the plan is ready.',
    goal: 'Which goal?',
    unit: 'Measured in {{unit}}',
    noteHint: 'For example, what you used or anything unusual that day. Do not write other students’ names.',
    privacy: 'Keep this link private: anyone who has it can add scores. The family can end it at any time.',
    added: 'Score added for goal {{number}}. You can add another.',
    problems: {
      goalMissing: 'Choose the goal the score is for',
    },
  },
  alerts: {
    subject: '{{goal}} for {{name}} is not on track',
    greeting: 'Hello {{person}},',
    body: 'The latest scores for {{name}}’s {{goal}} say the goal is not on track.',
    next: 'See the chart and what the scores say: {{url}}\n\nYou can bring this to the school and ask whether the teaching should change. Pathway gives guidance, not legal advice.',
  },
  chart: {
    title: 'Progress chart for {{goal}}',
    description:
      '{{count}} scores. The aim line goes from {{baseline}} {{unit}} on {{start}} to the target of {{target}} {{unit}} on {{end}}. The table below lists every score.',
    trendDescription: 'The trend line changes by {{trend}} a week; the aim line needs {{aim}} a week.',
    legendPoints: 'Scores',
    legendGoalDate: 'Goal date ({{date}})',
    legendPhase: 'Teaching changed',
    legendReport: 'School progress report',
  },
  problems: {
    targetDateNotAfterBaseline: 'The goal date must be after the date of the starting level.',
    targetBelowBaseline: 'For a goal where higher is better, the target cannot be below the starting level.',
    targetAboveBaseline: 'For a goal where lower is better, the target cannot be above the starting level.',
  },
} as const

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
  problems: {
    targetDateNotAfterBaseline: 'The goal date must be after the date of the starting level.',
    targetBelowBaseline: 'For a goal where higher is better, the target cannot be below the starting level.',
    targetAboveBaseline: 'For a goal where lower is better, the target cannot be above the starting level.',
  },
} as const

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
  problems: {
    targetDateNotAfterBaseline: 'The goal date must be after the date of the starting level.',
    targetBelowBaseline: 'For a goal where higher is better, the target cannot be below the starting level.',
    targetAboveBaseline: 'For a goal where lower is better, the target cannot be above the starting level.',
  },
} as const

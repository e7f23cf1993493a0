/** English text for goals. Keep keys in step with ../es/goals.ts. */
export const goals = {
  parts: {
    condition: 'When or with what',
    behavior: 'What your child will do',
    criterion: 'How well',
    timeframe: 'By when',
    measurementMethod: 'How it is measured',
    baseline: 'Starting level',
    target: 'Target',
  },
  flags: {
    noCondition: 'Does not say when or with what help',
    noBehavior: 'Does not name an action someone can see',
    noCriterion: 'Does not say how well',
    noTimeframe: 'Does not say by when',
    noMeasurementMethod: 'Does not say how progress is measured',
  },
  criterionKinds: {
    accuracy: 'Accuracy',
    rate: 'Rate',
    frequency: 'How often',
    duration: 'How long',
    trials: 'Number of tries',
  },
  directions: {
    increase: 'Higher is better',
    decrease: 'Lower is better',
  },
  suggestions: {
    noCondition:
      'Say when, where or with what help your child will do this. For example: “Given a list of 20 words” or “During math class”.',
    noBehavior:
      'Name something your child will do that another person can see or hear, such as read aloud, write, point to, solve or say.',
    vagueVerb:
      '“{{verb}}” is not something anyone can see or count. Use an action instead, such as read aloud, write, point to, solve or say.',
    noCriterion:
      'Say how well your child must do it. For example: “with 80% accuracy”, “90 words a minute”, “in 4 of 5 tries” or “for 10 minutes”.',
    noTimeframe: 'Say by when. For example: “by June 2027” or “by the end of the school year”.',
    noMeasurementMethod:
      'Say how progress will be measured and who will measure it. For example: “as measured by weekly reading checks charted by the teacher”. The IEP must say this (34 CFR 300.320(a)(3)).',
  },
  ui: {
    title: 'Is this goal measurable?',
    intro:
      'Paste an annual goal from an IEP. Pathway looks for the five parts that make a goal measurable and says what is missing.',
    law: 'Every IEP must have measurable annual goals and say how progress toward them is measured (34 CFR 300.320(a)(2) and (a)(3)).',
    label: 'The goal',
    labelAgain: 'Check another goal, or change this one',
    hint: 'Copy it from the IEP as it is written',
    submit: 'Check the goal',
    resultTitle: 'What Pathway found',
    flagCount: 'Parts missing: {{count}} of 5. Ask the IEP team to add them.',
    measurable: 'This goal has all five parts of a measurable goal.',
    notFound: 'Not found',
    vagueLabel: 'cannot be seen or counted',
    suggestionsTitle: 'What to ask for',
    liveEmpty: 'Type the goal above to see what is missing.',
    checkSubmit: 'Check this goal',
    allParts: 'Nothing is missing.',
    notAdvice:
      'Pathway reads the words of the goal; it can miss things a person would see. This is guidance, not legal advice.',
    planCheck: 'Is this goal measurable?',
    planFlags: 'Parts missing: {{count}}',
    planProgress: 'Progress on this goal',
    problems: {
      textMissing: 'Paste or type the goal',
      textTooLong: 'Enter a goal of {{max}} characters or fewer',
    },
  },
} as const

/**
 * English text for the screener's pages (start, questions, check your answers, result, saving to a
 * child's record). The questions, reasons and next steps themselves live in ./screener.ts.
 * Keep keys in step with ../es/screener-pages.ts.
 */
export const screenerPages = {
  start: {
    metaDescription:
      'Answer a few questions about your child, with no account, and see whether an IEP, a 504 plan or an evaluation may fit, with the law behind each reason.',
    howTitle: 'How it works',
    how: {
      questions: 'We ask about your child’s age, school, and any health condition or difficulty.',
      notSure: 'You can answer “Not sure” to most questions.',
      result: 'You see which plan may fit, why, and what to do next.',
    },
    privacy:
      'Your answers stay in this web browser until you close it. Pathway keeps them only if you sign in and save them to your child’s record.',
    resume: 'Continue where you left off',
    seeResult: 'See your result',
    startOver: 'Clear my answers and start again',
    guidesTitle: 'Want to read first?',
    guidesLink: 'See how an IEP and a 504 plan compare',
  },

  question: {
    or: 'or',
    backToAnswers: 'Back to your answers',
    conditionCaption: 'Condition {{number}}',
  },

  check: {
    aboutChild: 'About your child',
    schoolAndSupport: 'School and support',
    removeCondition: 'Remove this condition',
    removeHidden: 'condition {{number}}: {{name}}',
    ready: 'The result will show which plan may fit, why, and what to do next.',
  },

  result: {
    caption: 'Your result',
    lawLinkHidden: 'explained in the guide: {{entry}}',
    primaryStepTitle: 'Your next step: ask for an evaluation in writing',
    primaryStepBody:
      'A letter shows the date you asked, and the school must answer it. The guide says what to write and what happens next.',
    primaryStepLink: 'How to ask for an evaluation in writing',
    writeLetter: 'Write the letter for {{name}}',
    letterSignedOut:
      'With a free account, Pathway writes this letter for you, with your child’s details filled in.',
    print: 'Print this page',
    printHint: 'To keep a copy, use your browser’s print command. The page prints without the menus.',
    answersTitle: 'Your answers',
    changeAnswers: 'Change your answers',
    compareLink: 'See how an IEP and a 504 plan compare',
    helpTitle: 'Get free help',
    helpLink: 'Find your Parent Training and Information Center',
  },

  save: {
    title: 'Save this result to your child’s record',
    intro:
      'Saving keeps your answers and this result on your child’s timeline, so you can show them at school meetings.',
    childLabel: 'Which child is this about?',
    submit: 'Save to the record',
    noChildren:
      'Add your child to Pathway first. Your answers stay in this browser, so you can come back here to save them.',
    addChild: 'Add your child',
    signedOut: 'Sign in to keep this result in your child’s record. An account is free.',
    signIn: 'Sign in to save this result',
    createAccount: 'Create a free account',
    chooseChild: 'Choose which child this result is about',
    saved: 'The screener result is saved to {{name}}’s record.',
  },

  saved: {
    savedOn: 'Saved on {{date}}',
    intro:
      'This is the result worked out from the answers you saved. If things have changed, you can change the answers and see a new result.',
    reopen: 'Change these answers',
    backToRecord: 'Back to {{name}}’s record',
    timelineLink: 'See the result',
  },

  notices: {
    unreadable: 'We could not read your earlier answers, so the questions start again.',
  },
} as const

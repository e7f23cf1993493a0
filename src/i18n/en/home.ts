/** English text for home. Keep keys in step with ../es/home.ts. */
export const home = {
  landing: {
    title: 'Get your child the school support the law promises',
    lead: 'Pathway keeps your child’s IEP or 504 plan, letters and records in one place, and tells you every legal deadline before it passes.',
    second: 'It explains each step in plain words, so you can walk into school meetings with the facts.',
    screener: 'Which plan fits my child?',
    screenerHint:
      'Answer a few questions, with no account. In about 5 minutes you will see whether an IEP, a 504 plan or an evaluation may fit, and why.',
    guides: 'Read the guides for families',
    signUpHint: 'With a free account you can keep your child’s record and deadlines in one place.',
    signUp: 'Create a free account',
    signIn: 'Sign in',
    goToDashboard: 'Go to your home page',
    whatTitle: 'What you can do with Pathway',
    what: {
      record: 'Keep one record of your child: plans, evaluations, meetings and letters.',
      deadlines: 'See the deadlines the school must meet, and why each date is what it is.',
      evidence: 'Track progress on goals and whether services really happen.',
      share: 'Share your child’s record with an advocate, on your terms.',
    },
  },
  dashboard: {
    title: 'Hello, {{name}}',
    noChildren: 'Start by adding your child. It takes a minute.',
    childrenTitle: 'Your children',
  },
} as const

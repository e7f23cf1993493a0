/** English text for common. Keep keys in step with ../es/common.ts. */
export const common = {
  metaDescription:
    'Pathway helps families keep their child’s IEP or 504 plan, know every deadline, and bring facts to school meetings.',
  skipToContent: 'Skip to main content',
  back: 'Back',
  errorPrefix: 'Error:',
  errorSummaryTitle: 'There is a problem',
  warning: 'Warning',
  languageSwitch: 'Español',
  notLegalAdvice:
    'Pathway gives guidance, not legal advice. For free help, contact your state’s Parent Training and Information Center.',
  optional: '(optional)',
  yes: 'Yes',
  no: 'No',
  notSure: 'I’m not sure',
  continue: 'Continue',
  save: 'Save',
  saveChanges: 'Save changes',
  cancel: 'Cancel',
  change: 'Change',
  edit: 'Edit',
  delete: 'Delete',
  none: 'None',
  notGiven: 'Not given',
  nav: {
    label: 'Main',
    dashboard: 'Home',
    children: 'Your children',
    account: 'Your account',
    signIn: 'Sign in',
    signUp: 'Create an account',
    signOut: 'Sign out',
  },
  footer: {
    about: 'About Pathway',
    privacy: 'Privacy',
    api: 'API reference',
    devMailbox: 'Development mailbox',
  },
  banner: {
    success: 'Success',
    important: 'Important',
  },
  errors: {
    goHome: 'Go to the start page',
    reference: 'If you contact us, quote this reference:',
    notFound: {
      title: 'Page not found',
      body: 'If you typed the web address, check it is correct. If you followed a link, the page may have moved, or you may not have access to it.',
    },
    internal: {
      title: 'Sorry, something went wrong',
      body: 'Your changes were not saved. Try again in a few minutes.',
    },
    csrf: {
      title: 'This form has expired',
      body: 'For your security, forms stop working after a while. Go back, reload the page and try again. Nothing was saved.',
    },
    badRequest: {
      title: 'We could not handle that request',
      body: 'Go back and try again.',
    },
    linkExpired: {
      title: 'This link no longer works',
      newReset: 'Ask for a new password reset link',
      signIn: 'Sign in (we send a new confirmation link if your address is not confirmed yet)',
    },
    generic: {
      title: 'That could not be done',
    },
  },
  apiDocs: {
    title: 'API reference',
    intro: 'Programs can use Pathway through a JSON API, with the same rules as the pages.',
    download: 'Download the OpenAPI 3.1 document',
    contents: 'API sections',
    needsToken: 'Needs an access token.',
    open: 'No account needed.',
    required: 'required',
    body: 'Request body',
    responses: 'Answers',
    schemas: 'Schemas',
  },
  about: {
    title: 'About Pathway',
    intro:
      'Pathway is free, open-source software that helps families get their child the school support the law promises, and helps the advocates and parent centers who work with them.',
    whatTitle: 'What Pathway does',
    what: 'It keeps your child’s plans, letters and records in one place you control, works out the legal deadlines from the dates you enter, and explains each one in plain words.',
    notTitle: 'What Pathway is not',
    not: 'Pathway is not a law firm and does not give legal advice. The law can differ from state to state. For free help, contact your state’s Parent Training and Information Center.',
  },
  privacy: {
    title: 'Privacy',
    intro: 'Your child’s record belongs to your family. Here is how Pathway looks after it.',
    items: {
      owner:
        'Only the people in your household can see your children’s records, unless you choose to share them.',
      noSale: 'We never sell or share your information with anyone, and we show no advertising.',
      logs: 'Our system logs record that a request happened, never what it was about.',
      passwords: 'Passwords are stored only as strong one-way hashes.',
      deletion: 'You can ask for your account and everything in it to be deleted.',
    },
  },
} as const

/** English text for errors. Keep keys in step with ../es/errors.ts. */
export const errors = {
  INVALID_INPUT: 'Some of the information needs fixing.',
  UNAUTHENTICATED: 'Sign in to continue.',
  NOT_FOUND: 'We could not find that page.',
  VERSION_CONFLICT:
    'Someone else saved a newer version while you were editing. Your changes are below; check them and save again.',
  EMAIL_TAKEN: 'That e-mail address is already used by another account.',
  LINK_EXPIRED: 'That link has expired or has already been used. Ask for a new one.',
  RATE_LIMITED: 'Too many attempts. Wait a few minutes and try again.',
  TOO_LARGE: 'That is too large.',
  INVALID_STATE: 'That cannot be done right now.',
  PLAN_TRANSITION_NOT_ALLOWED:
    'The plan cannot take that step from where it is now. Choose one of the steps shown.',
  PLAN_NOT_EDITABLE:
    'This plan is already agreed, so it cannot be changed here. To change what the plan says, start an amendment. To fix a copying mistake, save it as a correction.',
  SLOT_TAKEN: 'Someone booked that time just before you. Choose another time.',
  input: {
    required: 'Enter a value for this field.',
    wrongType: 'Enter a value of the right kind ({{expected}}).',
    oneOf: 'Choose one of: {{allowed}}.',
    tooFewItems: 'Give at least {{minimum}}.',
    tooManyItems: 'Give at most {{maximum}}.',
    tooSmall: 'Enter a number of at least {{minimum}}.',
    tooBig: 'Enter a number no larger than {{maximum}}.',
    tooLong: 'Use {{maximum}} characters or fewer.',
    format: 'Enter a value in the right format ({{format}}).',
    unknownKeys: 'Remove the fields this does not accept: {{keys}}.',
    invalid: 'Check this value.',
    date: 'Enter a real date as YYYY-MM-DD, for example 2026-09-02.',
    json: 'Send the body as JSON.',
  },
} as const

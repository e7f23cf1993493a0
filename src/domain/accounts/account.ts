import { type Problem, problem } from '../problems.ts'

/** A person who signs in. Never carries the password hash beyond storage. */
export interface User {
  readonly id: string
  readonly email: string
  readonly name: string
  readonly emailVerifiedAt: string | null
  readonly locale: 'en' | 'es' | null
  readonly createdAt: string
}

export const PASSWORD_MIN_LENGTH = 10
export const PASSWORD_MAX_LENGTH = 200

// Users can type their e-mail in any case; we store and compare it in lower case.
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase()
}

// Deliberately loose: one @, something on each side, a dot in the domain. The verification e-mail is the real test.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function isEmailShaped(email: string): boolean {
  return email.length <= 254 && EMAIL_SHAPE.test(email)
}

export function checkEmail(field: string, email: string): Problem[] {
  const value = normalizeEmail(email)
  if (value === '') return [problem(field, 'accounts.problems.emailMissing')]
  if (!isEmailShaped(value)) return [problem(field, 'accounts.problems.emailInvalid')]
  return []
}

/**
 * Length is what matters (NIST SP 800-63B): at least 10 characters, no composition rules,
 * and not the same as the e-mail address.
 */
export function checkNewPassword(field: string, password: string, email: string): Problem[] {
  if (password === '') return [problem(field, 'accounts.problems.passwordMissing')]
  if (password.length < PASSWORD_MIN_LENGTH) {
    return [problem(field, 'accounts.problems.passwordTooShort', { min: PASSWORD_MIN_LENGTH })]
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return [problem(field, 'accounts.problems.passwordTooLong', { max: PASSWORD_MAX_LENGTH })]
  }
  if (normalizeEmail(password) === normalizeEmail(email))
    return [problem(field, 'accounts.problems.passwordIsEmail')]
  return []
}

export function checkName(field: string, name: string): Problem[] {
  const value = name.trim()
  if (value === '') return [problem(field, 'accounts.problems.nameMissing')]
  if (value.length > 120) return [problem(field, 'accounts.problems.nameTooLong', { max: 120 })]
  return []
}

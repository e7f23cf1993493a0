import { describe, expect, test } from 'vitest'
import { checkEmail, checkNewPassword, normalizeEmail } from './account.ts'

describe('accounts', () => {
  test('e-mail addresses are compared in lower case without spaces', () => {
    expect(normalizeEmail('  Rosa.Diaz@Example.ORG ')).toBe('rosa.diaz@example.org')
  })

  test.each([
    ['', 'accounts.problems.emailMissing'],
    ['rosa', 'accounts.problems.emailInvalid'],
    ['rosa@example', 'accounts.problems.emailInvalid'],
    ['ro sa@example.org', 'accounts.problems.emailInvalid'],
  ])('%j is refused with %s', (email, message) => {
    expect(checkEmail('email', email)).toEqual([{ field: 'email', message }])
  })

  test('a password needs length, not symbols, and cannot be the e-mail address', () => {
    expect(checkNewPassword('p', 'correct horse battery', 'a@b.org')).toEqual([])
    expect(checkNewPassword('p', 'short', 'a@b.org')[0]?.message).toBe('accounts.problems.passwordTooShort')
    expect(checkNewPassword('p', 'x'.repeat(201), 'a@b.org')[0]?.message).toBe(
      'accounts.problems.passwordTooLong',
    )
    expect(checkNewPassword('p', 'Rosa@Example.org', 'rosa@example.org')[0]?.message).toBe(
      'accounts.problems.passwordIsEmail',
    )
  })
})

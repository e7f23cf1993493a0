import { describe, expect, test } from 'vitest'
import { describeServiceAmount, explainDeliveryConventions } from './conventions.ts'
import {
  isSessionStatus,
  SESSION_STATUSES,
  sessionCategory,
  sessionStatusHint,
  sessionStatusLabel,
} from './session-status.ts'

describe('session statuses', () => {
  test.each([
    ['delivered', 'delivered'],
    ['missed-provider-absent', 'school'],
    ['missed-school-event', 'school'],
    ['cancelled-by-school', 'school'],
    ['student-absent', 'student'],
    ['cancelled-by-family', 'student'],
    ['missed-reason-unknown', 'unknown'],
  ] as const)('%s is on the %s side', (status, category) => {
    expect(sessionCategory(status)).toBe(category)
  })

  test('every status has a label and a hint key in the services catalog', () => {
    for (const status of SESSION_STATUSES) {
      expect(sessionStatusLabel(status)).toEqual({ key: `services.status.${status}.label` })
      expect(sessionStatusHint(status)).toEqual({ key: `services.status.${status}.hint` })
    }
  })

  test('only the listed names are statuses', () => {
    expect(isSessionStatus('delivered')).toBe(true)
    expect(isSessionStatus('Delivered')).toBe(false)
    expect(isSessionStatus('missed')).toBe(false)
    expect(isSessionStatus(3)).toBe(false)
  })
})

describe('words for parents', () => {
  test('the conventions start with their heading and name each rule once', () => {
    const keys = explainDeliveryConventions().map((m) => m.key)
    expect(keys[0]).toBe('services.conventions.title')
    expect(new Set(keys).size).toBe(keys.length)
    expect(keys).toContain('services.conventions.partialWeek')
    expect(keys).toContain('services.conventions.makeUp')
  })

  test('the amount is written from the frequency', () => {
    expect(describeServiceAmount({ minutes: 30, per: 'week' })).toEqual({
      key: 'services.amount.week',
      params: { minutes: 30 },
    })
  })
})

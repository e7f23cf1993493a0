import { describe, expect, test } from 'vitest'
import { localDate } from '../../domain/dates/local-date.ts'
import { schoolCalendar } from '../../domain/dates/school-calendar.ts'
import type { Message } from '../../domain/messages.ts'
import {
  describeServiceAmount,
  explainDeliveryConventions,
} from '../../domain/services-delivered/conventions.ts'
import { findDeliveryAlert } from '../../domain/services-delivered/delivery-alert.ts'
import { SERVICE_FREQUENCIES } from '../../domain/services-delivered/planned-service.ts'
import {
  SESSION_STATUSES,
  sessionStatusHint,
  sessionStatusLabel,
} from '../../domain/services-delivered/session-status.ts'
import { services as en } from '../../i18n/en/services.ts'
import { services as es } from '../../i18n/es/services.ts'
import { hasKey, LANGS, renderMessage } from '../../i18n/i18n.ts'

function emittedMessages(): Message[] {
  const alert = findDeliveryAlert({
    service: {
      id: 'speech',
      name: 'Speech therapy',
      minutes: 60,
      per: 'week',
      start: localDate('2026-09-08'),
      end: localDate('2027-06-18'),
    },
    sessions: [],
    calendar: schoolCalendar({ firstDay: localDate('2026-09-08'), lastDay: localDate('2027-06-18') }),
    today: localDate('2026-11-04'),
  })
  if (!alert) throw new Error('expected an alert')
  return [
    ...SESSION_STATUSES.flatMap((s) => [sessionStatusLabel(s), sessionStatusHint(s)]),
    ...explainDeliveryConventions(),
    ...SERVICE_FREQUENCIES.map((per) => describeServiceAmount({ minutes: 30, per })),
    alert.title,
    alert.message,
  ]
}

function leaves(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix]
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    leaves(v, prefix ? `${prefix}.${k}` : k),
  )
}

describe('the services catalog', () => {
  test.each(LANGS)('every message the engine emits is written out in full in %s', (lang) => {
    for (const msg of emittedMessages()) {
      expect(hasKey(msg.key), msg.key).toBe(true)
      const text = renderMessage(lang, msg)
      expect(text, msg.key).not.toContain('{{')
      expect(text, msg.key).not.toContain('services.')
    }
  })

  test('the Spanish catalog has exactly the English keys', () => {
    expect(leaves(es).sort()).toEqual(leaves(en).sort())
  })

  test('plural forms agree with the count in both languages', () => {
    expect(renderMessage('en', { key: 'services.accommodations.incidents', params: { count: 1 } })).toBe(
      'Not provided 1 time',
    )
    expect(renderMessage('es', { key: 'services.accommodations.incidents', params: { count: 3 } })).toBe(
      'No se dio 3 veces',
    )
  })

  test('the alert writes its dates in full in the reader’s language', () => {
    const alert = emittedMessages().at(-1) as Message
    expect(renderMessage('en', alert)).toContain('Monday 5 October 2026')
    expect(renderMessage('es', alert)).toContain('lunes 5 de octubre de 2026')
  })
})

import { describe, expect, test } from 'vitest'
import {
  buildIep,
  buildSection504,
  buildService,
  buildTransition,
} from '../../../test/support/plan-factories.ts'
import { localDate } from '../dates/local-date.ts'
import { isEventType } from '../events/event-types.ts'
import { planEvents } from './plan-events.ts'

const today = localDate('2026-10-01')
const summary = (events: ReturnType<typeof planEvents>) =>
  events.map((e) => `${e.date} ${e.type}${e.planned ? ' (planned)' : ''}`)

describe('events a plan puts on the record', () => {
  test('an agreed annual-review IEP: meeting held, review held, developed, in effect, services begin', () => {
    expect(summary(planEvents(buildIep(), today))).toEqual([
      '2025-05-20 eligibility-determined',
      '2026-08-20 iep-meeting-held',
      '2026-08-20 annual-iep-review-held',
      '2026-08-20 iep-developed',
      '2026-09-01 iep-in-effect',
      '2026-09-01 services-begin',
    ])
  })

  test('a first IEP marks the initial meeting and the consent to evaluate', () => {
    const plan = buildIep({
      revision: { reason: 'initial' },
      eligibility: { category: 'autism' },
      consents: [{ kind: 'initial-evaluation', date: localDate('2026-05-01') }],
    })
    expect(summary(planEvents(plan, today))).toContain('2026-08-20 initial-iep-meeting-held')
    expect(summary(planEvents(plan, today))).toContain('2026-05-01 consent-to-evaluate-signed')
  })

  test('a refused consent creates no consent event', () => {
    const plan = buildIep({
      consents: [{ kind: 'initial-evaluation', date: localDate('2026-05-01'), given: false }],
    })
    expect(planEvents(plan, today).map((e) => e.type)).not.toContain('consent-to-evaluate-signed')
  })

  test('a draft creates the meeting but nothing that needs an agreed plan', () => {
    const types = planEvents(buildIep({ status: 'draft' }), today).map((e) => e.type)
    expect(types).toContain('iep-meeting-held')
    expect(types).not.toContain('iep-in-effect')
    expect(types).not.toContain('iep-developed')
  })

  test('a proposal after the meeting is developed but not in effect', () => {
    const types = planEvents(buildIep({ status: 'proposed' }), today).map((e) => e.type)
    expect(types).toContain('iep-developed')
    expect(types).not.toContain('iep-in-effect')
  })

  test('a meeting in the future is scheduled, not held', () => {
    const events = planEvents(buildIep({ status: 'draft' }), localDate('2026-08-01'))
    expect(summary(events)).toContain('2026-08-20 iep-meeting-scheduled (planned)')
    expect(events.map((e) => e.type)).not.toContain('iep-meeting-held')
  })

  test('an amendment without a meeting creates no meeting event', () => {
    const plan = buildIep({ revision: { reason: 'amendment', withoutMeeting: true } })
    expect(planEvents(plan, today).map((e) => e.type)).not.toContain('iep-meeting-held')
  })

  test('services begin on the earliest service start, and the source names that service', () => {
    const plan = buildIep({
      services: [
        buildService({ id: 'a', start: localDate('2026-09-15') }),
        buildService({ id: 'b', start: localDate('2026-09-03') }),
      ],
    })
    const begin = planEvents(plan, today).find((e) => e.type === 'services-begin')
    expect(begin).toEqual({
      type: 'services-begin',
      date: '2026-09-03',
      source: 'services[1].start',
      planned: false,
    })
  })

  test('transition and transfer-of-rights sections create their events', () => {
    const plan = buildIep({
      transition: buildTransition(),
      transferOfRights: { informedOn: localDate('2026-08-20') },
    })
    expect(summary(planEvents(plan, today))).toEqual(
      expect.arrayContaining([
        '2026-09-01 iep-includes-transition-plan',
        '2026-08-20 iep-includes-transfer-of-rights-statement',
      ]),
    )
  })

  test('a plan that starts after today gives planned in-effect events', () => {
    const events = planEvents(buildIep(), localDate('2026-08-25'))
    expect(summary(events)).toContain('2026-09-01 iep-in-effect (planned)')
  })

  test('a 504 plan: meeting held, evaluation completed, plan in effect', () => {
    expect(summary(planEvents(buildSection504(), today))).toEqual([
      '2026-09-01 504-evaluation-completed',
      '2026-09-10 504-plan-meeting-held',
      '2026-09-14 504-plan-in-effect',
    ])
  })

  test('a 504 reevaluation records a reevaluation, and a 504 plan without a start is in effect from its meeting', () => {
    const plan = buildSection504({
      revision: { reason: 'reevaluation' },
      dates: { meeting: localDate('2026-09-10'), evaluation: localDate('2026-09-01') },
    })
    expect(summary(planEvents(plan, today))).toEqual([
      '2026-09-01 504-reevaluation-completed',
      '2026-09-10 504-plan-meeting-held',
      '2026-09-10 504-plan-in-effect',
    ])
  })

  test('every event type a plan creates is in the event vocabulary', () => {
    const plans = [buildIep({ transition: buildTransition(), transferOfRights: {} }), buildSection504()]
    for (const plan of plans)
      for (const event of planEvents(plan, today)) expect(isEventType(event.type)).toBe(true)
  })
})

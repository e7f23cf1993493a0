import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { addDays, localDate } from '../../domain/dates/local-date.ts'
import type { Deadline } from '../../domain/deadlines/deadline.ts'
import { deadlineOf, evaluate, type Scenario, testLaw } from '../../domain/deadlines/test-scenario.ts'
import { type Lang, renderMessage } from '../../i18n/i18n.ts'

/** What a family reads under "why this date", in both languages. */

const words = (deadline: Deadline, lang: Lang = 'en') =>
  deadline.explanation.map((step) => renderMessage(lang, step))

describe('explanations in plain words', () => {
  test('Texas: consent, the school-day count, the closed day skipped, the date', () => {
    const deadline = deadlineOf(
      { jurisdiction: 'TX', events: [['c1', 'consent-to-evaluate-signed', '2026-09-02']] },
      'idea-initial-evaluation',
    )
    expect(words(deadline)).toEqual([
      'Consent for the evaluation received on Wednesday 2 September 2026.',
      'Texas uses its own rule here instead of the federal 60 calendar days.',
      'Texas counts 45 school days, starting the next day. A school day is a weekday when school is open.',
      'The school was closed on 1 weekday in that span, so it is skipped.',
      'If your child misses 3 or more school days in that span, Texas moves the date later by that many days.',
      'Due on Thursday 5 November 2026.',
      'The date has passed, and your record does not show that this was done.',
    ])
    expect(words(deadline, 'es')).toEqual([
      'Consentimiento para la evaluación recibido: miércoles 2 de septiembre de 2026.',
      'Texas usa aquí su propia norma en lugar de los 60 días calendario de la ley federal.',
      'Texas cuenta 45 días escolares, desde el día siguiente. Un día escolar es un día entre semana en que la escuela abre.',
      'La escuela cerró 1 día entre semana en ese período, así que no se cuenta.',
      'Si su hijo falta 3 días escolares o más en ese período, Texas mueve la fecha esa misma cantidad de días.',
      'Vence el jueves 5 de noviembre de 2026.',
      'La fecha ya pasó y su registro no muestra que esto se haya hecho.',
    ])
  })

  test('a count across the winter break says how many closed weekdays it skipped', () => {
    const deadline = deadlineOf(
      { events: [['d1', 'disciplinary-change-of-placement-decided', '2026-12-15']] },
      'idea-manifestation-determination',
    )
    expect(words(deadline)).toContain(
      'The school was closed on 10 weekdays in that span, so they are skipped.',
    )
  })

  test('a low-confidence state figure says so and points to the state rule', () => {
    const deadline = deadlineOf(
      { jurisdiction: 'SD', events: [['c1', 'consent-to-evaluate-signed', '2026-09-02']] },
      'idea-initial-evaluation',
    )
    expect(words(deadline)).toContain(
      'South Dakota may use 25 school days instead, which would make it Thursday 8 October 2026, but we could not confirm this. Check the state rule (S.D. Admin. R. 24:05:25:03 (text not rendered)) before you rely on either date.',
    )
  })

  test('a low-confidence state figure counted from another event gives its date from that event', () => {
    // West Virginia's 80 days run from the referral; the federal 60 days from consent.
    const deadline = deadlineOf(
      {
        jurisdiction: 'WV',
        events: [
          ['r1', 'referral-received', '2026-09-02'],
          ['c1', 'consent-to-evaluate-signed', '2026-09-10'],
        ],
      },
      'idea-initial-evaluation',
    )
    expect(deadline.due).toBe('2026-11-09')
    expect(words(deadline)).toContain(
      'West Virginia may use 80 calendar days instead, which would make it Saturday 21 November 2026, but we could not confirm this. Check the state rule (W. Va. Code R. 126-16 (Policy 2419)) before you rely on either date.',
    )
  })

  test('an unknown state figure says the federal rule is shown', () => {
    const deadline = deadlineOf(
      { jurisdiction: 'AK', events: [['c1', 'consent-to-evaluate-signed', '2026-09-02']] },
      'idea-initial-evaluation',
    )
    expect(words(deadline)).toContain(
      "We do not know if Alaska sets its own time for this, so the federal rule is shown. Check with your state's education agency.",
    )
  })

  test('a late event says by how many days', () => {
    const deadline = deadlineOf(
      {
        events: [
          ['c1', 'consent-to-evaluate-signed', '2026-09-02'],
          ['e1', 'evaluation-completed', '2026-11-02'],
        ],
      },
      'idea-initial-evaluation',
    )
    expect(words(deadline).at(-1)).toBe('Evaluation completed on Monday 2 November 2026: 1 day late.')
  })

  test('the hearing decision explains where the resolution period ended', () => {
    const deadline = deadlineOf(
      { events: [['c1', 'parent-due-process-complaint-received', '2026-10-01']] },
      'idea-hearing-decision',
    )
    expect(words(deadline).slice(0, 3)).toEqual([
      'District received your due process complaint on Thursday 1 October 2026.',
      'No event in your record shows when the earlier period ended (Resolution period), so we used the date worked out from the complaint: Saturday 31 October 2026.',
      'Federal law allows 45 calendar days. The next day is day 1.',
    ])
  })

  test('a weekend due date is not moved, and the explanation says so', () => {
    const deadline = deadlineOf(
      { events: [['c1', 'parent-due-process-complaint-received', '2026-10-01']] },
      'idea-due-process-lea-response',
    )
    expect(words(deadline)).toContain(
      'Sunday 11 October 2026 is a weekend day or a holiday. The law does not move the date, so plan to finish by the working day before.',
    )
  })

  test('the annual review reminds that some districts count the day before', () => {
    const deadline = deadlineOf(
      { events: [['m1', 'iep-meeting-held', '2028-02-29']] },
      'idea-annual-iep-review',
    )
    expect(words(deadline)).toEqual([
      'IEP meeting held on Tuesday 29 February 2028.',
      'Federal law allows 1 year, so the date falls on the same day of the month.',
      'That month has no such day, so the date is the last day of the month.',
      'Due on Wednesday 28 February 2029.',
      'Some districts treat the day before this date as the last day. Ask yours which it uses.',
    ])
  })
})

describe('every step the engine can write exists in English and Spanish', () => {
  const start = localDate('2026-06-01')
  const dateIn = (days: number) => fc.integer({ min: 0, max: days }).map((n) => addDays(start, n))
  const types = testLaw.eventTypes.filter((type) => type !== 'other')
  const record = fc.record({
    jurisdiction: fc.constantFrom(...testLaw.jurisdictions.keys()),
    dateOfBirth: fc.option(
      dateIn(365).map((d) => addDays(d, -15 * 365)),
      { nil: null },
    ),
    events: fc.array(fc.tuple(fc.constantFrom(...types), dateIn(540), fc.integer({ min: 1, max: 6 })), {
      minLength: 1,
      maxLength: 10,
    }),
    today: dateIn(700),
    withCalendar: fc.boolean(),
  })

  test('for any record, no step is missing its words or leaves a blank', () => {
    fc.assert(
      fc.property(record, (r) => {
        const scenario: Scenario = {
          jurisdiction: r.jurisdiction,
          dateOfBirth: r.dateOfBirth,
          today: r.today,
          ...(r.withCalendar ? {} : { calendars: null }),
          events: r.events.map(
            ([type, date, schoolDays], i) => [`e${i}`, type, date, { schoolDays }] as const,
          ),
        }
        for (const deadline of evaluate(scenario).deadlines) {
          for (const step of [deadline.title, ...deadline.explanation]) {
            for (const lang of ['en', 'es'] as const) {
              expect(renderMessage(lang, step), `${lang}: ${step.key}`).not.toMatch(
                /deadlines\.|\{\{|undefined/,
              )
            }
          }
        }
      }),
      { numRuns: 300 },
    )
  })
})

import { describe, expect, test } from 'vitest'
import {
  type ExitReason,
  MOVE_REQUIREMENT_CODES,
  PROGRAMS,
  type Program,
  requirementsForMove,
} from './moves.ts'

const codes = (from: Program, to: Program, reason?: ExitReason) =>
  requirementsForMove(reason ? { from, to, reason } : { from, to }).map((r) => `${r.code} (${r.citation})`)

describe('what the law asks for before a move between programs', () => {
  test('ending an IEP because the school thinks the child no longer qualifies needs an evaluation first (34 CFR 300.305(e))', () => {
    expect(codes('iep', 'none')).toEqual([
      'evaluate-before-ending-eligibility (34 CFR 300.305(e)(1))',
      'consent-for-reevaluation (34 CFR 300.300(c))',
      'prior-written-notice (34 CFR 300.503)',
      'stay-put-if-you-disagree (34 CFR 300.518)',
    ])
  })

  test('graduating with a regular diploma needs no evaluation but a summary of performance', () => {
    const list = codes('iep', 'none', 'regular-diploma')
    expect(list).toContain('summary-of-performance (34 CFR 300.305(e)(3))')
    expect(list).not.toContain('evaluate-before-ending-eligibility (34 CFR 300.305(e)(1))')
    expect(list).toContain('alternative-certificate-keeps-eligibility (34 CFR 300.102(a)(3))')
  })

  test('ageing out needs a summary of performance and no word about diplomas', () => {
    expect(codes('iep', 'none', 'aged-out')).toEqual([
      'no-evaluation-needed-at-graduation (34 CFR 300.305(e)(2))',
      'summary-of-performance (34 CFR 300.305(e)(3))',
      'prior-written-notice (34 CFR 300.503)',
    ])
  })

  test('a parent who revokes consent must do it in writing, and the school cannot override it', () => {
    expect(codes('iep', 'none', 'parent-revoked-consent')).toEqual([
      'revocation-in-writing (34 CFR 300.300(b)(4))',
      'notice-before-services-stop (34 CFR 300.300(b)(4)(i))',
      'school-cannot-override-revocation (34 CFR 300.300(b)(4)(ii))',
      'later-request-is-new-evaluation (34 CFR 300.300(b)(4))',
    ])
  })

  test('moving from an IEP to a 504 plan adds the separate 504 decision and its safeguards', () => {
    const list = codes('iep', '504')
    expect(list.slice(0, 4)).toEqual(codes('iep', 'none'))
    expect(list.slice(4)).toEqual([
      'section-504-is-a-separate-decision (34 CFR 104.35)',
      'section-504-notice-and-hearing (34 CFR 104.36)',
    ])
  })

  test('after a revocation, whether a 504 plan must follow is marked as unsettled (low confidence)', () => {
    const last = requirementsForMove({ from: 'iep', to: '504', reason: 'parent-revoked-consent' }).at(-1)
    expect(last?.code).toBe('section-504-after-revocation-unsettled')
    expect(last?.confidence).toBe('low')
  })

  test('moving from a 504 plan to an IEP needs consent, the evaluation clock, and consent for services', () => {
    expect(codes('504', 'iep')).toEqual([
      'consent-for-initial-evaluation (34 CFR 300.300(a))',
      'evaluation-timeline (34 CFR 300.301(c))',
      'prior-written-notice (34 CFR 300.503)',
      'iep-meeting-within-30-days (34 CFR 300.323(c)(1))',
      'consent-for-initial-services (34 CFR 300.300(b))',
      'accommodations-move-into-iep (34 CFR 104.33(b)(2))',
    ])
  })

  test('ending a 504 plan asks for an evaluation before a significant change and the 504 safeguards', () => {
    expect(codes('504', 'none')).toEqual([
      'section-504-evaluation-before-significant-change (34 CFR 104.35(a))',
      'section-504-notice-and-hearing (34 CFR 104.36)',
    ])
  })

  test('starting a 504 plan from nothing asks for an evaluation first', () => {
    expect(codes('none', '504')[0]).toBe('section-504-evaluation-before-placement (34 CFR 104.35(a))')
  })

  test.each(PROGRAMS)('staying in %s asks for nothing', (program) => {
    expect(requirementsForMove({ from: program, to: program })).toEqual([])
  })

  test('every requirement has a message key under plans.moves and a citation', () => {
    for (const from of PROGRAMS) {
      for (const to of PROGRAMS) {
        for (const r of requirementsForMove({ from, to })) {
          expect(r.message.key).toBe(`plans.moves.${r.code}`)
          expect(MOVE_REQUIREMENT_CODES).toContain(r.code)
          expect(r.citation.length).toBeGreaterThan(0)
        }
      }
    }
  })
})

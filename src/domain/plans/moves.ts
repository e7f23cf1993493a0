import { type Message, message } from '../messages.ts'

/**
 * Moves between the two roads and out of them: from an IEP to a 504 plan or back, into either from
 * no plan, or out of special education altogether. Each move lists what the law asks for first,
 * so the family can check it happened. The record keeps both histories; this only explains.
 * Sources: LAW.md §§ 2.3, 3.9, 6, 8.3, 9.
 */
export const PROGRAMS = ['iep', '504', 'none'] as const
export type Program = (typeof PROGRAMS)[number]

/**
 * Why an IEP ends. Graduation with a regular diploma and ageing out need no evaluation first but a
 * summary of performance (34 CFR 300.305(e)(2)-(3)); a revocation of consent ends services without
 * the school's agreement (300.300(b)(4)).
 */
export const EXIT_REASONS = [
  'no-longer-eligible',
  'regular-diploma',
  'aged-out',
  'parent-revoked-consent',
] as const
export type ExitReason = (typeof EXIT_REASONS)[number]

export type Confidence = 'high' | 'medium' | 'low'

export interface MoveRequirement {
  /** Stable code; the words are at `plans.moves.<code>`. */
  readonly code: string
  readonly message: Message
  readonly citation: string
  /** How sure the law file is (LAW.md's marks); low means "ask your district or get advice". */
  readonly confidence: Confidence
}

export interface Move {
  readonly from: Program
  readonly to: Program
  /** Only read when leaving an IEP; 'no-longer-eligible' when omitted. */
  readonly reason?: ExitReason
}

const CITATIONS = {
  'evaluate-before-ending-eligibility': ['34 CFR 300.305(e)(1)', 'high'],
  'consent-for-reevaluation': ['34 CFR 300.300(c)', 'high'],
  'prior-written-notice': ['34 CFR 300.503', 'high'],
  'stay-put-if-you-disagree': ['34 CFR 300.518', 'high'],
  'summary-of-performance': ['34 CFR 300.305(e)(3)', 'high'],
  'no-evaluation-needed-at-graduation': ['34 CFR 300.305(e)(2)', 'high'],
  'alternative-certificate-keeps-eligibility': ['34 CFR 300.102(a)(3)', 'medium'],
  'revocation-in-writing': ['34 CFR 300.300(b)(4)', 'high'],
  'notice-before-services-stop': ['34 CFR 300.300(b)(4)(i)', 'high'],
  'school-cannot-override-revocation': ['34 CFR 300.300(b)(4)(ii)', 'high'],
  'later-request-is-new-evaluation': ['34 CFR 300.300(b)(4)', 'medium'],
  'section-504-is-a-separate-decision': ['34 CFR 104.35', 'medium'],
  'section-504-after-revocation-unsettled': ['34 CFR 104.33; 300.300(b)(4)', 'low'],
  'section-504-notice-and-hearing': ['34 CFR 104.36', 'high'],
  'consent-for-initial-evaluation': ['34 CFR 300.300(a)', 'high'],
  'evaluation-timeline': ['34 CFR 300.301(c)', 'high'],
  'iep-meeting-within-30-days': ['34 CFR 300.323(c)(1)', 'high'],
  'consent-for-initial-services': ['34 CFR 300.300(b)', 'high'],
  'accommodations-move-into-iep': ['34 CFR 104.33(b)(2)', 'high'],
  'section-504-evaluation-before-placement': ['34 CFR 104.35(a)', 'high'],
  'section-504-consent-for-evaluation': ['OCR, Protecting Students with Disabilities (FAQ)', 'medium'],
  'section-504-evaluation-before-significant-change': ['34 CFR 104.35(a)', 'medium'],
} as const satisfies Record<string, readonly [string, Confidence]>

type RequirementCode = keyof typeof CITATIONS

function requirement(code: RequirementCode): MoveRequirement {
  const [citation, confidence] = CITATIONS[code]
  return { code, message: message(`plans.moves.${code}`), citation, confidence }
}

/** Every requirement code, for catalog tests and documentation. */
export const MOVE_REQUIREMENT_CODES = Object.keys(CITATIONS) as readonly RequirementCode[]

function leavingIep(reason: ExitReason): RequirementCode[] {
  switch (reason) {
    case 'no-longer-eligible':
      return [
        'evaluate-before-ending-eligibility',
        'consent-for-reevaluation',
        'prior-written-notice',
        'stay-put-if-you-disagree',
      ]
    case 'regular-diploma':
      return [
        'no-evaluation-needed-at-graduation',
        'summary-of-performance',
        'prior-written-notice',
        'alternative-certificate-keeps-eligibility',
      ]
    case 'aged-out':
      return ['no-evaluation-needed-at-graduation', 'summary-of-performance', 'prior-written-notice']
    case 'parent-revoked-consent':
      return [
        'revocation-in-writing',
        'notice-before-services-stop',
        'school-cannot-override-revocation',
        'later-request-is-new-evaluation',
      ]
  }
}

const STARTING_IEP: RequirementCode[] = [
  'consent-for-initial-evaluation',
  'evaluation-timeline',
  'prior-written-notice',
  'iep-meeting-within-30-days',
  'consent-for-initial-services',
]

const STARTING_504: RequirementCode[] = [
  'section-504-evaluation-before-placement',
  'section-504-consent-for-evaluation',
  'section-504-notice-and-hearing',
]

/**
 * What the law asks for before (or as part of) a move between programs, most important first.
 * A move to the same program asks for nothing and returns an empty list.
 */
export function requirementsForMove(move: Move): readonly MoveRequirement[] {
  const reason = move.reason ?? 'no-longer-eligible'
  let codes: RequirementCode[]
  if (move.from === move.to) codes = []
  else if (move.from === 'iep' && move.to === 'none') codes = leavingIep(reason)
  else if (move.from === 'iep' && move.to === '504') {
    codes = [...leavingIep(reason), 'section-504-is-a-separate-decision', 'section-504-notice-and-hearing']
    if (reason === 'parent-revoked-consent') codes.push('section-504-after-revocation-unsettled')
  } else if (move.to === 'iep') {
    codes = move.from === '504' ? [...STARTING_IEP, 'accommodations-move-into-iep'] : STARTING_IEP
  } else if (move.from === 'none' && move.to === '504') codes = STARTING_504
  else codes = ['section-504-evaluation-before-significant-change', 'section-504-notice-and-hearing']
  return codes.map(requirement)
}

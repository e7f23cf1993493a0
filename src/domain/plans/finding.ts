import { type Message, type MessageParam, message } from '../messages.ts'

/**
 * How much a finding matters:
 * - required: the law asks the plan to say this (34 CFR 300.320 for an IEP);
 * - recommended: good practice that makes a legal duty workable (a baseline makes a goal measurable);
 * - review: something to look at or ask about; it may be fine.
 */
export const FINDING_SEVERITIES = ['required', 'recommended', 'review'] as const
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number]

/** One thing a plan lacks, with the rule behind it and the field it is about. */
export interface Finding {
  /** Stable code (`goal-baseline-missing`); the words are at `plans.findings.<code>`. */
  readonly code: string
  readonly severity: FindingSeverity
  readonly message: Message
  /** A short legal reference ("34 CFR 300.320(a)(3)"). */
  readonly citation: string
  /** The JSON path of the field in the plan (`goals[0].baseline`), or `plan` for the whole plan. */
  readonly path: string
}

/** Builds a finding whose message key is `plans.findings.<code>`. */
export function finding(
  code: string,
  severity: FindingSeverity,
  citation: string,
  path: string,
  params?: Record<string, MessageParam>,
): Finding {
  return { code, severity, message: message(`plans.findings.${code}`, params), citation, path }
}

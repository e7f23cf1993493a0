import type { Actor } from '../../domain/access/actor.ts'
import type { Child } from '../../domain/children/child.ts'
import type { LocalDate } from '../../domain/dates/local-date.ts'
import type { Deadline } from '../../domain/deadlines/deadline.ts'
import type { TeamFinding } from '../../domain/meetings/team-check.ts'
import { type Message, type MessageParam, message } from '../../domain/messages.ts'
import { type AtAGlance, planAtAGlance } from '../../domain/plans/at-a-glance.ts'
import { checkPlan } from '../../domain/plans/check-plan.ts'
import type { Finding } from '../../domain/plans/finding.ts'
import type { PlanKind } from '../../domain/plans/plan.ts'
import { type Lang, renderMessage } from '../../i18n/i18n.ts'
import { listEventsOfChild } from '../../storage/events-store.ts'
import type { Deps } from '../deps.ts'
import { getPlanInEffect } from '../plans/plan-records.ts'
import { checkOptionsFor } from '../plans/read-plan-views.ts'
import type { ProgressResult } from '../progress/analyze-progress.ts'
import type { ServiceCompliance } from '../services-delivered/compute-compliance.ts'
import { childDeadlines, deadlineEventsOf } from './record-deadlines.ts'

/**
 * What the record says before a meeting: the plan in effect (at a glance, and what it lacks), the
 * deadlines past due or near, each goal's progress decision and each service's delivery. Progress
 * and service data come from the engines' results (analyzeProgressSeries, computeCompliance); `null`
 * means the record holds no such data yet, which the page and the packet say plainly.
 */
export interface RecordEvidence {
  readonly plan: {
    readonly kind: PlanKind
    readonly effectiveFrom: LocalDate | null
    readonly glance: AtAGlance
    readonly findings: readonly Finding[]
  } | null
  readonly deadlines: readonly Deadline[]
  readonly progress: readonly { readonly goal: string; readonly result: ProgressResult }[] | null
  readonly services: readonly ServiceCompliance[] | null
}

/** Gathers the evidence on `on` (today), through the one access check (the caller already passed it for `child`). */
export async function gatherRecordEvidence(
  deps: Deps,
  actor: Actor,
  child: Child,
  on: LocalDate,
): Promise<RecordEvidence> {
  const inEffect = await getPlanInEffect(deps, actor, child.id, on)
  const plan = inEffect
    ? {
        kind: inEffect.record.kind,
        effectiveFrom: inEffect.record.effectiveFrom,
        glance: planAtAGlance(inEffect.version.plan),
        findings: checkPlan(inEffect.version.plan, checkOptionsFor(child, inEffect.version.plan)),
      }
    : null
  const events = await listEventsOfChild(deps.db, child.id)
  const { deadlines } = childDeadlines(child, deadlineEventsOf(events), on)
  const near = deadlines.filter(
    (d) => d.supersededBy === null && (d.status === 'overdue' || d.status === 'due-soon'),
  )
  // Progress data and service sessions are not stored on the record yet (their tables arrive with
  // the goals-and-progress and services products); until then there is nothing to analyse.
  return { plan, deadlines: near, progress: null, services: null }
}

/** A thing to raise: a sentence whose `parts` are other sentences written into it (a deadline's title). */
export interface Suggestion {
  readonly message: Message
  readonly parts?: Readonly<Record<string, Message>>
}

/** A suggestion in words. */
export function renderSuggestion(lang: Lang, suggestion: Suggestion): string {
  const params: Record<string, MessageParam> = { ...suggestion.message.params }
  for (const [name, part] of Object.entries(suggestion.parts ?? {})) params[name] = renderMessage(lang, part)
  return renderMessage(lang, { key: suggestion.message.key, params })
}

/** Things to raise at the meeting, drawn from the record and the team check, most pressing first. */
export function meetingSuggestions(evidence: RecordEvidence, team: readonly TeamFinding[]): Suggestion[] {
  const suggestions: Suggestion[] = []
  for (const deadline of evidence.deadlines)
    suggestions.push({
      message: message(
        deadline.status === 'overdue'
          ? 'meetings.suggestions.deadlineOverdue'
          : 'meetings.suggestions.deadlineSoon',
        { date: deadline.due ? { date: deadline.due } : '—', citation: deadline.citation },
      ),
      parts: { title: deadline.title },
    })
  for (const finding of team.filter((f) => f.status === 'missing'))
    suggestions.push({
      message: message('meetings.suggestions.teamMissing', {
        role: { key: `meetings.roles.${finding.role}` },
      }),
    })
  if (!evidence.plan) suggestions.push({ message: message('meetings.suggestions.noPlan') })
  for (const finding of evidence.plan?.findings.filter((f) => f.severity === 'required') ?? [])
    suggestions.push({
      message: message('meetings.suggestions.planFinding', { citation: finding.citation }),
      parts: { finding: finding.message },
    })
  if (evidence.progress === null)
    suggestions.push({ message: message('meetings.suggestions.noProgressData') })
  for (const item of evidence.progress ?? [])
    if (item.result.decision !== 'on-track')
      suggestions.push({
        message: message('meetings.suggestions.goalOffTrack', {
          goal: item.goal,
          decision: item.result.rule.text,
        }),
      })
  for (const service of evidence.services ?? [])
    if (service.owedMinutes > 0)
      suggestions.push({
        message: message('meetings.suggestions.serviceShort', {
          service: service.name,
          percent: service.percentDelivered ?? 0,
          owed: service.owedMinutes,
        }),
      })
  return suggestions
}

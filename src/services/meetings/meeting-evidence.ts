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
import { DECISION_LABEL_KEYS } from '../../domain/progress/decision-rules.ts'
import { formatScore } from '../../i18n/format-score.ts'
import { formatShortDate, type Lang, renderMessage, translator } from '../../i18n/i18n.ts'
import { listSchoolYearsOfChild } from '../../storage/deadlines-store.ts'
import { listEventsOfChild } from '../../storage/events-store.ts'
import type { Deps } from '../deps.ts'
import { getPlanInEffect } from '../plans/plan-records.ts'
import { checkOptionsFor } from '../plans/read-plan-views.ts'
import { type GoalProgressSummary, getProgressOverview } from '../progress/progress-data.ts'
import { getChildCompliance } from '../services-delivered/child-compliance.ts'
import type { ServiceCompliance } from '../services-delivered/compute-compliance.ts'
import { childDeadlines } from './record-deadlines.ts'

/**
 * What the record says before a meeting: the plan in effect (at a glance, and what it lacks), the
 * deadlines past due or near, each goal's progress (its latest scores and the analysis's decision)
 * and each service's delivery. Progress and service data come from the engines' results
 * (getProgressOverview, computeCompliance); `null` means the record holds no such data yet, which
 * the page and the packet say plainly.
 */
export interface RecordEvidence {
  readonly plan: {
    readonly kind: PlanKind
    readonly effectiveFrom: LocalDate | null
    readonly glance: AtAGlance
    readonly findings: readonly Finding[]
  } | null
  readonly deadlines: readonly Deadline[]
  readonly progress: readonly GoalProgressSummary[] | null
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
  const { deadlines } = childDeadlines(child, events, on, await listSchoolYearsOfChild(deps.db, child.id))
  const near = deadlines.filter(
    (d) => d.supersededBy === null && (d.status === 'overdue' || d.status === 'due-soon'),
  )
  // Minutes promised against minutes logged (the service log), when any session is on the record.
  const compliance = inEffect ? await getChildCompliance(deps, actor, child.id) : undefined
  const logged = compliance?.report.services.some((s) => s.sessionsCounted > 0) ?? false
  // Every goal of the plan in effect once any goal has a score; with no score at all there is
  // nothing to analyse, and the packet says so.
  const overview = inEffect ? await getProgressOverview(deps, actor, child.id) : undefined
  const scored = overview?.goals.some((goal) => goal.points.length > 0) ?? false
  return {
    plan,
    deadlines: near,
    progress: scored ? (overview?.goals ?? null) : null,
    services: logged ? (compliance?.report.services ?? null) : null,
  }
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
    if (item.status === 'not-on-track' && item.analysis)
      suggestions.push({
        message: message('meetings.suggestions.goalOffTrack', {
          number: item.number,
          area: { key: `plans.goalAreas.${item.goal.area}` },
        }),
        parts: { decision: item.analysis.rule },
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

/** How many of a goal's latest scores the packet lists. */
const LATEST_SCORES = 3

/** One goal's progress in words, for the preparation page and the packet. */
export interface GoalProgressText {
  /** "Goal 2: Reading". */
  readonly title: string
  /** The analysis's status and decision: "Not on track: change the teaching". */
  readonly status: string
  /** The goal, its latest scores, the trend against the aim, and the rule that decided. */
  readonly lines: readonly string[]
}

/** A goal's progress as sentences in `lang`: the same words on the page and in the PDF. */
export function goalProgressText(lang: Lang, item: GoalProgressSummary): GoalProgressText {
  const t = translator(lang)
  const unit = item.goal.unit ?? ''
  const scores = item.points
    .slice(-LATEST_SCORES)
    .map((p) => `${formatShortDate(lang, p.measuredOn)}: ${formatScore(p.value)} ${p.unit || unit}`.trim())
  const { analysis } = item
  const decided = analysis && item.status !== 'too-little-data' && item.status !== 'no-aim-line'
  return {
    title: t('plans.ui.page.goalNumber', {
      number: item.number,
      area: t(`plans.goalAreas.${item.goal.area}`),
    }),
    status: decided
      ? t('meetings.packet.progressStatus', {
          status: t(`progress.statuses.${item.status}`),
          decision: t(DECISION_LABEL_KEYS[analysis.decision]),
        })
      : t(`progress.statuses.${item.status}`),
    lines: [
      item.goal.text,
      scores.length === 0
        ? t('meetings.packet.progressNoScores')
        : t('meetings.packet.progressLatest', { count: item.points.length, scores: scores.join('; ') }),
      ...(analysis && analysis.trendSlopePerWeek !== null
        ? [
            t('progress.chart.trendDescription', {
              trend: formatScore(analysis.trendSlopePerWeek),
              aim: formatScore(analysis.aimSlopePerWeek),
            }),
          ]
        : []),
      ...(analysis ? [renderMessage(lang, analysis.rule)] : [t('progress.ui.noAimLine')]),
    ],
  }
}

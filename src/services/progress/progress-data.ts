import type { Actor, ChildNeed } from '../../domain/access/actor.ts'
import type { Child } from '../../domain/children/child.ts'
import { displayName } from '../../domain/children/child.ts'
import type { LocalDate } from '../../domain/dates/local-date.ts'
import type { Goal, GoalArea } from '../../domain/plans/plan.ts'
import type { PlanRecord, SavedPlanVersion } from '../../domain/plans/plan-record.ts'
import { DomainError, invalidInput, problem } from '../../domain/problems.ts'
import { analyzeProgress } from '../../domain/progress/analyze-progress.ts'
import {
  type GoalSeries,
  goalSeries,
  type ProgressStatus,
  statusOfDecision,
} from '../../domain/progress/goal-series.ts'
import { readProgressCsv } from '../../domain/progress/progress-csv.ts'
import {
  checkProgressPointDraft,
  type EnteredBy,
  MAX_REPORT_TEXT,
  type ProgressNote,
  type ProgressNoteKind,
  type ProgressPoint,
  type ProgressPointDetails,
  type ProgressPointDraft,
  parseMeasuredOn,
} from '../../domain/progress/progress-point.ts'
import type { ProgressAnalysis } from '../../domain/progress/progress-series.ts'
import { isLang, type Lang, renderMessage, translator } from '../../i18n/i18n.ts'
import { absoluteUrl, paths } from '../../paths.ts'
import { findAccessLink } from '../../storage/access-links-store.ts'
import { findUserById } from '../../storage/accounts-store.ts'
import type { DbOrTx } from '../../storage/database.ts'
import { findPlanInEffectOn } from '../../storage/plans-store.ts'
import {
  deleteProgressNoteRow,
  deleteProgressPoint as deleteProgressPointRow,
  findProgressNote,
  findProgressPoint,
  insertProgressNote,
  insertProgressPoints,
  listAlertRecipients,
  listProgressNotesOfChild,
  listProgressNotesOfGoal,
  listProgressPointsOfChild,
  listProgressPointsOfGoal,
  updateProgressPoint as updateProgressPointRow,
} from '../../storage/progress-store.ts'
import { getChildForActor } from '../access/child-access.ts'
import { type Deps, today } from '../deps.ts'
import { queueEmail } from '../jobs/enqueue.ts'

/**
 * Progress data for the goals of the plan in effect: points, notes beside them, and what the
 * analysis says. Reading needs `read`; adding points needs `enter-data` (a teacher's data-entry
 * link may do only this); changing or deleting someone else's point needs `edit`.
 */

/** The plan in effect today and its goals, with the dates the aim line runs between. */
export interface GoalsInEffect {
  readonly plan: PlanRecord
  readonly start: LocalDate | undefined
  readonly end: LocalDate | undefined
  readonly goals: readonly Goal[]
}

async function goalsInEffect(deps: Deps, db: DbOrTx, childId: string): Promise<GoalsInEffect | undefined> {
  const found = await findPlanInEffectOn(db, childId, today(deps))
  return found && goalsOfPlan(found)
}

/** The goals of a plan (found in effect) and the dates its aim lines run between. */
export function goalsOfPlan(found: { record: PlanRecord; version: SavedPlanVersion }): GoalsInEffect {
  const { plan } = found.version
  if (plan.kind !== 'iep') return { plan: found.record, start: undefined, end: undefined, goals: [] }
  return {
    plan: found.record,
    start: plan.dates.start ?? plan.dates.meeting,
    end: plan.dates.end ?? plan.dates.nextAnnualReview,
    goals: plan.goals,
  }
}

/** A goal of the plan in effect, after the access check; NOT_FOUND for any other goal. */
async function goalOfChild(
  deps: Deps,
  actor: Actor,
  childId: string,
  goalId: string,
  need: ChildNeed,
): Promise<{ child: Child; inEffect: GoalsInEffect; goal: Goal; index: number }> {
  const child = await getChildForActor(deps.db, actor, childId, need)
  const inEffect = await goalsInEffect(deps, deps.db, child.id)
  const index = inEffect ? inEffect.goals.findIndex((g) => g.id === goalId) : -1
  const goal = inEffect?.goals[index]
  if (!inEffect || !goal) throw new DomainError('NOT_FOUND')
  return { child, inEffect, goal, index }
}

/** What the data say about one goal. */
export interface GoalProgressSummary {
  readonly goal: Goal
  /** 1-based place of the goal in the plan, for short names ("Reading goal 2"). */
  readonly number: number
  readonly points: readonly ProgressPoint[]
  readonly notes: readonly ProgressNote[]
  readonly series: GoalSeries
  readonly analysis: ProgressAnalysis | null
  readonly status: ProgressStatus
}

/** What the data say about one goal of the plan in effect. */
export function summarize(
  inEffect: GoalsInEffect,
  goal: Goal,
  index: number,
  points: readonly ProgressPoint[],
  notes: readonly ProgressNote[],
): GoalProgressSummary {
  const series = goalSeries(goal, inEffect, points, notes)
  const analysis = series.ok ? analyzeProgress(series.series) : null
  return {
    goal,
    number: index + 1,
    points,
    notes,
    series,
    analysis,
    status: statusOfDecision(analysis?.decision ?? null),
  }
}

export interface ProgressOverview {
  readonly child: Child
  /** The plan in effect today; undefined when none is. */
  readonly plan: PlanRecord | undefined
  readonly goals: readonly GoalProgressSummary[]
}

/** Every goal of the plan in effect with what its data say. */
export async function getProgressOverview(
  deps: Deps,
  actor: Actor,
  childId: string,
): Promise<ProgressOverview> {
  const child = await getChildForActor(deps.db, actor, childId, 'read')
  const inEffect = await goalsInEffect(deps, deps.db, child.id)
  if (!inEffect) return { child, plan: undefined, goals: [] }
  const points = await listProgressPointsOfChild(deps.db, child.id)
  const notes = await listProgressNotesOfChild(deps.db, child.id)
  return {
    child,
    plan: inEffect.plan,
    goals: inEffect.goals.map((goal, index) =>
      summarize(
        inEffect,
        goal,
        index,
        points.filter((p) => p.goalId === goal.id),
        notes.filter((n) => n.goalId === goal.id),
      ),
    ),
  }
}

export interface GoalProgressView extends GoalProgressSummary {
  readonly child: Child
  readonly plan: PlanRecord
  readonly start: LocalDate | undefined
  readonly end: LocalDate | undefined
}

/** One goal with its points, notes and analysis. */
export async function getGoalProgress(
  deps: Deps,
  actor: Actor,
  childId: string,
  goalId: string,
): Promise<GoalProgressView> {
  const { child, inEffect, goal, index } = await goalOfChild(deps, actor, childId, goalId, 'read')
  const points = await listProgressPointsOfGoal(deps.db, child.id, goal.id)
  const notes = await listProgressNotesOfGoal(deps.db, child.id, goal.id)
  return {
    ...summarize(inEffect, goal, index, points, notes),
    child,
    plan: inEffect.plan,
    start: inEffect.start,
    end: inEffect.end,
  }
}

/** What a person with a data-entry link may know of a goal: its area, number and unit. */
export interface GoalForDataEntry {
  readonly id: string
  readonly number: number
  readonly area: GoalArea
  readonly unit: string | null
}

/** The goals someone may add points to, as short names only (no goal text, no child details). */
export async function listGoalsForDataEntry(
  deps: Deps,
  actor: Actor,
  childId: string,
): Promise<GoalForDataEntry[]> {
  const child = await getChildForActor(deps.db, actor, childId, 'enter-data')
  const inEffect = await goalsInEffect(deps, deps.db, child.id)
  return (inEffect?.goals ?? []).map((goal, index) => ({
    id: goal.id,
    number: index + 1,
    area: goal.area,
    unit: goal.unit ?? null,
  }))
}

/** Who is typing: a person by name, or a data-entry link by the label the family gave it. */
async function enteredByOf(deps: Deps, actor: Actor): Promise<EnteredBy> {
  if (actor.kind === 'link') {
    const link = await findAccessLink(deps.db, actor.linkId)
    return { userId: null, linkId: actor.linkId, name: link?.label ?? null }
  }
  const user = await findUserById(deps.db, actor.userId)
  return { userId: actor.userId, linkId: null, name: user?.name ?? null }
}

function isOwnPoint(actor: Actor, point: ProgressPoint): boolean {
  return actor.kind === 'link'
    ? point.enteredBy.linkId === actor.linkId
    : point.enteredBy.userId !== null && point.enteredBy.userId === actor.userId
}

async function savePoints(
  deps: Deps,
  actor: Actor,
  childId: string,
  goalId: string,
  details: readonly ProgressPointDetails[],
): Promise<ProgressPoint[]> {
  const { child, goal, inEffect, index } = await goalOfChild(deps, actor, childId, goalId, 'enter-data')
  const enteredBy = await enteredByOf(deps, actor)
  const before = await listProgressPointsOfGoal(deps.db, child.id, goal.id)
  const notes = await listProgressNotesOfGoal(deps.db, child.id, goal.id)
  const rows = details.map((d) => ({
    id: deps.newId(),
    organizationId: child.organizationId,
    childId: child.id,
    goalId: goal.id,
    details: { ...d, unit: d.unit ?? goal.unit ?? null },
    enteredBy,
  }))
  const now = deps.clock.now()
  const wasOffTrack = summarize(inEffect, goal, index, before, notes).status === 'not-on-track'
  await deps.db.transaction().execute(async (tx) => {
    await insertProgressPoints(tx, rows, now)
    const after = summarize(
      inEffect,
      goal,
      index,
      await listProgressPointsOfGoal(tx, child.id, goal.id),
      notes,
    )
    if (!wasOffTrack && after.status === 'not-on-track') await queueOffTrackAlerts(deps, tx, child, after)
  })
  const saved = await listProgressPointsOfGoal(deps.db, child.id, goal.id)
  const ids = new Set(rows.map((r) => r.id))
  return saved.filter((p) => ids.has(p.id))
}

/** Adds one point (INVALID_INPUT with every problem when the draft has any). */
export async function addProgressPoint(
  deps: Deps,
  actor: Actor,
  childId: string,
  goalId: string,
  draft: ProgressPointDraft,
): Promise<ProgressPoint> {
  // The access check comes before the input check, so nobody learns anything from the problems.
  await goalOfChild(deps, actor, childId, goalId, 'enter-data')
  const { value, problems } = checkProgressPointDraft(draft, today(deps))
  if (!value) throw invalidInput(problems)
  const [saved] = await savePoints(deps, actor, childId, goalId, [value])
  if (!saved) throw new Error('Could not read back the saved progress point')
  return saved
}

/** Adds several checked points at once (the API's list): all or nothing. */
export async function addProgressPoints(
  deps: Deps,
  actor: Actor,
  childId: string,
  goalId: string,
  drafts: readonly ProgressPointDraft[],
): Promise<ProgressPoint[]> {
  await goalOfChild(deps, actor, childId, goalId, 'enter-data')
  const details: ProgressPointDetails[] = []
  const problems = drafts.flatMap((draft, index) => {
    const checked = checkProgressPointDraft(draft, today(deps), `points.${index}.`)
    if (checked.value) details.push(checked.value)
    return checked.problems
  })
  if (problems.length > 0) throw invalidInput(problems)
  if (details.length === 0) throw invalidInput([problem('points', 'progress.import.problems.empty')])
  return savePoints(deps, actor, childId, goalId, details)
}

/** Imports pasted or uploaded CSV text: every line is checked first, then all are saved, or none. */
export async function importProgressCsv(
  deps: Deps,
  actor: Actor,
  childId: string,
  goalId: string,
  input: { text: string; defaultSource: string },
): Promise<ProgressPoint[]> {
  const { goal } = await goalOfChild(deps, actor, childId, goalId, 'enter-data')
  const { points, problems } = readProgressCsv(input.text, {
    today: today(deps),
    defaultSource: input.defaultSource,
    defaultUnit: goal.unit ?? null,
  })
  if (problems.length > 0) throw invalidInput(problems)
  return savePoints(deps, actor, childId, goalId, points)
}

/** A point of the child's, for reading or changing it (own points need `enter-data`, others' `edit`). */
export async function getProgressPoint(
  deps: Deps,
  actor: Actor,
  childId: string,
  pointId: string,
  purpose: 'read' | 'change' = 'read',
): Promise<ProgressPoint> {
  const child = await getChildForActor(deps.db, actor, childId, purpose === 'read' ? 'read' : 'enter-data')
  const point = await findProgressPoint(deps.db, pointId)
  if (!point || point.childId !== child.id) throw new DomainError('NOT_FOUND')
  if (purpose === 'change' && !isOwnPoint(actor, point))
    await getChildForActor(deps.db, actor, childId, 'edit')
  return point
}

/** Changes a point if nobody saved it since `expectedVersion` (else VERSION_CONFLICT). */
export async function updateProgressPoint(
  deps: Deps,
  actor: Actor,
  childId: string,
  pointId: string,
  expectedVersion: number,
  draft: ProgressPointDraft,
): Promise<ProgressPoint> {
  const current = await getProgressPoint(deps, actor, childId, pointId, 'change')
  const { value, problems } = checkProgressPointDraft(draft, today(deps))
  if (!value) throw invalidInput(problems)
  if (current.version !== expectedVersion)
    throw new DomainError('VERSION_CONFLICT', { currentVersion: current.version })
  await deps.db.transaction().execute(async (tx) => {
    const saved = await updateProgressPointRow(tx, current.id, expectedVersion, value, deps.clock.now())
    if (!saved) throw new DomainError('VERSION_CONFLICT')
  })
  const updated = await findProgressPoint(deps.db, current.id)
  if (!updated) throw new DomainError('NOT_FOUND')
  return updated
}

/** Deletes a point if nobody changed it since `expectedVersion` (else VERSION_CONFLICT). */
export async function deleteProgressPoint(
  deps: Deps,
  actor: Actor,
  childId: string,
  pointId: string,
  expectedVersion: number,
): Promise<ProgressPoint> {
  const current = await getProgressPoint(deps, actor, childId, pointId, 'change')
  if (current.version !== expectedVersion)
    throw new DomainError('VERSION_CONFLICT', { currentVersion: current.version })
  const deleted = await deleteProgressPointRow(deps.db, current.id, expectedVersion)
  if (!deleted) throw new DomainError('VERSION_CONFLICT')
  return current
}

/** A note as typed: a progress report's date and words, or the day the teaching changed. */
export interface ProgressNoteDraft {
  readonly kind: string
  readonly notedOn: string
  readonly text: string
}

/** Records what a school progress report said about a goal, or a change of teaching. */
export async function addProgressNote(
  deps: Deps,
  actor: Actor,
  childId: string,
  goalId: string,
  draft: ProgressNoteDraft,
): Promise<ProgressNote> {
  const { child, goal } = await goalOfChild(deps, actor, childId, goalId, 'edit')
  const problems = []
  const kind = draft.kind as ProgressNoteKind
  if (kind !== 'progress-report' && kind !== 'phase-change')
    problems.push(problem('kind', 'progress.notes.problems.kindMissing'))
  const notedOn = parseMeasuredOn(draft.notedOn)
  if (draft.notedOn.trim() === '') problems.push(problem('notedOn', 'progress.notes.problems.dateMissing'))
  else if (notedOn === undefined) problems.push(problem('notedOn', 'progress.notes.problems.dateInvalid'))
  else if (notedOn > today(deps)) problems.push(problem('notedOn', 'progress.notes.problems.dateInFuture'))
  const text = draft.text.trim()
  if (kind === 'progress-report' && text === '')
    problems.push(problem('text', 'progress.notes.problems.textMissing'))
  if (text.length > MAX_REPORT_TEXT)
    problems.push(problem('text', 'progress.notes.problems.textTooLong', { max: MAX_REPORT_TEXT }))
  if (problems.length > 0 || notedOn === undefined) throw invalidInput(problems)
  const id = deps.newId()
  await insertProgressNote(deps.db, {
    id,
    organizationId: child.organizationId,
    childId: child.id,
    goalId: goal.id,
    kind,
    notedOn,
    text: text === '' ? null : text,
    createdBy: actor.kind === 'user' ? actor.userId : null,
    now: deps.clock.now(),
  })
  const saved = await findProgressNote(deps.db, id)
  if (!saved) throw new Error('Could not read back the saved progress note')
  return saved
}

export async function deleteProgressNote(
  deps: Deps,
  actor: Actor,
  childId: string,
  noteId: string,
): Promise<ProgressNote> {
  const child = await getChildForActor(deps.db, actor, childId, 'edit')
  const note = await findProgressNote(deps.db, noteId)
  if (!note || note.childId !== child.id) throw new DomainError('NOT_FOUND')
  await deleteProgressNoteRow(deps.db, note.id)
  return note
}

/**
 * For the dashboard: how many goals of each child's plan in effect the data call not on track.
 * Children the actor may not read are left out; children without such goals are not listed.
 */
export async function countGoalsNotOnTrack(
  deps: Deps,
  actor: Actor,
  childIds: readonly string[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  for (const childId of childIds) {
    const overview = await getProgressOverview(deps, actor, childId)
    const count = overview.goals.filter((g) => g.status === 'not-on-track').length
    if (count > 0) counts.set(childId, count)
  }
  return counts
}

/**
 * When new scores turn a goal from on track (or too little data) to not on track, each person of
 * the household with a verified e-mail hears once, in their language, with the rule that decided.
 */
async function queueOffTrackAlerts(
  deps: Deps,
  tx: DbOrTx,
  child: Child,
  summary: GoalProgressSummary,
): Promise<void> {
  if (!summary.analysis) return
  const latest = summary.points.at(-1)?.measuredOn ?? ''
  for (const person of await listAlertRecipients(tx, child.organizationId)) {
    const lang: Lang = isLang(person.locale) ? person.locale : 'en'
    const t = translator(lang)
    const name = displayName(child)
    const goalName = t('plans.ui.page.goalNumber', {
      number: summary.number,
      area: t(`plans.goalAreas.${summary.goal.area}`),
    })
    const text = [
      t('progress.alerts.greeting', { person: person.name }),
      t('progress.alerts.body', { name, goal: goalName }),
      renderMessage(lang, summary.analysis.rule),
      t('progress.alerts.next', {
        url: absoluteUrl(deps.config.baseUrl, paths.goalProgress(child.id, summary.goal.id)),
      }),
    ].join('\n\n')
    await queueEmail(
      { ...deps, db: tx },
      { to: person.email, subject: t('progress.alerts.subject', { name, goal: goalName }), text },
      {
        dedupeKey: `progress-off-track:${person.userId}:${child.id}:${summary.goal.id}:${latest}`,
        organizationId: child.organizationId,
      },
    )
  }
}

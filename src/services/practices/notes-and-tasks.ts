import type { UserActor } from '../../domain/access/actor.ts'
import type { Child } from '../../domain/children/child.ts'
import { type LocalDate, parseLocalDate } from '../../domain/dates/local-date.ts'
import type { Deadline } from '../../domain/deadlines/deadline.ts'
import { DomainError, invalidInput, type Problem, problem } from '../../domain/problems.ts'
import {
  insertPracticeNote,
  insertPracticeTask,
  listDetachedPracticeNotes,
  listEventsOfChildren,
  listOpenPracticeTasks,
  listPracticeNotes,
  markPracticeTaskDone,
} from '../../storage/caseload-store.ts'
import { listPracticeMembers } from '../../storage/practices-store.ts'
import { getChildForActor, listChildrenForActor } from '../access/child-access.ts'
import { evaluateChildDeadlines } from '../deadlines/compute-deadlines.ts'
import { law } from '../deadlines/law.ts'
import { type Deps, today } from '../deps.ts'
import { openDeadlines } from './caseload.ts'
import { getPracticeContext } from './practices.ts'

export interface PracticeFamily {
  readonly child: Child
  readonly deadlines: readonly Deadline[]
  readonly notes: readonly { id: string; body: string; created_at: string; author_name: string | null }[]
}

/** One family as the practice sees it: open deadlines and the practice's private notes. */
export async function getPracticeFamily(
  deps: Deps,
  actor: UserActor,
  childId: string,
): Promise<PracticeFamily> {
  const practice = await getPracticeContext(deps, actor)
  const child = await getChildForActor(deps.db, actor, childId, 'read')
  const events = await listEventsOfChildren(deps.db, [child.id])
  const compiled = law()
  const evaluation = evaluateChildDeadlines(
    {
      jurisdiction: compiled.jurisdictions.has(child.state) ? child.state : 'US',
      today: today(deps),
      child: { dateOfBirth: child.dateOfBirth },
      holidays: [],
      events: (events.get(child.id) ?? []).map((e) => ({
        id: e.id,
        type: e.type,
        date: e.date,
        ...(e.details ? { details: e.details } : {}),
      })),
    },
    compiled,
  )
  const notes = await listPracticeNotes(deps.db, practice.organizationId, child.id)
  return { child, deadlines: openDeadlines(evaluation.deadlines), notes }
}

/** Adds a note only the practice sees. The child must be visible to the actor. */
export async function addPracticeNote(
  deps: Deps,
  actor: UserActor,
  childId: string,
  body: string,
): Promise<void> {
  const practice = await getPracticeContext(deps, actor)
  const child = await getChildForActor(deps.db, actor, childId, 'read')
  const text = body.trim()
  if (text === '') throw invalidInput([problem('note', 'advocates.problems.noteMissing')])
  if (text.length > 10_000) throw invalidInput([problem('note', 'advocates.problems.noteTooLong')])
  await insertPracticeNote(deps.db, {
    id: deps.newId(),
    organization_id: practice.organizationId,
    child_id: child.id,
    child_detached_at: null,
    author_id: actor.userId,
    body: text,
    created_at: deps.clock.now(),
  })
}

export type DetachedNote = Awaited<ReturnType<typeof listDetachedPracticeNotes>>[number]

/**
 * The practice's notes about children whose family deleted the record: kept by the practice,
 * without the child (docs/decisions/008-practice-records-after-a-family-deletes.md).
 */
export async function listDetachedNotes(deps: Deps, actor: UserActor): Promise<DetachedNote[]> {
  const practice = await getPracticeContext(deps, actor)
  return listDetachedPracticeNotes(deps.db, practice.organizationId)
}

export const TASK_FORM_FIELDS = ['title', 'dueOn', 'childId', 'assigneeId'] as const
export type TaskForm = Record<(typeof TASK_FORM_FIELDS)[number], string>

export async function listPracticeTasks(deps: Deps, actor: UserActor) {
  const practice = await getPracticeContext(deps, actor)
  const tasks = await listOpenPracticeTasks(deps.db, practice.organizationId)
  const members = await listPracticeMembers(deps.db, practice.organizationId)
  const children = (await listChildrenForActor(deps, actor)).map((c) => c.child)
  return { tasks, members, children }
}

/** Adds a task for someone in the practice, optionally about a child the actor can see. */
export async function addPracticeTask(deps: Deps, actor: UserActor, form: TaskForm): Promise<void> {
  const practice = await getPracticeContext(deps, actor)
  const problems: Problem[] = []
  const title = form.title.trim()
  if (title === '') problems.push(problem('title', 'advocates.problems.taskTitleMissing'))
  else if (title.length > 200) problems.push(problem('title', 'advocates.problems.taskTitleTooLong'))
  let dueOn: LocalDate | null = null
  if (form.dueOn.trim() !== '') {
    dueOn = parseLocalDate(form.dueOn.trim()) ?? null
    if (!dueOn) problems.push(problem('dueOn', 'advocates.problems.dueOn'))
  }
  const members = await listPracticeMembers(deps.db, practice.organizationId)
  const assignee = form.assigneeId || actor.userId
  if (!members.some((m) => m.userId === assignee))
    problems.push(problem('assigneeId', 'advocates.problems.assignee'))
  let childId: string | null = null
  if (form.childId !== '') {
    try {
      childId = (await getChildForActor(deps.db, actor, form.childId, 'read')).id
    } catch (error) {
      if (!(error instanceof DomainError)) throw error
      problems.push(problem('childId', 'advocates.problems.child'))
    }
  }
  if (problems.length > 0) throw invalidInput(problems)
  const now = deps.clock.now()
  await insertPracticeTask(deps.db, {
    id: deps.newId(),
    organization_id: practice.organizationId,
    assignee_id: assignee,
    child_id: childId,
    child_detached_at: null,
    title,
    due_on: dueOn,
    done_at: null,
    version: 1,
    created_at: now,
    updated_at: now,
  })
}

export async function completePracticeTask(deps: Deps, actor: UserActor, taskId: string): Promise<void> {
  const practice = await getPracticeContext(deps, actor)
  if (!(await markPracticeTaskDone(deps.db, practice.organizationId, taskId, deps.clock.now()))) {
    throw new DomainError('NOT_FOUND')
  }
}

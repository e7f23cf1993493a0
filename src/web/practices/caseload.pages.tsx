import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { DomainError, type Problem } from '../../domain/problems.ts'
import { setFlash } from '../../http/plugins/request-context.ts'
import { translator } from '../../i18n/i18n.ts'
import { paths } from '../../paths.ts'
import type { Deps } from '../../services/deps.ts'
import { caseloadCsv, getCaseload, readCaseloadFilters } from '../../services/practices/caseload.ts'
import {
  addPracticeNote,
  addPracticeTask,
  completePracticeTask,
  getPracticeFamily,
  listDetachedNotes,
  listPracticeTasks,
  TASK_FORM_FIELDS,
  type TaskForm,
} from '../../services/practices/notes-and-tasks.ts'
import { actorOf } from '../actor-of.ts'
import { formText, readForm } from '../forms.ts'
import { type RenderSettings, sendPage, uiFor } from '../render.tsx'
import { CaseloadPage, PracticeFamilyPage, TasksPage } from './caseload-views.tsx'

type Query = { Querystring: Record<string, string | undefined> }
type ChildParams = { Params: { childId: string } }

/** The caseload dashboard (with CSV), a family's page with private notes, and the practice's tasks. */
export function registerCaseloadPages(app: FastifyInstance, deps: Deps, settings: RenderSettings): void {
  const ui = (request: FastifyRequest, reply: FastifyReply) => uiFor(request, reply, settings)

  app.get<Query>(
    '/practice/caseload',
    { config: { access: 'practice-member', pageCache: true } },
    async (request, reply) => {
      const filters = readCaseloadFilters(request.query)
      const caseload = await getCaseload(deps, actorOf(request), filters, request.lang)
      const detachedNotes = await listDetachedNotes(deps, actorOf(request))
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <CaseloadPage caseload={caseload} filters={filters} detachedNotes={detachedNotes} />,
      )
    },
  )

  app.get<Query>(
    '/practice/caseload.csv',
    { config: { access: 'practice-member' } },
    async (request, reply) => {
      const filters = { ...readCaseloadFilters(request.query), page: 0 }
      const caseload = await getCaseload(deps, actorOf(request), filters, request.lang)
      const t = translator(request.lang)
      const csv = caseloadCsv(caseload, [
        t('advocates.caseload.child'),
        t('advocates.caseload.childState'),
        t('booking.details.grade'),
        t('advocates.caseload.advocate'),
        t('advocates.caseload.overdue'),
        t('advocates.caseload.dueSoon'),
        t('advocates.caseload.nextDeadline'),
        t('advocates.caseload.nextDeadlineDate'),
        t('advocates.caseload.nextCall'),
        t('advocates.caseload.nextMeeting'),
        t('advocates.caseload.openDisputes'),
        t('advocates.caseload.goalsNotOnTrack'),
        t('advocates.caseload.servicesUnderDelivered'),
      ])
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="caseload.csv"')
        .header('cache-control', 'no-store')
        .send(csv)
    },
  )

  app.get<ChildParams>(
    '/practice/families/:childId',
    { config: { access: 'practice-member' } },
    async (request, reply) => {
      const family = await getPracticeFamily(deps, actorOf(request), request.params.childId)
      return sendPage(reply, 200, ui(request, reply), <PracticeFamilyPage family={family} note="" />)
    },
  )

  app.post<ChildParams>(
    '/practice/families/:childId/notes',
    { config: { access: 'practice-member' } },
    async (request, reply) => {
      const note = formText(request.body, 'note')
      try {
        await addPracticeNote(deps, actorOf(request), request.params.childId, note)
      } catch (error) {
        if (error instanceof DomainError && error.code === 'INVALID_INPUT') {
          const family = await getPracticeFamily(deps, actorOf(request), request.params.childId)
          return sendPage(
            reply,
            400,
            ui(request, reply),
            <PracticeFamilyPage family={family} note={note} problems={error.problems} />,
          )
        }
        throw error
      }
      setFlash(reply, { key: 'advocates.family.noteAdded', kind: 'success' })
      return reply.redirect(paths.practiceFamily(request.params.childId), 303)
    },
  )

  const tasksPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    values: TaskForm,
    problems: readonly Problem[] = [],
  ) => {
    const actor = actorOf(request)
    const { tasks, members, children } = await listPracticeTasks(deps, actor)
    return sendPage(
      reply,
      status,
      ui(request, reply),
      <TasksPage
        tasks={tasks}
        members={members}
        children={children}
        values={values}
        currentUserId={actor.userId}
        problems={problems}
      />,
    )
  }

  app.get('/practice/tasks', { config: { access: 'practice-member' } }, (request, reply) =>
    tasksPage(request, reply, 200, readForm({}, TASK_FORM_FIELDS)),
  )

  app.post('/practice/tasks', { config: { access: 'practice-member' } }, async (request, reply) => {
    const values = readForm(request.body, TASK_FORM_FIELDS)
    try {
      await addPracticeTask(deps, actorOf(request), values)
    } catch (error) {
      if (error instanceof DomainError && error.code === 'INVALID_INPUT') {
        return tasksPage(request, reply, 400, values, error.problems)
      }
      throw error
    }
    setFlash(reply, { key: 'advocates.tasks.added', kind: 'success' })
    return reply.redirect(paths.practiceTasks(), 303)
  })

  app.post<{ Params: { taskId: string } }>(
    '/practice/tasks/:taskId/done',
    { config: { access: 'practice-member' } },
    async (request, reply) => {
      await completePracticeTask(deps, actorOf(request), request.params.taskId)
      setFlash(reply, { key: 'advocates.tasks.doneFlash', kind: 'success' })
      return reply.redirect(paths.practiceTasks(), 303)
    },
  )
}

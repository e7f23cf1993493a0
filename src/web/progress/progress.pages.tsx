import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { DomainError, invalidInput, type Problem, problem } from '../../domain/problems.ts'
import { setFlash } from '../../http/plugins/request-context.ts'
import { paths } from '../../paths.ts'
import { type Deps, today } from '../../services/deps.ts'
import {
  addProgressNote,
  addProgressPoint,
  deleteProgressNote,
  deleteProgressPoint,
  getGoalProgress,
  getProgressOverview,
  getProgressPoint,
  importProgressCsv,
  updateProgressPoint,
} from '../../services/progress/progress-data.ts'
import { actorOf } from '../actor-of.ts'
import { formText, readForm } from '../forms.ts'
import { type RenderSettings, sendPage, uiFor } from '../render.tsx'
import { readUploadedForm } from '../uploaded-form.ts'
import {
  DeletePointPage,
  EditPointPage,
  EMPTY_NOTE_FORM,
  emptyPointForm,
  GoalProgressPage,
  ImportPointsPage,
  NOTE_FORM_FIELDS,
  type NoteFormValues,
  POINT_FORM_FIELDS,
  type PointFormValues,
  ProgressOverviewPage,
  pointFormValues,
} from './progress-views.tsx'

/** A CSV of scores is small: 1,000 lines (the most one import takes) of a date, a score and a note fit. */
const MAX_CSV_FILE_BYTES = 1_000_000

type ChildParams = { Params: { childId: string } }
type GoalParams = { Params: { childId: string; goalId: string } }
type PointParams = { Params: { childId: string; goalId: string; pointId: string } }
type NoteParams = { Params: { childId: string; goalId: string; noteId: string } }

function isInvalidInput(error: unknown): error is DomainError {
  return error instanceof DomainError && error.code === 'INVALID_INPUT'
}

/** Progress on a child's goals: the overview, a goal's chart and decision, adding and changing scores. */
export function registerProgressPages(app: FastifyInstance, deps: Deps, settings: RenderSettings): void {
  const ui = (request: FastifyRequest, reply: FastifyReply) => uiFor(request, reply, settings)

  async function goalPage(
    request: FastifyRequest,
    reply: FastifyReply,
    childId: string,
    goalId: string,
    status: number,
    forms: { point?: PointFormValues; note?: NoteFormValues; problems?: readonly Problem[] } = {},
  ) {
    const view = await getGoalProgress(deps, actorOf(request), childId, goalId)
    return sendPage(
      reply,
      status,
      ui(request, reply),
      <GoalProgressPage
        view={view}
        pointValues={forms.point ?? emptyPointForm(today(deps))}
        noteValues={forms.note ?? EMPTY_NOTE_FORM}
        problems={forms.problems ?? []}
      />,
    )
  }

  app.get<ChildParams>(
    '/children/:childId/progress',
    { config: { access: 'child-read' } },
    async (request, reply) => {
      const overview = await getProgressOverview(deps, actorOf(request), request.params.childId)
      return sendPage(reply, 200, ui(request, reply), <ProgressOverviewPage overview={overview} />)
    },
  )

  app.get<GoalParams>(
    '/children/:childId/progress/:goalId',
    { config: { access: 'child-read', pageCache: true } },
    async (request, reply) => goalPage(request, reply, request.params.childId, request.params.goalId, 200),
  )

  app.post<GoalParams>(
    '/children/:childId/progress/:goalId/points',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const { childId, goalId } = request.params
      const values = readForm(request.body, POINT_FORM_FIELDS)
      try {
        await addProgressPoint(deps, actorOf(request), childId, goalId, values)
      } catch (error) {
        if (!isInvalidInput(error)) throw error
        return goalPage(request, reply, childId, goalId, 400, { point: values, problems: error.problems })
      }
      setFlash(reply, { key: 'progress.ui.flash.added', kind: 'success' })
      return reply.redirect(paths.goalProgress(childId, goalId), 303)
    },
  )

  app.post<GoalParams>(
    '/children/:childId/progress/:goalId/notes',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const { childId, goalId } = request.params
      const values = readForm(request.body, NOTE_FORM_FIELDS)
      try {
        await addProgressNote(deps, actorOf(request), childId, goalId, values)
      } catch (error) {
        if (!isInvalidInput(error)) throw error
        return goalPage(request, reply, childId, goalId, 400, { note: values, problems: error.problems })
      }
      setFlash(reply, { key: 'progress.ui.flash.noteAdded', kind: 'success' })
      return reply.redirect(paths.goalProgress(childId, goalId), 303)
    },
  )

  app.post<NoteParams>(
    '/children/:childId/progress/:goalId/notes/:noteId/delete',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const { childId, goalId, noteId } = request.params
      await deleteProgressNote(deps, actorOf(request), childId, noteId)
      setFlash(reply, { key: 'progress.ui.flash.noteDeleted', kind: 'success' })
      return reply.redirect(paths.goalProgress(childId, goalId), 303)
    },
  )

  app.get<GoalParams>(
    '/children/:childId/progress/:goalId/import',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const view = await getGoalProgress(
        deps,
        actorOf(request),
        request.params.childId,
        request.params.goalId,
      )
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <ImportPointsPage
          child={view.child}
          goal={view.goal}
          number={view.number}
          text=""
          source="teacher"
        />,
      )
    },
  )

  app.post<GoalParams>(
    '/children/:childId/progress/:goalId/import',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const { childId, goalId } = request.params
      const actor = actorOf(request)
      // The page's form is multipart (pasted lines or a CSV file); a plain form post still works.
      const form = request.isMultipart()
        ? await readUploadedForm(request, MAX_CSV_FILE_BYTES)
        : { fields: { csv: formText(request.body, 'csv'), source: formText(request.body, 'source') } }
      const text = form.fields.csv ?? ''
      const source = form.fields.source ?? ''
      const file = 'file' in form ? form.file : undefined
      try {
        if (file?.truncated)
          throw invalidInput([
            problem('file', 'progress.import.problems.fileTooLarge', { max: MAX_CSV_FILE_BYTES / 1_000_000 }),
          ])
        const saved = await importProgressCsv(deps, actor, childId, goalId, {
          text: file ? file.text : text,
          defaultSource: source,
        }).catch((error: unknown) => {
          // Problems in a file's lines point at the file field, so the summary links to it.
          if (!file || !isInvalidInput(error)) throw error
          throw invalidInput(error.problems.map((p) => (p.field === 'csv' ? { ...p, field: 'file' } : p)))
        })
        setFlash(reply, {
          key: 'progress.ui.flash.imported',
          params: { count: saved.length },
          kind: 'success',
        })
        return reply.redirect(paths.goalProgress(childId, goalId), 303)
      } catch (error) {
        if (!isInvalidInput(error)) throw error
        const view = await getGoalProgress(deps, actor, childId, goalId)
        return sendPage(
          reply,
          400,
          ui(request, reply),
          <ImportPointsPage
            child={view.child}
            goal={view.goal}
            number={view.number}
            text={text}
            source={source}
            problems={error.problems}
          />,
        )
      }
    },
  )

  app.get<PointParams>(
    '/children/:childId/progress/:goalId/points/:pointId/edit',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const { childId, goalId, pointId } = request.params
      const actor = actorOf(request)
      const point = await getProgressPoint(deps, actor, childId, pointId, 'change')
      const view = await getGoalProgress(deps, actor, childId, goalId)
      if (point.goalId !== view.goal.id) throw new DomainError('NOT_FOUND')
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <EditPointPage
          child={view.child}
          goal={view.goal}
          number={view.number}
          pointId={point.id}
          version={point.version}
          values={pointFormValues(point)}
        />,
      )
    },
  )

  app.post<PointParams>(
    '/children/:childId/progress/:goalId/points/:pointId/edit',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const { childId, goalId, pointId } = request.params
      const actor = actorOf(request)
      const values = readForm(request.body, POINT_FORM_FIELDS)
      const version = Number(formText(request.body, 'version'))
      try {
        await updateProgressPoint(deps, actor, childId, pointId, version, values)
      } catch (error) {
        if (
          !(error instanceof DomainError) ||
          (error.code !== 'INVALID_INPUT' && error.code !== 'VERSION_CONFLICT')
        )
          throw error
        const current = await getProgressPoint(deps, actor, childId, pointId, 'change')
        const view = await getGoalProgress(deps, actor, childId, goalId)
        const conflict = error.code === 'VERSION_CONFLICT'
        return sendPage(
          reply,
          conflict ? 409 : 400,
          ui(request, reply),
          <EditPointPage
            child={view.child}
            goal={view.goal}
            number={view.number}
            pointId={pointId}
            version={conflict ? current.version : version}
            values={values}
            problems={error.problems}
            conflict={conflict ? current : undefined}
          />,
        )
      }
      setFlash(reply, { key: 'progress.ui.flash.saved', kind: 'success' })
      return reply.redirect(paths.goalProgress(childId, goalId), 303)
    },
  )

  app.get<PointParams>(
    '/children/:childId/progress/:goalId/points/:pointId/delete',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const { childId, goalId, pointId } = request.params
      const actor = actorOf(request)
      const point = await getProgressPoint(deps, actor, childId, pointId, 'change')
      const view = await getGoalProgress(deps, actor, childId, goalId)
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <DeletePointPage child={view.child} goal={view.goal} number={view.number} point={point} />,
      )
    },
  )

  app.post<PointParams>(
    '/children/:childId/progress/:goalId/points/:pointId/delete',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const { childId, goalId, pointId } = request.params
      const actor = actorOf(request)
      const version = Number(formText(request.body, 'version'))
      try {
        await deleteProgressPoint(deps, actor, childId, pointId, version)
      } catch (error) {
        if (!(error instanceof DomainError) || error.code !== 'VERSION_CONFLICT') throw error
        const point = await getProgressPoint(deps, actor, childId, pointId, 'change')
        const view = await getGoalProgress(deps, actor, childId, goalId)
        return sendPage(
          reply,
          409,
          ui(request, reply),
          <DeletePointPage child={view.child} goal={view.goal} number={view.number} point={point} conflict />,
        )
      }
      setFlash(reply, { key: 'progress.ui.flash.deleted', kind: 'success' })
      return reply.redirect(paths.goalProgress(childId, goalId), 303)
    },
  )
}

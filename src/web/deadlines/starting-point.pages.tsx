import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import {
  isDateQuestion,
  type StartingPointDraft,
  type StartingPointField,
  startingPointSteps,
  UNKNOWN_DATE,
  unknownDates,
} from '../../domain/children/starting-point.ts'
import { DomainError } from '../../domain/problems.ts'
import { setFlash } from '../../http/plugins/request-context.ts'
import { paths } from '../../paths.ts'
import {
  checkStartingPointStep,
  getStartingPointChild,
  recordStartingPoint,
} from '../../services/children/starting-point.ts'
import type { Deps } from '../../services/deps.ts'
import { actorOf } from '../actor-of.ts'
import { formText } from '../forms.ts'
import { type RenderSettings, sendPage, uiFor } from '../render.tsx'
import {
  clearSetupAnswers,
  readSetupAnswers,
  saveSetupAnswers,
  stepOfSlug,
  stepPath,
} from './starting-point-state.ts'
import {
  StartingPointCheckPage,
  StartingPointDatePage,
  StartingPointDisputePage,
  StartingPointStagePage,
} from './starting-point-views.tsx'

type StepParams = { Params: { childId: string; step?: string }; Querystring: { change?: unknown } }

/** The first question on the path not answered yet, if any. */
function firstUnanswered(draft: StartingPointDraft): StartingPointField | undefined {
  return startingPointSteps(draft).find((field) => draft[field].trim() === '')
}

/** Where a question's page links back to: the question before it, or the child's page. */
function backOf(childId: string, draft: StartingPointDraft, field: StartingPointField): string {
  const steps = startingPointSteps(draft)
  const before = steps[steps.indexOf(field) - 1]
  return before ? stepPath(childId, before) : paths.child(childId)
}

/** After an answer: the next question (or, when changing one answer, the next unanswered one), else the check page. */
function nextAfter(
  childId: string,
  draft: StartingPointDraft,
  field: StartingPointField,
  change: boolean,
): string {
  const steps = startingPointSteps(draft)
  const next = change ? firstUnanswered(draft) : steps[steps.indexOf(field) + 1]
  return next ? stepPath(childId, next, change) : paths.startingPointCheck(childId)
}

/** The answer a question's form posts ("I don't know" is a box beside a date). */
function postedAnswer(body: unknown, field: StartingPointField): string {
  if (isDateQuestion(field) && formText(body, `${field}Unknown`) === 'yes') return UNKNOWN_DATE
  return formText(body, field).trim()
}

/**
 * "Where are you now?", one question a page: the stage, then (for a dispute) its kind, then each
 * date that matters, each with "I don't know"; then check your answers and save (one transaction).
 * The answers wait in a signed cookie (starting-point-state.ts), so back and refresh keep them.
 */
export function registerStartingPointPages(app: FastifyInstance, deps: Deps, settings: RenderSettings): void {
  const ui = (request: FastifyRequest, reply: FastifyReply) => uiFor(request, reply, settings)
  const secure = deps.config.baseUrl.startsWith('https:')

  function showStep(
    request: FastifyRequest<StepParams>,
    reply: FastifyReply,
    status: 200 | 400,
    child: Parameters<typeof StartingPointStagePage>[0]['child'],
    field: StartingPointField,
    draft: StartingPointDraft,
    problems: Parameters<typeof StartingPointStagePage>[0]['problems'] = [],
  ) {
    const change = request.query.change === 'yes'
    const action = stepPath(child.id, field, change)
    const back = change ? paths.startingPointCheck(child.id) : backOf(child.id, draft, field)
    const page =
      field === 'stage' ? (
        <StartingPointStagePage child={child} values={draft} action={action} problems={problems} />
      ) : field === 'disputeKind' ? (
        <StartingPointDisputePage
          child={child}
          values={draft}
          action={action}
          back={back}
          problems={problems}
        />
      ) : (
        <StartingPointDatePage
          child={child}
          field={field}
          value={draft[field]}
          action={action}
          back={back}
          problems={problems}
        />
      )
    return sendPage(reply, status, ui(request, reply), page)
  }

  /** The question a URL names, when it is on the path of the answers so far. */
  function questionOf(
    request: FastifyRequest<StepParams>,
    draft: StartingPointDraft,
  ): StartingPointField | undefined {
    const slug = request.params.step
    if (slug === undefined) return 'stage'
    const field = stepOfSlug(slug)
    return field && startingPointSteps(draft).includes(field) ? field : undefined
  }

  async function getQuestion(request: FastifyRequest<StepParams>, reply: FastifyReply) {
    const child = await getStartingPointChild(deps, actorOf(request), request.params.childId)
    const draft = readSetupAnswers(request)
    const field = questionOf(request, draft)
    if (!field) {
      // Not a question of this path (the answers changed, or were lost): go to the first one missing.
      return reply.redirect(stepPath(child.id, firstUnanswered(draft) ?? 'stage'), 303)
    }
    return showStep(request, reply, 200, child, field, draft)
  }

  async function postQuestion(request: FastifyRequest<StepParams>, reply: FastifyReply) {
    const actor = actorOf(request)
    const before = readSetupAnswers(request)
    const slug = request.params.step
    const field = slug === undefined ? 'stage' : stepOfSlug(slug)
    if (!field) throw new DomainError('NOT_FOUND')
    const draft: StartingPointDraft = { ...before, [field]: postedAnswer(request.body, field) }
    const { child, problems } = await checkStartingPointStep(
      deps,
      actor,
      request.params.childId,
      field,
      draft,
    )
    if (problems.length > 0) return showStep(request, reply, 400, child, field, draft, problems)
    saveSetupAnswers(reply, child.id, draft, secure)
    return reply.redirect(nextAfter(child.id, draft, field, request.query.change === 'yes'), 303)
  }

  const access = { config: { access: 'child-edit' as const } }
  app.get<StepParams>('/children/:childId/starting-point', access, getQuestion)
  app.post<StepParams>('/children/:childId/starting-point', access, postQuestion)

  app.get<StepParams>('/children/:childId/starting-point/check', access, async (request, reply) => {
    const child = await getStartingPointChild(deps, actorOf(request), request.params.childId)
    const draft = readSetupAnswers(request)
    const missing = firstUnanswered(draft)
    if (missing) return reply.redirect(stepPath(child.id, missing), 303)
    const steps = startingPointSteps(draft)
    return sendPage(
      reply,
      200,
      ui(request, reply),
      <StartingPointCheckPage
        child={child}
        draft={draft}
        steps={steps}
        back={stepPath(child.id, steps.at(-1) ?? 'stage')}
      />,
    )
  })

  app.post<StepParams>('/children/:childId/starting-point/check', access, async (request, reply) => {
    const actor = actorOf(request)
    const { childId } = request.params
    const draft = readSetupAnswers(request)
    let added: number
    try {
      added = (await recordStartingPoint(deps, actor, childId, draft)).added
    } catch (error) {
      // An answer missing or no longer right (a date now in the future cannot be): back to its page.
      if (!(error instanceof DomainError) || error.code !== 'INVALID_INPUT') throw error
      const field = (error.problems[0]?.field ?? 'stage') as StartingPointField
      return reply.redirect(
        stepPath(childId, startingPointSteps(draft).includes(field) ? field : 'stage', true),
        303,
      )
    }
    clearSetupAnswers(reply, childId)
    const unknown = unknownDates(draft)
    const u = ui(request, reply)
    setFlash(
      reply,
      unknown.length > 0
        ? {
            key: 'deadlines.ui.setup.flash.unknown',
            params: {
              count: added,
              dates: unknown.map((field) => u.t(`deadlines.ui.setup.answers.${field}`)).join('; '),
            },
            kind: 'success',
          }
        : added === 0
          ? { key: 'deadlines.ui.setup.flash.none', kind: 'success' }
          : added === 1
            ? { key: 'deadlines.ui.setup.flash.addedOne', kind: 'success' }
            : { key: 'deadlines.ui.setup.flash.addedMany', params: { count: added }, kind: 'success' },
    )
    return reply.redirect(paths.childDeadlines(childId), 303)
  })

  app.get<StepParams>('/children/:childId/starting-point/:step', access, getQuestion)
  app.post<StepParams>('/children/:childId/starting-point/:step', access, postQuestion)
}

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { problem } from '../../domain/problems.ts'
import {
  answerRows,
  applyAnswer,
  draftFromAnswers,
  isOnPath,
  nextStep,
  parseStepSlug,
  previousStep,
  questionView,
  type RawAnswer,
  removeCondition,
  type ScreenerDraft,
  type ScreenerStep,
  sameStep,
  stepSlug,
  walkDraft,
} from '../../domain/screener/flow.ts'
import type { Question } from '../../domain/screener/questions.ts'
import { setFlash } from '../../http/plugins/request-context.ts'
import { type Lang, translator } from '../../i18n/i18n.ts'
import { paths } from '../../paths.ts'
import { getChild, listChildren } from '../../services/children/children.ts'
import type { Deps } from '../../services/deps.ts'
import { getSavedScreenerResult, saveScreenerResult } from '../../services/screener/save-screener-result.ts'
import { screenChild } from '../../services/screener/screen-child.ts'
import { actorOf } from '../actor-of.ts'
import { formList, formText } from '../forms.ts'
import { type RenderSettings, sendPage, uiFor } from '../render.tsx'
import { ResultPage, SavedResultPage, type SaveOptions } from './result-views.tsx'
import { clearDraft, type DraftState, readDraftState, saveDraft } from './screener-state.ts'
import {
  type AnswerSection,
  CheckAnswersPage,
  QuestionPage,
  StartPage,
  type StartProgress,
} from './screener-views.tsx'

type StepRequest = { Params: { step: string }; Querystring: { change?: string } }
type SavedParams = { Params: { childId: string; eventId: string } }

const FIRST_STEP: ScreenerStep = { question: 'age' }
const ABOUT_CHILD: readonly string[] = ['age', 'school', 'currentPlan', 'basis']

/** The page of a step, in change mode when the family came from "check your answers". */
function stepPath(step: ScreenerStep, change: boolean): string {
  return paths.screenerStep(stepSlug(step), { change })
}

/** What a question's form sent, as the flow reads it. */
function postedAnswer(body: unknown, question: Question, field: string): RawAnswer {
  if (question.kind === 'multi') return formList(body, field)
  if (question.kind === 'number') {
    const sent = formList(body, field)
    // The "Not sure" box posts the same field name as the number.
    return question.notSure && sent.includes('unsure') ? 'unsure' : (sent[0] ?? '')
  }
  return formText(body, field)
}

/** The page after `step` on the family's path: the next question, or "check your answers". */
function pageAfter(draft: ScreenerDraft, step: ScreenerStep, change: boolean): string {
  const progress = walkDraft(draft)
  if (change) return progress.next ? stepPath(progress.next, true) : paths.screenerCheckAnswers()
  const path = progress.next ? [...progress.steps, progress.next] : progress.steps
  const index = path.findIndex((s) => sameStep(s, step))
  const following = index === -1 ? progress.next : path[index + 1]
  return following ? stepPath(following, false) : paths.screenerCheckAnswers()
}

/** "Check your answers" groups: about the child, each condition, then school and support. */
export function answerSections(draft: ScreenerDraft, lang: Lang): AnswerSection[] {
  const t = translator(lang)
  const rows = answerRows(draft)
  const conditionCount = draft.conditions.length
  const sections: AnswerSection[] = []
  const about = rows.filter((row) => !('condition' in row.step) && ABOUT_CHILD.includes(row.step.question))
  if (about.length > 0)
    sections.push({ id: 'child', heading: t('screenerPages.check.aboutChild'), rows: about })
  const byCondition = new Map<number, typeof rows>()
  for (const row of rows) {
    if (!('condition' in row.step)) continue
    byCondition.set(row.step.condition, [...(byCondition.get(row.step.condition) ?? []), row])
  }
  for (const [index, conditionRows] of byCondition) {
    const name = draft.conditions[index]?.conditionName?.trim() ?? ''
    const number = index + 1
    sections.push({
      id: `condition-${number}`,
      heading: t('screener.flow.conditionHeading', { number, name }),
      rows: conditionRows,
      removable: conditionCount > 1 ? { number, name } : undefined,
    })
  }
  const rest = rows.filter((row) => !('condition' in row.step) && !ABOUT_CHILD.includes(row.step.question))
  if (rest.length > 0)
    sections.push({ id: 'school', heading: t('screenerPages.check.schoolAndSupport'), rows: rest })
  return sections
}

function questionCaption(draft: ScreenerDraft, step: ScreenerStep, lang: Lang): string {
  const t = translator(lang)
  // The first condition's name page still belongs to the opening questions; later pages say which condition.
  if (!('condition' in step) || (step.condition === 0 && step.question === 'conditionName'))
    return t('screener.flow.title')
  const number = step.condition + 1
  const name = draft.conditions[step.condition]?.conditionName?.trim()
  return name && step.question !== 'conditionName'
    ? t('screener.flow.conditionHeading', { number, name })
    : t('screenerPages.question.conditionCaption', { number })
}

/**
 * The public screener: a start page, one question per page, "check your answers" and the result,
 * with the answers kept in a signed cookie (screener-state.ts). Signed in, a family can save the
 * result to a child's record; the saved result can be opened again from the child's timeline.
 */
export function registerScreenerPages(app: FastifyInstance, deps: Deps, settings: RenderSettings): void {
  const ui = (request: FastifyRequest, reply: FastifyReply) => uiFor(request, reply, settings)
  const secure = deps.config.baseUrl.startsWith('https:')
  const publicPage = { config: { access: 'public' as const } }
  const signedInPage = { config: { access: 'signed-in' as const } }

  /**
   * Reads the answers, or answers the request itself: a cookie that cannot be read is cleared and
   * the family starts again with a notice; with no answers at all, later pages go to the start page.
   */
  function draftOr(request: FastifyRequest, reply: FastifyReply): DraftState | undefined {
    const state = readDraftState(request)
    if (state.status === 'unreadable') {
      clearDraft(reply)
      setFlash(reply, { key: 'screenerPages.notices.unreadable', kind: 'info' })
      void reply.redirect(paths.screener(), 303)
      return undefined
    }
    return state
  }

  /** The complete answers, or a redirect to the first page still to answer. */
  function completeOr(request: FastifyRequest, reply: FastifyReply) {
    const state = draftOr(request, reply)
    if (!state) return undefined
    const progress = walkDraft(state.draft)
    if (!progress.answers) {
      void reply.redirect(
        state.status === 'none' ? paths.screener() : stepPath(progress.next ?? FIRST_STEP, false),
        303,
      )
      return undefined
    }
    return { draft: state.draft, answers: progress.answers }
  }

  async function saveOptions(request: FastifyRequest): Promise<SaveOptions> {
    if (!request.signedIn) return { children: undefined }
    return { children: await listChildren(deps, request.signedIn.actor, { archived: false }) }
  }

  app.get(paths.screener(), publicPage, async (request, reply) => {
    const state = draftOr(request, reply)
    if (!state) return reply
    const progress = walkDraft(state.draft)
    const start: StartProgress =
      state.status === 'none'
        ? { kind: 'new' }
        : progress.next
          ? { kind: 'in-progress', resume: stepPath(progress.next, false) }
          : { kind: 'complete' }
    return sendPage(reply, 200, ui(request, reply), <StartPage progress={start} />)
  })

  app.post(paths.screenerStartAgain(), publicPage, async (_request, reply) => {
    clearDraft(reply)
    return reply.redirect(stepPath(FIRST_STEP, false), 303)
  })

  app.get(paths.screenerCheckAnswers(), publicPage, async (request, reply) => {
    const complete = completeOr(request, reply)
    if (!complete) return reply
    return sendPage(
      reply,
      200,
      ui(request, reply),
      <CheckAnswersPage sections={answerSections(complete.draft, request.lang)} />,
    )
  })

  app.post(paths.screenerRemoveCondition(), publicPage, async (request, reply) => {
    const state = draftOr(request, reply)
    if (!state) return reply
    const index = Number(formText(request.body, 'condition')) - 1
    if (Number.isInteger(index) && index >= 0 && index < state.draft.conditions.length) {
      if (state.draft.conditions.length > 1) saveDraft(reply, removeCondition(state.draft, index), secure)
    }
    return reply.redirect(paths.screenerCheckAnswers(), 303)
  })

  app.get(paths.screenerResult(), publicPage, async (request, reply) => {
    const complete = completeOr(request, reply)
    if (!complete) return reply
    return sendPage(
      reply,
      200,
      ui(request, reply),
      <ResultPage
        result={screenChild(complete.answers, request.lang)}
        answers={answerSections(complete.draft, request.lang)}
        save={await saveOptions(request)}
      />,
    )
  })

  app.post(paths.screenerSave(), signedInPage, async (request, reply) => {
    const actor = actorOf(request)
    const complete = completeOr(request, reply)
    if (!complete) return reply
    const childId = formText(request.body, 'childId').trim()
    if (childId === '') {
      const save = await saveOptions(request)
      return sendPage(
        reply,
        400,
        ui(request, reply),
        <ResultPage
          result={screenChild(complete.answers, request.lang)}
          answers={answerSections(complete.draft, request.lang)}
          save={{ ...save, problems: [problem('childId', 'screenerPages.save.chooseChild')] }}
        />,
      )
    }
    await saveScreenerResult(deps, actor, childId, complete.answers)
    const child = await getChild(deps, actor, childId)
    setFlash(reply, {
      key: 'screenerPages.save.saved',
      params: { name: child.preferredName ?? child.legalName },
      kind: 'success',
    })
    return reply.redirect(paths.child(childId), 303)
  })

  app.post(paths.screenerReopen(), signedInPage, async (request, reply) => {
    const saved = await getSavedScreenerResult(
      deps,
      actorOf(request),
      formText(request.body, 'childId'),
      formText(request.body, 'eventId'),
    )
    saveDraft(reply, draftFromAnswers(saved.answers), secure)
    return reply.redirect(paths.screenerCheckAnswers(), 303)
  })

  app.get<SavedParams>(
    '/children/:childId/screener-results/:eventId',
    { config: { access: 'child-read' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const saved = await getSavedScreenerResult(deps, actor, request.params.childId, request.params.eventId)
      const child = await getChild(deps, actor, request.params.childId)
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <SavedResultPage
          child={child}
          event={saved.event}
          result={screenChild(saved.answers, request.lang)}
          answers={answerSections(draftFromAnswers(saved.answers), request.lang)}
        />,
      )
    },
  )

  app.get<StepRequest>('/screener/:step', publicPage, async (request, reply) => {
    const step = parseStepSlug(request.params.step)
    if (!step) return reply.callNotFound()
    const state = draftOr(request, reply)
    if (!state) return reply
    const change = request.query.change === 'yes'
    if (!isOnPath(state.draft, step)) {
      const next = nextStep(state.draft)
      const target =
        state.status === 'none'
          ? paths.screener()
          : next
            ? stepPath(next, false)
            : paths.screenerCheckAnswers()
      return reply.redirect(target, 303)
    }
    const view = questionView(state.draft, step)
    return sendPage(
      reply,
      200,
      ui(request, reply),
      <QuestionPage
        view={view}
        value={view.value}
        caption={questionCaption(state.draft, step, request.lang)}
        back={backLink(state.draft, step, change, request.lang)}
        action={stepPath(step, change)}
      />,
    )
  })

  app.post<StepRequest>('/screener/:step', publicPage, async (request, reply) => {
    const step = parseStepSlug(request.params.step)
    if (!step) return reply.callNotFound()
    const state = draftOr(request, reply)
    if (!state) return reply
    const change = request.query.change === 'yes'
    if (!isOnPath(state.draft, step)) {
      const next = nextStep(state.draft)
      return reply.redirect(
        state.status === 'none'
          ? paths.screener()
          : next
            ? stepPath(next, false)
            : paths.screenerCheckAnswers(),
        303,
      )
    }
    const view = questionView(state.draft, step)
    const raw = postedAnswer(request.body, view.question, view.field)
    const result = applyAnswer(state.draft, step, raw)
    if (!result.ok) {
      return sendPage(
        reply,
        400,
        ui(request, reply),
        <QuestionPage
          view={view}
          value={raw}
          problems={result.problems}
          caption={questionCaption(state.draft, step, request.lang)}
          back={backLink(state.draft, step, change, request.lang)}
          action={stepPath(step, change)}
        />,
      )
    }
    saveDraft(reply, result.draft, secure)
    return reply.redirect(pageAfter(result.draft, step, change), 303)
  })
}

/** Back goes to the previous question, to the start page from the first, or to the answers when changing one. */
function backLink(
  draft: ScreenerDraft,
  step: ScreenerStep,
  change: boolean,
  lang: Lang,
): { href: string; label?: string } {
  if (change)
    return {
      href: paths.screenerCheckAnswers(),
      label: translator(lang)('screenerPages.question.backToAnswers'),
    }
  const previous = previousStep(draft, step)
  return { href: previous ? stepPath(previous, false) : paths.screener() }
}

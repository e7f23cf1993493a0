import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { displayName } from '../../domain/children/child.ts'
import { dateInZone } from '../../domain/dates/local-date.ts'
import { libraryEntry, libraryKeys } from '../../domain/plans/library.ts'
import {
  EXIT_REASONS,
  type ExitReason,
  PROGRAMS,
  type Program,
  requirementsForMove,
} from '../../domain/plans/moves.ts'
import { PLAN_KINDS, type Plan, REVISION_REASONS } from '../../domain/plans/plan.ts'
import type { SavedPlanVersion } from '../../domain/plans/plan-record.ts'
import { PLAN_ACTIONS, type PlanAction } from '../../domain/plans/transitions.ts'
import { DomainError, type Problem, problem } from '../../domain/problems.ts'
import { setFlash } from '../../http/plugins/request-context.ts'
import { formatDate } from '../../i18n/i18n.ts'
import { paths } from '../../paths.ts'
import { getChild } from '../../services/children/children.ts'
import type { Deps } from '../../services/deps.ts'
import { renderAtAGlancePdf } from '../../services/plans/at-a-glance-pdf.ts'
import {
  changePlanStatus,
  deleteDraftPlan,
  startAmendment,
  startNextPlan,
} from '../../services/plans/plan-lifecycle.ts'
import {
  getChildForEditing,
  getPlan,
  getPlanForEditing,
  getPreviousPlan,
  listPlans,
  listVersionSummaries,
} from '../../services/plans/plan-records.ts'
import {
  checkSavedPlan,
  comparePlanVersions,
  getAtAGlance,
  glanceText,
  type VersionRef,
} from '../../services/plans/read-plan-views.ts'
import { createPlan, savePlan } from '../../services/plans/save-plan.ts'
import { actorOf } from '../actor-of.ts'
import { formList, formText } from '../forms.ts'
import { type RenderSettings, sendPage, uiFor } from '../render.tsx'
import { trySave } from '../save-or-show-again.ts'
import {
  dateOf,
  type FormValues,
  fieldProblem,
  localizeProblems,
  problemsForItem,
  readAction,
  readValues,
  rowCount,
  withoutRow,
} from './form-values.ts'
import { AtAGlancePage, type MoveChoice, MovesPage } from './glance-and-moves-pages.tsx'
import { itemName, purposeFor } from './plan-common.tsx'
import { ComparePage, type VersionOption, VersionsPage } from './plan-history-pages.tsx'
import { ItemFormPage, LibraryPage, RemoveItemPage } from './plan-item-pages.tsx'
import { NewPlanPage, type NewPlanValues, PlanListPage } from './plan-list-page.tsx'
import { PlanPage } from './plan-page.tsx'
import { SectionFormPage } from './plan-part-pages.tsx'
import { AmendPage, DeletePlanPage, NEXT_REASONS, NextPlanPage } from './plan-step-pages.tsx'
import {
  findItem,
  ITEM_ROW_FIELDS,
  type ItemList,
  isItemList,
  itemsFromLibrary,
  itemsOf,
  itemValues,
  listFits,
  newServiceValues,
  readItem,
  withItem,
  withItems,
  withoutItem,
} from './read-item-forms.ts'
import {
  applySection,
  isSectionPart,
  rowListsOf,
  type SectionPart,
  sectionFits,
  sectionValues,
} from './read-part-forms.ts'

type ChildParams = { Params: { childId: string } }
type PlanParams = { Params: { childId: string; planId: string }; Querystring: { version?: string } }
type PartParams = { Params: { childId: string; planId: string; part: string } }
type ListParams = {
  Params: { childId: string; planId: string; list: string }
  Querystring: { library?: string }
}
type ItemParams = { Params: { childId: string; planId: string; list: string; itemId: string } }

/** A version number from a query or form; undefined when absent, NOT_FOUND when not a version. */
function versionParam(text: string | undefined): number | undefined {
  if (text === undefined || text === '') return undefined
  if (!/^\d{1,9}$/.test(text)) throw new DomainError('NOT_FOUND')
  return Number(text)
}

function expectedVersion(body: unknown): number {
  const text = formText(body, 'version')
  return /^\d{1,9}$/.test(text) ? Number(text) : 0
}

function purposeOf(body: unknown): 'edit' | 'correction' {
  return formText(body, 'purpose') === 'correction' ? 'correction' : 'edit'
}

function summaryOf(version: SavedPlanVersion): VersionOption['version'] {
  return { version: version.version, savedAt: version.savedAt, status: version.plan.status }
}

/** How many rows each repeated list shows: what was posted (at least one), one more after "add another". */
function rowCounts(lists: readonly string[], values: FormValues, added: string | undefined, minimum: number) {
  const rows: Record<string, number> = {}
  for (const list of lists) rows[list] = Math.max(rowCount(values, list), minimum) + (added === list ? 1 : 0)
  return rows
}

/** Pages for a child's plans: list, entry part by part, lifecycle, versions, compare, at a glance, moves. */
export function registerPlanPages(app: FastifyInstance, deps: Deps, settings: RenderSettings): void {
  const ui = (request: FastifyRequest, reply: FastifyReply) => uiFor(request, reply, settings)

  app.get<ChildParams>(
    '/children/:childId/plans',
    { config: { access: 'child-read' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const plans = await listPlans(deps, actor, request.params.childId)
      const child = await getChild(deps, actor, request.params.childId)
      return sendPage(reply, 200, ui(request, reply), <PlanListPage child={child} plans={plans} />)
    },
  )

  // ── entering a new plan ─────────────────────────────────────────────────────────────────────
  app.get<{ Params: { childId: string }; Querystring: { kind?: string } }>(
    '/children/:childId/plans/new',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const child = await getChildForEditing(deps, actorOf(request), request.params.childId)
      const kind = (PLAN_KINDS as readonly string[]).includes(request.query.kind ?? '')
        ? (request.query.kind as string)
        : ''
      const values: NewPlanValues = { kind, 'revision.reason': '', 'dates.meeting': '', 'dates.start': '' }
      return sendPage(reply, 200, ui(request, reply), <NewPlanPage child={child} values={values} />)
    },
  )

  app.post<ChildParams>(
    '/children/:childId/plans/new',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const child = await getChildForEditing(deps, actor, request.params.childId)
      const body = request.body
      const values: NewPlanValues = {
        kind: formText(body, 'kind'),
        'revision.reason': formText(body, 'revision.reason'),
        'dates.meeting': formText(body, 'dates.meeting'),
        'dates.start': formText(body, 'dates.start'),
      }
      const problems: Problem[] = []
      if (!(PLAN_KINDS as readonly string[]).includes(values.kind))
        problems.push(problem('kind', 'plans.ui.new.problems.kind'))
      const reason = values['revision.reason']
      if (reason !== '' && !(REVISION_REASONS as readonly string[]).includes(reason)) {
        problems.push(fieldProblem('revision.reason', 'plans.form.problems.choose'))
      }
      const meeting = dateOf(values, 'dates.meeting', problems)
      const start = dateOf(values, 'dates.start', problems)
      const t = ui(request, reply).t
      const renderProblems = async (list: readonly Problem[]) =>
        sendPage(
          reply,
          400,
          ui(request, reply),
          <NewPlanPage child={child} values={values} problems={localizeProblems(list, t)} />,
        )
      if (problems.length > 0) return renderProblems(problems)
      let created: Awaited<ReturnType<typeof createPlan>> | undefined
      const outcome = await trySave(async () => {
        created = await createPlan(deps, actor, child.id, {
          kind: values.kind,
          status: 'draft',
          ...(reason === '' ? {} : { revision: { reason } }),
          dates: { ...(meeting ? { meeting } : {}), ...(start ? { start } : {}) },
        })
      })
      if (outcome.problems || !created) return renderProblems(outcome.problems ?? [])
      setFlash(reply, { key: 'plans.flash.created', kind: 'success' })
      return reply.redirect(paths.plan(child.id, created.record.id), 303)
    },
  )

  // ── comparing and moving (before /:planId so the words are not taken for an id) ─────────────
  app.get<{ Params: { childId: string }; Querystring: { before?: string; after?: string } }>(
    '/children/:childId/plans/compare',
    { config: { access: 'child-read' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const childId = request.params.childId
      const child = await getChild(deps, actor, childId)
      const plans = await listPlans(deps, actor, childId)
      const summaries = await listVersionSummaries(deps, actor, childId)
      const options: VersionOption[] = plans.flatMap((record) =>
        summaries.filter((v) => v.planId === record.id).map((version) => ({ record, version })),
      )
      const before = request.query.before ?? ''
      const after = request.query.after ?? ''
      const parse = (text: string): VersionRef | undefined => {
        const match = /^([^@]+)@(\d{1,9})$/.exec(text)
        return match?.[1] && match[2] ? { planId: match[1], version: Number(match[2]) } : undefined
      }
      const problems: Problem[] = []
      if (before !== '' || after !== '') {
        if (parse(before) === undefined) problems.push(problem('before', 'plans.ui.compare.problems.before'))
        if (parse(after) === undefined) problems.push(problem('after', 'plans.ui.compare.problems.after'))
      }
      const beforeRef = parse(before)
      const afterRef = parse(after)
      if (problems.length > 0 || !beforeRef || !afterRef) {
        return sendPage(
          reply,
          problems.length > 0 ? 400 : 200,
          ui(request, reply),
          <ComparePage child={child} options={options} before={before} after={after} problems={problems} />,
        )
      }
      const result = await comparePlanVersions(deps, actor, childId, beforeRef, afterRef)
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <ComparePage
          child={child}
          options={options}
          before={before}
          after={after}
          diff={{
            before: { record: result.before.record, version: summaryOf(result.before.version) },
            after: { record: result.after.record, version: summaryOf(result.after.version) },
            diff: result.diff,
          }}
        />,
      )
    },
  )

  app.get<{ Params: { childId: string }; Querystring: { from?: string; to?: string; reason?: string } }>(
    '/children/:childId/plans/moves',
    { config: { access: 'child-read' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const child = await getChild(deps, actor, request.params.childId)
      const plans = await listPlans(deps, actor, child.id)
      const current = plans.find((p) => p.status === 'in-effect')
      const isProgram = (v: string | undefined): v is Program =>
        (PROGRAMS as readonly string[]).includes(v ?? '')
      const from = isProgram(request.query.from) ? request.query.from : (current?.kind ?? 'none')
      const to = isProgram(request.query.to) ? request.query.to : ''
      const reason = (EXIT_REASONS as readonly string[]).includes(request.query.reason ?? '')
        ? (request.query.reason as ExitReason)
        : 'no-longer-eligible'
      const choice: MoveChoice = { from, to, reason }
      const requirements = to === '' ? undefined : requirementsForMove({ from, to: to as Program, reason })
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <MovesPage child={child} current={current} choice={choice} requirements={requirements} />,
      )
    },
  )

  // ── one plan ────────────────────────────────────────────────────────────────────────────────
  async function renderPlan(
    request: FastifyRequest,
    reply: FastifyReply,
    params: { childId: string; planId: string; version?: number },
    status = 200,
  ) {
    const actor = actorOf(request)
    const checked = await checkSavedPlan(deps, actor, params.childId, params.planId, params.version)
    const previous = await getPreviousPlan(deps, actor, params.childId, params.planId)
    return sendPage(
      reply,
      status,
      ui(request, reply),
      <PlanPage
        child={checked.child}
        record={checked.record}
        version={checked.version}
        findings={checked.findings}
        previous={previous}
      />,
    )
  }

  app.get<PlanParams>(
    '/children/:childId/plans/:planId',
    { config: { access: 'child-read', pageCache: true } },
    async (request, reply) =>
      renderPlan(request, reply, { ...request.params, version: versionParam(request.query.version) }),
  )

  app.post<PlanParams>(
    '/children/:childId/plans/:planId/step',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const { childId, planId } = request.params
      const action = formText(request.body, 'action')
      if (!(PLAN_ACTIONS as readonly string[]).includes(action)) {
        throw new DomainError('PLAN_TRANSITION_NOT_ALLOWED', { action })
      }
      const outcome = await trySave(() =>
        changePlanStatus(deps, actor, childId, planId, expectedVersion(request.body), action as PlanAction),
      )
      if (outcome.conflict) {
        setFlash(reply, { key: 'plans.flash.stepConflict', kind: 'info' })
        return reply.redirect(paths.plan(childId, planId), 303)
      }
      setFlash(reply, { key: `plans.flash.steps.${action}`, kind: 'success' })
      return reply.redirect(paths.plan(childId, planId), 303)
    },
  )

  app.get<PlanParams>(
    '/children/:childId/plans/:planId/amend',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const found = await getPlanForEditing(
        deps,
        actorOf(request),
        request.params.childId,
        request.params.planId,
      )
      if (found.record.status !== 'in-effect')
        throw new DomainError('PLAN_TRANSITION_NOT_ALLOWED', { action: 'amend' })
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <AmendPage
          child={found.child}
          record={found.record}
          version={found.record.latestVersion}
          values={{ date: '', withoutMeeting: '' }}
        />,
      )
    },
  )

  app.post<PlanParams>(
    '/children/:childId/plans/:planId/amend',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const { childId, planId } = request.params
      const values = {
        date: formText(request.body, 'date'),
        withoutMeeting: formText(request.body, 'withoutMeeting'),
      }
      const version = expectedVersion(request.body)
      const problems: Problem[] = []
      if (values.withoutMeeting !== 'yes' && values.withoutMeeting !== 'no') {
        problems.push(problem('withoutMeeting', 'plans.ui.amend.problems.meeting'))
      }
      let created: Awaited<ReturnType<typeof startAmendment>> | undefined
      const outcome =
        problems.length > 0
          ? { problems }
          : await trySave(async () => {
              created = await startAmendment(deps, actor, childId, planId, {
                expectedVersion: version,
                date: values.date,
                withoutMeeting: values.withoutMeeting === 'yes',
              })
            })
      if (outcome.problems || outcome.conflict || !created) {
        const found = await getPlanForEditing(deps, actor, childId, planId)
        return sendPage(
          reply,
          outcome.conflict ? 409 : 400,
          ui(request, reply),
          <AmendPage
            child={found.child}
            record={found.record}
            version={found.record.latestVersion}
            values={values}
            problems={outcome.problems ?? []}
            conflict={outcome.conflict === true}
          />,
        )
      }
      setFlash(reply, { key: 'plans.flash.amendmentStarted', kind: 'success' })
      return reply.redirect(paths.plan(childId, created.record.id), 303)
    },
  )

  app.get<PlanParams>(
    '/children/:childId/plans/:planId/next',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const found = await getPlanForEditing(
        deps,
        actorOf(request),
        request.params.childId,
        request.params.planId,
      )
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <NextPlanPage child={found.child} record={found.record} reason="annual-review" />,
      )
    },
  )

  app.post<PlanParams>(
    '/children/:childId/plans/:planId/next',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const { childId, planId } = request.params
      const reason = formText(request.body, 'reason')
      if (!(NEXT_REASONS as readonly string[]).includes(reason)) {
        const found = await getPlanForEditing(deps, actor, childId, planId)
        return sendPage(
          reply,
          400,
          ui(request, reply),
          <NextPlanPage
            child={found.child}
            record={found.record}
            reason={reason}
            problems={[problem('reason', 'plans.ui.next.problems.reason')]}
          />,
        )
      }
      const created = await startNextPlan(
        deps,
        actor,
        childId,
        planId,
        reason as (typeof NEXT_REASONS)[number],
      )
      setFlash(reply, { key: 'plans.flash.nextStarted', kind: 'success' })
      return reply.redirect(paths.plan(childId, created.record.id), 303)
    },
  )

  app.get<PlanParams>(
    '/children/:childId/plans/:planId/delete',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const found = await getPlanForEditing(
        deps,
        actorOf(request),
        request.params.childId,
        request.params.planId,
      )
      if (found.record.status !== 'draft') throw new DomainError('INVALID_STATE')
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <DeletePlanPage child={found.child} record={found.record} />,
      )
    },
  )

  app.post<PlanParams>(
    '/children/:childId/plans/:planId/delete',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const { childId, planId } = request.params
      const outcome = await trySave(() =>
        deleteDraftPlan(deps, actorOf(request), childId, planId, expectedVersion(request.body)),
      )
      if (outcome.conflict) {
        setFlash(reply, { key: 'plans.flash.stepConflict', kind: 'info' })
        return reply.redirect(paths.plan(childId, planId), 303)
      }
      setFlash(reply, { key: 'plans.flash.deleted', kind: 'success' })
      return reply.redirect(paths.childPlans(childId), 303)
    },
  )

  app.get<PlanParams>(
    '/children/:childId/plans/:planId/versions',
    { config: { access: 'child-read' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const { childId, planId } = request.params
      const found = await getPlan(deps, actor, childId, planId)
      const versions = (await listVersionSummaries(deps, actor, childId)).filter((v) => v.planId === planId)
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <VersionsPage child={found.child} record={found.record} versions={versions} />,
      )
    },
  )

  app.get<PlanParams>(
    '/children/:childId/plans/:planId/at-a-glance',
    { config: { access: 'child-glance' } },
    async (request, reply) => {
      const { childId, planId } = request.params
      const found = await getAtAGlance(
        deps,
        actorOf(request),
        childId,
        planId,
        versionParam(request.query.version),
      )
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <AtAGlancePage
          child={found.child}
          record={found.record}
          version={found.version}
          glance={found.glance}
        />,
      )
    },
  )

  app.get<PlanParams>(
    '/children/:childId/plans/:planId/at-a-glance.pdf',
    { config: { access: 'child-glance' } },
    async (request, reply) => {
      const { childId, planId } = request.params
      const found = await getAtAGlance(
        deps,
        actorOf(request),
        childId,
        planId,
        versionParam(request.query.version),
      )
      const page = ui(request, reply)
      const name = displayName(found.child)
      const { glance } = found
      const pdf = await renderAtAGlancePdf({
        lang: page.lang,
        title: page.t('plans.glance.title', { name }),
        subtitle: [
          page.t(`plans.kinds.${glance.kind}`),
          glance.start ? page.t('plans.glance.from', { date: page.date(glance.start) }) : null,
          glance.end ? page.t('plans.glance.to', { date: page.date(glance.end) }) : null,
          glance.review ? page.t('plans.glance.review', { date: page.date(glance.review) }) : null,
        ]
          .filter(Boolean)
          .join(' · '),
        text: glanceText(glance, page.lang),
        savedAt: found.version.savedAt,
        printedOn: formatDate(page.lang, dateInZone(found.version.savedAt, deps.config.timeZone)),
      })
      const slug = name
        .normalize('NFD')
        .replace(/[^\w\s-]/g, '')
        .trim()
        .toLowerCase()
        .replace(/\s+/g, '-')
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="plan-at-a-glance-${slug || 'child'}.pdf"`)
        .header('cache-control', 'no-store')
        .send(pdf)
    },
  )

  // ── parts of a plan, one form each ────────────────────────────────────────────────────────────
  async function sectionPage(request: FastifyRequest<PartParams>) {
    const { childId, planId, part } = request.params
    const found = await getPlanForEditing(deps, actorOf(request), childId, planId)
    if (!isSectionPart(part) || !sectionFits(part, found.record.kind)) throw new DomainError('NOT_FOUND')
    return { found, part }
  }

  function renderSection(
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    input: {
      found: Awaited<ReturnType<typeof getPlanForEditing>>
      part: SectionPart
      values: FormValues
      added?: string
      problems?: readonly Problem[]
      conflict?: boolean
    },
  ) {
    const page = ui(request, reply)
    const { found, part, values } = input
    const plan = found.version.plan
    return sendPage(
      reply,
      status,
      page,
      <SectionFormPage
        child={found.child}
        record={found.record}
        kind={found.record.kind}
        part={part}
        values={values}
        rows={rowCounts(rowListsOf(part, found.record.kind), values, input.added, 1)}
        problems={localizeProblems(input.problems ?? [], page.t)}
        version={found.record.latestVersion}
        purpose={purposeFor(plan.status)}
        isAmendment={plan.revision?.reason === 'amendment'}
        {...(input.conflict
          ? { conflict: { version: found.version, values: sectionValues(part, plan) } }
          : {})}
      />,
    )
  }

  app.get<PartParams>(
    '/children/:childId/plans/:planId/edit/:part',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const { found, part } = await sectionPage(request)
      return renderSection(request, reply, 200, {
        found,
        part,
        values: sectionValues(part, found.version.plan),
      })
    },
  )

  app.post<PartParams>(
    '/children/:childId/plans/:planId/edit/:part',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const { found, part } = await sectionPage(request)
      const { childId, planId } = request.params
      let values: FormValues = readValues(request.body)
      const action = readAction(request.body)
      const version = expectedVersion(request.body)
      // The form the person is working on keeps the version they started from.
      const asPosted = { ...found, record: { ...found.record, latestVersion: version } }
      if (action.kind === 'add')
        return renderSection(request, reply, 200, { found: asPosted, part, values, added: action.list })
      if (action.kind === 'remove') {
        values = withoutRow(values, action.list, action.index)
        return renderSection(request, reply, 200, { found: asPosted, part, values })
      }
      const applied = applySection(part, found.version.plan, values, deps.newId)
      if (applied.problems.length > 0) {
        return renderSection(request, reply, 400, {
          found: asPosted,
          part,
          values,
          problems: applied.problems,
        })
      }
      const outcome = await trySave(() =>
        savePlan(deps, actor, childId, planId, {
          expectedVersion: version,
          purpose: purposeOf(request.body),
          part,
          change: (current) => applySection(part, current, values, deps.newId).plan,
        }),
      )
      if (outcome.problems)
        return renderSection(request, reply, 400, {
          found: asPosted,
          part,
          values,
          problems: outcome.problems,
        })
      if (outcome.conflict) {
        const newer = await getPlanForEditing(deps, actor, childId, planId)
        return renderSection(request, reply, 409, { found: newer, part, values, conflict: true })
      }
      setFlash(reply, { key: 'plans.flash.saved', kind: 'success' })
      return reply.redirect(`${paths.plan(childId, planId)}#part-${part}`, 303)
    },
  )

  // ── list items, one form each ─────────────────────────────────────────────────────────────────
  async function listPage(
    request: FastifyRequest<{ Params: { childId: string; planId: string; list: string } }>,
  ) {
    const { childId, planId, list } = request.params
    const found = await getPlanForEditing(deps, actorOf(request), childId, planId)
    if (!isItemList(list) || !listFits(list, found.record.kind)) throw new DomainError('NOT_FOUND')
    return { found, list }
  }

  function renderItem(
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    input: {
      found: Awaited<ReturnType<typeof getPlanForEditing>>
      list: ItemList
      itemId: string | undefined
      values: FormValues
      settings: readonly string[]
      added?: string
      problems?: readonly Problem[]
      conflict?: boolean
    },
  ) {
    const page = ui(request, reply)
    const { found, list, itemId } = input
    const plan = found.version.plan
    const current = itemId === undefined ? undefined : findItem(plan, list, itemId)?.item
    return sendPage(
      reply,
      status,
      page,
      <ItemFormPage
        child={found.child}
        record={found.record}
        list={list}
        itemId={itemId}
        values={input.values}
        settings={input.settings}
        rows={rowCounts(Object.keys(ITEM_ROW_FIELDS), input.values, input.added, 0)}
        problems={localizeProblems(input.problems ?? [], page.t)}
        version={found.record.latestVersion}
        purpose={purposeFor(plan.status)}
        {...(input.conflict
          ? { conflict: { version: found.version, values: itemValues(list, current) } }
          : {})}
      />,
    )
  }

  async function postItem(
    request: FastifyRequest<{ Params: { childId: string; planId: string; list: string; itemId?: string } }>,
    reply: FastifyReply,
    itemId: string | undefined,
  ) {
    const actor = actorOf(request)
    const { found, list } = await listPage(request)
    const { childId, planId } = request.params
    if (itemId !== undefined && !findItem(found.version.plan, list, itemId))
      throw new DomainError('NOT_FOUND')
    let values: FormValues = readValues(request.body)
    delete (values as Record<string, string>).settings
    const settings = formList(request.body, 'settings')
    const action = readAction(request.body)
    const version = expectedVersion(request.body)
    const asPosted = { ...found, record: { ...found.record, latestVersion: version } }
    const base = { list, itemId, settings }
    if (action.kind === 'add')
      return renderItem(request, reply, 200, { ...base, found: asPosted, values, added: action.list })
    // "Check this goal" without scripts: the same form again, with the checker's result for the text.
    if (action.kind === 'check') return renderItem(request, reply, 200, { ...base, found: asPosted, values })
    if (action.kind === 'remove') {
      values = withoutRow(values, action.list, action.index)
      return renderItem(request, reply, 200, { ...base, found: asPosted, values })
    }
    const id = itemId ?? deps.newId()
    const read = readItem(list, values, settings, id, deps.newId)
    if (read.problems.length > 0 || !read.item) {
      return renderItem(request, reply, 400, { ...base, found: asPosted, values, problems: read.problems })
    }
    const item = read.item
    const outcome = await trySave(() =>
      savePlan(deps, actor, childId, planId, {
        expectedVersion: version,
        purpose: purposeOf(request.body),
        part: list,
        change: (current) => withItem(current, list, item),
      }),
    )
    if (outcome.problems) {
      // Problems point into the saved list (`services[2].minutes`); show them on this item's form.
      const index = itemsOf(found.version.plan, list).findIndex((existing) => existing.id === id)
      const at = `${list}[${index === -1 ? itemsOf(found.version.plan, list).length : index}]`
      return renderItem(request, reply, 400, {
        ...base,
        found: asPosted,
        values,
        problems: problemsForItem(outcome.problems, at),
      })
    }
    if (outcome.conflict) {
      const newer = await getPlanForEditing(deps, actor, childId, planId)
      return renderItem(request, reply, 409, { ...base, found: newer, values, conflict: true })
    }
    setFlash(reply, {
      key: itemId === undefined ? `plans.flash.itemAdded.${list}` : 'plans.flash.saved',
      kind: 'success',
    })
    return reply.redirect(`${paths.plan(childId, planId)}#part-${list}`, 303)
  }

  app.get<ListParams>(
    '/children/:childId/plans/:planId/edit/:list/new',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const { found, list } = await listPage(request)
      const entry = request.query.library ? libraryEntry(request.query.library) : undefined
      const page = ui(request, reply)
      const values =
        list === 'services'
          ? newServiceValues(
              entry?.type === 'service' ? entry : undefined,
              entry ? page.t(libraryKeys(entry.id).name) : '',
            )
          : {}
      return renderItem(request, reply, 200, { found, list, itemId: undefined, values, settings: [] })
    },
  )

  app.post<ListParams>(
    '/children/:childId/plans/:planId/edit/:list/new',
    { config: { access: 'child-edit' } },
    async (request, reply) => postItem(request, reply, undefined),
  )

  app.get<ListParams>(
    '/children/:childId/plans/:planId/edit/:list/library',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const { found, list } = await listPage(request)
      if (list === 'goals') throw new DomainError('NOT_FOUND')
      const present = new Set(
        itemsOf(found.version.plan, list).flatMap((item) =>
          'libraryId' in item && item.libraryId ? [item.libraryId] : [],
        ),
      )
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <LibraryPage
          child={found.child}
          record={found.record}
          list={list}
          version={found.record.latestVersion}
          present={present}
          chosen={[]}
        />,
      )
    },
  )

  app.post<ListParams>(
    '/children/:childId/plans/:planId/edit/:list/library',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const { found, list } = await listPage(request)
      if (list === 'goals' || list === 'services') throw new DomainError('NOT_FOUND')
      const { childId, planId } = request.params
      const chosen = formList(request.body, 'library')
      const version = expectedVersion(request.body)
      const page = ui(request, reply)
      const nameOf = (entry: { id: string }) => page.t(libraryKeys(entry.id).name)
      const present = (plan: Plan) =>
        new Set(
          itemsOf(plan, list).flatMap((item) =>
            'libraryId' in item && item.libraryId ? [item.libraryId] : [],
          ),
        )
      const again = (
        status: number,
        problems: readonly Problem[],
        conflict?: Awaited<ReturnType<typeof getPlanForEditing>>,
      ) =>
        sendPage(
          reply,
          status,
          ui(request, reply),
          <LibraryPage
            child={found.child}
            record={{ ...found.record, latestVersion: conflict ? conflict.record.latestVersion : version }}
            list={list}
            version={conflict ? conflict.record.latestVersion : version}
            present={present((conflict ?? found).version.plan)}
            chosen={chosen}
            problems={problems}
            {...(conflict ? { conflict: { version: conflict.version, values: {} } } : {})}
          />,
        )
      const added = itemsFromLibrary(list, chosen, itemsOf(found.version.plan, list), deps.newId, nameOf)
      if (added.length === 0) return again(400, [problem('library', `plans.ui.pick.problems.none`)])
      const outcome = await trySave(() =>
        savePlan(deps, actor, childId, planId, {
          expectedVersion: version,
          purpose:
            purposeOf(request.body) === 'correction' || purposeFor(found.version.plan.status) === 'correction'
              ? 'correction'
              : 'edit',
          part: list,
          change: (current) =>
            withItems(current, list, [
              ...itemsOf(current, list),
              ...itemsFromLibrary(list, chosen, itemsOf(current, list), deps.newId, nameOf),
            ]),
        }),
      )
      if (outcome.problems) return again(400, outcome.problems)
      if (outcome.conflict) return again(409, [], await getPlanForEditing(deps, actor, childId, planId))
      setFlash(reply, { key: 'plans.flash.libraryAdded', params: { count: added.length }, kind: 'success' })
      return reply.redirect(`${paths.plan(childId, planId)}#part-${list}`, 303)
    },
  )

  app.get<ItemParams>(
    '/children/:childId/plans/:planId/edit/:list/:itemId',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const { found, list } = await listPage(request)
      const current = findItem(found.version.plan, list, request.params.itemId)
      if (!current) throw new DomainError('NOT_FOUND')
      const settings = 'settings' in current.item ? current.item.settings : []
      return renderItem(request, reply, 200, {
        found,
        list,
        itemId: current.item.id,
        values: itemValues(list, current.item),
        settings,
      })
    },
  )

  app.post<ItemParams>(
    '/children/:childId/plans/:planId/edit/:list/:itemId',
    { config: { access: 'child-edit' } },
    async (request, reply) => postItem(request, reply, request.params.itemId),
  )

  function nameOfItem(page: ReturnType<typeof ui>, plan: Plan, list: ItemList, itemId: string): string {
    const found = findItem(plan, list, itemId)
    if (!found) throw new DomainError('NOT_FOUND')
    const { item, index } = found
    if (list === 'goals' && 'area' in item) {
      return page.t('plans.ui.page.goalNumber', {
        number: index + 1,
        area: page.t(`plans.goalAreas.${item.area}`),
      })
    }
    if ('name' in item) return item.name
    return itemName(page, item as Parameters<typeof itemName>[1])
  }

  app.get<ItemParams>(
    '/children/:childId/plans/:planId/edit/:list/:itemId/remove',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const { found, list } = await listPage(request)
      const page = ui(request, reply)
      const name = nameOfItem(page, found.version.plan, list, request.params.itemId)
      return sendPage(
        reply,
        200,
        page,
        <RemoveItemPage
          child={found.child}
          record={found.record}
          list={list}
          itemId={request.params.itemId}
          name={name}
          version={found.record.latestVersion}
        />,
      )
    },
  )

  app.post<ItemParams>(
    '/children/:childId/plans/:planId/edit/:list/:itemId/remove',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const { found, list } = await listPage(request)
      const { childId, planId, itemId } = request.params
      const page = ui(request, reply)
      const name = nameOfItem(page, found.version.plan, list, itemId)
      const outcome = await trySave(() =>
        savePlan(deps, actor, childId, planId, {
          expectedVersion: expectedVersion(request.body),
          purpose: purposeFor(found.version.plan.status),
          part: list,
          change: (current) => withoutItem(current, list, itemId),
        }),
      )
      if (outcome.conflict) {
        return sendPage(
          reply,
          409,
          page,
          <RemoveItemPage
            child={found.child}
            record={found.record}
            list={list}
            itemId={itemId}
            name={name}
            version={found.record.latestVersion}
            conflict
          />,
        )
      }
      if (outcome.problems) throw new DomainError('INVALID_INPUT', undefined, outcome.problems)
      setFlash(reply, { key: 'plans.flash.removed', params: { name }, kind: 'success' })
      return reply.redirect(`${paths.plan(childId, planId)}#part-${list}`, 303)
    },
  )
}

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { DomainError, type Problem, problem } from '../../domain/problems.ts'
import { linkActorOf } from '../../http/plugins/access.ts'
import { setFlash } from '../../http/plugins/request-context.ts'
import { paths } from '../../paths.ts'
import { childOfDataEntryLink } from '../../services/access/access-links.ts'
import { type Deps, today } from '../../services/deps.ts'
import {
  addProgressPoint,
  type GoalForDataEntry,
  listGoalsForDataEntry,
} from '../../services/progress/progress-data.ts'
import { formText, readForm } from '../forms.ts'
import { Choices, DateInput, Textarea, TextInput } from '../layout/fields.tsx'
import { Button, PostForm } from '../layout/form.tsx'
import { Page } from '../layout/page.tsx'
import { type RenderSettings, sendPage, uiFor } from '../render.tsx'
import { useUi } from '../ui.ts'
import { POINT_FORM_FIELDS, type PointFormValues, useGoalName } from './progress-views.tsx'

type TokenParams = { Params: { token: string } }

/** Who measures through a link: a teacher or a therapist (the family and the school's reports use the record). */
const LINK_SOURCES = ['teacher', 'therapist'] as const

/**
 * Adding progress data through a data-entry link: the goals by short name only (area and number,
 * no goal text), one score at a time. Nothing else about the child is shown.
 */
function EnterProgressPage({
  token,
  firstName,
  goals,
  goalId,
  values,
  problems = [],
}: {
  token: string
  firstName: string
  goals: readonly GoalForDataEntry[]
  goalId: string
  values: PointFormValues
  problems?: readonly Problem[]
}) {
  const { t } = useUi()
  const goalName = useGoalName()
  return (
    <Page
      title={t('progress.entry.title', { name: firstName })}
      problems={problems}
      back={{ href: paths.enterData(token) }}
      width="narrow"
    >
      <p>{t('progress.entry.intro', { name: firstName })}</p>
      {goals.length === 0 ? (
        <p>{t('progress.entry.noGoals')}</p>
      ) : (
        <PostForm action={paths.enterProgress(token)}>
          <Choices
            kind="radio"
            name="goalId"
            label={t('progress.entry.goal')}
            options={goals.map((goal) => ({
              value: goal.id,
              label: goalName(goal, goal.number),
              ...(goal.unit ? { hint: t('progress.entry.unit', { unit: goal.unit }) } : {}),
            }))}
            values={[goalId]}
            problems={problems}
          />
          <DateInput
            name="measuredOn"
            label={t('progress.ui.fields.measuredOn')}
            hint={t('progress.ui.fields.measuredOnHint')}
            value={values.measuredOn}
            problems={problems}
          />
          <TextInput
            name="value"
            label={t('progress.ui.fields.value')}
            hint={t('progress.ui.fields.valueHint')}
            value={values.value}
            problems={problems}
            inputMode="decimal"
            width="quarter"
          />
          <Choices
            kind="radio"
            name="source"
            label={t('progress.ui.fields.source')}
            options={LINK_SOURCES.map((source) => ({
              value: source,
              label: t(`progress.sources.${source}`),
            }))}
            values={[values.source]}
            problems={problems}
          />
          <Textarea
            name="note"
            label={`${t('progress.ui.fields.note')} ${t('common.optional')}`}
            hint={t('progress.entry.noteHint')}
            value={values.note}
            rows={2}
            problems={problems}
          />
          <Button>{t('progress.ui.addSubmit')}</Button>
        </PostForm>
      )}
      <p class="pw-secondary">{t('progress.entry.privacy')}</p>
    </Page>
  )
}

export function registerEnterProgressPages(app: FastifyInstance, deps: Deps, settings: RenderSettings): void {
  const ui = (request: FastifyRequest, reply: FastifyReply) => uiFor(request, reply, settings)

  async function page(
    request: FastifyRequest<TokenParams>,
    reply: FastifyReply,
    status: number,
    form: { goalId: string; values: PointFormValues; problems?: readonly Problem[] },
  ) {
    const actor = linkActorOf(request)
    const child = await childOfDataEntryLink(deps, actor)
    const goals = await listGoalsForDataEntry(deps, actor, actor.childId)
    return sendPage(
      reply,
      status,
      ui(request, reply),
      <EnterProgressPage
        token={request.params.token}
        firstName={child.firstName}
        goals={goals}
        goalId={form.goalId}
        values={form.values}
        problems={form.problems ?? []}
      />,
    )
  }

  app.get<TokenParams>(
    '/enter/:token/progress',
    { config: { access: 'data-entry-link' } },
    async (request, reply) =>
      page(request, reply, 200, {
        goalId: '',
        values: { measuredOn: today(deps), value: '', unit: '', source: 'teacher', note: '' },
      }),
  )

  app.post<TokenParams>(
    '/enter/:token/progress',
    { config: { access: 'data-entry-link' } },
    async (request, reply) => {
      const actor = linkActorOf(request)
      const goalId = formText(request.body, 'goalId')
      const values = { ...readForm(request.body, POINT_FORM_FIELDS), unit: '' }
      const goals = await listGoalsForDataEntry(deps, actor, actor.childId)
      const goal = goals.find((g) => g.id === goalId)
      if (!goal) {
        return page(request, reply, 400, {
          goalId,
          values,
          problems: [problem('goalId', 'progress.entry.problems.goalMissing')],
        })
      }
      try {
        await addProgressPoint(deps, actor, actor.childId, goal.id, values)
      } catch (error) {
        if (!(error instanceof DomainError) || error.code !== 'INVALID_INPUT') throw error
        return page(request, reply, 400, { goalId, values, problems: error.problems })
      }
      setFlash(reply, { key: 'progress.entry.added', params: { number: goal.number }, kind: 'success' })
      return reply.redirect(paths.enterProgress(request.params.token), 303)
    },
  )
}

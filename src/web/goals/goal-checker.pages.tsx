import type { FastifyInstance } from 'fastify'
import type { GoalFlag } from '../../domain/goals/goal-check.ts'
import { FLAG_LABEL_KEYS } from '../../domain/goals/goal-suggestions.ts'
import { type Problem, problem } from '../../domain/problems.ts'
import { paths } from '../../paths.ts'
import {
  checkGoalText,
  GOAL_TEXT_MAX_LENGTH,
  type GoalCheckResult,
} from '../../services/goals/check-goals.ts'
import { formText } from '../forms.ts'
import { Inset, Warning } from '../layout/banner.tsx'
import { SummaryList, Tag } from '../layout/content.tsx'
import { Textarea } from '../layout/fields.tsx'
import { Button, PostForm } from '../layout/form.tsx'
import { Page } from '../layout/page.tsx'
import { type RenderSettings, sendPage, uiFor } from '../render.tsx'
import { useUi } from '../ui.ts'

type PartName = 'condition' | 'behavior' | 'criterion' | 'timeframe' | 'measurementMethod'
const PART_NAMES: readonly PartName[] = [
  'condition',
  'behavior',
  'criterion',
  'timeframe',
  'measurementMethod',
]

interface Highlight {
  readonly start: number
  readonly end: number
  readonly part: PartName
  readonly vague: boolean
}

/** The parts found, in text order; a span that overlaps an earlier one is left out. */
function highlightsOf(result: GoalCheckResult): Highlight[] {
  const { parts } = result
  const all: Highlight[] = [
    ...parts.condition.map((s) => ({ ...s, part: 'condition' as const, vague: false })),
    ...(parts.behavior
      ? [{ ...parts.behavior, part: 'behavior' as const, vague: !parts.behavior.observable }]
      : []),
    ...parts.criterion.map((s) => ({ ...s, part: 'criterion' as const, vague: false })),
    ...(parts.timeframe ? [{ ...parts.timeframe, part: 'timeframe' as const, vague: false }] : []),
    ...parts.measurementMethod.map((s) => ({ ...s, part: 'measurementMethod' as const, vague: false })),
  ].sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Highlight[] = []
  for (const h of all) if (h.start >= (kept.at(-1)?.end ?? 0)) kept.push(h)
  return kept
}

/** The goal with each part it found underlined and named, so colour is never the only clue. */
export function HighlightedGoal({ text, result }: { text: string; result: GoalCheckResult }) {
  const { t } = useUi()
  const pieces = []
  let at = 0
  for (const h of highlightsOf(result)) {
    if (h.start > at) pieces.push(text.slice(at, h.start))
    pieces.push(
      <mark data-part={h.vague ? 'vague' : h.part} key={h.start}>
        {text.slice(h.start, h.end)}
      </mark>,
      <span class="pw-goal-part-label" key={`${h.start}-label`}>
        {' '}
        ({h.vague ? t('goals.ui.vagueLabel') : t(`goals.parts.${h.part}`)})
      </span>,
    )
    at = h.end
  }
  if (at < text.length) pieces.push(text.slice(at))
  return <p class="pw-goal-text">{pieces}</p>
}

/** Each flag with its plain-words suggestion. */
export function GoalFlags({ result }: { result: GoalCheckResult }) {
  const { t } = useUi()
  if (result.flags.length === 0) return <p>{t('goals.ui.allParts')}</p>
  return (
    <ul>
      {result.suggestions.map((s) => (
        <li key={s.flag}>
          <strong>{t(FLAG_LABEL_KEYS[s.flag as GoalFlag])}.</strong> {s.text}
        </li>
      ))}
    </ul>
  )
}

function foundText(result: GoalCheckResult, part: PartName): string | null {
  const { parts } = result
  const spans =
    part === 'behavior'
      ? parts.behavior
        ? [parts.behavior]
        : []
      : part === 'timeframe'
        ? parts.timeframe
          ? [parts.timeframe]
          : []
        : parts[part]
  return spans.length > 0 ? spans.map((s) => s.text).join(' · ') : null
}

function GoalCheckerPage({
  text,
  result,
  problems = [],
}: {
  text: string
  result?: GoalCheckResult
  problems?: readonly Problem[]
}) {
  const { t } = useUi()
  return (
    <Page title={t('goals.ui.title')} problems={problems} description={t('goals.ui.intro')}>
      <p>{t('goals.ui.intro')}</p>
      <p class="pw-secondary">{t('goals.ui.law')}</p>
      {result ? (
        <section aria-labelledby="result-title">
          <h2 id="result-title">{t('goals.ui.resultTitle')}</h2>
          {result.flags.length > 0 ? (
            <Warning>{t('goals.ui.flagCount', { count: result.flags.length })}</Warning>
          ) : (
            <Inset>{t('goals.ui.measurable')}</Inset>
          )}
          <HighlightedGoal text={text} result={result} />
          <SummaryList
            rows={PART_NAMES.map((part) => ({
              key: t(`goals.parts.${part}`),
              value: foundText(result, part) ?? <Tag tone="red">{t('goals.ui.notFound')}</Tag>,
            }))}
          />
          <h3>{t('goals.ui.suggestionsTitle')}</h3>
          <GoalFlags result={result} />
          <p class="pw-secondary">{t('goals.ui.notAdvice')}</p>
        </section>
      ) : null}
      <PostForm action={paths.goalChecker()}>
        <Textarea
          name="text"
          label={result ? t('goals.ui.labelAgain') : t('goals.ui.label')}
          hint={t('goals.ui.hint')}
          value={text}
          rows={5}
          problems={problems}
        />
        <Button>{t('goals.ui.submit')}</Button>
      </PostForm>
    </Page>
  )
}

/** The goal checker for anyone: paste a goal, see its parts, what is missing and how to fix it. */
export function registerGoalCheckerPages(app: FastifyInstance, settings: RenderSettings): void {
  app.get(paths.goalChecker(), { config: { access: 'public' } }, async (request, reply) =>
    sendPage(reply, 200, uiFor(request, reply, settings), <GoalCheckerPage text="" />),
  )
  app.post(paths.goalChecker(), { config: { access: 'public' } }, async (request, reply) => {
    const ui = uiFor(request, reply, settings)
    const text = formText(request.body, 'text')
    const problems =
      text.trim() === ''
        ? [problem('text', 'goals.ui.problems.textMissing')]
        : text.length > GOAL_TEXT_MAX_LENGTH
          ? [problem('text', 'goals.ui.problems.textTooLong', { max: GOAL_TEXT_MAX_LENGTH })]
          : []
    if (problems.length > 0)
      return sendPage(reply, 400, ui, <GoalCheckerPage text={text} problems={problems} />)
    return sendPage(reply, 200, ui, <GoalCheckerPage text={text} result={checkGoalText(text, ui.lang)} />)
  })
}

import type { Goal } from '../../domain/plans/plan.ts'
import { paths } from '../../paths.ts'
import { checkGoalText } from '../../services/goals/check-goals.ts'
import { Details } from '../layout/content.tsx'
import { useUi } from '../ui.ts'
import { GoalFlags, HighlightedGoal } from './goal-checker.pages.tsx'

/**
 * Under a goal on the plan pages: what the goal checker finds in its text (collapsed), and, for a
 * plan in effect, the way to the goal's progress. The check is pure and takes well under a millisecond.
 */
export function GoalMeasurability({
  childId,
  goal,
  inEffect,
}: {
  childId: string
  goal: Goal
  inEffect: boolean
}) {
  const { t, lang } = useUi()
  if (goal.text.trim() === '') return null
  const result = checkGoalText(goal.text, lang)
  const summary =
    result.flags.length > 0
      ? `${t('goals.ui.planCheck')} ${t('goals.ui.planFlags', { count: result.flags.length })}`
      : `${t('goals.ui.planCheck')} ${t('goals.ui.measurable')}`
  return (
    <>
      <Details summary={summary}>
        <HighlightedGoal text={goal.text} result={result} />
        <GoalFlags result={result} />
      </Details>
      {inEffect ? (
        <p>
          <a href={paths.goalProgress(childId, goal.id)}>{t('goals.ui.planProgress')}</a>
        </p>
      ) : null}
    </>
  )
}

import { FLAG_LABEL_KEYS } from '../../domain/goals/goal-suggestions.ts'
import { checkGoalText, GOAL_TEXT_MAX_LENGTH } from '../../services/goals/check-goals.ts'
import { fieldId } from '../layout/error-summary.tsx'
import { Button } from '../layout/form.tsx'
import { useUi } from '../ui.ts'
import { GoalFlags } from './goal-checker.pages.tsx'

/** The JSON contract the browser calls while the person types (public, same checker). */
const CHECK_URL = '/api/v1/goals/check'

/**
 * Under the goal's text on the goal form: what is missing and what to ask for. Without scripts the
 * "Check this goal" button posts the form back, keeping everything typed; with scripts the result
 * follows the typing (goal-check widget), announced politely by screen readers.
 */
export function GoalCheckPanel({ field, text }: { field: string; text: string }) {
  const { t, lang } = useUi()
  const checkable = text.trim() !== '' && text.length <= GOAL_TEXT_MAX_LENGTH
  const labels = Object.fromEntries(Object.entries(FLAG_LABEL_KEYS).map(([flag, key]) => [flag, t(key)]))
  return (
    <div
      class="pw-goal-check"
      data-module="goal-check"
      data-goal-field={fieldId(field)}
      data-check-url={CHECK_URL}
      data-lang={lang}
      data-all-parts={t('goals.ui.allParts')}
      data-empty={t('goals.ui.liveEmpty')}
      data-flag-labels={JSON.stringify(labels)}
    >
      <h2 class="pw-heading-s">{t('goals.ui.planCheck')}</h2>
      <div class="pw-goal-check__result" aria-live="polite" data-goal-check-result>
        {checkable ? <GoalFlags result={checkGoalText(text, lang)} /> : <p>{t('goals.ui.liveEmpty')}</p>}
      </div>
      <Button variant="secondary" name="_action" value="check">
        {t('goals.ui.checkSubmit')}
      </Button>
    </div>
  )
}

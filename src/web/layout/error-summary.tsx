import type { Problem } from '../../domain/problems.ts'
import { useUi } from '../ui.ts'

/**
 * "There is a problem", with a link to each field that needs fixing (the GOV.UK pattern).
 * The enhancement script moves focus here; without scripts it sits at the top of the page.
 */
export function ErrorSummary({ problems }: { problems: readonly Problem[] }) {
  const { t } = useUi()
  if (problems.length === 0) return null
  return (
    <div
      class="pw-error-summary"
      role="alert"
      aria-labelledby="error-summary-title"
      tabIndex={-1}
      data-module="error-summary"
    >
      <h2 class="pw-error-summary__title" id="error-summary-title">
        {t('common.errorSummaryTitle')}
      </h2>
      <ul class="pw-error-summary__list">
        {problems.map((p) => (
          <li key={`${p.field}-${p.message}`}>
            <a href={`#${fieldId(p.field)}`}>{t(p.message, p.params)}</a>
          </li>
        ))}
      </ul>
    </div>
  )
}

/** The id of a form control for a field name, e.g. `services[1].minutes` → `services-1-minutes`. */
export function fieldId(field: string): string {
  return field.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/-+$/, '')
}

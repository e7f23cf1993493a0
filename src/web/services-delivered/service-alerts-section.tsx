import { displayName } from '../../domain/children/child.ts'
import type { Message } from '../../domain/messages.ts'
import { paths } from '../../paths.ts'
import type { ServiceAlert } from '../../services/services-delivered/service-alerts.ts'
import { useMessage } from '../plans/plan-common.tsx'
import { useUi } from '../ui.ts'

/** On the dashboard: services given under 90 % of their minutes lately, each linking to its services page. */
export function ServiceAlertsSection({ alerts }: { alerts: readonly ServiceAlert[] }) {
  const { t } = useUi()
  const msg = useMessage()
  if (alerts.length === 0) return null
  return (
    <section aria-labelledby="service-alerts-title">
      <h2 id="service-alerts-title">{t('services.dashboard.title')}</h2>
      <ul class="pw-card-list">
        {alerts.map(({ child, alert }) => (
          <li class="pw-card" key={`${child.id}-${alert.service}`}>
            <h3 class="pw-card__title">
              <a href={paths.services(child.id)}>
                {displayName(child)}: {msg(alert.title as Message)}
              </a>
            </h3>
            <p>{msg(alert.message as Message)}</p>
          </li>
        ))}
      </ul>
    </section>
  )
}

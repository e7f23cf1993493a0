import type { Actor } from '../../domain/access/actor.ts'
import { type Child, displayName } from '../../domain/children/child.ts'
import { addDays, type LocalDate } from '../../domain/dates/local-date.ts'
import type { Message } from '../../domain/messages.ts'
import { type Lang, renderMessage, translator } from '../../i18n/i18n.ts'
import { absoluteUrl, paths } from '../../paths.ts'
import { findReminderSettings, listReminderRecipientIds } from '../../storage/deadlines-store.ts'
import { type LoggedSession, listSessionsOfChild } from '../../storage/service-log-store.ts'
import { loadSignedIn } from '../accounts/sessions.ts'
import { listChildren } from '../children/children.ts'
import { type Deps, today } from '../deps.ts'
import { queueEmail } from '../jobs/enqueue.ts'
import { getChildCompliance } from './child-compliance.ts'
import type { ComplianceReport } from './compute-compliance.ts'
import { planItemsOn } from './service-log.ts'

/** A service given under 90 % of the minutes the school could give over the last four school weeks. */
export interface ServiceAlert {
  readonly child: Child
  readonly alert: NonNullable<ComplianceReport['alerts']>[number]
}

/**
 * How far back the days are read: four school weeks plus a winter break (or the last school month
 * before one), so a break does not shorten the weeks judged.
 */
const LOOKBACK_DAYS = 91

/** The first day read for the alerts judged on `on`. */
export function alertPeriodStart(on: LocalDate): LocalDate {
  return addDays(on, -LOOKBACK_DAYS)
}

type Alerts = NonNullable<ComplianceReport['alerts']>

/**
 * The alerts of services with a session logged inside the weeks each alert judges: a family that does
 * not keep a log (or stopped keeping one) is not told that nothing was given. The dashboard, the
 * e-mails and the caseload all use this rule.
 */
export function loggedServiceAlerts(alerts: Alerts, sessions: readonly LoggedSession[]): Alerts {
  return alerts.filter((alert) =>
    sessions.some((s) => s.serviceId === alert.service && s.date >= alert.from && s.date <= alert.to),
  )
}

/**
 * The delivery alerts of one child. The days the school was closed come from the school years
 * entered on the deadlines pages (getChildCompliance): break weeks are skipped and closed days owe
 * nothing. Only services with a session logged in the weeks judged raise an alert: a family that
 * does not keep a log (or stopped keeping one) is not told that nothing was given.
 */
export async function findServiceAlertsOfChild(
  deps: Deps,
  actor: Actor,
  child: Child,
): Promise<ServiceAlert[]> {
  const on = today(deps)
  // No plan in effect, no services to judge: nothing more to read.
  if (!(await planItemsOn(deps.db, child.id, on))) return []
  const from = alertPeriodStart(on)
  const view = await getChildCompliance(deps, actor, child.id, { from })
  const alerts = view.report.alerts ?? []
  if (!view.plan || alerts.length === 0) return []
  const sessions = await listSessionsOfChild(deps.db, child.id, { from })
  return loggedServiceAlerts(alerts, sessions).map((alert) => ({ child: view.child, alert }))
}

/** The delivery alerts of every child the actor sees, for the dashboard. */
export async function getServiceAlertsDashboard(deps: Deps, actor: Actor): Promise<ServiceAlert[]> {
  const found: ServiceAlert[] = []
  for (const child of await listChildren(deps, actor, { archived: false }))
    found.push(...(await findServiceAlertsOfChild(deps, actor, child)))
  return found
}

function serviceAlertEmail(
  lang: Lang,
  input: { person: string; found: ServiceAlert; baseUrl: string },
): { subject: string; text: string } {
  const t = translator(lang)
  const { child, alert } = input.found
  const name = displayName(child)
  const title = renderMessage(lang, alert.title as Message)
  const text = [
    t('deadlines.ui.email.intro', { person: input.person }),
    '',
    `${name}: ${title}`,
    renderMessage(lang, alert.message as Message),
    '',
    t('services.email.link', { name, url: absoluteUrl(input.baseUrl, paths.services(child.id)) }),
    t('deadlines.ui.email.settings', { url: absoluteUrl(input.baseUrl, paths.reminderSettings()) }),
    '',
    t('deadlines.ui.email.notAdvice'),
  ].join('\n')
  return { subject: t('services.email.subject', { name, title }), text }
}

/**
 * The recurring pass for the delivery alerts, with the deadline reminders' recipients and settings:
 * each family member with a verified e-mail who has not turned reminders off gets one e-mail per
 * service per period judged, in their language. The dedupe key (person, child, service, period)
 * makes it safe to run again and on several app instances at once: each alert is sent once.
 */
export async function sendServiceAlertEmails(deps: Deps): Promise<{ queued: number }> {
  let queued = 0
  for (const userId of await listReminderRecipientIds(deps.db)) {
    const settings = await findReminderSettings(deps.db, userId)
    if (settings.off) continue
    const signedIn = await loadSignedIn(deps, userId)
    if (!signedIn || signedIn.user.emailVerifiedAt === null) continue
    const { user, actor } = signedIn
    const lang: Lang = user.locale ?? 'en'
    for (const child of await listChildren(deps, actor, { archived: false })) {
      for (const found of await findServiceAlertsOfChild(deps, actor, child)) {
        const { alert } = found
        const mail = serviceAlertEmail(lang, { person: user.name, found, baseUrl: deps.config.baseUrl })
        const sent = await queueEmail(
          deps,
          { to: user.email, ...mail },
          {
            dedupeKey: `service-alert:${userId}:${child.id}:${alert.service}:${alert.from}:${alert.to}`,
            organizationId: child.organizationId,
          },
        )
        if (sent) queued += 1
      }
    }
  }
  return { queued }
}

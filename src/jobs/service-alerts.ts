import { sendServiceAlertEmails } from '../services/services-delivered/service-alerts.ts'
import type { JobHandler, RecurringJob } from './job-handler.ts'

/** Queues the e-mails for services given under 90 % lately (each once; see sendServiceAlertEmails). */
export const serviceAlertsJob: JobHandler = async (deps) => {
  await sendServiceAlertEmails(deps)
}

/** Every hour, like the deadline reminders: a new week's alerts go out within the hour. */
export const SERVICE_ALERTS_RECURRING: RecurringJob = { kind: 'service-alerts', everyMinutes: 60 }

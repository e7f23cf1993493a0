import { consultationReminderJob } from './consultation-reminder.ts'
import { DEADLINE_REMINDERS_RECURRING, deadlineRemindersJob } from './deadline-reminders.ts'
import type { JobHandler, RecurringJob } from './job-handler.ts'
import { purgeDeletedRecordsJob } from './purge-deleted-records.ts'
import { readImportJob } from './read-import.ts'
import { sendEmailJob } from './send-email.ts'
import { SERVICE_ALERTS_RECURRING, serviceAlertsJob } from './service-alerts.ts'

/** Every job kind and its handler. Features add their own here. */
export const JOB_HANDLERS: Readonly<Record<string, JobHandler>> = {
  'send-email': sendEmailJob,
  'consultation-reminder': consultationReminderJob,
  'deadline-reminders': deadlineRemindersJob,
  'purge-deleted-records': purgeDeletedRecordsJob,
  'read-import': readImportJob,
  'service-alerts': serviceAlertsJob,
}

/** Work that runs on a schedule. Features add their own here. */
export const RECURRING_JOBS: readonly RecurringJob[] = [
  DEADLINE_REMINDERS_RECURRING,
  { kind: 'purge-deleted-records', everyMinutes: 60 },
  SERVICE_ALERTS_RECURRING,
]

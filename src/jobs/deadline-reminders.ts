import { sendDeadlineReminders } from '../services/deadlines/reminders.ts'
import type { JobHandler, RecurringJob } from './job-handler.ts'

/** Queues the deadline and follow-up reminders that are due (each once; see sendDeadlineReminders). */
export const deadlineRemindersJob: JobHandler = async (deps) => {
  await sendDeadlineReminders(deps)
}

/** Every hour: a new day's reminders go out within the hour after midnight where the service runs. */
export const DEADLINE_REMINDERS_RECURRING: RecurringJob = { kind: 'deadline-reminders', everyMinutes: 60 }

import { z } from 'zod'
import { sendConsultationReminder } from '../services/consultations/bookings.ts'
import type { JobHandler } from './job-handler.ts'

const Payload = z.object({ consultationId: z.string(), sequence: z.number() })

/** The day-before reminder of a consultation (queued when it is booked or moved). */
export const consultationReminderJob: JobHandler = async (deps, job) => {
  const payload = Payload.parse(job.payload)
  await sendConsultationReminder(deps, payload.consultationId, payload.sequence)
}

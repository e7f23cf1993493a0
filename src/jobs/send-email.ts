import { z } from 'zod'
import type { JobHandler } from './job-handler.ts'

const SendEmailPayload = z.object({
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string().optional(),
  attachments: z
    .array(z.object({ filename: z.string(), contentType: z.string(), content: z.string() }))
    .optional(),
})

/**
 * Sends one e-mail that a service composed and queued (so a slow or failing mail server never
 * fails the page that caused it, and a failure is retried and recorded).
 * The payload holds the message only until it is sent.
 */
export const sendEmailJob: JobHandler = async (deps, job) => {
  const mail = SendEmailPayload.parse(job.payload)
  await deps.mailer.send({
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    ...(mail.html ? { html: mail.html } : {}),
    ...(mail.attachments ? { attachments: mail.attachments } : {}),
  })
  return { clearPayload: true }
}

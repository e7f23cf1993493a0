import { randomUUID } from 'node:crypto'
import nodemailer from 'nodemailer'
import type { Config } from '../../config.ts'
import type { Db } from '../../storage/database.ts'
import { insertMail } from '../../storage/mail-store.ts'

export interface MailAttachment {
  readonly filename: string
  readonly contentType: string
  readonly content: string | Buffer
}

export interface OutgoingMail {
  readonly to: string
  readonly subject: string
  readonly text: string
  readonly html?: string
  readonly attachments?: readonly MailAttachment[]
}

/** Sends e-mail. Over SMTP when SMTP_URL is set; otherwise into the development mailbox. */
export interface Mailer {
  send(mail: OutgoingMail): Promise<void>
}

export function createMailer(config: Config, db: Db, now: () => string): Mailer {
  if (config.smtpUrl !== undefined) return smtpMailer(config.smtpUrl, config.mailFrom)
  return mailboxMailer(db, now)
}

export function smtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl)
  return {
    async send(mail) {
      await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.html ? { html: mail.html } : {}),
        ...(mail.attachments
          ? {
              attachments: mail.attachments.map((a) => ({
                filename: a.filename,
                content: a.content,
                contentType: a.contentType,
              })),
            }
          : {}),
      })
    },
  }
}

/** Development only: keeps each message in the database so a developer can read it at /dev/mailbox. */
export function mailboxMailer(db: Db, now: () => string): Mailer {
  return {
    async send(mail) {
      await insertMail(db, {
        id: randomUUID(),
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html ?? null,
        attachments: (mail.attachments ?? []).map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
        })),
        createdAt: now(),
      })
    },
  }
}

import { afterAll, beforeAll, expect, test } from 'vitest'
import { TestBrowser } from '../../../test/support/browser.ts'
import { startSmtpServer } from '../../../test/support/smtp.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { smtpMailer } from './mailer.ts'

let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let t: TestApp

beforeAll(async () => {
  smtp = await startSmtpServer()
  t = await buildTestApp({ env: { SMTP_URL: smtp.url, MAIL_FROM: 'Pathway <no-reply@pathway.test>' } })
})
afterAll(async () => {
  await t.close()
  await smtp.stop()
})

test('with SMTP_URL set, the sign-up e-mail goes through a real SMTP server, with a working link', async () => {
  const app = await buildTestApp({ mailer: smtpMailer(smtp.url, 'Pathway <no-reply@pathway.test>') })
  try {
    const browser = new TestBrowser(app.app)
    await browser.post('/sign-up', {
      name: 'Kai',
      email: 'kai@example.org',
      password: 'long enough password',
    })
    const message = smtp.received.find((m) => m.to.includes('kai@example.org'))
    expect(message?.from).toBe('no-reply@pathway.test')
    expect(message?.raw).toContain('Subject: Confirm your e-mail address for Pathway')
    const body = (message?.raw ?? '').replace(/=\r?\n/g, '')
    const link = /http:\/\/localhost:3000(\/verify-email\/[A-Za-z0-9_-]+)/.exec(body)?.[1]
    expect(link).toBeDefined()
    expect((await browser.post(link ?? '')).statusCode).toBe(303)
    // Nothing went to the development mailbox.
    expect(await app.deps.db.selectFrom('mail_messages').select('id').execute()).toHaveLength(0)
  } finally {
    await app.close()
  }
})

test('the configuration switches the mailbox off when SMTP is set', () => {
  expect(t.deps.config.devMailbox).toBe(false)
  expect(t.deps.config.smtpUrl).toBe(smtp.url)
})

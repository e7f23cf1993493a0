import type { FastifyInstance } from 'fastify'
import { DomainError } from '../../domain/problems.ts'
import { paths } from '../../paths.ts'
import type { Deps } from '../../services/deps.ts'
import { findMail, listMail, type StoredMail } from '../../storage/mail-store.ts'
import { Table } from '../layout/content.tsx'
import { Page } from '../layout/page.tsx'
import { type RenderSettings, sendPage, uiFor } from '../render.tsx'
import { useUi } from '../ui.ts'

/**
 * Development only (never when NODE_ENV=production or SMTP_URL is set): the e-mails the app would
 * have sent, so a developer can follow a verification or reset link without a mail server.
 */
export function registerMailboxPages(app: FastifyInstance, deps: Deps, settings: RenderSettings): void {
  app.get('/dev/mailbox', { config: { access: 'dev' } }, async (request, reply) => {
    const messages = await listMail(deps.db, 100)
    return sendPage(reply, 200, uiFor(request, reply, settings), <MailboxPage messages={messages} />)
  })

  app.get<{ Params: { mailId: string } }>(
    '/dev/mailbox/:mailId',
    { config: { access: 'dev' } },
    async (request, reply) => {
      const message = await findMail(deps.db, request.params.mailId)
      if (!message) throw new DomainError('NOT_FOUND')
      return sendPage(reply, 200, uiFor(request, reply, settings), <MailPage message={message} />)
    },
  )
}

function MailboxPage({ messages }: { messages: readonly StoredMail[] }) {
  const { t, instant } = useUi()
  return (
    <Page title={t('mailbox.title')}>
      <p>{t('mailbox.intro')}</p>
      {messages.length === 0 ? (
        <p>{t('mailbox.empty')}</p>
      ) : (
        <Table
          caption={t('mailbox.caption')}
          captionHidden
          head={[t('mailbox.subject'), t('mailbox.to'), t('mailbox.sent')]}
          rows={messages.map((m) => [
            <a href={paths.devMail(m.id)} key="s">
              {m.subject}
            </a>,
            m.to,
            instant(m.createdAt),
          ])}
        />
      )}
    </Page>
  )
}

/** A message as plain text, with its links made clickable so the journey can continue. */
function MailPage({ message }: { message: StoredMail }) {
  const { t, instant } = useUi()
  const links = message.text.match(/https?:\/\/\S+/g) ?? []
  return (
    <Page title={message.subject} back={{ href: paths.devMailbox(), label: t('mailbox.back') }}>
      <p class="pw-secondary">
        {t('mailbox.to')}: {message.to} · {instant(message.createdAt)}
      </p>
      <pre class="pw-mail-body">{message.text}</pre>
      {links.length > 0 ? (
        <>
          <h2 class="pw-heading-m">{t('mailbox.links')}</h2>
          <ul>
            {links.map((link) => (
              <li key={link}>
                <a href={link}>{link}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {message.attachments.length > 0 ? (
        <>
          <h2 class="pw-heading-m">{t('mailbox.attachments')}</h2>
          <ul>
            {message.attachments.map((a) => (
              <li key={a.filename}>
                {a.filename} ({a.contentType})
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Page>
  )
}

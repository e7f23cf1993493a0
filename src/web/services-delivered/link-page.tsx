import type { Service } from '../../domain/plans/plan.ts'
import type { Problem } from '../../domain/problems.ts'
import { paths } from '../../paths.ts'
import type { LoggedSession } from '../../storage/service-log-store.ts'
import { Inset } from '../layout/banner.tsx'
import { Table } from '../layout/content.tsx'
import { Button, PostForm } from '../layout/form.tsx'
import { Page } from '../layout/page.tsx'
import { useUi } from '../ui.ts'
import { SessionFields, type SessionFormValues } from './log-pages.tsx'

/**
 * The page a provider opens from a data-entry link: the child's first name, the names of the
 * services, a form to log a session, and the sessions this link logged lately. Nothing else of the
 * record shows (no minutes owed, no family log).
 */
export function LinkServicesPage({
  token,
  firstName,
  services,
  values,
  problems,
  recent,
}: {
  token: string
  firstName: string
  services: readonly Service[]
  values: SessionFormValues
  problems?: readonly Problem[]
  recent: readonly LoggedSession[]
}) {
  const { t, shortDate } = useUi()
  const serviceName = (id: string) => services.find((s) => s.id === id)?.name ?? t('services.log.oldService')
  return (
    <Page
      title={t('services.link.title', { name: firstName })}
      back={{ href: paths.enterData(token), label: t('services.link.back') }}
      problems={problems}
      width="narrow"
    >
      <p>{t('services.link.intro', { name: firstName })}</p>
      {services.length === 0 ? (
        <Inset>{t('services.link.noServices')}</Inset>
      ) : (
        <PostForm action={paths.enterServices(token)}>
          <SessionFields services={services} values={values} problems={problems} askSource={false} />
          <Button>{t('services.log.add')}</Button>
        </PostForm>
      )}
      <h2 class="pw-heading-m">{t('services.link.recentTitle')}</h2>
      {recent.length === 0 ? (
        <p>{t('services.link.recentNone')}</p>
      ) : (
        <Table
          caption={t('services.link.recentTitle')}
          captionHidden
          head={[
            t('services.log.head.date'),
            t('services.log.head.service'),
            t('services.log.head.minutes'),
            t('services.log.head.status'),
          ]}
          numeric={[2]}
          rows={recent.map((session) => [
            <time dateTime={session.date} key="date">
              {shortDate(session.date)}
            </time>,
            serviceName(session.serviceId),
            String(session.minutes),
            t(`services.status.${session.status}.label`),
          ])}
        />
      )}
      <p class="pw-secondary">{t('services.link.privacy')}</p>
    </Page>
  )
}

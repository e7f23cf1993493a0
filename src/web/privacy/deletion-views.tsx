import { type Child, displayName } from '../../domain/children/child.ts'
import { dateInZone, type Instant } from '../../domain/dates/local-date.ts'
import type { Problem } from '../../domain/problems.ts'
import { paths } from '../../paths.ts'
import type { PendingDeletions } from '../../services/deletion/delete-record.ts'
import { Warning } from '../layout/banner.tsx'
import { PasswordInput, TextInput } from '../layout/fields.tsx'
import { Button, ButtonGroup, PostForm } from '../layout/form.tsx'
import { Page } from '../layout/page.tsx'
import { useUi } from '../ui.ts'

/** The day a grace period ends, in the service's time zone, as people read dates. */
export function purgeDay(
  purgeAfter: string,
  timeZone: string,
  format: (date: ReturnType<typeof dateInZone>) => string,
) {
  return format(dateInZone(purgeAfter as Instant, timeZone))
}

export function DeleteChildPage({
  child,
  typed = '',
  problems = [],
}: {
  child: Child
  typed?: string
  problems?: readonly Problem[]
}) {
  const { t } = useUi()
  const name = displayName(child)
  return (
    <Page
      title={t('privacy.delete.title', { name })}
      problems={problems}
      back={{ href: paths.child(child.id) }}
      width="narrow"
    >
      <p>{t('privacy.delete.intro', { name })}</p>
      <Warning>{t('privacy.delete.grace')}</Warning>
      <p>
        <a href={paths.childExport(child.id)}>{t('privacy.delete.exportFirst')}</a>
      </p>
      <PostForm action={paths.deleteChild(child.id)}>
        <TextInput
          name="confirmName"
          label={t('privacy.delete.confirmName', { name })}
          value={typed}
          problems={problems}
          autocomplete="off"
          spellcheck={false}
        />
        <ButtonGroup>
          <Button variant="warning">{t('privacy.delete.submit')}</Button>
          <a href={paths.child(child.id)}>{t('common.cancel')}</a>
        </ButtonGroup>
      </PostForm>
    </Page>
  )
}

export function DeleteAccountPage({ problems = [] }: { problems?: readonly Problem[] }) {
  const { t } = useUi()
  return (
    <Page
      title={t('privacy.deleteAccount.title')}
      problems={problems}
      back={{ href: paths.account() }}
      width="narrow"
    >
      <p>{t('privacy.deleteAccount.intro')}</p>
      <Warning>{t('privacy.deleteAccount.grace')}</Warning>
      <p>
        <a href={paths.accountExport()}>{t('privacy.delete.exportFirst')}</a>
      </p>
      <PostForm action={paths.deleteAccount()}>
        <PasswordInput
          name="password"
          label={t('privacy.deleteAccount.password')}
          problems={problems}
          autocomplete="current-password"
        />
        <ButtonGroup>
          <Button variant="warning">{t('privacy.deleteAccount.submit')}</Button>
          <a href={paths.account()}>{t('common.cancel')}</a>
        </ButtonGroup>
      </PostForm>
    </Page>
  )
}

export function DeletionsPage({ pending, timeZone }: { pending: PendingDeletions; timeZone: string }) {
  const { t, date } = useUi()
  const day = (purgeAfter: string) => purgeDay(purgeAfter, timeZone, date)
  return (
    <Page title={t('privacy.deletions.title')} back={{ href: paths.account() }} width="narrow">
      <p>{t('privacy.deletions.intro')}</p>
      {pending.account ? (
        <>
          <Warning>{t('privacy.deletions.account', { date: day(pending.account.purgeAfter) })}</Warning>
          <PostForm action={paths.undoAccountDeletion()}>
            <Button>{t('privacy.deletions.undoAccount')}</Button>
          </PostForm>
        </>
      ) : null}
      {pending.children.length === 0 && !pending.account ? <p>{t('privacy.deletions.none')}</p> : null}
      {pending.children.length > 0 ? (
        <ul class="pw-plain-list">
          {pending.children.map((child) => (
            <li key={child.childId}>
              <p>{t('privacy.deletions.child', { name: child.name, date: day(child.purgeAfter) })}</p>
              <PostForm action={paths.undoChildDeletion(child.childId)}>
                <Button variant="secondary">{t('privacy.deletions.undo', { name: child.name })}</Button>
              </PostForm>
            </li>
          ))}
        </ul>
      ) : null}
    </Page>
  )
}

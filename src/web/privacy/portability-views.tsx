import { type Child, displayName } from '../../domain/children/child.ts'
import type { Problem } from '../../domain/problems.ts'
import { paths } from '../../paths.ts'
import { Warning } from '../layout/banner.tsx'
import { FileInput } from '../layout/fields.tsx'
import { Button, ButtonGroup, PostForm } from '../layout/form.tsx'
import { Page } from '../layout/page.tsx'
import { useUi } from '../ui.ts'

function ExportContents({ intro }: { intro: string }) {
  const { t } = useUi()
  return (
    <>
      <p>{intro}</p>
      <ul>
        <li>{t('privacy.export.itemRecord')}</li>
        <li>{t('privacy.export.itemDocuments')}</li>
        <li>{t('privacy.export.itemPlans')}</li>
        <li>{t('privacy.export.itemLetters')}</li>
      </ul>
      <Warning>{t('privacy.export.keepSafe')}</Warning>
      <p>{t('privacy.export.importHint')}</p>
    </>
  )
}

export function ChildExportPage({ child }: { child: Child }) {
  const { t } = useUi()
  const name = displayName(child)
  return (
    <Page
      title={t('privacy.export.childTitle', { name })}
      back={{ href: paths.child(child.id) }}
      width="narrow"
    >
      <ExportContents intro={t('privacy.export.childIntro', { name })} />
      <PostForm action={paths.childExport(child.id)}>
        <ButtonGroup>
          <Button>{t('privacy.export.submit')}</Button>
          <a href={paths.child(child.id)}>{t('common.cancel')}</a>
        </ButtonGroup>
      </PostForm>
    </Page>
  )
}

export function AccountExportPage() {
  const { t } = useUi()
  return (
    <Page title={t('privacy.export.accountTitle')} back={{ href: paths.account() }} width="narrow">
      <ExportContents intro={t('privacy.export.accountIntro')} />
      <PostForm action={paths.accountExport()}>
        <ButtonGroup>
          <Button>{t('privacy.export.submit')}</Button>
          <a href={paths.account()}>{t('common.cancel')}</a>
        </ButtonGroup>
      </PostForm>
    </Page>
  )
}

export function ImportPage({ problems = [], maxSize }: { problems?: readonly Problem[]; maxSize: string }) {
  const { t, csrfToken } = useUi()
  return (
    <Page
      title={t('privacy.import.title')}
      problems={problems}
      back={{ href: paths.account() }}
      width="narrow"
    >
      <p>{t('privacy.import.intro')}</p>
      <form method="post" action={paths.importRecord(csrfToken)} enctype="multipart/form-data" noValidate>
        <FileInput
          name="file"
          label={t('privacy.import.file')}
          hint={`${t('privacy.import.fileHint', { max: maxSize })}${
            problems.some((p) => p.field === 'file') ? ` ${t('privacy.import.fileAgain')}` : ''
          }`}
          accept=".zip,application/zip"
          problems={problems}
        />
        <ButtonGroup>
          <Button>{t('privacy.import.submit')}</Button>
          <a href={paths.account()}>{t('common.cancel')}</a>
        </ButtonGroup>
      </form>
    </Page>
  )
}

/** On a child's page: export or delete the record (only for people who may change it). */
export function ChildPrivacySection({ child }: { child: Child }) {
  const { t } = useUi()
  const name = displayName(child)
  return (
    <section aria-labelledby="privacy-section-title">
      <h2 id="privacy-section-title">{t('privacy.section.title')}</h2>
      <p>{t('privacy.section.childIntro', { name })}</p>
      <ul class="pw-plain-list">
        <li>
          <a href={paths.childExport(child.id)}>{t('privacy.section.export', { name })}</a>
        </li>
        <li>
          <a href={paths.deleteChild(child.id)}>{t('privacy.section.delete', { name })}</a>
        </li>
      </ul>
    </section>
  )
}

/** On the account page: export the account, load an export. */
export function AccountPrivacySection() {
  const { t } = useUi()
  return (
    <section aria-labelledby="account-privacy-title">
      <h2 id="account-privacy-title">{t('privacy.section.accountTitle')}</h2>
      <p>{t('privacy.section.accountIntro')}</p>
      <ul class="pw-plain-list">
        <li>
          <a href={paths.accountExport()}>{t('privacy.section.accountExport')}</a>
        </li>
        <li>
          <a href={paths.importRecord()}>{t('privacy.section.import')}</a>
        </li>
        <li>
          <a href={paths.twoStep()}>{t('privacy.section.twoStep')}</a>
        </li>
        <li>
          <a href={paths.deletions()}>{t('privacy.deletions.link')}</a>
        </li>
        <li>
          <a href={paths.deleteAccount()}>{t('privacy.deletions.deleteAccountLink')}</a>
        </li>
      </ul>
    </section>
  )
}

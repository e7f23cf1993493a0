import { paths } from '../../paths.ts'
import { Page } from '../layout/page.tsx'
import { useUi } from '../ui.ts'

/** The page a data-entry link opens: who it is about, and the two things the link allows. */
export function EnterLandingPage({ token, firstName }: { token: string; firstName: string }) {
  const { t } = useUi()
  const name = firstName
  return (
    <Page title={t('sharing.enter.title', { name })} width="narrow">
      <p class="pw-lead">{t('sharing.enter.intro', { name })}</p>
      <ul class="pw-card-list">
        <li class="pw-card">
          <h2 class="pw-card__title">
            <a href={paths.enterProgress(token)}>{t('sharing.enter.progress')}</a>
          </h2>
          <p class="pw-hint">{t('sharing.enter.progressHint', { name })}</p>
        </li>
        <li class="pw-card">
          <h2 class="pw-card__title">
            <a href={paths.enterServices(token)}>{t('sharing.enter.services')}</a>
          </h2>
          <p class="pw-hint">{t('sharing.enter.servicesHint', { name })}</p>
        </li>
      </ul>
      <p>{t('sharing.enter.keepPrivate')}</p>
    </Page>
  )
}

import { paths } from '../../paths.ts'
import { Page } from '../layout/page.tsx'
import { useUi } from '../ui.ts'

/**
 * The page for anything that went wrong. It says what happened in plain words and what to do,
 * and for unexpected errors gives the reference (the request id) — never internals.
 */
/** The request id, which a person can quote when asking for help; it reveals nothing else. */
function Reference() {
  const { t, requestId } = useUi()
  return (
    <p>
      {t('common.errors.reference')} <code class="pw-code">{requestId}</code>
    </p>
  )
}

export function ErrorPage({ status, code }: { status: number; code: string }) {
  const { t, signedIn } = useUi()
  const home = signedIn ? paths.dashboard() : paths.home()
  if (status === 404) {
    return (
      <Page title={t('common.errors.notFound.title')} width="narrow">
        <p>{t('common.errors.notFound.body')}</p>
        <Reference />
        <p>
          <a href={home}>{t('common.errors.goHome')}</a>
        </p>
      </Page>
    )
  }
  if (code === 'INTERNAL') {
    return (
      <Page title={t('common.errors.internal.title')} width="narrow">
        <p>{t('common.errors.internal.body')}</p>
        <Reference />
        <p>
          <a href={home}>{t('common.errors.goHome')}</a>
        </p>
      </Page>
    )
  }
  if (code === 'CSRF') {
    return (
      <Page title={t('common.errors.csrf.title')} width="narrow">
        <p>{t('common.errors.csrf.body')}</p>
        <p>
          <a href={home}>{t('common.errors.goHome')}</a>
        </p>
      </Page>
    )
  }
  if (code === 'LINK_EXPIRED') {
    return (
      <Page title={t('common.errors.linkExpired.title')} width="narrow">
        <p>{t('errors.LINK_EXPIRED')}</p>
        <ul>
          <li>
            <a href={paths.forgotPassword()}>{t('common.errors.linkExpired.newReset')}</a>
          </li>
          <li>
            <a href={paths.signIn()}>{t('common.errors.linkExpired.signIn')}</a>
          </li>
        </ul>
      </Page>
    )
  }
  const known = [
    'LINK_EXPIRED',
    'RATE_LIMITED',
    'TOO_LARGE',
    'INVALID_STATE',
    'VERSION_CONFLICT',
    'INVALID_INPUT',
    'EMAIL_TAKEN',
    'PLAN_TRANSITION_NOT_ALLOWED',
    'PLAN_NOT_EDITABLE',
  ]
  return (
    <Page title={t('common.errors.generic.title')} width="narrow">
      <p>{known.includes(code) ? t(`errors.${code}`) : t('common.errors.badRequest.body')}</p>
      <Reference />
      <p>
        <a href={home}>{t('common.errors.goHome')}</a>
      </p>
    </Page>
  )
}

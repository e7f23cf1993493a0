import { paths } from '../../paths.ts'
import { useUi } from '../ui.ts'
import { CsrfField } from './form.tsx'

/** The site header: name, main navigation, language switch and the signed-in person's menu. */
export function Header() {
  const ui = useUi()
  const { t, signedIn } = ui
  const other = ui.lang === 'en' ? 'es' : 'en'
  return (
    <header class="pw-header">
      <div class="pw-header__inner">
        <a class="pw-header__logo" href={signedIn ? paths.dashboard() : paths.home()}>
          Pathway
        </a>
        <nav class="pw-header__nav" aria-label={t('common.nav.label')}>
          <ul class="pw-header__list">
            <li>
              <a href={paths.screener()}>{t('common.nav.screener')}</a>
            </li>
            <li>
              <a href={paths.guides()}>{t('common.nav.guides')}</a>
            </li>
            {signedIn ? (
              <>
                <li>
                  <a href={paths.dashboard()}>{t('common.nav.dashboard')}</a>
                </li>
                <li>
                  <a href={paths.children()}>{t('common.nav.children')}</a>
                </li>
                <li>
                  <a href={paths.account()}>{t('common.nav.account')}</a>
                </li>
              </>
            ) : (
              <>
                <li>
                  <a href={paths.signIn()}>{t('common.nav.signIn')}</a>
                </li>
                <li>
                  <a href={paths.signUp()}>{t('common.nav.signUp')}</a>
                </li>
              </>
            )}
          </ul>
        </nav>
        <div class="pw-header__tools">
          <form method="post" action={paths.language()} class="pw-inline-form">
            <CsrfField />
            <input type="hidden" name="lang" value={other} />
            <input type="hidden" name="back" value={ui.currentPath} />
            <button type="submit" class="pw-link-button" lang={other}>
              {t('common.languageSwitch')}
            </button>
          </form>
          {signedIn ? (
            <form method="post" action={paths.signOut()} class="pw-inline-form">
              <CsrfField />
              <span class="pw-header__who">{signedIn.user.name}</span>
              <button type="submit" class="pw-link-button">
                {t('common.nav.signOut')}
              </button>
            </form>
          ) : null}
        </div>
      </div>
    </header>
  )
}

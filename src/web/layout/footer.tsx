import { paths } from '../../paths.ts'
import { useUi } from '../ui.ts'

/** Every page ends by saying what Pathway is not, and where to find free help. */
export function Footer() {
  const { t, devMailbox } = useUi()
  return (
    <footer class="pw-footer">
      <div class="pw-footer__inner">
        <p class="pw-footer__notice">{t('common.notLegalAdvice')}</p>
        <ul class="pw-footer__links">
          <li>
            <a href={paths.about()}>{t('common.footer.about')}</a>
          </li>
          <li>
            <a href={paths.privacy()}>{t('common.footer.privacy')}</a>
          </li>
          <li>
            <a href={paths.apiReference()}>{t('common.footer.api')}</a>
          </li>
          {devMailbox ? (
            <li>
              <a href={paths.devMailbox()}>{t('common.footer.devMailbox')}</a>
            </li>
          ) : null}
        </ul>
      </div>
    </footer>
  )
}

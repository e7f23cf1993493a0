import type { ComponentChildren } from 'preact'
import { useUi } from '../ui.ts'

/** A notice at the top of the main content: success after an action, or important information. */
export function NotificationBanner({
  kind,
  children,
}: {
  kind: 'success' | 'info'
  children: ComponentChildren
}) {
  const { t } = useUi()
  const title = (
    <h2 class="pw-banner__title" id="banner-title">
      {kind === 'success' ? t('common.banner.success') : t('common.banner.important')}
    </h2>
  )
  const body = <p class="pw-banner__body">{children}</p>
  // A success notice is announced as soon as the page loads; other notices are a labelled region.
  return kind === 'success' ? (
    <div class="pw-banner pw-banner--success" role="alert">
      {title}
      {body}
    </div>
  ) : (
    <section class="pw-banner pw-banner--info" aria-labelledby="banner-title">
      {title}
      {body}
    </section>
  )
}

/** A calm warning in the flow of the page ("This cannot be undone"). */
export function Warning({ children }: { children: ComponentChildren }) {
  const { t } = useUi()
  return (
    <div class="pw-warning">
      <span class="pw-warning__icon" aria-hidden="true">
        !
      </span>
      <strong class="pw-warning__text">
        <span class="pw-visually-hidden">{t('common.warning')}</span>
        {children}
      </strong>
    </div>
  )
}

/** An inset note for context that helps but is not required. */
export function Inset({ children }: { children: ComponentChildren }) {
  return <div class="pw-inset">{children}</div>
}

import type { ComponentChildren } from 'preact'
import type { Problem } from '../../domain/problems.ts'
import { useUi } from '../ui.ts'
import { NotificationBanner } from './banner.tsx'
import { ErrorSummary } from './error-summary.tsx'
import { Footer } from './footer.tsx'
import { Header } from './header.tsx'

export interface PageProps {
  /** The page's own title: the h1 and the first part of the browser title. */
  readonly title: string
  readonly problems?: readonly Problem[]
  /** A link back, shown above the title. */
  readonly back?: { readonly href: string; readonly label?: string }
  /** Extra words above the h1 (the child's name on a child's page). */
  readonly caption?: string
  readonly hideTitle?: boolean
  /** The content carries the h1 itself (a one-question page whose label is the heading). */
  readonly headingInContent?: boolean
  /** The page's own meta description (search results); the site's description otherwise. */
  readonly description?: string
  readonly width?: 'narrow' | 'wide'
  readonly children?: ComponentChildren
}

/** The frame of every page: header, notice, error summary, the page's h1, content, footer. */
export function Page({
  title,
  problems = [],
  back,
  caption,
  hideTitle,
  headingInContent,
  description,
  width = 'wide',
  children,
}: PageProps) {
  const ui = useUi()
  const { t } = ui
  const browserTitle = `${problems.length > 0 ? `${t('common.errorPrefix')} ` : ''}${title} – Pathway`
  return (
    <html lang={ui.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{browserTitle}</title>
        <meta name="description" content={description ?? t('common.metaDescription')} />
        <link rel="stylesheet" href={ui.assets.css} />
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
        {ui.assets.js ? <script type="module" src={ui.assets.js} defer /> : null}
      </head>
      <body>
        <a class="pw-skip-link" href="#main">
          {t('common.skipToContent')}
        </a>
        <Header />
        <div class={`pw-container pw-container--${width}`}>
          <main id="main" tabIndex={-1}>
            {back ? (
              <a class="pw-back-link" href={back.href}>
                {back.label ?? t('common.back')}
              </a>
            ) : null}
            {ui.flash ? (
              <NotificationBanner kind={ui.flash.kind}>{t(ui.flash.key, ui.flash.params)}</NotificationBanner>
            ) : null}
            <ErrorSummary problems={problems} />
            {caption ? <p class="pw-caption">{caption}</p> : null}
            {headingInContent ? null : (
              <h1 class={hideTitle ? 'pw-visually-hidden' : 'pw-heading-xl'}>{title}</h1>
            )}
            {children}
          </main>
        </div>
        <Footer />
      </body>
    </html>
  )
}

import type { VNode } from 'preact'
import { type Child, displayName } from '../../domain/children/child.ts'
import { paths } from '../../paths.ts'
import type { DeadlinesDashboard } from '../../services/deadlines/child-deadlines.ts'
import { DeadlinesDashboardSection } from '../deadlines/deadlines-views.tsx'
import { ButtonGroup, ButtonLink } from '../layout/form.tsx'
import { Page } from '../layout/page.tsx'
import { useUi } from '../ui.ts'

export function LandingPage() {
  const { t, signedIn } = useUi()
  return (
    <Page title={t('home.landing.title')}>
      <p class="pw-lead">{t('home.landing.lead')}</p>
      <p>{t('home.landing.second')}</p>
      <p>{t('home.landing.screenerHint')}</p>
      <ButtonGroup>
        <ButtonLink href={paths.screener()}>{t('home.landing.screener')}</ButtonLink>
        <a href={paths.guides()}>{t('home.landing.guides')}</a>
      </ButtonGroup>
      {signedIn ? (
        <ButtonLink href={paths.dashboard()} variant="secondary">
          {t('home.landing.goToDashboard')}
        </ButtonLink>
      ) : (
        <>
          <p>{t('home.landing.signUpHint')}</p>
          <ButtonGroup>
            <ButtonLink href={paths.signUp()} variant="secondary">
              {t('home.landing.signUp')}
            </ButtonLink>
            <a href={paths.signIn()}>{t('home.landing.signIn')}</a>
          </ButtonGroup>
        </>
      )}
      <h2>{t('home.landing.whatTitle')}</h2>
      <ul>
        <li>{t('home.landing.what.record')}</li>
        <li>{t('home.landing.what.deadlines')}</li>
        <li>{t('home.landing.what.evidence')}</li>
        <li>{t('home.landing.what.share')}</li>
      </ul>
    </Page>
  )
}

export function DashboardPage({
  children,
  deadlines,
  goalsOffTrack,
  shared,
}: {
  children: readonly Child[]
  deadlines?: DeadlinesDashboard
  /** Goals the progress data call not on track, per child (none listed: none off track). */
  goalsOffTrack?: ReadonlyMap<string, number>
  /** Children shared with this person, and invitations waiting for an answer. */
  shared?: VNode
}) {
  const { t, signedIn } = useUi()
  return (
    <Page title={t('home.dashboard.title', { name: signedIn?.user.name ?? '' })}>
      {shared}
      {children.length === 0 ? (
        <>
          <p>{t('home.dashboard.noChildren')}</p>
          <ButtonLink href={paths.newChild()}>{t('children.list.add')}</ButtonLink>
        </>
      ) : (
        <>
          {deadlines ? <DeadlinesDashboardSection dashboard={deadlines} /> : null}
          <h2>{t('home.dashboard.childrenTitle')}</h2>
          <ul class="pw-card-list">
            {children.map((child) => (
              <li class="pw-card" key={child.id}>
                <h3 class="pw-card__title">
                  <a href={paths.child(child.id)}>{displayName(child)}</a>
                </h3>
                {child.school ? <p class="pw-secondary">{child.school}</p> : null}
                {goalsOffTrack?.get(child.id) ? (
                  <p>
                    <a href={paths.childProgress(child.id)}>
                      {t('progress.ui.dashboardOffTrack', { count: goalsOffTrack.get(child.id) })}
                    </a>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
          <p>
            <a href={paths.newChild()}>{t('children.list.add')}</a>
          </p>
        </>
      )}
    </Page>
  )
}

export function AboutPage() {
  const { t } = useUi()
  return (
    <Page title={t('common.about.title')} width="narrow">
      <p class="pw-lead">{t('common.about.intro')}</p>
      <h2>{t('common.about.whatTitle')}</h2>
      <p>{t('common.about.what')}</p>
      <h2>{t('common.about.notTitle')}</h2>
      <p>{t('common.about.not')}</p>
    </Page>
  )
}

export function PrivacyPage() {
  const { t } = useUi()
  const items = ['owner', 'noSale', 'logs', 'passwords', 'deletion'] as const
  return (
    <Page title={t('common.privacy.title')} width="narrow">
      <p class="pw-lead">{t('common.privacy.intro')}</p>
      <ul>
        {items.map((item) => (
          <li key={item}>{t(`common.privacy.items.${item}`)}</li>
        ))}
      </ul>
    </Page>
  )
}

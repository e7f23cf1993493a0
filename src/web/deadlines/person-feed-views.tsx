import { paths } from '../../paths.ts'
import type { PersonCalendarFeed } from '../../storage/person-feeds-store.ts'
import { Warning } from '../layout/banner.tsx'
import { Button, PostForm } from '../layout/form.tsx'
import { Page } from '../layout/page.tsx'
import { useUi } from '../ui.ts'

/** A person's calendar links for all their children: make one, see which work, stop one. */
export function PersonFeedsPage({ feeds }: { feeds: readonly PersonCalendarFeed[] }) {
  const { t, instant } = useUi()
  return (
    <Page title={t('deadlines.ui.personFeed.title')} width="narrow">
      <p class="pw-lead">{t('deadlines.ui.personFeed.intro')}</p>
      <PostForm action={paths.personFeeds()}>
        <Button>{t('deadlines.ui.personFeed.make')}</Button>
      </PostForm>
      {feeds.length === 0 ? (
        <p>{t('deadlines.ui.personFeed.none')}</p>
      ) : (
        <>
          <h2>{t('deadlines.ui.feed.linksTitle')}</h2>
          <ul class="pw-card-list">
            {feeds.map((feed) => {
              const made = t('deadlines.ui.feed.made', { date: instant(feed.createdAt) })
              return (
                <li class="pw-card" key={feed.id}>
                  <p class="pw-card__title">{made}</p>
                  {feed.lastUsedAt ? (
                    <p class="pw-secondary">
                      {t('deadlines.ui.personFeed.lastUsed', { date: instant(feed.lastUsedAt) })}
                    </p>
                  ) : null}
                  <PostForm action={paths.revokePersonFeed(feed.id)}>
                    <Button variant="warning">
                      {t('deadlines.ui.feed.revoke')}
                      <span class="pw-visually-hidden">: {made}</span>
                    </Button>
                  </PostForm>
                </li>
              )
            })}
          </ul>
        </>
      )}
    </Page>
  )
}

/** Shown once, right after the link is made: the token is never stored in a readable form. */
export function NewPersonFeedPage({ url }: { url: string }) {
  const { t } = useUi()
  return (
    <Page
      title={t('deadlines.ui.feed.newTitle')}
      back={{ href: paths.personFeeds(), label: t('deadlines.ui.personFeed.title') }}
      width="narrow"
    >
      <p>{t('deadlines.ui.feed.newIntro')}</p>
      <div class="pw-form-group">
        <label class="pw-label" for="feed-url">
          {t('deadlines.ui.feed.newLabel')}
        </label>
        <input class="pw-input" id="feed-url" type="text" readOnly value={url} />
      </div>
      <Warning>{t('deadlines.ui.personFeed.newWarning')}</Warning>
      <p>
        <a href={paths.personFeeds()}>{t('deadlines.ui.personFeed.title')}</a>
      </p>
    </Page>
  )
}

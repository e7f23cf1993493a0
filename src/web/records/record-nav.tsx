import { type Child, displayName } from '../../domain/children/child.ts'
import { paths } from '../../paths.ts'
import { useUi } from '../ui.ts'

/**
 * Links between a child's documents, communications log, letters and search, shown on each of
 * those pages (and on the child's page), so no page is a dead end.
 */
export function RecordNav({
  child,
  current,
}: {
  child: Child
  current?:
    | 'documents'
    | 'communications'
    | 'letters'
    | 'search'
    | 'services'
    | 'deadlines'
    | 'meetings'
    | 'disputes'
    | 'progress'
    | 'sharing'
}) {
  const { t } = useUi()
  const links = [
    { id: 'deadlines', href: paths.childDeadlines(child.id), label: t('deadlines.ui.nav') },
    { id: 'documents', href: paths.documents(child.id), label: t('documents.section.documents') },
    {
      id: 'communications',
      href: paths.communications(child.id),
      label: t('documents.section.communications'),
    },
    { id: 'letters', href: paths.letters(child.id), label: t('documents.section.letters') },
    { id: 'services', href: paths.services(child.id), label: t('services.page.navLabel') },
    { id: 'meetings', href: paths.meetings(child.id), label: t('meetings.nav') },
    { id: 'disputes', href: paths.disputes(child.id), label: t('disputes.nav') },
    { id: 'search', href: paths.searchChild(child.id), label: t('documents.section.search') },
    { id: 'progress', href: paths.childProgress(child.id), label: t('progress.ui.navLabel') },
    { id: 'sharing', href: paths.childSharing(child.id), label: t('sharing.page.title') },
  ] as const
  return (
    <nav class="pw-record-nav" aria-label={t('documents.section.title')}>
      <ul>
        {links.map((link) => (
          <li key={link.id}>
            {link.id === current ? (
              <a href={link.href} aria-current="page">
                {link.label}
              </a>
            ) : (
              <a href={link.href}>{link.label}</a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}

/** The section on a child's page that leads to the papers, messages and letters. */
export function RecordSection({ child }: { child: Child }) {
  const { t } = useUi()
  return (
    <section aria-labelledby="record-section-title">
      <h2 id="record-section-title">{t('documents.section.title')}</h2>
      <p>{t('documents.section.intro', { name: displayName(child) })}</p>
      <RecordNav child={child} />
      <SearchForm child={child} query="" />
    </section>
  )
}

/** A search box for one child's record (GET, so it works without scripts and can be bookmarked). */
export function SearchForm({
  child,
  query,
  headingLabel,
}: {
  child: Child
  query: string
  headingLabel?: boolean
}) {
  const { t } = useUi()
  return (
    <form method="get" action={paths.searchChild(child.id)} class="pw-search-form">
      <div class="pw-form-group">
        <label class={headingLabel ? 'pw-label pw-label--l' : 'pw-label'} for="q">
          {t('documents.search.label')}
        </label>
        <div class="pw-hint" id="q-hint">
          {t('documents.search.hint')}
        </div>
        <div class="pw-search-form__row">
          <input
            class="pw-input"
            id="q"
            name="q"
            type="search"
            value={query}
            aria-describedby="q-hint"
            maxLength={200}
          />
          <button type="submit" class="pw-button pw-button--secondary">
            {t('documents.search.submit')}
          </button>
        </div>
      </div>
    </form>
  )
}

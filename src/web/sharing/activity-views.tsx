import { type Child, displayName } from '../../domain/children/child.ts'
import { paths } from '../../paths.ts'
import type { AuditEntry } from '../../storage/audit-store.ts'
import { Table } from '../layout/content.tsx'
import { Page } from '../layout/page.tsx'
import { RecordNav } from '../records/record-nav.tsx'
import { useUi } from '../ui.ts'

/** "Who looked at the record": the audit trail of one child, newest first, a page at a time. */
export function ActivityPage({
  child,
  entries,
  page,
  pages,
  total,
}: {
  child: Child
  entries: readonly AuditEntry[]
  page: number
  pages: number
  total: number
}) {
  const { t, instant } = useUi()
  const name = displayName(child)
  return (
    <Page
      title={t('sharing.activity.title')}
      caption={name}
      back={{ href: paths.childSharing(child.id), label: t('sharing.page.title') }}
    >
      <RecordNav child={child} />
      <p class="pw-lead">{t('sharing.activity.intro', { name })}</p>
      {total === 0 ? (
        <p>{t('sharing.activity.empty')}</p>
      ) : (
        <>
          <Table
            caption={t('sharing.activity.caption', { page, pages })}
            head={[
              t('sharing.activity.headWhen'),
              t('sharing.activity.headWho'),
              t('sharing.activity.headWhat'),
            ]}
            rows={entries.map((entry) => [
              instant(entry.at),
              entry.actorName ??
                (entry.actorLinkId ? t('sharing.activity.removedLink') : t('sharing.activity.removedPerson')),
              t(`sharing.activity.${entry.action}`, {
                thing: t(
                  `sharing.activity.kinds.${KNOWN_KINDS.has(entry.objectKind) ? entry.objectKind : 'other'}`,
                ),
              }),
            ])}
          />
          {pages > 1 ? (
            <nav class="pw-pagination" aria-label={t('sharing.activity.pages')}>
              <ul class="pw-plain-list pw-row">
                {page > 1 ? (
                  <li>
                    <a href={paths.childActivity(child.id, page - 1)} rel="prev">
                      {t('sharing.activity.newer')}
                    </a>
                  </li>
                ) : null}
                <li>{t('sharing.activity.pageOf', { page, pages })}</li>
                {page < pages ? (
                  <li>
                    <a href={paths.childActivity(child.id, page + 1)} rel="next">
                      {t('sharing.activity.older')}
                    </a>
                  </li>
                ) : null}
              </ul>
            </nav>
          ) : null}
        </>
      )}
    </Page>
  )
}

const KNOWN_KINDS = new Set([
  'child',
  'plan',
  'plans',
  'document',
  'documents',
  'communication',
  'communications',
  'letter',
  'letters',
  'event',
  'events',
  'search',
  'sharing',
  'activity',
  'share',
  'link',
  'invitation',
  'progress',
  'services',
  'goal',
  'goals',
  'deadlines',
  'meetings',
  'meeting',
])

import type { Child } from '../../domain/children/child.ts'
import { paths } from '../../paths.ts'
import type { FollowUpItem } from '../../services/meetings/meetings.ts'
import { Table, Tag } from '../layout/content.tsx'
import { useUi } from '../ui.ts'

/**
 * The tasks recorded after a child's meetings (who does what, by when), with a link to each
 * meeting: on the meetings list and among the child's deadlines.
 */
export function MeetingTasks({ child, followUps }: { child: Child; followUps: readonly FollowUpItem[] }) {
  const { t, shortDate } = useUi()
  return (
    <section aria-labelledby="meeting-tasks-title">
      <h2 id="meeting-tasks-title">{t('meetings.list.followUps')}</h2>
      <p>{t('meetings.list.followUpsIntro')}</p>
      {followUps.length === 0 ? (
        <p>{t('meetings.list.followUpsEmpty')}</p>
      ) : (
        <Table
          caption={t('meetings.list.followUpsCaption')}
          captionHidden
          head={[
            t('meetings.list.headTask'),
            t('meetings.list.headOwner'),
            t('meetings.list.headDue'),
            t('meetings.list.headFrom'),
          ]}
          rows={followUps.map((item) => [
            <>
              {item.task}{' '}
              {item.done ? (
                <Tag tone="green">{t('meetings.list.done')}</Tag>
              ) : (
                <Tag tone="yellow">{t('meetings.list.open')}</Tag>
              )}
            </>,
            item.owner,
            item.dueOn ? shortDate(item.dueOn) : t('meetings.list.noDate'),
            <a href={paths.meeting(child.id, item.source.id)} key="from">
              {t(`meetings.kinds.${item.source.meeting.kind}`)}, {shortDate(item.source.meeting.date)}
            </a>,
          ])}
        />
      )}
    </section>
  )
}

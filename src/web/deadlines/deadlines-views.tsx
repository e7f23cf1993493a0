import { type Child, displayName } from '../../domain/children/child.ts'
import type { ChildEvent } from '../../domain/children/event.ts'
import { datesThatWouldSharpen } from '../../domain/children/starting-point.ts'
import type { LocalDate } from '../../domain/dates/local-date.ts'
import { DEADLINE_STATUSES, type Deadline, type DeadlineStatus } from '../../domain/deadlines/deadline.ts'
import { BIRTH_TRIGGER } from '../../domain/deadlines/evaluate.ts'
import { isEventType } from '../../domain/events/event-types.ts'
import type { Message } from '../../domain/messages.ts'
import type { Problem } from '../../domain/problems.ts'
import type { AccessLink } from '../../domain/sharing/access-link.ts'
import { paths } from '../../paths.ts'
import type { DeadlinesDashboard, DeadlinesPageView } from '../../services/deadlines/child-deadlines.ts'
import { meetingEventType } from '../../services/deadlines/child-deadlines.ts'
import type { FollowUpItem } from '../../services/meetings/meetings.ts'
import { Warning } from '../layout/banner.tsx'
import { Details, Tag } from '../layout/content.tsx'
import { Select } from '../layout/fields.tsx'
import { Button, ButtonLink, PostForm } from '../layout/form.tsx'
import { Page } from '../layout/page.tsx'
import { MeetingTasks } from '../meetings/meeting-tasks.tsx'
import { RecordNav } from '../records/record-nav.tsx'
import { useUi } from '../ui.ts'

/** What the timeline can be narrowed to: a status, the open ones, or all. */
export const DEADLINE_FILTERS = ['all', 'open', ...DEADLINE_STATUSES] as const
export type DeadlineFilter = (typeof DEADLINE_FILTERS)[number]

export function readDeadlineFilter(value: unknown): DeadlineFilter {
  return typeof value === 'string' && (DEADLINE_FILTERS as readonly string[]).includes(value)
    ? (value as DeadlineFilter)
    : 'all'
}

const OPEN: readonly DeadlineStatus[] = ['overdue', 'due-soon', 'upcoming']

function matches(filter: DeadlineFilter, status: DeadlineStatus): boolean {
  if (filter === 'all') return true
  if (filter === 'open') return OPEN.includes(status)
  return filter === status
}

const STATUS_TONE: Record<DeadlineStatus, 'grey' | 'green' | 'red' | 'yellow' | 'blue'> = {
  overdue: 'red',
  'due-soon': 'yellow',
  upcoming: 'blue',
  met: 'green',
  'not-applicable': 'grey',
}

export function StatusTag({ status }: { status: DeadlineStatus }) {
  const { t } = useUi()
  return <Tag tone={STATUS_TONE[status]}>{t(`deadlines.statuses.${status}`)}</Tag>
}

/** Translates a domain Message, rendering `{ date }` and `{ key }` values as the page's language asks. */
function useMessage(): (message: Message) => string {
  const { t, date } = useUi()
  return (message) => {
    if (!message.params) return t(message.key)
    const values: Record<string, string | number> = {}
    for (const [name, value] of Object.entries(message.params)) {
      if (typeof value === 'object') values[name] = 'date' in value ? date(value.date) : t(value.key)
      else values[name] = value
    }
    return t(message.key, values)
  }
}

function DueLine({ deadline }: { deadline: Deadline }) {
  const { t, date } = useUi()
  if (deadline.due === null) {
    return (
      <p class="pw-timeline__date">
        {deadline.kind === 'no-fixed-period'
          ? t('deadlines.ui.timeline.noDate')
          : t('deadlines.ui.timeline.noDateYet')}
      </p>
    )
  }
  const key =
    deadline.kind === 'earliest'
      ? 'deadlines.ui.timeline.earliest'
      : deadline.kind === 'threshold'
        ? 'deadlines.ui.timeline.threshold'
        : 'deadlines.ui.timeline.due'
  return (
    <p class="pw-timeline__date">
      <time dateTime={deadline.due}>{t(key, { date: date(deadline.due) })}</time>
    </p>
  )
}

function DeadlineItem({
  child,
  deadline,
  eventsById,
  editable,
}: {
  child: Child
  deadline: Deadline
  eventsById: ReadonlyMap<string, ChildEvent>
  editable: boolean
}) {
  const { t, date } = useUi()
  const message = useMessage()
  const title = message(deadline.title)
  const eventText = (id: string | null, key: string) => {
    const event = id === null ? undefined : eventsById.get(id)
    return event ? t(key, { event: t(`eventTypes.${event.type}.label`), date: date(event.date) }) : null
  }
  const started =
    deadline.trigger === BIRTH_TRIGGER
      ? t('deadlines.ui.timeline.startedByBirth')
      : eventText(deadline.trigger, 'deadlines.ui.timeline.startedBy')
  const met = eventText(deadline.metBy, 'deadlines.ui.timeline.metBy')
  const superseded = eventText(deadline.supersededBy, 'deadlines.ui.timeline.supersededBy')
  const meets = meetingEventType(deadline)
  const place =
    deadline.jurisdiction === 'US'
      ? t('deadlines.authority.federal')
      : t(`deadlines.states.${deadline.jurisdiction}`)
  return (
    <li class="pw-card pw-deadline" id={`deadline-${deadline.rule}-${deadline.trigger}`}>
      <h3 class="pw-card__title">{title}</h3>
      <p>
        <StatusTag status={deadline.status} />
      </p>
      <DueLine deadline={deadline} />
      <p>{message({ key: `deadlines.rules.${deadline.rule}.what` })}</p>
      {deadline.count ? <p>{t('deadlines.ui.timeline.count', deadline.count)}</p> : null}
      {started ? <p class="pw-secondary">{started}</p> : null}
      {met ? (
        <p class="pw-secondary">
          {met}{' '}
          {deadline.daysLate === null
            ? null
            : deadline.daysLate === 0
              ? t('deadlines.ui.timeline.metOnTime')
              : deadline.daysLate === 1
                ? t('deadlines.ui.timeline.metLateOne')
                : t('deadlines.ui.timeline.metLate', { days: deadline.daysLate })}
        </p>
      ) : null}
      {superseded ? <p class="pw-secondary">{superseded}</p> : null}
      <Details summary={t('deadlines.ui.timeline.why')}>
        <ol>
          {deadline.explanation.map((step, index) => (
            <li key={index}>{message(step)}</li>
          ))}
        </ol>
        <p>{t('deadlines.ui.timeline.citation', { citation: deadline.citation })}</p>
        <p>{t('deadlines.ui.timeline.whoseRule', { place })}</p>
        <p>
          {t('deadlines.ui.timeline.confidenceNote', {
            confidence: t(`deadlines.confidence.${deadline.confidence}`),
          })}
        </p>
      </Details>
      {editable && OPEN.includes(deadline.status) && meets && isEventType(meets) ? (
        <p>
          <a href={paths.newEvent(child.id, meets)}>
            {t('deadlines.ui.timeline.addMeeting', { event: t(`eventTypes.${meets}.label`) })}
          </a>
        </p>
      ) : null}
    </li>
  )
}

/** The child's deadlines: overdue first, each with "why this date" that opens without scripts. */
export function DeadlinesPage({
  view,
  meetingTasks,
  filter,
  deadlines,
}: {
  view: DeadlinesPageView
  /** Tasks recorded after the child's meetings. */
  meetingTasks: readonly FollowUpItem[]
  filter: DeadlineFilter
  deadlines: readonly Deadline[]
}) {
  const { t, date } = useUi()
  const { child, followUps, calendarLinks } = view
  const name = displayName(child)
  const editable = child.archivedAt === null
  const eventsById = new Map(view.events.map((event) => [event.id, event]))
  const count = (status: DeadlineStatus) => view.deadlines.filter((d) => d.status === status).length
  const shown = deadlines.filter((deadline) => matches(filter, deadline.status))
  // Dates the family did not know at setup (or never added) that would date more deadlines.
  const sharpen = datesThatWouldSharpen(new Set(view.events.map((event) => event.type)))
  return (
    <Page
      title={t('deadlines.ui.timeline.title')}
      caption={name}
      back={{ href: paths.child(child.id), label: name }}
    >
      <RecordNav child={child} current="deadlines" />
      <p class="pw-lead">{t('deadlines.ui.timeline.intro', { name })}</p>
      <p>
        {view.jurisdiction === 'US'
          ? t('deadlines.ui.timeline.federalOnly', { state: child.state })
          : t('deadlines.ui.timeline.rulesOf', { place: t(`deadlines.states.${view.jurisdiction}`) })}
      </p>
      {view.problems.length > 0 ? <CalendarNeeded child={child} problems={view.problems} /> : null}
      {editable && view.mayEdit && view.events.length === 0 ? (
        <div class="pw-inset">
          <p>{t('deadlines.ui.setup.prompt')}</p>
          <ButtonLink href={paths.startingPoint(child.id)}>{t('deadlines.ui.setup.promptLink')}</ButtonLink>
        </div>
      ) : null}
      {sharpen.length > 0 ? (
        <div class="pw-inset">
          <h2>{t('deadlines.ui.setup.sharpen.title')}</h2>
          <ul>
            {sharpen.map((date) => (
              <li key={date}>{t(`deadlines.ui.setup.sharpen.${date}`)}</li>
            ))}
          </ul>
          {editable && view.mayEdit ? (
            <p>
              <a href={paths.newEvent(child.id)}>{t('deadlines.ui.setup.sharpen.add')}</a>
            </p>
          ) : null}
        </div>
      ) : null}
      <p>
        <strong>
          {t('deadlines.ui.timeline.counts', {
            overdue: count('overdue'),
            dueSoon: count('due-soon'),
            upcoming: count('upcoming'),
          })}
        </strong>
      </p>
      {editable ? (
        <ButtonLink href={paths.newEvent(child.id)} variant="secondary">
          {t('deadlines.ui.timeline.addEvent')}
        </ButtonLink>
      ) : null}
      <form method="get" action={paths.childDeadlines(child.id)} class="pw-search-form">
        <Select
          name="show"
          label={t('deadlines.ui.timeline.filterLabel')}
          value={filter}
          options={DEADLINE_FILTERS.map((value) => ({
            value,
            label: t(`deadlines.ui.timeline.filters.${value}`),
          }))}
        />
        <button type="submit" class="pw-button pw-button--secondary">
          {t('deadlines.ui.timeline.filterSubmit')}
        </button>
      </form>
      <h2>{t('deadlines.ui.timeline.listTitle')}</h2>
      {view.deadlines.length === 0 ? (
        <p>{t('deadlines.ui.timeline.none')}</p>
      ) : shown.length === 0 ? (
        <p>{t('deadlines.ui.timeline.noneShown')}</p>
      ) : (
        <ol class="pw-card-list" aria-label={t('deadlines.ui.timeline.listTitle')}>
          {shown.map((deadline) => (
            <DeadlineItem
              key={`${deadline.rule}:${deadline.trigger}`}
              child={child}
              deadline={deadline}
              eventsById={eventsById}
              editable={editable}
            />
          ))}
        </ol>
      )}
      {followUps.length > 0 ? (
        <>
          <h2>{t('deadlines.ui.timeline.followUpsTitle')}</h2>
          <p>{t('deadlines.ui.timeline.followUpsIntro')}</p>
          <ul class="pw-card-list">
            {followUps.map((followUp) => (
              <li class="pw-card" key={followUp.communicationId}>
                <h3 class="pw-card__title">{followUp.subject}</h3>
                <p>
                  {followUp.done ? (
                    <Tag tone="green">{t('deadlines.ui.timeline.followUpDone')}</Tag>
                  ) : (
                    <time dateTime={followUp.dueOn}>
                      {t('deadlines.ui.timeline.followUpDue', { date: date(followUp.dueOn) })}
                    </time>
                  )}
                </p>
                {followUp.note ? <p>{followUp.note}</p> : null}
                <p>
                  <a href={paths.communication(child.id, followUp.communicationId)}>
                    {t('deadlines.ui.timeline.followUpOpen')}
                    <span class="pw-visually-hidden">: {followUp.subject}</span>
                  </a>
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {meetingTasks.length > 0 ? <MeetingTasks child={child} followUps={meetingTasks} /> : null}
      <h2>{t('deadlines.ui.timeline.schoolCalendar')}</h2>
      <p>{t('deadlines.ui.timeline.schoolYearsCount', { count: view.schoolYears.length })}</p>
      <p>
        <a href={paths.schoolCalendar(child.id)}>{t('deadlines.ui.timeline.calendarLink')}</a>
      </p>
      <h2>{t('deadlines.ui.timeline.calendarTitle')}</h2>
      <p>
        <a href={paths.childDeadlinesIcs(child.id)} download>
          {t('deadlines.ui.timeline.download')}
        </a>
      </p>
      <p class="pw-hint">{t('deadlines.ui.timeline.downloadHint')}</p>
      {calendarLinks && editable ? <CalendarLinks child={child} links={calendarLinks} /> : null}
      <p>
        <a href={paths.personFeeds()}>{t('deadlines.ui.personFeed.link')}</a>
      </p>
      <p>
        <a href={paths.reminderSettings()}>{t('deadlines.ui.timeline.remindersLink')}</a>
      </p>
    </Page>
  )
}

/** Private subscription links for calendar apps: make one, see which work, stop one. */
function CalendarLinks({ child, links }: { child: Child; links: readonly AccessLink[] }) {
  const { t, instant } = useUi()
  return (
    <>
      <h3>{t('deadlines.ui.feed.subscribeTitle')}</h3>
      <p>{t('deadlines.ui.feed.subscribeIntro')}</p>
      <PostForm action={paths.calendarLinks(child.id)}>
        <Button variant="secondary">{t('deadlines.ui.feed.make')}</Button>
      </PostForm>
      {links.length > 0 ? (
        <>
          <h4>{t('deadlines.ui.feed.linksTitle')}</h4>
          <ul class="pw-card-list">
            {links.map((link) => (
              <li class="pw-card" key={link.id}>
                <p class="pw-card__title">{link.label}</p>
                <p class="pw-secondary">{t('deadlines.ui.feed.made', { date: instant(link.createdAt) })}</p>
                <PostForm action={paths.revokeCalendarLink(child.id, link.id)}>
                  <Button variant="warning">
                    {t('deadlines.ui.feed.revoke')}
                    <span class="pw-visually-hidden">: {link.label}</span>
                  </Button>
                </PostForm>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  )
}

/** Shown once, right after the link is made: the token is never stored in a readable form. */
export function NewCalendarLinkPage({ child, url }: { child: Child; url: string }) {
  const { t } = useUi()
  return (
    <Page
      title={t('deadlines.ui.feed.newTitle')}
      caption={displayName(child)}
      back={{ href: paths.childDeadlines(child.id), label: t('deadlines.ui.feed.back') }}
      width="narrow"
    >
      <p>{t('deadlines.ui.feed.newIntro')}</p>
      <div class="pw-form-group">
        <label class="pw-label" for="feed-url">
          {t('deadlines.ui.feed.newLabel')}
        </label>
        <input class="pw-input" id="feed-url" type="text" readOnly value={url} />
      </div>
      <Warning>{t('deadlines.ui.feed.newWarning')}</Warning>
      <p>
        <a href={paths.childDeadlines(child.id)}>{t('deadlines.ui.feed.back')}</a>
      </p>
    </Page>
  )
}

function CalendarNeeded({ child, problems }: { child: Child; problems: readonly Problem[] }) {
  const { t, date } = useUi()
  // Engine problems name a rule by id and a date as YYYY-MM-DD: show the rule's title and the date in words.
  const lines = new Set(
    problems.map((p) => {
      const params: Record<string, string | number> = { ...p.params }
      if (typeof params.rule === 'string') params.rule = t(`deadlines.rules.${params.rule}.title`)
      if (typeof params.date === 'string') params.date = date(params.date as LocalDate)
      return t(p.message, params)
    }),
  )
  return (
    <Warning>
      <strong>{t('deadlines.ui.timeline.calendarNeededTitle')}</strong>
      <ul>
        {[...lines].map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <a href={paths.schoolCalendar(child.id)}>{t('deadlines.ui.timeline.calendarLink')}</a>
    </Warning>
  )
}

/** The home dashboard's deadlines: overdue, due in the next 30 days, done lately, across children. */
export function DeadlinesDashboardSection({ dashboard }: { dashboard: DeadlinesDashboard }) {
  const { t, date } = useUi()
  const message = useMessage()
  const list = (items: DeadlinesDashboard['overdue'], which: 'overdue' | 'dueSoon' | 'recentlyMet') =>
    items.length === 0 ? null : (
      <>
        <h3>{t(`deadlines.ui.dashboard.${which}`)}</h3>
        <ul class="pw-card-list">
          {items.map(({ child, deadline }) => {
            const on = which === 'recentlyMet' ? deadline.metOn : deadline.due
            return (
              <li class="pw-card" key={`${child.id}:${deadline.rule}:${deadline.trigger}`}>
                <p class="pw-card__title">
                  <a href={`${paths.childDeadlines(child.id)}#deadline-${deadline.rule}-${deadline.trigger}`}>
                    {t('deadlines.ui.dashboard.item', {
                      title: message(deadline.title),
                      name: displayName(child),
                    })}
                  </a>
                </p>
                {on ? (
                  <p class="pw-secondary">
                    <time dateTime={on}>{date(on as LocalDate)}</time>
                  </p>
                ) : null}
              </li>
            )
          })}
        </ul>
      </>
    )
  return (
    <section aria-labelledby="deadlines-dashboard-title">
      <h2 id="deadlines-dashboard-title">{t('deadlines.ui.dashboard.title')}</h2>
      <p>
        <strong>
          {t('deadlines.ui.dashboard.counts', {
            overdue: dashboard.overdue.length,
            dueSoon: dashboard.dueSoon.length,
          })}
        </strong>
      </p>
      {dashboard.overdue.length === 0 && dashboard.dueSoon.length === 0 ? (
        <p>{t('deadlines.ui.dashboard.nothing')}</p>
      ) : null}
      {list(dashboard.overdue, 'overdue')}
      {list(dashboard.dueSoon, 'dueSoon')}
      {list(dashboard.recentlyMet, 'recentlyMet')}
    </section>
  )
}

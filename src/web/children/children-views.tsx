import { type Child, displayName } from '../../domain/children/child.ts'
import type { ChildEvent } from '../../domain/children/event.ts'
import type { LocalDate } from '../../domain/dates/local-date.ts'
import { EVENT_GROUPS, eventTypesByGroup } from '../../domain/events/event-types.ts'
import type { Problem } from '../../domain/problems.ts'
import { paths } from '../../paths.ts'
import { screenerAnswersOf } from '../../services/screener/save-screener-result.ts'
import { Warning } from '../layout/banner.tsx'
import { ConfirmDeletePage } from '../layout/confirm-delete.tsx'
import { Details } from '../layout/content.tsx'
import { DateInput, Select, Textarea } from '../layout/fields.tsx'
import { Button, ButtonGroup, ButtonLink, PostForm } from '../layout/form.tsx'
import { Page } from '../layout/page.tsx'
import { ChildPrivacySection } from '../privacy/portability-views.tsx'
import { RecordSection } from '../records/record-nav.tsx'
import { useUi } from '../ui.ts'
import { ChildSummary } from './child-summary.tsx'

export function ChildrenListPage({ children, archived }: { children: readonly Child[]; archived: boolean }) {
  const { t, date } = useUi()
  return (
    <Page title={archived ? t('children.list.archivedTitle') : t('children.list.title')}>
      {!archived ? <ButtonLink href={paths.newChild()}>{t('children.list.add')}</ButtonLink> : null}
      {children.length === 0 ? (
        <p>{archived ? t('children.list.noArchived') : t('children.list.empty')}</p>
      ) : (
        <ul class="pw-card-list">
          {children.map((child) => (
            <li class="pw-card" key={child.id}>
              <h2 class="pw-card__title">
                <a href={paths.child(child.id)}>{displayName(child)}</a>
              </h2>
              <p class="pw-secondary">
                {t('children.list.born', { date: date(child.dateOfBirth) })}
                {child.school ? ` · ${child.school}` : ''}
              </p>
            </li>
          ))}
        </ul>
      )}
      <p>
        {archived ? (
          <a href={paths.children()}>{t('children.list.showActive')}</a>
        ) : (
          <a href={paths.archivedChildren()}>{t('children.list.showArchived')}</a>
        )}
      </p>
    </Page>
  )
}

/** A child's record: who they are, then the timeline of events, newest first. */
export function ChildPage({
  child,
  events,
  today,
}: {
  child: Child
  events: readonly ChildEvent[]
  today: LocalDate
}) {
  const { t, date } = useUi()
  const archived = child.archivedAt !== null
  return (
    <Page
      title={displayName(child)}
      caption={t('children.view.caption')}
      back={{ href: paths.children(), label: t('children.view.backToList') }}
    >
      {archived ? <Warning>{t('children.view.archivedNotice')}</Warning> : null}
      <h2>{t('plans.ui.childSection.title')}</h2>
      <p>{t('plans.ui.childSection.intro')}</p>
      <p>
        <a href={paths.childPlans(child.id)}>{t('plans.ui.childSection.link')}</a>
      </p>
      <h2>{t('children.view.timelineTitle')}</h2>
      <p>{t('children.view.timelineIntro')}</p>
      {!archived ? <ButtonLink href={paths.newEvent(child.id)}>{t('events.add')}</ButtonLink> : null}
      {events.length === 0 ? (
        <p>{t('children.view.noEvents')}</p>
      ) : (
        <ol class="pw-timeline" aria-label={t('children.view.timelineTitle')}>
          {events.map((event) => (
            <li class="pw-timeline__item" key={event.id}>
              <p class="pw-timeline__date">
                <time dateTime={event.date}>{date(event.date)}</time>
              </p>
              <h3 class="pw-timeline__title">{t(`eventTypes.${event.type}.label`)}</h3>
              {event.note ? <p>{event.note}</p> : null}
              {screenerAnswersOf(event) ? (
                <p>
                  <a href={paths.savedScreenerResult(child.id, event.id)}>
                    {t('screenerPages.saved.timelineLink')}
                    <span class="pw-visually-hidden">
                      {' '}
                      {t(`eventTypes.${event.type}.label`)}, {date(event.date)}
                    </span>
                  </a>
                </p>
              ) : null}
              {typeof event.details?.planId === 'string' ? (
                <p class="pw-timeline__actions">
                  <a href={paths.plan(child.id, event.details.planId)}>
                    {t('plans.ui.childSection.fromPlan')}
                  </a>
                </p>
              ) : !archived ? (
                <p class="pw-timeline__actions">
                  <a href={paths.editEvent(child.id, event.id)}>
                    {t('common.edit')}
                    <span class="pw-visually-hidden"> {t(`eventTypes.${event.type}.label`)}</span>
                  </a>
                  <a href={paths.deleteEvent(child.id, event.id)}>
                    {t('common.delete')}
                    <span class="pw-visually-hidden"> {t(`eventTypes.${event.type}.label`)}</span>
                  </a>
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      <RecordSection child={child} />
      <h2>{t('children.view.detailsTitle')}</h2>
      <ChildSummary child={child} editable={!archived} today={today} />
      <Details summary={archived ? t('children.view.restoreSummary') : t('children.view.archiveSummary')}>
        <p>{archived ? t('children.view.restoreExplain') : t('children.view.archiveExplain')}</p>
        <PostForm action={archived ? paths.restoreChild(child.id) : paths.archiveChild(child.id)}>
          <Button variant="secondary">
            {archived ? t('children.view.restore') : t('children.view.archive')}
          </Button>
        </PostForm>
      </Details>
      <ChildPrivacySection child={child} />
    </Page>
  )
}

export const EVENT_FIELDS = ['type', 'date', 'note'] as const
export type EventFormValues = Readonly<Record<(typeof EVENT_FIELDS)[number], string>>

export function EventFormPage({
  child,
  mode,
  values,
  problems = [],
  eventId,
}: {
  child: Child
  mode: 'new' | 'edit'
  values: EventFormValues
  problems?: readonly Problem[]
  eventId?: string
}) {
  const { t } = useUi()
  const byGroup = eventTypesByGroup()
  const action = mode === 'edit' && eventId ? paths.editEvent(child.id, eventId) : paths.newEvent(child.id)
  return (
    <Page
      title={mode === 'new' ? t('events.form.newTitle') : t('events.form.editTitle')}
      caption={displayName(child)}
      problems={problems}
      back={{ href: paths.child(child.id) }}
      width="narrow"
    >
      <PostForm action={action}>
        <Select
          name="type"
          label={t('events.fields.type')}
          hint={t('events.fields.typeHint')}
          value={values.type}
          placeholder={t('children.fields.choose')}
          groups={EVENT_GROUPS.map((group) => ({
            label: t(`eventTypes.groups.${group}`),
            options: (byGroup.get(group) ?? []).map((type) => ({
              value: type,
              label: t(`eventTypes.${type}.label`),
            })),
          }))}
          problems={problems}
        />
        <DateInput
          name="date"
          label={t('events.fields.date')}
          hint={t('events.fields.dateHint')}
          value={values.date}
          problems={problems}
        />
        <Textarea
          name="note"
          label={`${t('events.fields.note')} ${t('common.optional')}`}
          hint={t('events.fields.noteHint')}
          value={values.note}
          rows={3}
          problems={problems}
        />
        <ButtonGroup>
          <Button>{mode === 'new' ? t('events.form.addSubmit') : t('common.saveChanges')}</Button>
          <a href={paths.child(child.id)}>{t('common.cancel')}</a>
        </ButtonGroup>
      </PostForm>
    </Page>
  )
}

export function DeleteEventPage({ child, event }: { child: Child; event: ChildEvent }) {
  const { t, date } = useUi()
  return (
    <ConfirmDeletePage
      title={t('events.delete.title')}
      caption={displayName(child)}
      question={t('events.delete.confirm', {
        event: t(`eventTypes.${event.type}.label`),
        date: date(event.date),
      })}
      warning={t('events.delete.warning')}
      submit={t('events.delete.submit')}
      action={paths.deleteEvent(child.id, event.id)}
      cancelHref={paths.child(child.id)}
    />
  )
}

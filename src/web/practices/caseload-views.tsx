import { type Child, displayName } from '../../domain/children/child.ts'
import type { LocalDate } from '../../domain/dates/local-date.ts'
import type { Problem } from '../../domain/problems.ts'
import { renderMessage } from '../../i18n/i18n.ts'
import { paths } from '../../paths.ts'
import {
  CASELOAD_CONCERNS,
  CASELOAD_SORTS,
  CASELOAD_STATUSES,
  type Caseload,
  type CaseloadFilters,
} from '../../services/practices/caseload.ts'
import type { DetachedNote, PracticeFamily, TaskForm } from '../../services/practices/notes-and-tasks.ts'
import type { PracticeMemberRow } from '../../storage/practices-store.ts'
import { Table, Tag } from '../layout/content.tsx'
import { DateInput, Select, Textarea, TextInput } from '../layout/fields.tsx'
import { Button, PostForm } from '../layout/form.tsx'
import { Page } from '../layout/page.tsx'
import { useUi } from '../ui.ts'
import { PracticeNav } from './practice-views.tsx'

function filterParams(filters: CaseloadFilters): Record<string, string | number | undefined> {
  return {
    advocate: filters.advocate,
    state: filters.state,
    status: filters.status,
    concern: filters.concern,
    dueFrom: filters.dueFrom,
    dueTo: filters.dueTo,
    sort: filters.sort === 'next-due' ? undefined : filters.sort,
  }
}

const SORT_KEYS = {
  'next-due': 'sortNextDue',
  name: 'sortName',
  overdue: 'sortOverdue',
  'next-meeting': 'sortNextMeeting',
  'open-disputes': 'sortOpenDisputes',
  'goals-not-on-track': 'sortGoalsNotOnTrack',
  'services-under-delivered': 'sortServicesUnderDelivered',
} as const

/** A count that needs a look stands out; zero stays plain. */
function countTag(count: number, tone: 'red' | 'yellow') {
  return count > 0 ? <Tag tone={tone}>{count}</Tag> : '0'
}

export function CaseloadPage({
  caseload,
  filters,
  detachedNotes = [],
}: {
  caseload: Caseload
  filters: CaseloadFilters
  detachedNotes?: readonly DetachedNote[]
}) {
  const ui = useUi()
  const { t } = ui
  const names = new Map(caseload.advocates.map((a) => [a.userId, a.name]))
  const params = filterParams(filters)
  const first = caseload.total === 0 ? 0 : (caseload.page - 1) * 25 + 1
  const last = Math.min(caseload.page * 25, caseload.total)
  return (
    <Page title={t('advocates.caseload.title')}>
      <PracticeNav />
      <p>{t('advocates.caseload.lead')}</p>
      <form method="get" action={paths.caseload()} class="pw-filter-form">
        <h2 class="pw-heading-s">{t('advocates.caseload.filtersHeading')}</h2>
        <Select
          name="advocate"
          label={t('advocates.caseload.advocate')}
          value={filters.advocate ?? ''}
          placeholder={t('advocates.caseload.anyAdvocate')}
          options={caseload.advocates.map((a) => ({ value: a.userId, label: a.name }))}
        />
        <Select
          name="state"
          label={t('advocates.caseload.state')}
          value={filters.state ?? ''}
          placeholder={t('advocates.caseload.anyState')}
          options={caseload.states.map((s) => ({ value: s, label: s }))}
        />
        <Select
          name="status"
          label={t('advocates.caseload.status')}
          value={filters.status ?? ''}
          placeholder={t('advocates.caseload.anyStatus')}
          options={CASELOAD_STATUSES.map((s) => ({ value: s, label: t(`advocates.caseload.statuses.${s}`) }))}
        />
        <Select
          name="concern"
          label={t('advocates.caseload.concern')}
          value={filters.concern ?? ''}
          placeholder={t('advocates.caseload.anyConcern')}
          options={CASELOAD_CONCERNS.map((c) => ({ value: c, label: t(`advocates.caseload.concerns.${c}`) }))}
        />
        <DateInput name="dueFrom" label={t('advocates.caseload.dueFrom')} value={filters.dueFrom ?? ''} />
        <DateInput name="dueTo" label={t('advocates.caseload.dueTo')} value={filters.dueTo ?? ''} />
        <Select
          name="sort"
          label={t('advocates.caseload.sort')}
          value={filters.sort}
          options={CASELOAD_SORTS.map((s) => ({ value: s, label: t(`advocates.caseload.${SORT_KEYS[s]}`) }))}
        />
        <Button variant="secondary">{t('advocates.caseload.apply')}</Button>
      </form>
      <p>
        <a href={paths.caseloadCsv(params)} download>
          {t('advocates.caseload.csv')}
        </a>
      </p>
      {caseload.total === 0 ? (
        <p>{t('advocates.caseload.empty')}</p>
      ) : (
        <>
          <p>{t('advocates.caseload.shownCount', { from: first, to: last, total: caseload.total })}</p>
          <Table
            caption={t('advocates.caseload.caption')}
            captionHidden
            regionId="caseload-caption"
            head={[
              t('advocates.caseload.child'),
              t('advocates.caseload.childState'),
              t('advocates.caseload.advocate'),
              t('advocates.caseload.overdue'),
              t('advocates.caseload.dueSoon'),
              t('advocates.caseload.nextDeadline'),
              t('advocates.caseload.nextCall'),
              t('advocates.caseload.nextMeeting'),
              t('advocates.caseload.openDisputes'),
              t('advocates.caseload.goalsNotOnTrack'),
              t('advocates.caseload.servicesUnderDelivered'),
            ]}
            numeric={[3, 4, 8, 9, 10]}
            rows={caseload.rows.map((row) => [
              <a href={paths.practiceFamily(row.childId)} key="name">
                {row.name}
              </a>,
              row.state,
              row.advocateUserIds.map((id) => names.get(id) ?? '').join(', ') || t('advocates.caseload.none'),
              countTag(row.overdue, 'red'),
              countTag(row.dueSoon, 'yellow'),
              row.nextDeadline
                ? `${row.nextDeadline.title}: ${ui.shortDate(row.nextDeadline.due)}`
                : t('advocates.caseload.none'),
              row.nextCallAt ? ui.instant(row.nextCallAt) : t('advocates.caseload.none'),
              row.nextMeetingOn ? ui.shortDate(row.nextMeetingOn) : t('advocates.caseload.none'),
              countTag(row.openDisputes, 'yellow'),
              countTag(row.goalsNotOnTrack, 'red'),
              countTag(row.servicesUnderDelivered, 'red'),
            ])}
          />
          {caseload.pages > 1 ? (
            <nav class="pw-pagination" aria-label={t('advocates.caseload.pagination')}>
              <ul class="pw-pagination__list">
                {caseload.page > 1 ? (
                  <li>
                    <a href={paths.caseload({ ...params, page: caseload.page - 1 })}>
                      {t('advocates.caseload.previous')}
                    </a>
                  </li>
                ) : null}
                {caseload.page < caseload.pages ? (
                  <li>
                    <a href={paths.caseload({ ...params, page: caseload.page + 1 })}>
                      {t('advocates.caseload.next')}
                    </a>
                  </li>
                ) : null}
              </ul>
            </nav>
          ) : null}
        </>
      )}
      {detachedNotes.length > 0 ? <DetachedNotes notes={detachedNotes} /> : null}
    </Page>
  )
}

/** Notes the practice keeps after a family deleted the record (a details element: works without JavaScript). */
function DetachedNotes({ notes }: { notes: readonly DetachedNote[] }) {
  const ui = useUi()
  const { t } = ui
  return (
    <>
      <h2 class="pw-heading-m">{t('advocates.detached.notesHeading')}</h2>
      <p>{t('advocates.detached.notesLead')}</p>
      <details class="pw-details">
        <summary class="pw-details__summary">
          {t('advocates.detached.showNotes', { count: notes.length })}
        </summary>
        {notes.map((n) => (
          <div class="pw-note" key={n.id}>
            <p class="pw-hint">
              {t('advocates.family.byOn', { author: n.author_name ?? '', when: ui.instant(n.created_at) })}
              {n.child_detached_at
                ? ` · ${t('advocates.detached.deletedOn', { when: ui.instant(n.child_detached_at) })}`
                : ''}
            </p>
            <p class="pw-preserve-lines">{n.body}</p>
          </div>
        ))}
      </details>
    </>
  )
}

export function PracticeFamilyPage({
  family,
  note,
  problems = [],
}: {
  family: PracticeFamily
  note: string
  problems?: readonly Problem[]
}) {
  const ui = useUi()
  const { t } = ui
  return (
    <Page title={displayName(family.child)} problems={problems} back={{ href: paths.caseload() }}>
      <PracticeNav />
      <p>
        <a href={paths.child(family.child.id)}>{t('advocates.family.openRecord')}</a>
      </p>
      <h2 class="pw-heading-m">{t('advocates.family.deadlinesHeading')}</h2>
      {family.deadlines.length === 0 ? (
        <p>{t('advocates.family.noDeadlines')}</p>
      ) : (
        <ul class="pw-list">
          {family.deadlines.slice(0, 10).map((d) => (
            <li key={`${d.rule}-${d.trigger}`}>
              {renderMessage(ui.lang, d.title)}: {d.due ? ui.date(d.due) : ''}
              {d.status === 'overdue' ? (
                <>
                  {' '}
                  <Tag tone="red">{t('advocates.caseload.overdue')}</Tag>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <h2 class="pw-heading-m">{t('advocates.family.notesHeading')}</h2>
      {family.notes.length === 0 ? <p>{t('advocates.family.noNotes')}</p> : null}
      {family.notes.map((n) => (
        <div class="pw-note" key={n.id}>
          <p class="pw-hint">
            {t('advocates.family.byOn', { author: n.author_name ?? '', when: ui.instant(n.created_at) })}
          </p>
          <p class="pw-preserve-lines">{n.body}</p>
        </div>
      ))}
      <PostForm action={paths.practiceNotes(family.child.id)}>
        <Textarea
          name="note"
          label={t('advocates.family.note')}
          hint={t('advocates.family.noteHint')}
          value={note}
          problems={problems}
        />
        <Button>{t('advocates.family.addNote')}</Button>
      </PostForm>
    </Page>
  )
}

export function TasksPage({
  tasks,
  members,
  children,
  values,
  currentUserId,
  problems = [],
}: {
  tasks: readonly {
    id: string
    title: string
    due_on: string | null
    assignee_name: string | null
    child_id: string | null
    child_detached_at: string | null
    child_legal_name: string | null
    child_preferred_name: string | null
  }[]
  members: readonly PracticeMemberRow[]
  children: readonly Child[]
  values: TaskForm
  currentUserId: string
  problems?: readonly Problem[]
}) {
  const ui = useUi()
  const { t } = ui
  return (
    <Page title={t('advocates.tasks.title')} problems={problems}>
      <PracticeNav />
      <h2 class="pw-heading-m">{t('advocates.tasks.openHeading')}</h2>
      {tasks.length === 0 ? (
        <p>{t('advocates.tasks.none')}</p>
      ) : (
        <Table
          caption={t('advocates.tasks.caption')}
          captionHidden
          head={[
            t('advocates.tasks.taskTitle'),
            t('advocates.tasks.due'),
            t('advocates.tasks.assignee'),
            t('advocates.caseload.child'),
            '',
          ]}
          rows={tasks.map((task) => [
            task.title,
            task.due_on ? ui.shortDate(task.due_on as LocalDate) : '',
            task.assignee_name ?? '',
            task.child_detached_at
              ? t('advocates.detached.child')
              : task.child_legal_name
                ? (task.child_preferred_name ?? task.child_legal_name)
                : '',
            <PostForm action={paths.practiceTaskDone(task.id)} key="done">
              <button type="submit" class="pw-button pw-button--secondary">
                {t('advocates.tasks.done')}
                <span class="pw-visually-hidden"> {task.title}</span>
              </button>
            </PostForm>,
          ])}
        />
      )}
      <h2 class="pw-heading-m">{t('advocates.tasks.addHeading')}</h2>
      <PostForm action={paths.practiceTasks()}>
        <TextInput
          name="title"
          label={t('advocates.tasks.taskTitle')}
          value={values.title}
          problems={problems}
        />
        <DateInput name="dueOn" label={t('advocates.tasks.dueOn')} value={values.dueOn} problems={problems} />
        <Select
          name="assigneeId"
          label={t('advocates.tasks.assignee')}
          value={values.assigneeId || currentUserId}
          options={members.map((m) => ({ value: m.userId, label: m.name }))}
          problems={problems}
        />
        <Select
          name="childId"
          label={t('advocates.tasks.child')}
          value={values.childId}
          placeholder={t('advocates.tasks.noChild')}
          options={children.map((c) => ({ value: c.id, label: displayName(c) }))}
          problems={problems}
        />
        <Button>{t('advocates.tasks.add')}</Button>
      </PostForm>
    </Page>
  )
}

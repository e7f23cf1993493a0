import { type Child, displayName } from '../../domain/children/child.ts'
import type { ChildEvent } from '../../domain/children/event.ts'
import type { LocalDate } from '../../domain/dates/local-date.ts'
import type { Deadline } from '../../domain/deadlines/deadline.ts'
import { MEETING_KINDS, type Meeting, PARTICIPANT_ROLES } from '../../domain/meetings/meeting.ts'
import { isIepTeamMeeting, type TeamFinding } from '../../domain/meetings/team-check.ts'
import type { Problem } from '../../domain/problems.ts'
import { renderMessage } from '../../i18n/i18n.ts'
import { paths } from '../../paths.ts'
import {
  goalProgressText,
  type RecordEvidence,
  renderSuggestion,
  type Suggestion,
} from '../../services/meetings/meeting-evidence.ts'
import type { FollowUpItem } from '../../services/meetings/meetings.ts'
import { MEETING_TIME_ZONES, timeZoneLabelKey } from '../../services/meetings/time-zones.ts'
import { Warning } from '../layout/banner.tsx'
import { Details, SummaryList, Table, Tag } from '../layout/content.tsx'
import { Choices, DateInput, Select, Textarea, TextInput } from '../layout/fields.tsx'
import { Button, ButtonGroup, ButtonLink, PostForm } from '../layout/form.tsx'
import { Page } from '../layout/page.tsx'
import { RecordNav } from '../records/record-nav.tsx'
import { type Ui, useUi } from '../ui.ts'
import { MeetingTasks } from './meeting-tasks.tsx'

export type FormValues = Readonly<Record<string, string>>

function zoneLabel(t: Ui['t'], zone: string): string {
  return t(timeZoneLabelKey(zone), { zone })
}

function kindLabel(t: Ui['t'], meeting: Pick<Meeting, 'kind'>): string {
  return t(`meetings.kinds.${meeting.kind}`)
}

// ── the list ───────────────────────────────────────────────────────────────────────────────────

export function MeetingsListPage({
  child,
  meetings,
  followUps,
  today,
}: {
  child: Child
  meetings: readonly Meeting[]
  followUps: readonly FollowUpItem[]
  today: LocalDate
}) {
  const { t, shortDate } = useUi()
  const name = displayName(child)
  const upcoming = meetings.filter((m) => !m.outcome && m.date >= today)
  const past = meetings.filter((m) => m.outcome || m.date < today).reverse()
  const table = (list: readonly Meeting[], caption: string) =>
    list.length === 0 ? (
      <p>{t('meetings.list.empty')}</p>
    ) : (
      <Table
        caption={caption}
        captionHidden
        head={[t('meetings.list.headKind'), t('meetings.list.headWhen'), t('meetings.list.headStatus')]}
        rows={list.map((m) => [
          <a href={paths.meeting(child.id, m.id)} key="kind">
            {kindLabel(t, m)}
          </a>,
          `${shortDate(m.date)} ${m.startTime}`,
          m.outcome ? (
            <Tag tone="green">{t('meetings.list.held', { date: shortDate(m.outcome.heldOn) })}</Tag>
          ) : (
            <Tag tone="blue">{t('meetings.list.planned')}</Tag>
          ),
        ])}
      />
    )
  return (
    <Page title={t('meetings.list.title')} caption={name} back={{ href: paths.child(child.id), label: name }}>
      <RecordNav child={child} current="meetings" />
      <p>{t('meetings.list.intro')}</p>
      {child.archivedAt === null ? (
        <ButtonLink href={paths.newMeeting(child.id)}>{t('meetings.list.add')}</ButtonLink>
      ) : null}
      <h2>{t('meetings.list.upcoming')}</h2>
      {table(upcoming, t('meetings.list.upcoming'))}
      <h2>{t('meetings.list.past')}</h2>
      {table(past, t('meetings.list.past'))}
      <MeetingTasks child={child} followUps={followUps} />
      <p>
        <a href={paths.disputes(child.id)}>{t('meetings.list.disputes')}</a>
      </p>
    </Page>
  )
}

// ── adding and changing a meeting ─────────────────────────────────────────────────────────────

/** Form values for a saved meeting. */
export function meetingValues(meeting: Meeting): FormValues {
  const values: Record<string, string> = {
    kind: meeting.kind,
    date: meeting.date,
    startTime: meeting.startTime,
    durationMinutes: String(meeting.durationMinutes),
    timeZone: meeting.timeZone,
    place: meeting.place ?? '',
    link: meeting.link ?? '',
    invitedOn: meeting.invitedOn ?? '',
  }
  meeting.participants.forEach((p, i) => {
    values[`participants[${i}].name`] = p.name
    values[`participants[${i}].role`] = p.role
    values[`participants[${i}].excused`] = p.excused ? 'yes' : ''
  })
  return values
}

/** How many rows of a repeated list (`participants[0].name` …) a form shows: those filled in, then `spare` empty ones, at least `minimum`. */
function filledRows(values: FormValues, list: string, spare: number, minimum: number): number {
  let filled = 0
  for (const key of Object.keys(values)) {
    const match = /^(\w+)\[(\d+)\]\./.exec(key)
    if (match?.[1] === list && values[key] !== '') filled = Math.max(filled, Number(match[2]) + 1)
  }
  return Math.max(filled + spare, minimum)
}

/** How many participant rows a form shows: those filled in, and three empty ones. */
export function participantRows(values: FormValues): number {
  return filledRows(values, 'participants', 3, 5)
}

/** The rows of a repeated list as the form showed them, each field as typed. */
export function readRows<F extends string>(
  values: FormValues,
  list: 'participants' | 'followUps',
  fields: readonly F[],
): Record<F, string>[] {
  const rows = list === 'participants' ? participantRows(values) : followUpRows(values)
  return Array.from({ length: rows }, (_, i) => {
    const row = {} as Record<F, string>
    for (const field of fields) row[field] = values[`${list}[${i}].${field}`] ?? ''
    return row
  })
}

export function MeetingFormPage({
  child,
  meeting,
  values,
  version,
  problems = [],
  conflict = false,
}: {
  child: Child
  meeting?: Meeting
  values: FormValues
  version?: number
  problems?: readonly Problem[]
  conflict?: boolean
}) {
  const { t } = useUi()
  const value = (name: string) => values[name] ?? ''
  const zones: { value: string; label: string }[] = MEETING_TIME_ZONES.map(([zone]) => ({
    value: zone,
    label: zoneLabel(t, zone),
  }))
  if (value('timeZone') !== '' && !zones.some((z) => z.value === value('timeZone')))
    zones.push({ value: value('timeZone'), label: zoneLabel(t, value('timeZone')) })
  const rows = participantRows(values)
  const action = meeting ? paths.meetingPart(child.id, meeting.id, 'edit') : paths.newMeeting(child.id)
  return (
    <Page
      title={meeting ? t('meetings.form.titleEdit') : t('meetings.form.titleNew')}
      caption={displayName(child)}
      problems={problems}
      back={{ href: meeting ? paths.meeting(child.id, meeting.id) : paths.meetings(child.id) }}
      width="narrow"
    >
      {conflict ? <Warning>{t('meetings.form.conflict')}</Warning> : null}
      <PostForm action={action}>
        {version !== undefined ? <input type="hidden" name="version" value={String(version)} /> : null}
        <Select
          name="kind"
          label={t('meetings.form.kind')}
          hint={t('meetings.form.kindHint')}
          value={value('kind')}
          placeholder={t('meetings.form.choose')}
          options={MEETING_KINDS.map((kind) => ({ value: kind, label: t(`meetings.kinds.${kind}`) }))}
          problems={problems}
        />
        <DateInput name="date" label={t('meetings.form.date')} value={value('date')} problems={problems} />
        <TextInput
          name="startTime"
          label={t('meetings.form.startTime')}
          hint={t('meetings.form.startTimeHint')}
          value={value('startTime')}
          width="short"
          problems={problems}
        />
        <TextInput
          name="durationMinutes"
          label={t('meetings.form.duration')}
          hint={t('meetings.form.durationHint')}
          value={value('durationMinutes')}
          width="short"
          inputMode="numeric"
          problems={problems}
        />
        <Select
          name="timeZone"
          label={t('meetings.form.timeZone')}
          value={value('timeZone')}
          options={zones}
          problems={problems}
        />
        <TextInput
          name="place"
          label={t('meetings.form.place')}
          hint={t('meetings.form.placeHint')}
          value={value('place')}
          problems={problems}
        />
        <TextInput
          name="link"
          type="url"
          label={t('meetings.form.link')}
          hint={t('meetings.form.linkHint')}
          value={value('link')}
          problems={problems}
        />
        <DateInput
          name="invitedOn"
          label={t('meetings.form.invitedOn')}
          hint={t('meetings.form.invitedOnHint')}
          value={value('invitedOn')}
          problems={problems}
        />
        <h2>{t('meetings.form.participants')}</h2>
        <p class="pw-hint">{t('meetings.form.participantsHint')}</p>
        {Array.from({ length: rows }, (_, i) => (
          <fieldset class="pw-fieldset pw-repeat" key={i}>
            <legend class="pw-visually-hidden">{t('meetings.form.participantName', { n: i + 1 })}</legend>
            <TextInput
              name={`participants[${i}].name`}
              label={t('meetings.form.participantName', { n: i + 1 })}
              value={value(`participants[${i}].name`)}
              problems={problems}
            />
            <Select
              name={`participants[${i}].role`}
              label={t('meetings.form.participantRole', { n: i + 1 })}
              value={value(`participants[${i}].role`)}
              placeholder={t('meetings.form.choose')}
              options={PARTICIPANT_ROLES.map((role) => ({ value: role, label: t(`meetings.roles.${role}`) }))}
              problems={problems}
            />
            <Choices
              kind="checkbox"
              name={`participants[${i}].excused`}
              label={t('meetings.form.excused')}
              options={[{ value: 'yes', label: t('meetings.form.excused') }]}
              values={[value(`participants[${i}].excused`)]}
              problems={problems}
            />
          </fieldset>
        ))}
        <ButtonGroup>
          <Button>{meeting ? t('meetings.form.save') : t('meetings.form.create')}</Button>
          <a href={meeting ? paths.meeting(child.id, meeting.id) : paths.meetings(child.id)}>
            {t('common.cancel')}
          </a>
        </ButtonGroup>
      </PostForm>
    </Page>
  )
}

// ── the meeting page ──────────────────────────────────────────────────────────────────────────

function TeamCheck({ meeting, team }: { meeting: Meeting; team: readonly TeamFinding[] }) {
  const { t } = useUi()
  if (!isIepTeamMeeting(meeting))
    return (
      <section aria-labelledby="team-title">
        <h2 id="team-title">{t('meetings.team.title')}</h2>
        <p>{t('meetings.team.notChecked')}</p>
      </section>
    )
  return (
    <section aria-labelledby="team-title">
      <h2 id="team-title">{t('meetings.team.title')}</h2>
      <p>{t('meetings.team.intro')}</p>
      {team.length === 0 ? (
        <p>
          <Tag tone="green">{t('meetings.team.ok')}</Tag>
        </p>
      ) : (
        <ul class="pw-list">
          {team.map((finding) => {
            const role = t(`meetings.roles.${finding.role}`)
            return (
              <li key={finding.role}>
                <strong>
                  {finding.status === 'missing'
                    ? t('meetings.team.missing', { role })
                    : t('meetings.team.excused', { role })}
                </strong>{' '}
                {finding.status === 'missing'
                  ? t('meetings.team.missingHint', { citation: finding.citation })
                  : finding.citation}
                {finding.role === 'general-education-teacher' ? (
                  <span class="pw-secondary"> {t('meetings.team.generalTeacherNote')}</span>
                ) : null}
                {finding.role === 'evaluation-interpreter' ? (
                  <span class="pw-secondary"> {t('meetings.team.interpreterNote')}</span>
                ) : null}
              </li>
            )
          })}
        </ul>
      )}
      <Details summary={t('meetings.team.excusalTitle')}>
        <p>{t('meetings.team.excusalNotDiscussed')}</p>
        <p>{t('meetings.team.excusalDiscussed')}</p>
        <p>{t('meetings.team.excusalYourChoice')}</p>
        <p class="pw-law-reference">34 CFR 300.321(e)</p>
      </Details>
    </section>
  )
}

function NoticeCheck({ meeting, notice }: { meeting: Meeting; notice: Deadline | null }) {
  const { t, date, lang } = useUi()
  let verdict: string
  if (!notice) verdict = t('meetings.notice.notApplicable')
  else if (!meeting.invitedOn) verdict = t('meetings.notice.notRecorded')
  else if (notice.status === 'met' && (notice.daysLate ?? 0) === 0)
    verdict = t('meetings.notice.onTime', { date: date(meeting.invitedOn) })
  else verdict = t('meetings.notice.late', { date: date(meeting.invitedOn) })
  return (
    <section aria-labelledby="notice-title">
      <h2 id="notice-title">{t('meetings.notice.title')}</h2>
      <p>{verdict}</p>
      {notice ? (
        <Details summary={t('meetings.notice.why')}>
          <ol>
            {notice.explanation.map((step, i) => (
              <li key={i}>{renderMessage(lang, step)}</li>
            ))}
          </ol>
          <p class="pw-law-reference">{notice.citation}</p>
        </Details>
      ) : null}
      <p>{t('meetings.notice.askToMove')}</p>
    </section>
  )
}

export function SuggestionList({ child, suggestions }: { child: Child; suggestions: readonly Suggestion[] }) {
  const { t, lang } = useUi()
  return (
    <section aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">{t('meetings.prep.suggestionsTitle', { name: displayName(child) })}</h2>
      {suggestions.length === 0 ? (
        <p>{t('meetings.prep.suggestionsEmpty')}</p>
      ) : (
        <>
          <p>{t('meetings.prep.suggestionsIntro')}</p>
          <ul class="pw-list pw-list--bullet">
            {suggestions.map((s, i) => (
              <li key={i}>{renderSuggestion(lang, s)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}

/** Each goal's latest scores and what the progress analysis says, as the packet prints them. */
export function ProgressEvidence({ progress }: { progress: RecordEvidence['progress'] }) {
  const { t, lang } = useUi()
  return (
    <section aria-labelledby="progress-title">
      <h2 id="progress-title">{t('meetings.packet.progressTitle')}</h2>
      {progress === null ? (
        <p>{t('meetings.packet.progressNotAvailable')}</p>
      ) : (
        <ul class="pw-list">
          {progress.map((item) => {
            const words = goalProgressText(lang, item)
            return (
              <li key={item.goal.id}>
                <h3 class="pw-heading-s">{words.title}</h3>
                <p>
                  <strong>{words.status}</strong>
                </p>
                {words.lines.map((line, i) => (
                  <p key={i}>{line}</p>
                ))}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}

export function MeetingPage({
  child,
  meeting,
  team,
  notice,
  suggestions,
  events,
}: {
  child: Child
  meeting: Meeting
  team: readonly TeamFinding[]
  notice: Deadline | null
  suggestions: readonly Suggestion[]
  events: readonly ChildEvent[]
}) {
  const { t, date } = useUi()
  const name = displayName(child)
  const editable = child.archivedAt === null
  const part = (p: Parameters<typeof paths.meetingPart>[2]) => paths.meetingPart(child.id, meeting.id, p)
  return (
    <Page
      title={kindLabel(t, meeting)}
      caption={name}
      back={{ href: paths.meetings(child.id), label: t('meetings.list.title') }}
    >
      <SummaryList
        rows={[
          {
            key: t('meetings.view.when'),
            value: t('meetings.view.whenValue', {
              date: date(meeting.date),
              time: meeting.startTime,
              zone: zoneLabel(t, meeting.timeZone),
              minutes: meeting.durationMinutes,
            }),
          },
          { key: t('meetings.view.where'), value: meeting.place ?? t('meetings.view.notGiven') },
          ...(meeting.link
            ? [
                {
                  key: t('meetings.view.link'),
                  value: (
                    <a href={meeting.link} rel="noopener noreferrer">
                      {meeting.link}
                    </a>
                  ),
                },
              ]
            : []),
          {
            key: t('meetings.view.invited'),
            value: meeting.invitedOn ? date(meeting.invitedOn) : t('meetings.view.notGiven'),
          },
        ]}
      />
      <ButtonGroup>
        <a class="pw-button" href={part('packet.pdf')}>
          {t('meetings.view.packet')}
        </a>
        <a class="pw-button pw-button--secondary" href={part('meeting.ics')}>
          {t('meetings.view.calendar')}
        </a>
      </ButtonGroup>
      <p class="pw-hint">{t('meetings.view.calendarHint')}</p>
      {editable ? (
        <ul class="pw-list">
          <li>
            <a href={part('prepare')}>{t('meetings.view.prepare')}</a>
          </li>
          <li>
            <a href={part('record')}>
              {meeting.outcome ? t('meetings.view.recordAgain') : t('meetings.view.record')}
            </a>
          </li>
          <li>
            <a href={part('edit')}>{t('meetings.view.edit')}</a>
          </li>
        </ul>
      ) : null}

      <h2>{t('meetings.view.who')}</h2>
      {meeting.participants.length === 0 ? (
        <p>{t('meetings.view.nobody')}</p>
      ) : (
        <ul class="pw-list">
          {meeting.participants.map((p, i) => (
            <li key={i}>
              {p.name}, {t(`meetings.roles.${p.role}`)}{' '}
              {p.excused ? <Tag tone="yellow">{t('meetings.view.excusedTag')}</Tag> : null}
            </li>
          ))}
        </ul>
      )}
      <TeamCheck meeting={meeting} team={team} />
      <NoticeCheck meeting={meeting} notice={notice} />

      <h2>{t('meetings.view.prepTitle')}</h2>
      {meeting.prep.concerns === '' &&
      meeting.prep.questions.length === 0 &&
      meeting.prep.requests.length === 0 &&
      meeting.prep.strengths === '' ? (
        <p>{t('meetings.view.prepEmpty')}</p>
      ) : (
        <PrepSummary meeting={meeting} />
      )}
      <SuggestionList child={child} suggestions={suggestions} />

      {meeting.outcome ? (
        <section aria-labelledby="outcome-title">
          <h2 id="outcome-title">{t('meetings.view.outcomeTitle')}</h2>
          <p>{t('meetings.view.heldOn', { date: date(meeting.outcome.heldOn) })}</p>
          {meeting.outcome.decisions !== '' ? (
            <>
              <h3 class="pw-heading-s">{t('meetings.view.decisions')}</h3>
              <div class="pw-letter-text">{meeting.outcome.decisions}</div>
            </>
          ) : null}
          {meeting.outcome.notes !== '' ? (
            <>
              <h3 class="pw-heading-s">{t('meetings.view.notes')}</h3>
              <div class="pw-letter-text">{meeting.outcome.notes}</div>
            </>
          ) : null}
          {meeting.outcome.followUps.length > 0 ? (
            <>
              <h3 class="pw-heading-s">{t('meetings.view.followUps')}</h3>
              <ul class="pw-list">
                {meeting.outcome.followUps.map((task, i) => (
                  <li key={i}>
                    {task.task} — {task.owner}
                    {task.dueOn ? `, ${date(task.dueOn)}` : ''}{' '}
                    {task.done ? <Tag tone="green">{t('meetings.list.done')}</Tag> : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {events.length > 0 ? (
            <>
              <h3 class="pw-heading-s">{t('meetings.view.timelineTitle', { name })}</h3>
              <p>{t('meetings.view.timelineIntro')}</p>
              <ul class="pw-list">
                {events.map((event) => (
                  <li key={event.id}>
                    {t(`eventTypes.${event.type}.label`)}, {date(event.date)}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {editable ? (
            <p>
              <a href={part('letter')}>{t('meetings.view.letter')}</a>
            </p>
          ) : null}
        </section>
      ) : null}
      {editable ? (
        <p>
          <a href={part('delete')}>{t('meetings.view.delete')}</a>
        </p>
      ) : null}
    </Page>
  )
}

function PrepSummary({ meeting }: { meeting: Meeting }) {
  const { t } = useUi()
  const { prep } = meeting
  return (
    <SummaryList
      rows={[
        { key: t('meetings.prep.concerns'), value: prep.concerns || '—' },
        { key: t('meetings.prep.strengths'), value: prep.strengths || '—' },
        {
          key: t('meetings.prep.questions'),
          value:
            prep.questions.length === 0 ? (
              '—'
            ) : (
              <ul class="pw-list">
                {prep.questions.map((q, i) => (
                  <li key={i}>{q}</li>
                ))}
              </ul>
            ),
        },
        {
          key: t('meetings.prep.requests'),
          value:
            prep.requests.length === 0 ? (
              '—'
            ) : (
              <ul class="pw-list">
                {prep.requests.map((r, i) => (
                  <li key={i}>{r}</li>
                ))}
              </ul>
            ),
        },
      ]}
    />
  )
}

// ── preparing, recording, deleting ────────────────────────────────────────────────────────────

/** The preparation form's fields, each with its label and hint (meetings.prep.<name>, <name>Hint). */
const PREP_FIELDS = ['concerns', 'strengths', 'questions', 'requests'] as const

export function prepValues(meeting: Meeting): FormValues {
  return {
    concerns: meeting.prep.concerns,
    strengths: meeting.prep.strengths,
    questions: meeting.prep.questions.join('\n'),
    requests: meeting.prep.requests.join('\n'),
  }
}

export function PrepPage({
  child,
  meeting,
  values,
  version,
  suggestions,
  progress,
  problems = [],
  conflict = false,
}: {
  child: Child
  meeting: Meeting
  values: FormValues
  version: number
  suggestions: readonly Suggestion[]
  progress: RecordEvidence['progress']
  problems?: readonly Problem[]
  conflict?: boolean
}) {
  const { t } = useUi()
  return (
    <Page
      title={t('meetings.prep.title')}
      caption={`${displayName(child)} · ${kindLabel(t, meeting)}`}
      problems={problems}
      back={{ href: paths.meeting(child.id, meeting.id) }}
      width="narrow"
    >
      {conflict ? <Warning>{t('meetings.form.conflict')}</Warning> : null}
      <p>{t('meetings.prep.intro')}</p>
      <SuggestionList child={child} suggestions={suggestions} />
      <ProgressEvidence progress={progress} />
      <PostForm action={paths.meetingPart(child.id, meeting.id, 'prepare')}>
        <input type="hidden" name="version" value={String(version)} />
        {PREP_FIELDS.map((name) => (
          <Textarea
            key={name}
            name={name}
            label={t(`meetings.prep.${name}`)}
            hint={t(`meetings.prep.${name}Hint`)}
            value={values[name] ?? ''}
            problems={problems}
          />
        ))}
        <ButtonGroup>
          <Button>{t('meetings.prep.save')}</Button>
          <a href={paths.meeting(child.id, meeting.id)}>{t('common.cancel')}</a>
        </ButtonGroup>
      </PostForm>
    </Page>
  )
}

export function outcomeValues(meeting: Meeting, today: LocalDate): FormValues {
  const outcome = meeting.outcome
  const values: Record<string, string> = {
    heldOn: outcome?.heldOn ?? (meeting.date <= today ? meeting.date : ''),
    notes: outcome?.notes ?? '',
    decisions: outcome?.decisions ?? '',
    schoolProposedChange: outcome?.schoolProposedChange ? 'yes' : '',
  }
  outcome?.followUps.forEach((task, i) => {
    values[`followUps[${i}].task`] = task.task
    values[`followUps[${i}].owner`] = task.owner
    values[`followUps[${i}].dueOn`] = task.dueOn ?? ''
    values[`followUps[${i}].done`] = task.done ? 'yes' : ''
  })
  return values
}

export function followUpRows(values: FormValues): number {
  return filledRows(values, 'followUps', 2, 3)
}

export function RecordMeetingPage({
  child,
  meeting,
  values,
  version,
  problems = [],
  conflict = false,
}: {
  child: Child
  meeting: Meeting
  values: FormValues
  version: number
  problems?: readonly Problem[]
  conflict?: boolean
}) {
  const { t } = useUi()
  const rows = followUpRows(values)
  return (
    <Page
      title={t('meetings.record.title')}
      caption={`${displayName(child)} · ${kindLabel(t, meeting)}`}
      problems={problems}
      back={{ href: paths.meeting(child.id, meeting.id) }}
      width="narrow"
    >
      {conflict ? <Warning>{t('meetings.form.conflict')}</Warning> : null}
      <p>{t('meetings.record.intro')}</p>
      <PostForm action={paths.meetingPart(child.id, meeting.id, 'record')}>
        <input type="hidden" name="version" value={String(version)} />
        <DateInput
          name="heldOn"
          label={t('meetings.record.heldOn')}
          value={values.heldOn ?? ''}
          problems={problems}
        />
        <Textarea
          name="decisions"
          label={t('meetings.record.decisions')}
          hint={t('meetings.record.decisionsHint')}
          value={values.decisions ?? ''}
          problems={problems}
        />
        <Textarea
          name="notes"
          label={t('meetings.record.notes')}
          hint={t('meetings.record.notesHint')}
          value={values.notes ?? ''}
          problems={problems}
        />
        <Choices
          kind="checkbox"
          name="schoolProposedChange"
          label={t('meetings.record.proposedChangeLegend')}
          hint={t('meetings.record.proposedChangeHint')}
          options={[{ value: 'yes', label: t('meetings.record.proposedChange') }]}
          values={[values.schoolProposedChange ?? '']}
          problems={problems}
        />
        <h2>{t('meetings.record.followUps')}</h2>
        <p class="pw-hint">{t('meetings.record.followUpsHint')}</p>
        {Array.from({ length: rows }, (_, i) => (
          <fieldset class="pw-fieldset pw-repeat" key={i}>
            <legend class="pw-visually-hidden">{t('meetings.record.task', { n: i + 1 })}</legend>
            <TextInput
              name={`followUps[${i}].task`}
              label={t('meetings.record.task', { n: i + 1 })}
              value={values[`followUps[${i}].task`] ?? ''}
              problems={problems}
            />
            <TextInput
              name={`followUps[${i}].owner`}
              label={t('meetings.record.owner', { n: i + 1 })}
              value={values[`followUps[${i}].owner`] ?? ''}
              problems={problems}
            />
            <DateInput
              name={`followUps[${i}].dueOn`}
              label={t('meetings.record.dueOn', { n: i + 1 })}
              value={values[`followUps[${i}].dueOn`] ?? ''}
              problems={problems}
            />
            <Choices
              kind="checkbox"
              name={`followUps[${i}].done`}
              label={t('meetings.record.done', { n: i + 1 })}
              options={[{ value: 'yes', label: t('meetings.record.done', { n: i + 1 }) }]}
              values={[values[`followUps[${i}].done`] ?? '']}
              problems={problems}
            />
          </fieldset>
        ))}
        <ButtonGroup>
          <Button>{t('meetings.record.save')}</Button>
          <a href={paths.meeting(child.id, meeting.id)}>{t('common.cancel')}</a>
        </ButtonGroup>
      </PostForm>
    </Page>
  )
}

export function DeleteMeetingPage({ child, meeting }: { child: Child; meeting: Meeting }) {
  const { t } = useUi()
  return (
    <Page
      title={t('meetings.delete.title')}
      caption={`${displayName(child)} · ${kindLabel(t, meeting)}`}
      back={{ href: paths.meeting(child.id, meeting.id) }}
      width="narrow"
    >
      <Warning>{t('meetings.delete.warning')}</Warning>
      <PostForm action={paths.meetingPart(child.id, meeting.id, 'delete')}>
        <ButtonGroup>
          <Button variant="warning">{t('meetings.delete.confirm')}</Button>
          <a href={paths.meeting(child.id, meeting.id)}>{t('meetings.delete.cancel')}</a>
        </ButtonGroup>
      </PostForm>
    </Page>
  )
}

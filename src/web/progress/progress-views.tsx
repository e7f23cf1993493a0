import { type Child, displayName } from '../../domain/children/child.ts'
import type { Goal } from '../../domain/plans/plan.ts'
import type { Problem } from '../../domain/problems.ts'
import { DECISION_LABEL_KEYS } from '../../domain/progress/decision-rules.ts'
import type { ProgressStatus } from '../../domain/progress/goal-series.ts'
import {
  PROGRESS_NOTE_KINDS,
  PROGRESS_SOURCES,
  type ProgressPoint,
} from '../../domain/progress/progress-point.ts'
import { formatScore } from '../../i18n/format-score.ts'
import { renderMessage } from '../../i18n/i18n.ts'
import { paths } from '../../paths.ts'
import type {
  GoalProgressSummary,
  GoalProgressView,
  ProgressOverview,
} from '../../services/progress/progress-data.ts'
import { Inset, Warning } from '../layout/banner.tsx'
import { Details, SummaryList, Table, Tag } from '../layout/content.tsx'
import { Choices, DateInput, FileInput, Textarea, TextInput } from '../layout/fields.tsx'
import { Button, ButtonGroup, ButtonLink, PostForm } from '../layout/form.tsx'
import { Page } from '../layout/page.tsx'
import { RecordNav } from '../records/record-nav.tsx'
import { useUi } from '../ui.ts'
import { ProgressChart } from './progress-chart.tsx'

export const POINT_FORM_FIELDS = ['measuredOn', 'value', 'unit', 'source', 'note'] as const
export type PointFormValues = Readonly<Record<(typeof POINT_FORM_FIELDS)[number], string>>
export const NOTE_FORM_FIELDS = ['kind', 'notedOn', 'text'] as const
export type NoteFormValues = Readonly<Record<(typeof NOTE_FORM_FIELDS)[number], string>>

export function emptyPointForm(today: string, source = ''): PointFormValues {
  return { measuredOn: today, value: '', unit: '', source, note: '' }
}
export const EMPTY_NOTE_FORM: NoteFormValues = { kind: '', notedOn: '', text: '' }

export function pointFormValues(point: ProgressPoint): PointFormValues {
  return {
    measuredOn: point.measuredOn,
    value: String(point.value),
    unit: point.unit ?? '',
    source: point.source,
    note: point.note ?? '',
  }
}

const STATUS_TONES: Readonly<Record<ProgressStatus, 'green' | 'red' | 'yellow' | 'grey'>> = {
  'on-track': 'green',
  'not-on-track': 'red',
  'too-little-data': 'yellow',
  'no-aim-line': 'grey',
}

/** "Goal 2: Reading", as the plan pages name goals. */
export function useGoalName() {
  const { t } = useUi()
  return (goal: Pick<Goal, 'area'>, number: number) =>
    t('plans.ui.page.goalNumber', { number, area: t(`plans.goalAreas.${goal.area}`) })
}

export function StatusTag({ status }: { status: ProgressStatus }) {
  const { t } = useUi()
  return <Tag tone={STATUS_TONES[status]}>{t(`progress.statuses.${status}`)}</Tag>
}

/** The decision in plain words: the status, what the data suggest, and the rule that decided. */
function Decision({ summary, name }: { summary: GoalProgressSummary; name: string }) {
  const { t, lang, date } = useUi()
  const { analysis, series } = summary
  if (!analysis || !series.ok) {
    return (
      <>
        <p>
          <StatusTag status="no-aim-line" />
        </p>
        <p>{t('progress.ui.noAimLine')}</p>
        <ul>
          {(series.ok ? [] : series.gaps).map((gap) => (
            <li key={gap}>{t(`progress.gaps.${gap}`)}</li>
          ))}
        </ul>
      </>
    )
  }
  const unit = summary.goal.unit ? ` ${summary.goal.unit}` : ''
  return (
    <>
      <p>
        <StatusTag status={summary.status} />{' '}
        {summary.status !== 'too-little-data' ? (
          <strong>{t(DECISION_LABEL_KEYS[analysis.decision])}</strong>
        ) : null}
      </p>
      <p>{renderMessage(lang, analysis.rule)}</p>
      {analysis.projectedValueAtGoalDate !== null && summary.status !== 'too-little-data' ? (
        <p>
          {t('progress.ui.projection', {
            name,
            value: `${formatScore(analysis.projectedValueAtGoalDate)}${unit}`,
            date: date(series.series.target.date),
            target: `${formatScore(series.series.target.value)}${unit}`,
          })}{' '}
          {analysis.projectedDateTargetReached
            ? t('progress.ui.projectedReach', { date: date(analysis.projectedDateTargetReached) })
            : t('progress.ui.projectedNever')}
        </p>
      ) : null}
    </>
  )
}

export function ProgressOverviewPage({ overview }: { overview: ProgressOverview }) {
  const { t } = useUi()
  const goalName = useGoalName()
  const { child, plan, goals } = overview
  const name = displayName(child)
  const offTrack = goals.filter((g) => g.status === 'not-on-track').length
  return (
    <Page
      title={t('progress.ui.overviewTitle')}
      caption={name}
      back={{ href: paths.child(child.id), label: name }}
    >
      <RecordNav child={child} current="progress" />
      <p>{t('progress.ui.overviewIntro', { name })}</p>
      {!plan ? (
        <>
          <p>{t('progress.ui.noPlan', { name })}</p>
          <ButtonLink href={paths.childPlans(child.id)}>{t('progress.ui.toPlans')}</ButtonLink>
        </>
      ) : goals.length === 0 ? (
        <p>
          {t('progress.ui.noGoals')} <a href={paths.plan(child.id, plan.id)}>{t('progress.ui.toPlan')}</a>
        </p>
      ) : (
        <>
          {offTrack > 0 ? (
            <Warning>{t('progress.ui.offTrackCount', { count: offTrack, total: goals.length })}</Warning>
          ) : null}
          <ol class="pw-card-list">
            {goals.map((summary) => {
              const goalTitle = goalName(summary.goal, summary.number)
              const latest = summary.points.at(-1)
              return (
                <li class="pw-card" key={summary.goal.id}>
                  <h2 class="pw-card__title">
                    <a href={paths.goalProgress(child.id, summary.goal.id)}>{goalTitle}</a>
                  </h2>
                  <p>{summary.goal.text}</p>
                  <Decision summary={summary} name={name} />
                  <p class="pw-secondary">
                    {t('progress.ui.pointCount', { count: summary.points.length })}
                    {latest
                      ? ` ${t('progress.ui.latest', { value: formatScore(latest.value), unit: latest.unit ?? '' }).trim()}`
                      : ''}
                  </p>
                </li>
              )
            })}
          </ol>
        </>
      )}
    </Page>
  )
}

function sourceOptions(t: (key: string) => string) {
  return PROGRESS_SOURCES.map((source) => ({ value: source, label: t(`progress.sources.${source}`) }))
}

/** The fields of one point, shared by the add and change forms and the data-entry link page. */
export function PointFields({
  values,
  problems,
  unit,
}: {
  values: PointFormValues
  problems: readonly Problem[]
  unit: string | undefined
}) {
  const { t } = useUi()
  return (
    <>
      <DateInput
        name="measuredOn"
        label={t('progress.ui.fields.measuredOn')}
        hint={t('progress.ui.fields.measuredOnHint')}
        value={values.measuredOn}
        problems={problems}
      />
      <TextInput
        name="value"
        label={unit ? t('progress.ui.fields.valueWithUnit', { unit }) : t('progress.ui.fields.value')}
        hint={t('progress.ui.fields.valueHint')}
        value={values.value}
        problems={problems}
        inputMode="decimal"
        width="quarter"
      />
      <Choices
        kind="radio"
        name="source"
        label={t('progress.ui.fields.source')}
        options={sourceOptions(t)}
        values={[values.source]}
        problems={problems}
      />
      <Textarea
        name="note"
        label={`${t('progress.ui.fields.note')} ${t('common.optional')}`}
        hint={t('progress.ui.fields.noteHint')}
        value={values.note}
        rows={2}
        problems={problems}
      />
    </>
  )
}

export function GoalProgressPage({
  view,
  pointValues,
  noteValues = EMPTY_NOTE_FORM,
  problems = [],
}: {
  view: GoalProgressView
  pointValues: PointFormValues
  noteValues?: NoteFormValues
  problems?: readonly Problem[]
}) {
  const { t, shortDate, date } = useUi()
  const goalName = useGoalName()
  const { child, goal, points, notes, series, analysis } = view
  const name = displayName(child)
  const title = goalName(goal, view.number)
  const archived = child.archivedAt !== null
  const unit = goal.unit ?? undefined
  const chartDescription =
    series.ok && analysis
      ? t('progress.chart.description', {
          count: points.length,
          baseline: formatScore(series.series.baseline.value),
          start: shortDate(series.series.baseline.date),
          target: formatScore(series.series.target.value),
          end: shortDate(series.series.target.date),
          unit: unit ?? '',
        }) +
        (analysis.trendSlopePerWeek !== null
          ? ` ${t('progress.chart.trendDescription', { trend: formatScore(analysis.trendSlopePerWeek), aim: formatScore(analysis.aimSlopePerWeek) })}`
          : '')
      : ''
  return (
    <Page
      title={title}
      caption={name}
      problems={problems}
      back={{ href: paths.childProgress(child.id), label: t('progress.ui.overviewTitle') }}
    >
      <p class="pw-lead">{goal.text}</p>
      <h2>{t('progress.ui.decisionTitle')}</h2>
      <Decision summary={view} name={name} />
      {series.ok && analysis ? (
        <>
          <h2>{t('progress.ui.chartTitle')}</h2>
          <ProgressChart
            id="progress-chart"
            title={t('progress.chart.title', { goal: title })}
            description={chartDescription}
            series={series.series}
            analysis={analysis}
            points={points}
            notes={notes}
          />
        </>
      ) : (
        <p>
          <a href={paths.plan(child.id, view.plan.id)}>{t('progress.ui.toPlan')}</a>
        </p>
      )}
      <h2>{t('progress.ui.pointsTitle')}</h2>
      {points.length === 0 ? (
        <p>{t('progress.ui.noPoints')}</p>
      ) : (
        <Table
          caption={t('progress.ui.pointsCaption', { goal: title })}
          head={[
            t('progress.ui.head.date'),
            t('progress.ui.head.value'),
            t('progress.ui.head.source'),
            t('progress.ui.head.note'),
            t('progress.ui.head.actions'),
          ]}
          numeric={[1]}
          rows={points.map((p) => [
            <time dateTime={p.measuredOn} key="d">
              {shortDate(p.measuredOn)}
            </time>,
            `${formatScore(p.value)}${p.unit ? ` ${p.unit}` : ''}`,
            `${t(`progress.sources.${p.source}`)}${p.enteredBy.name ? ` (${t('progress.ui.enteredBy', { name: p.enteredBy.name })})` : ''}`,
            p.note ?? '',
            archived ? (
              ''
            ) : (
              <span class="pw-timeline__actions" key="a">
                <a href={paths.editProgressPoint(child.id, goal.id, p.id)}>
                  {t('common.change')}
                  <span class="pw-visually-hidden"> {shortDate(p.measuredOn)}</span>
                </a>{' '}
                <a href={paths.deleteProgressPoint(child.id, goal.id, p.id)}>
                  {t('progress.ui.delete')}
                  <span class="pw-visually-hidden"> {shortDate(p.measuredOn)}</span>
                </a>
              </span>
            ),
          ])}
        />
      )}
      {!archived ? (
        <>
          <h2 id="add-point">{t('progress.ui.addTitle')}</h2>
          <PostForm action={paths.addProgressPoint(child.id, goal.id)}>
            <PointFields values={pointValues} problems={problems} unit={unit} />
            <ButtonGroup>
              <Button>{t('progress.ui.addSubmit')}</Button>
              <a href={paths.importProgressPoints(child.id, goal.id)}>{t('progress.ui.importLink')}</a>
            </ButtonGroup>
          </PostForm>
        </>
      ) : null}
      <h2>{t('progress.ui.notesTitle')}</h2>
      <p>{t('progress.ui.notesIntro')}</p>
      {notes.length > 0 ? (
        <ul>
          {notes.map((n) => (
            <li key={n.id}>
              <strong>{date(n.notedOn)}</strong> – {t(`progress.ui.noteKinds.${n.kind}`)}
              {n.text ? `: “${n.text}”` : ''}
              {!archived ? (
                <PostForm action={paths.deleteProgressNote(child.id, goal.id, n.id)}>
                  <button type="submit" class="pw-link-button">
                    {t('progress.ui.delete')}
                    <span class="pw-visually-hidden"> {date(n.notedOn)}</span>
                  </button>
                </PostForm>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {!archived ? (
        <Details summary={t('progress.ui.addNote')}>
          <PostForm action={paths.addProgressNote(child.id, goal.id)}>
            <Choices
              kind="radio"
              name="kind"
              label={t('progress.ui.fields.noteKind')}
              options={PROGRESS_NOTE_KINDS.map((kind) => ({
                value: kind,
                label: t(`progress.ui.noteKinds.${kind}`),
              }))}
              values={[noteValues.kind]}
              problems={problems}
            />
            <DateInput
              name="notedOn"
              label={t('progress.ui.fields.notedOn')}
              value={noteValues.notedOn}
              problems={problems}
            />
            <Textarea
              name="text"
              label={t('progress.ui.fields.noteText')}
              hint={t('progress.ui.fields.noteTextHint')}
              value={noteValues.text}
              rows={3}
              problems={problems}
            />
            <Button variant="secondary">{t('progress.ui.addNoteSubmit')}</Button>
          </PostForm>
        </Details>
      ) : null}
    </Page>
  )
}

export function ImportPointsPage({
  child,
  goal,
  number,
  text,
  source,
  problems = [],
}: {
  child: Child
  goal: Goal
  number: number
  text: string
  source: string
  problems?: readonly Problem[]
}) {
  const { t, csrfToken } = useUi()
  const goalName = useGoalName()
  const back = paths.goalProgress(child.id, goal.id)
  return (
    <Page
      title={t('progress.ui.importTitle')}
      caption={`${displayName(child)} – ${goalName(goal, number)}`}
      problems={problems}
      back={{ href: back }}
      width="narrow"
    >
      <p>{t('progress.ui.importIntro')}</p>
      <Inset>
        <pre class="pw-pre-line">
          {'date,value,source,note\n2026-09-08,52,teacher,\n2026-09-15,55,parent,"read at home"'}
        </pre>
      </Inset>
      {/* Multipart, so a CSV file can come instead of pasted lines; the CSRF token rides in the URL. */}
      <form
        method="post"
        action={paths.importProgressPoints(child.id, goal.id, csrfToken)}
        enctype="multipart/form-data"
        noValidate
      >
        <Textarea
          name="csv"
          label={t('progress.ui.fields.csv')}
          hint={t('progress.ui.fields.csvHint')}
          value={text}
          rows={12}
          problems={problems}
        />
        <FileInput
          name="file"
          label={`${t('progress.ui.fields.csvFile')} ${t('common.optional')}`}
          hint={t('progress.ui.fields.csvFileHint')}
          accept=".csv,.txt,text/csv,text/plain"
          problems={problems}
        />
        <Choices
          kind="radio"
          name="source"
          label={t('progress.ui.fields.defaultSource')}
          hint={t('progress.ui.fields.defaultSourceHint')}
          options={sourceOptions(t)}
          values={[source]}
          problems={problems}
        />
        <ButtonGroup>
          <Button>{t('progress.ui.importSubmit')}</Button>
          <a href={back}>{t('common.cancel')}</a>
        </ButtonGroup>
      </form>
    </Page>
  )
}

export function EditPointPage({
  child,
  goal,
  number,
  pointId,
  version,
  values,
  problems = [],
  conflict,
}: {
  child: Child
  goal: Goal
  number: number
  pointId: string
  version: number
  values: PointFormValues
  problems?: readonly Problem[]
  conflict?: ProgressPoint
}) {
  const { t, date } = useUi()
  const goalName = useGoalName()
  const back = paths.goalProgress(child.id, goal.id)
  return (
    <Page
      title={t('progress.ui.editTitle')}
      caption={`${displayName(child)} – ${goalName(goal, number)}`}
      problems={problems}
      back={{ href: back }}
      width="narrow"
    >
      {conflict ? (
        <>
          <Warning>{t('errors.VERSION_CONFLICT')}</Warning>
          <h2 class="pw-heading-m">{t('progress.ui.conflictSaved')}</h2>
          <SummaryList
            rows={[
              { key: t('progress.ui.head.date'), value: date(conflict.measuredOn) },
              { key: t('progress.ui.head.value'), value: formatScore(conflict.value) },
              { key: t('progress.ui.head.source'), value: t(`progress.sources.${conflict.source}`) },
              { key: t('progress.ui.head.note'), value: conflict.note ?? t('common.none') },
            ]}
          />
        </>
      ) : null}
      <PostForm action={paths.editProgressPoint(child.id, goal.id, pointId)}>
        <input type="hidden" name="version" value={String(version)} />
        <PointFields values={values} problems={problems} unit={goal.unit} />
        <ButtonGroup>
          <Button>{t('common.saveChanges')}</Button>
          <a href={back}>{t('common.cancel')}</a>
        </ButtonGroup>
      </PostForm>
    </Page>
  )
}

export function DeletePointPage({
  child,
  goal,
  number,
  point,
  conflict,
}: {
  child: Child
  goal: Goal
  number: number
  point: ProgressPoint
  conflict?: boolean
}) {
  const { t, date } = useUi()
  const goalName = useGoalName()
  const back = paths.goalProgress(child.id, goal.id)
  return (
    <Page
      title={t('progress.ui.deleteTitle')}
      caption={`${displayName(child)} – ${goalName(goal, number)}`}
      back={{ href: back }}
      width="narrow"
    >
      {conflict ? <Warning>{t('progress.ui.deleteConflict')}</Warning> : null}
      <p>
        {t('progress.ui.deleteConfirm', {
          value: `${formatScore(point.value)}${point.unit ? ` ${point.unit}` : ''}`,
          date: date(point.measuredOn),
        })}
      </p>
      <PostForm action={paths.deleteProgressPoint(child.id, goal.id, point.id)}>
        <input type="hidden" name="version" value={String(point.version)} />
        <ButtonGroup>
          <Button variant="warning">{t('progress.ui.deleteSubmit')}</Button>
          <a href={back}>{t('common.cancel')}</a>
        </ButtonGroup>
      </PostForm>
    </Page>
  )
}

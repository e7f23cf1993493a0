import { type Child, displayName } from '../../domain/children/child.ts'
import type { Problem } from '../../domain/problems.ts'
import type { SchoolYear } from '../../domain/school-calendars/school-year.ts'
import { paths } from '../../paths.ts'
import { Warning } from '../layout/banner.tsx'
import { DateInput, FileInput, Textarea } from '../layout/fields.tsx'
import { Button, ButtonGroup, ButtonLink, PostForm } from '../layout/form.tsx'
import { Page } from '../layout/page.tsx'
import { RecordNav } from '../records/record-nav.tsx'
import { useUi } from '../ui.ts'

export const SCHOOL_YEAR_FIELDS = ['firstDay', 'lastDay', 'closures'] as const
export type SchoolYearFormValues = Readonly<Record<(typeof SCHOOL_YEAR_FIELDS)[number], string>>

/** The school years entered for a child, with the closed days of each. */
export function SchoolCalendarPage({ child, years }: { child: Child; years: readonly SchoolYear[] }) {
  const { t, date, shortDate } = useUi()
  const editable = child.archivedAt === null
  return (
    <Page
      title={t('deadlines.ui.calendar.title')}
      caption={displayName(child)}
      back={{ href: paths.childDeadlines(child.id), label: t('deadlines.ui.timeline.title') }}
    >
      <RecordNav child={child} />
      <p class="pw-lead">{t('deadlines.ui.calendar.intro')}</p>
      {editable ? (
        <>
          <ButtonLink href={paths.newSchoolYear(child.id)}>{t('deadlines.ui.calendar.add')}</ButtonLink>
          <p>
            <a href={paths.importSchoolCalendar(child.id)}>{t('deadlines.ui.calendar.import.link')}</a>
          </p>
        </>
      ) : null}
      {years.length === 0 ? (
        <p>{t('deadlines.ui.calendar.none')}</p>
      ) : (
        <ul class="pw-card-list">
          {years.map((year) => {
            const title = t('deadlines.ui.calendar.yearTitle', {
              first: date(year.firstDay),
              last: date(year.lastDay),
            })
            return (
              <li class="pw-card" key={year.id}>
                <h2 class="pw-card__title">{title}</h2>
                <p>{t('deadlines.ui.calendar.closedCount', { count: year.closures.length })}</p>
                {year.closures.length > 0 ? (
                  <ul>
                    {year.closures.map((closure) => (
                      <li key={`${closure.from}-${closure.to}`}>
                        {closure.from === closure.to
                          ? shortDate(closure.from)
                          : `${shortDate(closure.from)} – ${shortDate(closure.to)}`}
                        {': '}
                        {t(`deadlines.ui.calendar.kinds.${closure.kind}`)}
                        {closure.name ? ` (${closure.name})` : ''}
                      </li>
                    ))}
                  </ul>
                ) : null}
                {editable ? (
                  <p class="pw-timeline__actions">
                    <a href={paths.schoolYear(child.id, year.id)}>
                      {t('deadlines.ui.calendar.edit')}
                      <span class="pw-visually-hidden"> {title}</span>
                    </a>
                    <a href={paths.deleteSchoolYear(child.id, year.id)}>
                      {t('deadlines.ui.calendar.delete')}
                      <span class="pw-visually-hidden"> {title}</span>
                    </a>
                  </p>
                ) : null}
              </li>
            )
          })}
        </ul>
      )}
    </Page>
  )
}

/** Adding or changing a school year: two dates and the closed days, one a line (or pasted). */
export function SchoolYearFormPage({
  child,
  values,
  problems = [],
  year,
  conflict,
  imported,
}: {
  child: Child
  values: SchoolYearFormValues
  problems?: readonly Problem[]
  /** The year being changed, with the version the form was read at. */
  year?: { id: string; version: number }
  conflict?: boolean
  /** Filled in from a calendar file: a note to check it, and the file's rows that could not be read. */
  imported?: { readonly skipped: readonly Problem[] }
}) {
  const { t } = useUi()
  const action = year ? paths.schoolYear(child.id, year.id) : paths.newSchoolYear(child.id)
  return (
    <Page
      title={year ? t('deadlines.ui.calendar.editTitle') : t('deadlines.ui.calendar.newTitle')}
      caption={displayName(child)}
      problems={problems}
      back={{ href: paths.schoolCalendar(child.id) }}
      width="narrow"
    >
      {conflict ? <Warning>{t('deadlines.ui.calendar.conflict')}</Warning> : null}
      {imported ? (
        <Warning>
          <p>{t('deadlines.ui.calendar.import.check')}</p>
          {imported.skipped.length > 0 ? (
            <ul>
              {imported.skipped.map((p) => (
                <li key={String(p.params?.row)}>{t(p.message, p.params)}</li>
              ))}
            </ul>
          ) : null}
        </Warning>
      ) : null}
      <PostForm action={action}>
        {year ? <input type="hidden" name="version" value={String(year.version)} /> : null}
        <DateInput
          name="firstDay"
          label={t('deadlines.ui.calendar.firstDay')}
          hint={t('deadlines.ui.calendar.firstDayHint')}
          value={values.firstDay}
          problems={problems}
        />
        <DateInput
          name="lastDay"
          label={t('deadlines.ui.calendar.lastDay')}
          hint={t('deadlines.ui.calendar.lastDayHint')}
          value={values.lastDay}
          problems={problems}
        />
        <Textarea
          name="closures"
          label={t('deadlines.ui.calendar.closures')}
          hint={t('deadlines.ui.calendar.closuresHint')}
          value={values.closures}
          rows={8}
          problems={problems}
        />
        <ButtonGroup>
          <Button>{t('deadlines.ui.calendar.save')}</Button>
          <a href={paths.schoolCalendar(child.id)}>{t('common.cancel')}</a>
        </ButtonGroup>
      </PostForm>
    </Page>
  )
}

export function DeleteSchoolYearPage({ child, year }: { child: Child; year: SchoolYear }) {
  const { t, date } = useUi()
  return (
    <Page
      title={t('deadlines.ui.calendar.deleteTitle')}
      caption={displayName(child)}
      back={{ href: paths.schoolCalendar(child.id) }}
      width="narrow"
    >
      <p>{t('deadlines.ui.calendar.yearTitle', { first: date(year.firstDay), last: date(year.lastDay) })}</p>
      <Warning>{t('deadlines.ui.calendar.deleteConfirm')}</Warning>
      <PostForm action={paths.deleteSchoolYear(child.id, year.id)}>
        <ButtonGroup>
          <Button variant="warning">{t('deadlines.ui.calendar.deleteSubmit')}</Button>
          <a href={paths.schoolCalendar(child.id)}>{t('common.cancel')}</a>
        </ButtonGroup>
      </PostForm>
    </Page>
  )
}

/** Upload a district's calendar file; the next page is the school-year form filled in from it. */
export function SchoolCalendarImportPage({
  child,
  problems = [],
}: {
  child: Child
  problems?: readonly Problem[]
}) {
  const { t, csrfToken } = useUi()
  return (
    <Page
      title={t('deadlines.ui.calendar.import.title')}
      caption={displayName(child)}
      problems={problems}
      back={{ href: paths.schoolCalendar(child.id) }}
      width="narrow"
    >
      <p>{t('deadlines.ui.calendar.import.intro')}</p>
      <form
        method="post"
        action={paths.importSchoolCalendar(child.id, csrfToken)}
        enctype="multipart/form-data"
        noValidate
      >
        <FileInput
          name="file"
          label={t('deadlines.ui.calendar.import.file')}
          hint={t('deadlines.ui.calendar.import.fileHint')}
          accept=".ics,text/calendar"
          problems={problems}
        />
        <ButtonGroup>
          <Button>{t('deadlines.ui.calendar.import.submit')}</Button>
          <a href={paths.schoolCalendar(child.id)}>{t('common.cancel')}</a>
        </ButtonGroup>
      </form>
    </Page>
  )
}

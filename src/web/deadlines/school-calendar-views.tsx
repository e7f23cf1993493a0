import { type Child, displayName } from '../../domain/children/child.ts'
import type { Problem } from '../../domain/problems.ts'
import type { SchoolCalendar, SchoolYear } from '../../domain/school-calendars/school-year.ts'
import { type CalendarTarget, paths } from '../../paths.ts'
import type { CalendarView } from '../../services/deadlines/school-years.ts'
import { Warning } from '../layout/banner.tsx'
import { DateInput, FileInput, Textarea } from '../layout/fields.tsx'
import { Button, ButtonGroup, ButtonLink, PostForm } from '../layout/form.tsx'
import { Page } from '../layout/page.tsx'
import { RecordNav } from '../records/record-nav.tsx'
import { useUi } from '../ui.ts'

export const SCHOOL_YEAR_FIELDS = ['firstDay', 'lastDay', 'closures'] as const
export type SchoolYearFormValues = Readonly<Record<(typeof SCHOOL_YEAR_FIELDS)[number], string>>

/** Where the years are shown from (a child's page or the calendar's own), and the page caption. */
function placeOf(view: CalendarView): { target: CalendarTarget; caption: string } {
  if (view.child) return { target: { childId: view.child.id }, caption: displayName(view.child) }
  const calendar = view.calendar as SchoolCalendar
  return { target: { calendarId: calendar.id }, caption: calendar.name }
}

/**
 * A school calendar's years with the closed days of each: from a child's page (which calendar the
 * child uses, and a link to choose another) or from the calendar's own page (who uses it, its name).
 */
export function SchoolCalendarPage({ view, usedBy }: { view: CalendarView; usedBy?: readonly Child[] }) {
  const { t, date, shortDate } = useUi()
  const { target, caption } = placeOf(view)
  const { child, calendar, years, editable } = view
  const childEditable = child !== undefined && child.archivedAt === null && view.mayChoose
  return (
    <Page
      title={t('deadlines.ui.calendar.title')}
      caption={caption}
      back={
        child
          ? { href: paths.childDeadlines(child.id), label: t('deadlines.ui.timeline.title') }
          : { href: paths.schoolCalendars(), label: t('deadlines.ui.calendars.all') }
      }
    >
      {child ? <RecordNav child={child} /> : null}
      <p class="pw-lead">{t('deadlines.ui.calendar.intro')}</p>
      {child ? (
        <p>
          {calendar
            ? t('deadlines.ui.calendar.usesCalendar', { name: caption, calendar: calendar.name })
            : t('deadlines.ui.calendar.noCalendar', { name: caption })}{' '}
          {childEditable ? (
            <a href={paths.chooseSchoolCalendar(child.id)}>
              {calendar ? t('deadlines.ui.calendar.choose') : t('deadlines.ui.calendar.chooseFirst')}
            </a>
          ) : null}{' '}
          <a href={paths.schoolCalendars()}>{t('deadlines.ui.calendars.all')}</a>
        </p>
      ) : (
        <p>
          {usedBy && usedBy.length > 0
            ? t('deadlines.ui.calendars.usedBy', { names: usedBy.map(displayName).join(', ') })
            : t('deadlines.ui.calendars.usedByNone')}{' '}
          <a href={paths.renameSchoolCalendar((calendar as SchoolCalendar).id)}>
            {t('deadlines.ui.calendars.rename')}
          </a>{' '}
          {usedBy && usedBy.length === 0 ? (
            <a href={paths.deleteSchoolCalendar((calendar as SchoolCalendar).id)}>
              {t('deadlines.ui.calendars.delete')}
            </a>
          ) : null}
        </p>
      )}
      {editable ? (
        <>
          {calendar ? <p class="pw-secondary">{t('deadlines.ui.calendar.sharedNote')}</p> : null}
          <ButtonLink href={paths.newSchoolYearIn(target)}>{t('deadlines.ui.calendar.add')}</ButtonLink>
          <p>
            <a href={paths.importSchoolYearIn(target)}>{t('deadlines.ui.calendar.import.link')}</a>
          </p>
        </>
      ) : calendar ? (
        <p>{t('deadlines.ui.calendar.readOnly')}</p>
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
                    <a href={paths.schoolYearIn(target, year.id)}>
                      {t('deadlines.ui.calendar.edit')}
                      <span class="pw-visually-hidden"> {title}</span>
                    </a>
                    <a href={paths.deleteSchoolYearIn(target, year.id)}>
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
  view,
  values,
  problems = [],
  year,
  conflict,
  imported,
}: {
  view: CalendarView
  values: SchoolYearFormValues
  problems?: readonly Problem[]
  /** The year being changed, with the version the form was read at. */
  year?: { id: string; version: number }
  conflict?: boolean
  /** Filled in from a calendar file: a note to check it, and the file's rows that could not be read. */
  imported?: { readonly skipped: readonly Problem[] }
}) {
  const { t } = useUi()
  const { target, caption } = placeOf(view)
  const action = year ? paths.schoolYearIn(target, year.id) : paths.newSchoolYearIn(target)
  return (
    <Page
      title={year ? t('deadlines.ui.calendar.editTitle') : t('deadlines.ui.calendar.newTitle')}
      caption={caption}
      problems={problems}
      back={{ href: paths.schoolCalendarOf(target) }}
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
          <a href={paths.schoolCalendarOf(target)}>{t('common.cancel')}</a>
        </ButtonGroup>
      </PostForm>
    </Page>
  )
}

export function DeleteSchoolYearPage({ view, year }: { view: CalendarView; year: SchoolYear }) {
  const { t, date } = useUi()
  const { target, caption } = placeOf(view)
  return (
    <Page
      title={t('deadlines.ui.calendar.deleteTitle')}
      caption={caption}
      back={{ href: paths.schoolCalendarOf(target) }}
      width="narrow"
    >
      <p>{t('deadlines.ui.calendar.yearTitle', { first: date(year.firstDay), last: date(year.lastDay) })}</p>
      <Warning>{t('deadlines.ui.calendar.deleteConfirm')}</Warning>
      <PostForm action={paths.deleteSchoolYearIn(target, year.id)}>
        <ButtonGroup>
          <Button variant="warning">{t('deadlines.ui.calendar.deleteSubmit')}</Button>
          <a href={paths.schoolCalendarOf(target)}>{t('common.cancel')}</a>
        </ButtonGroup>
      </PostForm>
    </Page>
  )
}

/** Upload a district's calendar file; the next page is the school-year form filled in from it. */
export function SchoolCalendarImportPage({
  view,
  problems = [],
}: {
  view: CalendarView
  problems?: readonly Problem[]
}) {
  const { t, csrfToken } = useUi()
  const { target, caption } = placeOf(view)
  return (
    <Page
      title={t('deadlines.ui.calendar.import.title')}
      caption={caption}
      problems={problems}
      back={{ href: paths.schoolCalendarOf(target) }}
      width="narrow"
    >
      <p>{t('deadlines.ui.calendar.import.intro')}</p>
      <form
        method="post"
        action={paths.importSchoolYearIn(target, csrfToken)}
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
          <a href={paths.schoolCalendarOf(target)}>{t('common.cancel')}</a>
        </ButtonGroup>
      </form>
    </Page>
  )
}

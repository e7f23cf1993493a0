import { type Child, displayName } from '../../domain/children/child.ts'
import type { Problem } from '../../domain/problems.ts'
import type { SchoolCalendar } from '../../domain/school-calendars/school-year.ts'
import { paths } from '../../paths.ts'
import { Warning } from '../layout/banner.tsx'
import { Choices, TextInput } from '../layout/fields.tsx'
import { Button, ButtonGroup, ButtonLink, PostForm } from '../layout/form.tsx'
import { Page } from '../layout/page.tsx'
import { useUi } from '../ui.ts'

/** The school calendars a person's organizations keep. */
export function SchoolCalendarsPage({
  calendars,
}: {
  calendars: readonly { calendar: SchoolCalendar; years: number; children: readonly Child[] }[]
}) {
  const { t } = useUi()
  return (
    <Page title={t('deadlines.ui.calendars.listTitle')}>
      <p class="pw-lead">{t('deadlines.ui.calendars.listIntro')}</p>
      <ButtonLink href={paths.newSchoolCalendar()}>{t('deadlines.ui.calendars.add')}</ButtonLink>
      {calendars.length === 0 ? (
        <p>{t('deadlines.ui.calendars.none')}</p>
      ) : (
        <ul class="pw-card-list">
          {calendars.map(({ calendar, years, children }) => (
            <li class="pw-card" key={calendar.id}>
              <h2 class="pw-card__title">
                <a href={paths.sharedSchoolCalendar(calendar.id)}>{calendar.name}</a>
              </h2>
              <p>{t('deadlines.ui.calendars.yearsCount', { count: years })}</p>
              <p>
                {children.length > 0
                  ? t('deadlines.ui.calendars.usedBy', { names: children.map(displayName).join(', ') })
                  : t('deadlines.ui.calendars.usedByNone')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Page>
  )
}

export interface NewCalendarValues {
  readonly name: string
  readonly organizationId: string
}

/** A new calendar: its name, and (for someone in several organizations) who keeps it. */
export function NewSchoolCalendarPage({
  values,
  keepers,
  problems = [],
}: {
  values: NewCalendarValues
  keepers: readonly { id: string; name: string }[]
  problems?: readonly Problem[]
}) {
  const { t } = useUi()
  return (
    <Page
      title={t('deadlines.ui.calendars.newTitle')}
      problems={problems}
      back={{ href: paths.schoolCalendars() }}
      width="narrow"
    >
      <PostForm action={paths.newSchoolCalendar()}>
        <TextInput
          name="name"
          label={t('deadlines.ui.calendars.name')}
          hint={t('deadlines.ui.calendars.nameHint')}
          value={values.name}
          problems={problems}
        />
        {keepers.length > 1 ? (
          <Choices
            kind="radio"
            name="organizationId"
            label={t('deadlines.ui.calendars.organization')}
            options={keepers.map((keeper) => ({ value: keeper.id, label: keeper.name }))}
            values={[values.organizationId]}
            problems={problems}
          />
        ) : null}
        <ButtonGroup>
          <Button>{t('deadlines.ui.calendars.create')}</Button>
          <a href={paths.schoolCalendars()}>{t('common.cancel')}</a>
        </ButtonGroup>
      </PostForm>
    </Page>
  )
}

/** Renaming a calendar, with the version read so a change made meanwhile is not overwritten. */
export function RenameSchoolCalendarPage({
  calendar,
  version,
  name,
  problems = [],
  conflict,
}: {
  calendar: SchoolCalendar
  version: number
  name: string
  problems?: readonly Problem[]
  conflict?: boolean
}) {
  const { t } = useUi()
  const back = paths.sharedSchoolCalendar(calendar.id)
  return (
    <Page
      title={t('deadlines.ui.calendars.renameTitle')}
      caption={calendar.name}
      problems={problems}
      back={{ href: back }}
      width="narrow"
    >
      {conflict ? <Warning>{t('deadlines.ui.calendars.conflict')}</Warning> : null}
      <PostForm action={paths.renameSchoolCalendar(calendar.id)}>
        <input type="hidden" name="version" value={String(version)} />
        <TextInput
          name="name"
          label={t('deadlines.ui.calendars.name')}
          hint={t('deadlines.ui.calendars.nameHint')}
          value={name}
          problems={problems}
        />
        <ButtonGroup>
          <Button>{t('deadlines.ui.calendars.saveName')}</Button>
          <a href={back}>{t('common.cancel')}</a>
        </ButtonGroup>
      </PostForm>
    </Page>
  )
}

/**
 * Which calendar a child uses: one of the calendars the person can use (a sibling's, the
 * district's), or a new one made here and used at once.
 */
export function ChooseSchoolCalendarPage({
  child,
  current,
  choices,
  values,
  problems = [],
}: {
  child: Child
  current: SchoolCalendar | undefined
  choices: readonly SchoolCalendar[]
  values: { calendarId: string; name: string }
  problems?: readonly Problem[]
}) {
  const { t } = useUi()
  const name = displayName(child)
  const action = paths.chooseSchoolCalendar(child.id)
  return (
    <Page
      title={t('deadlines.ui.calendars.chooseTitle')}
      caption={name}
      problems={problems}
      back={{ href: paths.schoolCalendar(child.id) }}
      width="narrow"
    >
      <p>{t('deadlines.ui.calendars.chooseIntro', { name })}</p>
      {choices.length === 0 ? (
        <p>{t('deadlines.ui.calendars.noChoices')}</p>
      ) : (
        <PostForm action={action}>
          <Choices
            kind="radio"
            name="calendarId"
            label={t('deadlines.ui.calendars.chooseLabel', { name })}
            options={choices.map((calendar) => ({
              value: calendar.id,
              label: calendar.name,
              ...(calendar.id === current?.id ? { hint: t('deadlines.ui.calendars.current') } : {}),
            }))}
            values={[values.calendarId || (current?.id ?? '')]}
            problems={problems}
          />
          <ButtonGroup>
            <Button>{t('deadlines.ui.calendars.useThis')}</Button>
          </ButtonGroup>
        </PostForm>
      )}
      <h2>{t('deadlines.ui.calendars.newHeading')}</h2>
      <PostForm action={action}>
        <input type="hidden" name="create" value="yes" />
        <TextInput
          name="name"
          label={t('deadlines.ui.calendars.name')}
          hint={t('deadlines.ui.calendars.nameHint')}
          value={values.name}
          problems={problems}
        />
        <ButtonGroup>
          <Button variant="secondary">{t('deadlines.ui.calendars.createAndUse')}</Button>
          <a href={paths.schoolCalendar(child.id)}>{t('common.cancel')}</a>
        </ButtonGroup>
      </PostForm>
    </Page>
  )
}

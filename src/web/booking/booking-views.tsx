import { GRADES } from '../../domain/children/child.ts'
import { US_STATES } from '../../domain/children/us-states.ts'
import type { Slot } from '../../domain/consultations/slots.ts'
import type { LocalDate } from '../../domain/dates/local-date.ts'
import type { Problem } from '../../domain/problems.ts'
import type { Lang } from '../../i18n/i18n.ts'
import { paths } from '../../paths.ts'
import { US_TIME_ZONES } from '../../services/consultations/availability-settings.ts'
import type { BookingForm, PublicAdvocate } from '../../services/consultations/bookings.ts'
import { Inset, NotificationBanner, Warning } from '../layout/banner.tsx'
import { SummaryList } from '../layout/content.tsx'
import { fieldId } from '../layout/error-summary.tsx'
import { Select, Textarea, TextInput } from '../layout/fields.tsx'
import { Button, ButtonGroup, PostForm } from '../layout/form.tsx'
import { Page } from '../layout/page.tsx'
import { useUi } from '../ui.ts'

const LOCALE = { en: 'en-US', es: 'es-US' } as const

/** "10:30 AM" on the family's clock. */
export function slotTime(lang: Lang, slot: string, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { hour: 'numeric', minute: '2-digit', timeZone }).format(
    new Date(slot),
  )
}

function zoneLabel(zone: string): string {
  return zone.replace(/_/g, ' ')
}

function zoneOptions(current: string) {
  const zones: string[] = [...US_TIME_ZONES]
  if (!zones.includes(current)) zones.push(current)
  return zones.map((zone) => ({ value: zone, label: zoneLabel(zone) }))
}

/** Slots grouped by the date they start on in the family's zone (the first 10 characters). */
function byDate(slots: readonly Slot[]): [LocalDate, Slot[]][] {
  const groups = new Map<string, Slot[]>()
  for (const slot of slots) {
    const date = slot.start.slice(0, 10)
    const list = groups.get(date) ?? []
    list.push(slot)
    groups.set(date, list)
  }
  return [...groups.entries()] as [LocalDate, Slot[]][]
}

/**
 * Open times as radio buttons, one group per day: works without JavaScript, by keyboard,
 * and reads well with a screen reader (each day is a fieldset whose legend is the date).
 */
export function SlotChoices({
  slots,
  timeZone,
  problems,
  name = 'start',
}: {
  slots: readonly Slot[]
  timeZone: string
  problems?: readonly Problem[]
  name?: string
}) {
  const ui = useUi()
  const { t } = ui
  const mine = problems?.filter((p) => p.field === name) ?? []
  return (
    <div class={mine.length > 0 ? 'pw-form-group pw-form-group--error' : 'pw-form-group'}>
      {mine.length > 0 ? (
        <p class="pw-error-message" id={`${fieldId(name)}-error`}>
          <span class="pw-visually-hidden">{t('common.errorPrefix')}</span>{' '}
          {mine.map((p) => t(p.message, p.params)).join(' ')}
        </p>
      ) : null}
      {byDate(slots).map(([date, daySlots], dayIndex) => (
        <fieldset class="pw-fieldset pw-slot-day" key={date}>
          <legend class="pw-fieldset__legend pw-fieldset__legend--m">{ui.date(date)}</legend>
          <div class="pw-choices pw-choices--inline">
            {daySlots.map((slot, index) => {
              const id = dayIndex === 0 && index === 0 ? fieldId(name) : `${fieldId(name)}-${date}-${index}`
              return (
                <div class="pw-choice" key={slot.start}>
                  <input class="pw-choice__input" type="radio" id={id} name={name} value={slot.start} />
                  <label class="pw-choice__label" for={id}>
                    {slotTime(ui.lang, slot.start, timeZone)}
                  </label>
                </div>
              )
            })}
          </div>
        </fieldset>
      ))}
    </div>
  )
}

/** The length and time zone chooser (a GET form, so it works without JavaScript). */
function ViewOptions({
  action,
  lengths,
  length,
  timeZone,
}: {
  action: string
  lengths: readonly number[]
  length: number
  timeZone: string
}) {
  const { t } = useUi()
  return (
    <form method="get" action={action} class="pw-filter-form">
      <Select
        name="length"
        label={t('booking.page.length')}
        value={String(length)}
        options={lengths.map((l) => ({ value: String(l), label: t('booking.page.minutes', { count: l }) }))}
      />
      <Select
        name="tz"
        label={t('booking.page.timeZone')}
        hint={t('booking.page.timeZoneHint')}
        value={timeZone}
        options={zoneOptions(timeZone)}
      />
      <Button variant="secondary">{t('booking.page.showTimes')}</Button>
    </form>
  )
}

function DateNavigation({ earlier, later }: { earlier?: string; later?: string }) {
  const { t } = useUi()
  return (
    <nav class="pw-pagination" aria-label={t('booking.page.datesNav')}>
      <ul class="pw-pagination__list">
        {earlier ? (
          <li>
            <a href={earlier}>{t('booking.page.earlier')}</a>
          </li>
        ) : null}
        {later ? (
          <li>
            <a href={later}>{t('booking.page.later')}</a>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}

export interface SlotWindow {
  readonly slots: readonly Slot[]
  readonly length: number
  readonly timeZone: string
  readonly from: LocalDate
  readonly to: LocalDate
  readonly earlier?: string
  readonly later?: string
}

/** The public booking page: pick a length, a day and a time. */
export function BookingPage({ advocate, window }: { advocate: PublicAdvocate; window: SlotWindow }) {
  const ui = useUi()
  const { t } = ui
  return (
    <Page title={t('booking.page.title', { name: advocate.displayName })} caption={advocate.practiceName}>
      <p class="pw-body-l">{t('booking.page.lead')}</p>
      <ViewOptions
        action={paths.bookConsultation(advocate.slug)}
        lengths={advocate.availability.lengths}
        length={window.length}
        timeZone={window.timeZone}
      />
      <h2 class="pw-heading-m">
        {t('booking.page.timesFrom', { from: ui.date(window.from), to: ui.date(window.to) })}
      </h2>
      <p>{t('booking.page.shownIn', { zone: zoneLabel(window.timeZone) })}</p>
      {window.slots.length === 0 ? (
        <Inset>{t('booking.page.noTimes')}</Inset>
      ) : (
        <form method="get" action={paths.bookingDetails(advocate.slug)}>
          <input type="hidden" name="length" value={String(window.length)} />
          <input type="hidden" name="tz" value={window.timeZone} />
          <SlotChoices slots={window.slots} timeZone={window.timeZone} />
          <Button>{t('booking.page.continue')}</Button>
        </form>
      )}
      <DateNavigation earlier={window.earlier} later={window.later} />
    </Page>
  )
}

export interface ChildChoice {
  readonly id: string
  readonly name: string
}

/** The booking form: who you are and what the call is about. */
export function BookingDetailsPage({
  advocate,
  values,
  children,
  problems = [],
  taken,
}: {
  advocate: PublicAdvocate
  values: BookingForm
  children: readonly ChildChoice[]
  problems?: readonly Problem[]
  taken?: { message: string; nearest: readonly Slot[] }
}) {
  const ui = useUi()
  const { t } = ui
  const validStart = !Number.isNaN(Date.parse(values.start))
  return (
    <Page
      title={t('booking.details.title')}
      caption={advocate.displayName}
      problems={problems}
      back={{ href: paths.bookConsultation(advocate.slug, { length: values.length, tz: values.timeZone }) }}
      width="narrow"
    >
      <PostForm action={paths.bookingDetails(advocate.slug)}>
        <input type="hidden" name="length" value={values.length} />
        <input type="hidden" name="timeZone" value={values.timeZone} />
        {taken ? (
          <>
            <Warning>{taken.message}</Warning>
            <h2 class="pw-heading-m">{t('booking.details.chooseNearest')}</h2>
            <SlotChoices slots={taken.nearest} timeZone={values.timeZone} problems={problems} />
          </>
        ) : (
          <>
            <input type="hidden" name="start" value={values.start} />
            <SummaryList
              rows={[
                {
                  key: t('booking.details.when'),
                  value: validStart
                    ? `${ui.date(values.start.slice(0, 10) as LocalDate)}, ${slotTime(ui.lang, values.start, values.timeZone)} (${zoneLabel(values.timeZone)})`
                    : t('booking.details.noTime'),
                  action: {
                    href: paths.bookConsultation(advocate.slug, {
                      length: values.length,
                      tz: values.timeZone,
                    }),
                    label: t('common.change'),
                    hidden: t('booking.details.when'),
                  },
                },
                {
                  key: t('booking.details.length'),
                  value: t('booking.page.minutes', { count: Number(values.length) }),
                },
              ]}
            />
          </>
        )}
        <TextInput
          name="name"
          label={t('booking.details.name')}
          value={values.name}
          autocomplete="name"
          problems={problems}
        />
        <TextInput
          name="email"
          type="email"
          label={t('booking.details.email')}
          hint={t('booking.details.emailHint')}
          value={values.email}
          autocomplete="email"
          spellcheck={false}
          problems={problems}
        />
        <TextInput
          name="phone"
          type="tel"
          label={t('booking.details.phone')}
          value={values.phone}
          autocomplete="tel"
          width="half"
          problems={problems}
        />
        <Select
          name="grade"
          label={t('booking.details.grade')}
          value={values.grade}
          placeholder={t('booking.details.notSay')}
          options={GRADES.map((g) => ({ value: g, label: t(`children.grades.${g}`) }))}
          problems={problems}
        />
        <Select
          name="state"
          label={t('booking.details.state')}
          value={values.state}
          placeholder={t('booking.details.notSay')}
          options={US_STATES.map(([code, name]) => ({ value: code, label: name }))}
          problems={problems}
        />
        {children.length > 0 ? (
          <Select
            name="childId"
            label={t('booking.details.child')}
            hint={t('booking.details.childHint')}
            value={values.childId}
            placeholder={t('booking.details.noChild')}
            options={children.map((c) => ({ value: c.id, label: c.name }))}
            problems={problems}
          />
        ) : null}
        <Textarea
          name="reason"
          label={advocate.intakeQuestion ?? t('booking.details.reason')}
          hint={t('booking.details.reasonHint')}
          value={values.reason}
          problems={problems}
        />
        <Button>{t('booking.details.submit')}</Button>
      </PostForm>
    </Page>
  )
}

export function BookingConfirmedPage({
  advocate,
  start,
  timeZone,
}: {
  advocate: PublicAdvocate
  start: string
  timeZone: string
}) {
  const ui = useUi()
  const { t } = ui
  const valid = !Number.isNaN(Date.parse(start))
  return (
    <Page title={t('booking.confirmed.title')} caption={advocate.displayName} width="narrow">
      {valid ? (
        <NotificationBanner kind="success">
          {t('booking.confirmed.when', {
            name: advocate.displayName,
            date: ui.date(start.slice(0, 10) as LocalDate),
            time: slotTime(ui.lang, start, timeZone),
            zone: zoneLabel(timeZone),
          })}
        </NotificationBanner>
      ) : null}
      <p>{t('booking.confirmed.email')}</p>
      <p>{t('booking.confirmed.change')}</p>
    </Page>
  )
}

/** The family's page behind the link in their e-mail: see, move or cancel the consultation. */
export function ManageBookingPage({
  advocate,
  token,
  startAt,
  lengthMinutes,
  window,
  problems = [],
  taken,
}: {
  advocate: PublicAdvocate
  token: string
  startAt: string
  lengthMinutes: number
  window: SlotWindow
  problems?: readonly Problem[]
  taken?: string
}) {
  const ui = useUi()
  const { t } = ui
  const zone = window.timeZone
  const localStart = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(startAt))
  return (
    <Page title={t('booking.manage.title')} caption={advocate.displayName} problems={problems}>
      {taken ? <Warning>{taken}</Warning> : null}
      <SummaryList
        rows={[
          {
            key: t('booking.details.when'),
            value: `${ui.date(localStart as LocalDate)}, ${slotTime(ui.lang, startAt, zone)} (${zoneLabel(zone)})`,
          },
          { key: t('booking.details.length'), value: t('booking.page.minutes', { count: lengthMinutes }) },
          { key: t('booking.manage.with'), value: `${advocate.displayName}, ${advocate.practiceName}` },
        ]}
      />
      <h2 class="pw-heading-m">{t('booking.manage.moveHeading')}</h2>
      <ViewOptions
        action={paths.manageBooking(token)}
        lengths={advocate.availability.lengths}
        length={window.length}
        timeZone={zone}
      />
      {window.slots.length === 0 ? (
        <Inset>{t('booking.page.noTimes')}</Inset>
      ) : (
        <PostForm action={paths.rescheduleBooking(token)}>
          <input type="hidden" name="length" value={String(window.length)} />
          <input type="hidden" name="tz" value={zone} />
          <SlotChoices slots={window.slots} timeZone={zone} problems={problems} />
          <Button>{t('booking.manage.move')}</Button>
        </PostForm>
      )}
      <DateNavigation earlier={window.earlier} later={window.later} />
      <h2 class="pw-heading-m">{t('booking.manage.cancelHeading')}</h2>
      <PostForm action={paths.cancelBooking(token)}>
        <ButtonGroup>
          <Button variant="warning">{t('booking.manage.cancel')}</Button>
        </ButtonGroup>
      </PostForm>
    </Page>
  )
}

export function BookingCancelledPage({ advocate }: { advocate: PublicAdvocate }) {
  const { t } = useUi()
  return (
    <Page title={t('booking.cancelled.title')} caption={advocate.displayName} width="narrow">
      <p>{t('booking.cancelled.body')}</p>
      <p>
        <a href={paths.bookConsultation(advocate.slug)}>{t('booking.cancelled.again')}</a>
      </p>
    </Page>
  )
}

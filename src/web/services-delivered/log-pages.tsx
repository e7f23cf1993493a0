import { type Child, displayName } from '../../domain/children/child.ts'
import { addDays, type LocalDate } from '../../domain/dates/local-date.ts'
import type { ChildDocument } from '../../domain/documents/document.ts'
import type { Accommodation, Service } from '../../domain/plans/plan.ts'
import type { Problem } from '../../domain/problems.ts'
import { SESSION_SOURCES } from '../../domain/services-delivered/session-entry.ts'
import { SESSION_STATUSES } from '../../domain/services-delivered/session-status.ts'
import { paths } from '../../paths.ts'
import { gridField } from '../../services/services-delivered/service-log.ts'
import type { LoggedIncident, LoggedSession } from '../../storage/service-log-store.ts'
import { Inset, Warning } from '../layout/banner.tsx'
import { Table, Tag } from '../layout/content.tsx'
import { fieldId } from '../layout/error-summary.tsx'
import { Choices, DateInput, Select, Textarea, TextInput } from '../layout/fields.tsx'
import { Button, ButtonGroup, ButtonLink, PostForm } from '../layout/form.tsx'
import { Page } from '../layout/page.tsx'
import { itemName } from '../plans/plan-common.tsx'
import { useUi } from '../ui.ts'

export const SESSION_FORM_FIELDS = [
  'serviceId',
  'date',
  'minutes',
  'status',
  'provider',
  'note',
  'source',
] as const
export type SessionFormValues = Readonly<Record<(typeof SESSION_FORM_FIELDS)[number], string>>

export const EMPTY_SESSION_FORM: SessionFormValues = {
  serviceId: '',
  date: '',
  minutes: '',
  status: 'delivered',
  provider: '',
  note: '',
  source: 'family',
}

export function sessionFormValues(session: LoggedSession): SessionFormValues {
  return {
    serviceId: session.serviceId,
    date: session.date,
    minutes: String(session.minutes),
    status: session.status,
    provider: session.provider ?? '',
    note: session.note ?? '',
    source: session.source,
  }
}

function useStatusOptions() {
  const { t } = useUi()
  return SESSION_STATUSES.map((status) => ({
    value: status,
    label: t(`services.status.${status}.label`),
    hint: t(`services.status.${status}.hint`),
  }))
}

/** The fields of one session; shared by the family's form and the provider's data-entry link. */
export function SessionFields({
  services,
  values,
  problems,
  askSource,
}: {
  services: readonly Service[]
  values: SessionFormValues
  problems?: readonly Problem[]
  askSource: boolean
}) {
  const { t } = useUi()
  const statuses = useStatusOptions()
  return (
    <>
      <Choices
        kind="radio"
        name="serviceId"
        label={t('services.log.fields.service')}
        options={services.map((s) => ({ value: s.id, label: s.name }))}
        values={[values.serviceId]}
        problems={problems}
      />
      <DateInput name="date" label={t('services.log.fields.date')} value={values.date} problems={problems} />
      <TextInput
        name="minutes"
        label={t('services.log.fields.minutes')}
        hint={t('services.log.fields.minutesHint')}
        value={values.minutes}
        inputMode="numeric"
        width="short"
        problems={problems}
      />
      <Choices
        kind="radio"
        name="status"
        label={t('services.log.fields.status')}
        options={statuses}
        values={[values.status]}
        problems={problems}
      />
      <TextInput
        name="provider"
        label={t('services.log.fields.provider')}
        hint={t('services.log.fields.providerHint')}
        value={values.provider}
        problems={problems}
      />
      <Textarea
        name="note"
        label={t('services.log.fields.note')}
        value={values.note}
        rows={3}
        problems={problems}
      />
      {askSource ? (
        <Choices
          kind="radio"
          name="source"
          label={t('services.log.fields.source')}
          options={SESSION_SOURCES.map((source) => ({
            value: source,
            label: t(`services.source.${source}.label`),
            hint: t(`services.source.${source}.hint`),
          }))}
          values={[values.source]}
          problems={problems}
        />
      ) : (
        <input type="hidden" name="source" value="school" />
      )}
    </>
  )
}

function NoServices({ child }: { child: Child }) {
  const { t } = useUi()
  return (
    <Inset>
      <p>{t('services.log.noServices')}</p>
      <p>
        <a href={paths.childPlans(child.id)}>{t('services.page.goToPlans')}</a>
      </p>
    </Inset>
  )
}

/** Add one session, or change one (`sessionId` and `version` given). */
export function SessionFormPage({
  child,
  services,
  values,
  problems,
  sessionId,
  version,
  conflict,
}: {
  child: Child
  services: readonly Service[]
  values: SessionFormValues
  problems?: readonly Problem[]
  sessionId?: string
  version?: number
  conflict?: LoggedSession
}) {
  const { t, shortDate } = useUi()
  const name = displayName(child)
  const editing = sessionId !== undefined
  return (
    <Page
      title={t(editing ? 'services.log.editTitle' : 'services.log.newTitle')}
      caption={name}
      back={{
        href: editing ? paths.serviceLog(child.id) : paths.services(child.id),
        label: t('services.log.back'),
      }}
      problems={problems}
      width="narrow"
    >
      {conflict ? (
        <Warning>
          {t('services.log.conflict', {
            date: shortDate(conflict.date),
            minutes: conflict.minutes,
            status: t(`services.status.${conflict.status}.label`),
          })}
        </Warning>
      ) : null}
      {services.length === 0 ? (
        <NoServices child={child} />
      ) : (
        <PostForm action={editing ? paths.editSession(child.id, sessionId) : paths.newSession(child.id)}>
          {version !== undefined ? <input type="hidden" name="version" value={String(version)} /> : null}
          <SessionFields services={services} values={values} problems={problems} askSource />
          <Button>{t(editing ? 'services.log.save' : 'services.log.add')}</Button>
        </PostForm>
      )}
    </Page>
  )
}

/** The service log: every session, newest first, with change and delete links. */
export function SessionLogPage({
  child,
  sessions,
  services,
  canEdit,
}: {
  child: Child
  sessions: readonly LoggedSession[]
  services: readonly Service[]
  canEdit: boolean
}) {
  const { t, shortDate } = useUi()
  const name = displayName(child)
  const serviceName = (id: string) => services.find((s) => s.id === id)?.name ?? t('services.log.oldService')
  return (
    <Page
      title={t('services.log.title')}
      caption={name}
      back={{ href: paths.services(child.id), label: t('services.page.title') }}
    >
      <p>{t('services.log.intro')}</p>
      {canEdit ? (
        <ButtonGroup>
          <ButtonLink href={paths.newSession(child.id)}>{t('services.page.logSession')}</ButtonLink>
          <ButtonLink href={paths.sessionWeek(child.id)} variant="secondary">
            {t('services.page.logWeek')}
          </ButtonLink>
          <ButtonLink href={paths.importSessions(child.id)} variant="secondary">
            {t('services.page.importCsv')}
          </ButtonLink>
        </ButtonGroup>
      ) : null}
      {sessions.length === 0 ? (
        <p>{t('services.log.empty')}</p>
      ) : (
        <Table
          regionId="log-caption"
          caption={t('services.log.caption', { count: sessions.length })}
          head={[
            t('services.log.head.date'),
            t('services.log.head.service'),
            t('services.log.head.minutes'),
            t('services.log.head.status'),
            t('services.log.head.provider'),
            t('services.log.head.actions'),
          ]}
          numeric={[2]}
          rows={sessions.map((session) => [
            <time dateTime={session.date} key="date">
              {shortDate(session.date)}
            </time>,
            serviceName(session.serviceId),
            String(session.minutes),
            <>
              {t(`services.status.${session.status}.label`)}
              {session.unconfirmed ? (
                <>
                  {' '}
                  <Tag tone="yellow">{t('services.log.unconfirmedTag')}</Tag>
                </>
              ) : null}
              {session.note ? <div class="pw-secondary">{session.note}</div> : null}
            </>,
            session.provider ?? '',
            canEdit ? (
              <>
                <a href={paths.editSession(child.id, session.id)}>
                  {t('services.log.change')}
                  <span class="pw-visually-hidden">
                    {' '}
                    {t('services.log.sessionOf', {
                      service: serviceName(session.serviceId),
                      date: shortDate(session.date),
                    })}
                  </span>
                </a>{' '}
                <a href={paths.deleteSession(child.id, session.id)}>
                  {t('services.log.delete')}
                  <span class="pw-visually-hidden">
                    {' '}
                    {t('services.log.sessionOf', {
                      service: serviceName(session.serviceId),
                      date: shortDate(session.date),
                    })}
                  </span>
                </a>
              </>
            ) : (
              ''
            ),
          ])}
        />
      )}
    </Page>
  )
}

export function DeleteSessionPage({
  child,
  session,
  serviceName,
  conflict,
}: {
  child: Child
  session: LoggedSession
  serviceName: string
  conflict?: boolean
}) {
  const { t, date } = useUi()
  return (
    <Page
      title={t('services.log.deleteTitle')}
      caption={displayName(child)}
      back={{ href: paths.serviceLog(child.id), label: t('services.log.back') }}
      width="narrow"
    >
      {conflict ? <Warning>{t('services.log.deleteConflict')}</Warning> : null}
      <p>
        {t('services.log.deleteWhat', {
          service: serviceName,
          date: date(session.date),
          minutes: session.minutes,
        })}
      </p>
      <PostForm action={paths.deleteSession(child.id, session.id)}>
        <input type="hidden" name="version" value={String(session.version)} />
        <Button variant="warning">{t('services.log.deleteConfirm')}</Button>
      </PostForm>
    </Page>
  )
}

/** The school days (Monday to Friday) of the week that starts on `monday`. */
export function weekDays(monday: LocalDate): LocalDate[] {
  return [0, 1, 2, 3, 4].map((offset) => addDays(monday, offset))
}

export type GridValues = Readonly<Record<string, string>>

/**
 * A week's grid: one row per service, one column per school day, each cell the minutes and what
 * happened. One form, saved all together (or not at all, with each problem at its cell).
 */
export function WeekGridPage({
  child,
  services,
  monday,
  values,
  problems,
  action,
  askSource,
  back,
}: {
  child: Child
  services: readonly Service[]
  monday: LocalDate
  values: GridValues
  problems?: readonly Problem[]
  action: string
  askSource: boolean
  back?: { href: string; label: string }
}) {
  const { t, shortDate } = useUi()
  const days = weekDays(monday)
  const statuses = SESSION_STATUSES.map((status) => ({
    value: status,
    label: t(`services.status.${status}.label`),
  }))
  const problemAt = (field: string) => problems?.find((p) => p.field === field)
  return (
    <Page
      title={t('services.grid.title', { date: shortDate(monday) })}
      caption={displayName(child)}
      back={back ?? { href: paths.services(child.id), label: t('services.page.title') }}
      problems={problems}
    >
      {services.length === 0 ? (
        <NoServices child={child} />
      ) : (
        <>
          <p>{t('services.grid.intro')}</p>
          <p class="pw-no-print">
            <a href={`${action}?week=${addDays(monday, -7)}`}>{t('services.grid.previous')}</a>
            {' · '}
            <a href={`${action}?week=${addDays(monday, 7)}`}>{t('services.grid.next')}</a>
          </p>
          <PostForm action={`${action}?week=${monday}`}>
            <input type="hidden" name="week" value={monday} />
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus so a keyboard can scroll it */}
            <section class="pw-table-wrap" aria-labelledby="grid-caption" tabIndex={0}>
              <table class="pw-table pw-grid-table">
                <caption class="pw-table__caption" id="grid-caption">
                  {t('services.grid.caption', { date: shortDate(monday) })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('services.log.head.service')}</th>
                    {days.map((day) => (
                      <th scope="col" key={day}>
                        <time dateTime={day}>{shortDate(day)}</time>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {services.map((service, s) => (
                    <tr key={service.id}>
                      <th scope="row">
                        {service.name}
                        <input type="hidden" name={`service.${s}`} value={service.id} />
                      </th>
                      {days.map((day, d) => {
                        const minutesField = gridField(s, d, 'minutes')
                        const statusField = gridField(s, d, 'status')
                        const minutesProblem = problemAt(minutesField)
                        const statusProblem = problemAt(statusField)
                        const label = t('services.grid.cellLabel', {
                          service: service.name,
                          date: shortDate(day),
                        })
                        return (
                          <td key={day}>
                            {minutesProblem ? (
                              <p class="pw-error-message" id={`${fieldId(minutesField)}-error`}>
                                {t(minutesProblem.message, minutesProblem.params)}
                              </p>
                            ) : null}
                            <label class="pw-visually-hidden" for={fieldId(minutesField)}>
                              {t('services.grid.minutesLabel', { cell: label })}
                            </label>
                            <input
                              class={`pw-input${minutesProblem ? ' pw-input--error' : ''}`}
                              id={fieldId(minutesField)}
                              name={minutesField}
                              inputMode="numeric"
                              value={values[minutesField] ?? ''}
                              aria-describedby={minutesProblem ? `${fieldId(minutesField)}-error` : undefined}
                              aria-invalid={minutesProblem ? 'true' : undefined}
                            />
                            {statusProblem ? (
                              <p class="pw-error-message" id={`${fieldId(statusField)}-error`}>
                                {t(statusProblem.message, statusProblem.params)}
                              </p>
                            ) : null}
                            <label class="pw-visually-hidden" for={fieldId(statusField)}>
                              {t('services.grid.statusLabel', { cell: label })}
                            </label>
                            <select
                              class="pw-select"
                              id={fieldId(statusField)}
                              name={statusField}
                              aria-describedby={statusProblem ? `${fieldId(statusField)}-error` : undefined}
                            >
                              {statuses.map((option) => (
                                <option
                                  key={option.value}
                                  value={option.value}
                                  selected={(values[statusField] || 'delivered') === option.value}
                                >
                                  {option.label}
                                </option>
                              ))}
                            </select>
                          </td>
                        )
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
            <TextInput
              name="provider"
              label={t('services.log.fields.provider')}
              hint={t('services.grid.providerHint')}
              value={values.provider ?? ''}
              problems={problems}
            />
            {askSource ? (
              <Choices
                kind="radio"
                name="source"
                label={t('services.log.fields.source')}
                options={SESSION_SOURCES.map((source) => ({
                  value: source,
                  label: t(`services.source.${source}.label`),
                }))}
                values={[values.source || 'family']}
                problems={problems}
              />
            ) : null}
            <Button>{t('services.grid.save')}</Button>
          </PostForm>
        </>
      )}
    </Page>
  )
}

export function ImportCsvPage({
  child,
  values,
  problems,
}: {
  child: Child
  values: { text: string; source: string }
  problems?: readonly Problem[]
}) {
  const { t } = useUi()
  return (
    <Page
      title={t('services.csv.title')}
      caption={displayName(child)}
      back={{ href: paths.services(child.id), label: t('services.page.title') }}
      problems={problems}
      width="narrow"
    >
      <p>{t('services.csv.intro')}</p>
      <pre class="pw-code">{t('services.csv.example')}</pre>
      <p>{t('services.csv.statuses', { statuses: SESSION_STATUSES.join(', ') })}</p>
      <p>{t('services.csv.allOrNothing')}</p>
      <PostForm action={paths.importSessions(child.id)}>
        <Textarea
          name="file"
          label={t('services.csv.label')}
          hint={t('services.csv.hint')}
          value={values.text}
          rows={12}
          problems={problems}
        />
        <Choices
          kind="radio"
          name="source"
          label={t('services.log.fields.source')}
          options={SESSION_SOURCES.map((source) => ({
            value: source,
            label: t(`services.source.${source}.label`),
          }))}
          values={[values.source || 'family']}
          problems={problems}
        />
        <Button>{t('services.csv.submit')}</Button>
      </PostForm>
    </Page>
  )
}

export const INCIDENT_FORM_FIELDS = ['accommodationId', 'date', 'whatHappened', 'reportedBy'] as const
export type IncidentFormValues = Readonly<Record<(typeof INCIDENT_FORM_FIELDS)[number], string>>

export function IncidentFormPage({
  child,
  accommodations,
  documents,
  values,
  documentIds,
  problems,
}: {
  child: Child
  accommodations: readonly Accommodation[]
  /** The child's binder, to attach evidence from. */
  documents: readonly ChildDocument[]
  values: IncidentFormValues
  documentIds: readonly string[]
  problems?: readonly Problem[]
}) {
  const ui = useUi()
  const { t } = ui
  return (
    <Page
      title={t('services.incidents.newTitle')}
      caption={displayName(child)}
      back={{ href: `${paths.services(child.id)}#accommodations`, label: t('services.page.title') }}
      problems={problems}
      width="narrow"
    >
      {accommodations.length === 0 ? (
        <p>{t('services.incidents.none')}</p>
      ) : (
        <PostForm action={paths.newIncident(child.id)}>
          <Select
            name="accommodationId"
            label={t('services.incidents.fields.accommodation')}
            options={accommodations.map((a) => ({
              value: a.id,
              label: itemName(ui, a) || t('services.incidents.unnamed'),
            }))}
            placeholder={t('services.incidents.fields.choose')}
            value={values.accommodationId}
            problems={problems}
          />
          <DateInput
            name="date"
            label={t('services.incidents.fields.date')}
            value={values.date}
            problems={problems}
          />
          <Textarea
            name="whatHappened"
            label={t('services.incidents.fields.whatHappened')}
            hint={t('services.incidents.fields.whatHappenedHint')}
            value={values.whatHappened}
            rows={4}
            problems={problems}
          />
          <TextInput
            name="reportedBy"
            label={t('services.incidents.fields.reportedBy')}
            hint={t('services.incidents.fields.reportedByHint')}
            value={values.reportedBy}
            problems={problems}
          />
          {documents.length > 0 ? (
            <Choices
              kind="checkbox"
              name="documentIds"
              label={`${t('services.incidents.fields.evidence')} ${t('common.optional')}`}
              hint={t('services.incidents.fields.evidenceHint')}
              options={documents.map((document) => ({ value: document.id, label: document.title }))}
              values={documentIds}
              problems={problems}
            />
          ) : (
            <p class="pw-hint">{t('services.incidents.fields.evidenceNone')}</p>
          )}
          <Button>{t('services.incidents.save')}</Button>
        </PostForm>
      )}
    </Page>
  )
}

/** Asks before deleting an accommodation-not-provided entry (its evidence stays in the binder). */
export function DeleteIncidentPage({
  child,
  incident,
  accommodationName,
  conflict,
}: {
  child: Child
  incident: LoggedIncident
  accommodationName: string
  conflict?: boolean
}) {
  const { t, date } = useUi()
  const back = `${paths.services(child.id)}#accommodations`
  return (
    <Page
      title={t('services.incidents.deleteTitle')}
      caption={displayName(child)}
      back={{ href: back, label: t('services.page.title') }}
      width="narrow"
    >
      {conflict ? <Warning>{t('services.log.deleteConflict')}</Warning> : null}
      <p>
        {t('services.incidents.deleteWhat', {
          accommodation: accommodationName,
          date: date(incident.date),
        })}
      </p>
      <Inset>{incident.whatHappened}</Inset>
      <p>{t('services.incidents.deleteEvidence')}</p>
      <PostForm action={paths.deleteIncident(child.id, incident.id)}>
        <input type="hidden" name="version" value={String(incident.version)} />
        <ButtonGroup>
          <Button variant="warning">{t('services.incidents.deleteConfirm')}</Button>
          <a href={back}>{t('common.cancel')}</a>
        </ButtonGroup>
      </PostForm>
    </Page>
  )
}

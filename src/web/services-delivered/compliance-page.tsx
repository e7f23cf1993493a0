import { displayName } from '../../domain/children/child.ts'
import type { LocalDate } from '../../domain/dates/local-date.ts'
import type { ChildDocument } from '../../domain/documents/document.ts'
import type { Message } from '../../domain/messages.ts'
import { formatClosedDays } from '../../domain/services-delivered/closed-days.ts'
import { explainDeliveryConventions } from '../../domain/services-delivered/conventions.ts'
import { paths } from '../../paths.ts'
import type { AccommodationSummary } from '../../services/services-delivered/accommodation-incidents.ts'
import type { ChildCompliance } from '../../services/services-delivered/child-compliance.ts'
import type { ServiceCompliance } from '../../services/services-delivered/compute-compliance.ts'
import { Inset, Warning } from '../layout/banner.tsx'
import { Details, Table } from '../layout/content.tsx'
import { DateInput, Textarea } from '../layout/fields.tsx'
import { Button, ButtonGroup, ButtonLink, PostForm } from '../layout/form.tsx'
import { Page } from '../layout/page.tsx'
import { itemName, useMessage } from '../plans/plan-common.tsx'
import { RecordNav } from '../records/record-nav.tsx'
import { useUi } from '../ui.ts'
import { DeliveryChart } from './delivery-chart.tsx'

/**
 * The services page of a child: per service the minutes promised, given, missed and owed over a
 * period, a chart and a table week by week, the accommodations not provided, how we count, and
 * the way to ask for the owed minutes in a letter. Prints as a summary to attach to a letter.
 */
export function CompliancePage({
  view,
  accommodations,
  closedText,
  canEdit,
  documents,
}: {
  view: ChildCompliance
  accommodations: readonly AccommodationSummary[]
  closedText: string
  canEdit: boolean
  /** The binder's documents attached to incidents as evidence (by id). */
  documents: readonly ChildDocument[]
}) {
  const ui = useUi()
  const { t, date, shortDate } = ui
  const msg = useMessage()
  const { child, plan, report, period } = view
  const name = displayName(child)
  const owed = report.services.reduce((sum, s) => sum + s.owedMinutes, 0)
  const query = { from: period.from, to: period.to, closed: formatClosedDays(view.closedDays) }
  return (
    <Page
      title={t('services.page.title')}
      caption={name}
      back={{ href: paths.child(child.id), label: name }}
      problems={view.problems}
    >
      <RecordNav child={child} current="services" />
      <p class="pw-lead">{t('services.page.period', { from: date(period.from), to: date(period.to) })}</p>
      <p>{t('services.page.intro', { name })}</p>
      {canEdit ? (
        <div class="pw-no-print">
          <ButtonGroup>
            <ButtonLink href={paths.newSession(child.id)}>{t('services.page.logSession')}</ButtonLink>
            <ButtonLink href={paths.sessionWeek(child.id)} variant="secondary">
              {t('services.page.logWeek')}
            </ButtonLink>
            <ButtonLink href={paths.importSessions(child.id)} variant="secondary">
              {t('services.page.importCsv')}
            </ButtonLink>
          </ButtonGroup>
          <p>
            <a href={paths.serviceLog(child.id)}>{t('services.page.seeLog')}</a>
          </p>
        </div>
      ) : (
        <p class="pw-no-print">
          <a href={paths.serviceLog(child.id)}>{t('services.page.seeLog')}</a>
        </p>
      )}

      <Details summary={t('services.page.changePeriod')}>
        <form method="get" action={paths.services(child.id)} noValidate class="pw-no-print">
          <DateInput
            name="from"
            label={t('services.page.from')}
            value={period.from}
            problems={view.problems}
          />
          <DateInput name="to" label={t('services.page.to')} value={period.to} problems={view.problems} />
          <Textarea
            name="closed"
            label={t('services.page.closed')}
            hint={t('services.page.closedHint')}
            value={closedText}
            rows={3}
            problems={view.problems}
          />
          <Button variant="secondary">{t('services.page.show')}</Button>
        </form>
      </Details>
      {view.closedFromSchoolYears ? <p class="pw-secondary">{t('services.page.fromSchoolYears')}</p> : null}
      {view.closedDays.length > 0 ? (
        <p class="pw-secondary">{t('services.page.closedCount', { count: view.closedDays.length })}</p>
      ) : null}

      {plan === undefined ? (
        <Inset>
          <p>{t('services.page.noPlan', { date: date(period.to) })}</p>
          <p>
            <a href={paths.childPlans(child.id)}>{t('services.page.goToPlans')}</a>
          </p>
        </Inset>
      ) : (
        <>
          {(report.alerts ?? []).map((alert) => (
            <Warning key={alert.service}>
              {msg(alert.title as Message)}. {msg(alert.message as Message)}
            </Warning>
          ))}
          <h2 class="pw-heading-l">{t('services.page.totalsTitle')}</h2>
          {report.services.length === 0 ? (
            <p>{t('services.page.noServices')}</p>
          ) : (
            <Table
              regionId="totals-caption"
              caption={t('services.page.totalsCaption', {
                from: shortDate(period.from),
                to: shortDate(period.to),
              })}
              head={[
                t('services.page.head.service'),
                t('services.page.head.required'),
                t('services.page.head.delivered'),
                t('services.page.head.missedSchool'),
                t('services.page.head.missedStudent'),
                t('services.page.head.percent'),
                t('services.page.head.owed'),
              ]}
              numeric={[1, 2, 3, 4, 5, 6]}
              rows={report.services.map((s) => [
                s.name,
                String(s.requiredMinutes),
                String(s.deliveredMinutes),
                String(s.missedSchoolMinutes + s.missedUnknownMinutes),
                String(s.missedStudentMinutes),
                s.percentDelivered === null
                  ? '–'
                  : t('services.figures.percentValue', { percent: s.percentDelivered }),
                <strong key="owed">{s.owedMinutes}</strong>,
              ])}
            />
          )}
          <p class="pw-lead">
            {owed > 0 ? t('services.page.owedTotal', { minutes: owed }) : t('services.page.nothingOwed')}
          </p>
          {view.notCounted.length > 0 ? (
            <p>
              {t('services.page.notCounted', { services: view.notCounted.map((s) => s.name).join(', ') })}
            </p>
          ) : null}
          {canEdit && owed > 0 ? (
            <div class="pw-no-print">
              <PostForm action={paths.compensatoryLetter(child.id)}>
                <input type="hidden" name="from" value={query.from} />
                <input type="hidden" name="to" value={query.to} />
                <input type="hidden" name="closed" value={query.closed} />
                <p>{t('services.letter.intro')}</p>
                <Button>{t('services.letter.button')}</Button>
              </PostForm>
            </div>
          ) : null}

          {report.services.map((s) => (
            <ServiceSection key={s.service} service={s} />
          ))}

          <h2 class="pw-heading-l" id="accommodations">
            {t('services.incidents.title')}
          </h2>
          <p>{t('services.incidents.intro')}</p>
          {canEdit && accommodations.length > 0 ? (
            <p class="pw-no-print">
              <a href={paths.newIncident(child.id)}>{t('services.incidents.add')}</a>
            </p>
          ) : null}
          {accommodations.length === 0 ? (
            <p>{t('services.incidents.none')}</p>
          ) : (
            <Table
              regionId="incidents-caption"
              caption={t('services.incidents.caption')}
              head={[t('services.incidents.head.accommodation'), t('services.incidents.head.notProvided')]}
              rows={accommodations.map(({ accommodation, failures }) => [
                itemName(ui, accommodation) || t('services.incidents.unnamed'),
                failures.incidents === 0
                  ? t('services.incidents.noneLogged')
                  : [
                      t(`services.accommodations.incidents`, { count: failures.incidents }),
                      failures.percentOfSchoolDays === undefined
                        ? t('services.accommodations.noSchoolDays')
                        : t('services.accommodations.rate', {
                            days: failures.schoolDaysWithIncident,
                            schoolDays: failures.schoolDays,
                            percent: failures.percentOfSchoolDays,
                          }),
                    ].join('. '),
              ])}
            />
          )}
          {accommodations.some((a) => a.incidents.length > 0) ? (
            <ul class="pw-plain-list">
              {accommodations.flatMap(({ accommodation, incidents }) =>
                incidents.map((incident) => (
                  <li key={incident.id}>
                    <time dateTime={incident.date}>{shortDate(incident.date)}</time>
                    {' – '}
                    <strong>{itemName(ui, accommodation)}</strong>: {incident.whatHappened}
                    {incident.reportedBy
                      ? ` (${t('services.incidents.reportedBy', { who: incident.reportedBy })})`
                      : ''}
                    <IncidentEvidence ids={incident.documentIds} documents={documents} childId={child.id} />
                    {canEdit ? (
                      <>
                        {' '}
                        <a class="pw-no-print" href={paths.deleteIncident(child.id, incident.id)}>
                          {t('services.incidents.delete')}
                          <span class="pw-visually-hidden">
                            {' '}
                            {t('services.incidents.deleteContext', {
                              accommodation: itemName(ui, accommodation),
                              date: shortDate(incident.date),
                            })}
                          </span>
                        </a>
                      </>
                    ) : null}
                  </li>
                )),
              )}
            </ul>
          ) : null}
        </>
      )}

      <h2 class="pw-heading-l">
        {msg(explainDeliveryConventions()[0] ?? { key: 'services.conventions.title' })}
      </h2>
      <ul>
        {explainDeliveryConventions()
          .slice(1)
          .map((rule) => (
            <li key={rule.key}>{msg(rule)}</li>
          ))}
      </ul>
      <p class="pw-secondary">{t('services.disclaimer')}</p>
      <p class="pw-secondary pw-no-print">{t('services.page.printHint')}</p>
    </Page>
  )
}

/** One service: its figures in words, its chart, and the week-by-week table beside it. */
function ServiceSection({ service }: { service: ServiceCompliance }) {
  const { t, shortDate } = useUi()
  const weeks = service.weeks ?? []
  return (
    <section class="pw-service" aria-labelledby={`service-${service.service}`}>
      <h2 class="pw-heading-m" id={`service-${service.service}`}>
        {service.name}
      </h2>
      {service.from === null ? (
        <p>{t('services.figures.noneRequired')}</p>
      ) : (
        <>
          <p>
            {t('services.page.serviceSentence', {
              required: service.requiredMinutes,
              delivered: service.deliveredMinutes,
              owed: service.owedMinutes,
            })}
          </p>
          {service.missedUnknownMinutes > 0 ? (
            <p>{t('services.page.unknownSentence', { minutes: service.missedUnknownMinutes })}</p>
          ) : null}
          {service.unrecordedMinutes > 0 ? (
            <p>{t('services.page.unrecordedSentence', { minutes: service.unrecordedMinutes })}</p>
          ) : null}
          {service.unconfirmed.sessions > 0 ? (
            <p>
              {t(`services.unconfirmed.summary`, {
                count: service.unconfirmed.sessions,
                delivered: service.unconfirmed.deliveredMinutes,
                missed: service.unconfirmed.missedMinutes,
              })}
            </p>
          ) : null}
          {service.sessionsOutsideService > 0 ? (
            <p>{t(`services.figures.outsideService`, { count: service.sessionsOutsideService })}</p>
          ) : null}
          <div class="pw-service__figures">
            <DeliveryChart service={service} />
            <Table
              regionId={`weeks-${service.service}`}
              caption={t('services.page.weeksCaption', { service: service.name })}
              head={[
                t('services.page.head.week'),
                t('services.page.head.schoolDays'),
                t('services.page.head.required'),
                t('services.page.head.delivered'),
                t('services.page.head.missed'),
              ]}
              numeric={[1, 2, 3, 4]}
              rows={weeks.map((week) => [
                <time dateTime={week.monday} key="week">
                  {shortDate(week.monday as LocalDate)}
                </time>,
                week.schoolDays === 0 ? t('services.week.noSchool') : String(week.schoolDays),
                String(week.requiredMinutes),
                String(week.deliveredMinutes),
                String(week.missedSchoolMinutes + week.missedStudentMinutes + week.missedUnknownMinutes),
              ])}
            />
          </div>
        </>
      )}
    </section>
  )
}

/** The documents attached to an incident as evidence, each a link into the binder. */
function IncidentEvidence({
  ids,
  documents,
  childId,
}: {
  ids: readonly string[]
  documents: readonly ChildDocument[]
  childId: string
}) {
  const { t } = useUi()
  const attached = documents.filter((d) => ids.includes(d.id))
  if (attached.length === 0) return null
  return (
    <>
      {' '}
      {t('services.incidents.evidence')}{' '}
      {attached.map((d, index) => (
        <span key={d.id}>
          {index > 0 ? ', ' : ''}
          <a href={paths.document(childId, d.id)}>{d.title}</a>
        </span>
      ))}
      .
    </>
  )
}

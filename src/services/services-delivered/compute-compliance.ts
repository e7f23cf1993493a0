import { z } from 'zod'
import { type LocalDate, parseLocalDate } from '../../domain/dates/local-date.ts'
import { schoolCalendar } from '../../domain/dates/school-calendar.ts'
import { findDeliveryAlerts } from '../../domain/services-delivered/delivery-alert.ts'
import {
  type PlannedService,
  SERVICE_FREQUENCIES,
  type ServiceSession,
} from '../../domain/services-delivered/planned-service.ts'
import { computePlanDelivery } from '../../domain/services-delivered/service-delivery.ts'
import { SESSION_STATUSES } from '../../domain/services-delivered/session-status.ts'
import { computeWeeklyDelivery } from '../../domain/services-delivered/weekly-series.ts'

/**
 * The JSON contract of "services delivered": a plan's services, the school's calendar and the
 * service log in; per service the minutes required, given, missed and owed out. Used by
 * `pathway services --input file.json` and, later, by the JSON API. Conventions: docs/services-delivered.md.
 */

const DateText = z.string().refine((text) => parseLocalDate(text) !== undefined, 'errors.input.date')
const Minutes = (min: number, max: number) =>
  z.number().int('services.problems.wholeMinutes').min(min).max(max)

export const ServiceSessionInputSchema = z.strictObject({
  service: z.string().min(1).max(100),
  date: DateText,
  minutes: Minutes(0, 1440),
  status: z.enum(SESSION_STATUSES),
  /** false: what the family heard from the child; shown, never counted. Defaults to true. */
  confirmed: z.boolean().optional(),
  provider: z.string().max(200).optional(),
  note: z.string().max(2000).optional(),
})

export const PlannedServiceInputSchema = z.strictObject({
  id: z.string().min(1).max(100),
  name: z.string().min(1).max(200),
  minutes: Minutes(1, 100_000),
  per: z.enum(SERVICE_FREQUENCIES),
  start: DateText,
  end: DateText,
})

export const ComputeComplianceSchema = z
  .strictObject({
    period: z.strictObject({ from: DateText, to: DateText }),
    schoolCalendar: z.strictObject({
      firstDay: DateText,
      lastDay: DateText,
      closedDays: z.array(DateText).max(366).optional(),
    }),
    services: z.array(PlannedServiceInputSchema).max(100),
    sessions: z.array(ServiceSessionInputSchema).max(100_000),
    /** When given, alerts are worked out for this day (the last four school weeks before it). */
    today: DateText.optional(),
  })
  // Runs even when other fields have problems, so every problem is reported at once.
  .superRefine((input, ctx) => crossCheck(input, ctx), { when: () => true })

export type ComputeCompliance = z.infer<typeof ComputeComplianceSchema>

const MessageSchema = z.object({
  key: z.string(),
  params: z
    .record(
      z.string(),
      z.union([z.string(), z.number(), z.object({ date: z.string() }), z.object({ key: z.string() })]),
    )
    .optional(),
})

const WeekSchema = z.object({
  week: z.string(),
  monday: z.string(),
  schoolDays: z.number(),
  requiredMinutes: z.number(),
  deliveredMinutes: z.number(),
  missedSchoolMinutes: z.number(),
  missedStudentMinutes: z.number(),
  missedUnknownMinutes: z.number(),
})

export const ServiceComplianceSchema = z.object({
  service: z.string(),
  name: z.string(),
  /** The days counted (the period cut to the service's dates); null when they do not meet. */
  from: z.string().nullable(),
  to: z.string().nullable(),
  schoolDays: z.number(),
  requiredMinutes: z.number(),
  deliveredMinutes: z.number(),
  missedSchoolMinutes: z.number(),
  missedStudentMinutes: z.number(),
  missedUnknownMinutes: z.number(),
  unrecordedMinutes: z.number(),
  /** One decimal, rounded down; null when nothing was required. */
  percentDelivered: z.number().nullable(),
  owedMinutes: z.number(),
  unconfirmed: z.object({ sessions: z.number(), deliveredMinutes: z.number(), missedMinutes: z.number() }),
  sessionsCounted: z.number(),
  sessionsOutsideService: z.number(),
  weeks: z.array(WeekSchema).optional(),
})

export const DeliveryAlertSchema = z.object({
  service: z.string(),
  from: z.string(),
  to: z.string(),
  expectedMinutes: z.number(),
  deliveredMinutes: z.number(),
  percentDelivered: z.number(),
  title: MessageSchema,
  message: MessageSchema,
})

export const ComplianceReportSchema = z.object({
  services: z.array(ServiceComplianceSchema),
  alerts: z.array(DeliveryAlertSchema).optional(),
})

export type ServiceCompliance = z.infer<typeof ServiceComplianceSchema>
export type ComplianceReport = z.infer<typeof ComplianceReportSchema>

export interface ComputeComplianceOptions {
  /** Add the per-ISO-week series (required against delivered) to each service, for charts. */
  readonly weekly?: boolean
}

/** Minutes required, given, missed and owed for each service of the input, in the input's order. */
export function computeCompliance(
  input: ComputeCompliance,
  options: ComputeComplianceOptions = {},
): ComplianceReport {
  const calendar = schoolCalendar({
    firstDay: input.schoolCalendar.firstDay as LocalDate,
    lastDay: input.schoolCalendar.lastDay as LocalDate,
    closedDays: (input.schoolCalendar.closedDays ?? []) as LocalDate[],
  })
  const period = { from: input.period.from as LocalDate, to: input.period.to as LocalDate }
  const services: PlannedService[] = input.services.map((s) => ({
    id: s.id,
    name: s.name,
    minutes: s.minutes,
    per: s.per,
    start: s.start as LocalDate,
    end: s.end as LocalDate,
  }))
  const sessions: ServiceSession[] = input.sessions.map((s) => ({
    service: s.service,
    date: s.date as LocalDate,
    minutes: s.minutes,
    status: s.status,
    confirmed: s.confirmed ?? true,
  }))

  const deliveries = computePlanDelivery({ services, sessions, calendar, period })
  const report: ComplianceReport = {
    services: deliveries.map((d, i) => {
      const service = services[i] as PlannedService
      const view: ServiceCompliance = {
        service: d.service,
        name: service.name,
        from: d.window?.from ?? null,
        to: d.window?.to ?? null,
        schoolDays: d.schoolDays,
        requiredMinutes: d.requiredMinutes,
        deliveredMinutes: d.deliveredMinutes,
        missedSchoolMinutes: d.missedSchoolMinutes,
        missedStudentMinutes: d.missedStudentMinutes,
        missedUnknownMinutes: d.missedUnknownMinutes,
        unrecordedMinutes: d.unrecordedMinutes,
        percentDelivered: d.percentDelivered ?? null,
        owedMinutes: d.owedMinutes,
        unconfirmed: d.unconfirmed,
        sessionsCounted: d.sessionsCounted,
        sessionsOutsideService: d.sessionsOutsideService,
      }
      if (options.weekly) {
        const own = sessions.filter((s) => s.service === service.id)
        view.weeks = computeWeeklyDelivery({ service, sessions: own, calendar, period })
      }
      return view
    }),
  }
  if (input.today !== undefined) {
    report.alerts = findDeliveryAlerts({
      services,
      sessions,
      calendar,
      today: input.today as LocalDate,
    }).map((alert) => ({
      service: alert.service,
      from: alert.window.from,
      to: alert.window.to,
      expectedMinutes: alert.expectedMinutes,
      deliveredMinutes: alert.deliveredMinutes,
      percentDelivered: alert.percentDelivered,
      title: alert.title,
      message: alert.message,
    }))
  }
  return report
}

/**
 * Checks that span fields: dates in order, service ids unique and known. It reads the raw value
 * defensively because it also runs when other fields failed, so all problems are reported together.
 */
function crossCheck(input: unknown, ctx: z.RefinementCtx): void {
  const root = asRecord(input)
  if (!root) return
  const flag = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message })

  const period = asRecord(root.period)
  if (period && isDate(period.from) && isDate(period.to) && period.to < period.from) {
    flag(['period', 'to'], 'services.problems.periodEndBeforeStart')
  }
  const calendar = asRecord(root.schoolCalendar)
  if (
    calendar &&
    isDate(calendar.firstDay) &&
    isDate(calendar.lastDay) &&
    calendar.lastDay < calendar.firstDay
  ) {
    flag(['schoolCalendar', 'lastDay'], 'services.problems.lastDayBeforeFirstDay')
  }

  const ids = new Set<string>()
  const services = Array.isArray(root.services) ? root.services : undefined
  services?.forEach((raw, index) => {
    const service = asRecord(raw)
    if (!service) return
    if (typeof service.id === 'string') {
      if (ids.has(service.id)) flag(['services', index, 'id'], 'services.problems.duplicateServiceId')
      ids.add(service.id)
    }
    if (isDate(service.start) && isDate(service.end) && service.end < service.start) {
      flag(['services', index, 'end'], 'services.problems.endBeforeStart')
    }
  })

  // Only name unknown services when the list of services itself could be read.
  if (!services) return
  const sessions = Array.isArray(root.sessions) ? root.sessions : []
  sessions.forEach((raw, index) => {
    const session = asRecord(raw)
    if (
      session &&
      typeof session.service === 'string' &&
      session.service !== '' &&
      !ids.has(session.service)
    ) {
      flag(['sessions', index, 'service'], 'services.problems.unknownService')
    }
  })
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}

function isDate(value: unknown): value is string {
  return typeof value === 'string' && parseLocalDate(value) !== undefined
}

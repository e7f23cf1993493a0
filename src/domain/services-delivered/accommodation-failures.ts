import { addDays, type LocalDate, maxDate, minDate } from '../dates/local-date.ts'
import { isSchoolDay, type SchoolCalendar } from '../dates/school-calendar.ts'
import type { Period } from './planned-service.ts'
import { percentOf } from './rounding.ts'

/** An accommodation the plan lists (extended time, preferential seating …), with the dates it applies. */
export interface PlannedAccommodation {
  readonly id: string
  readonly name: string
  readonly start: LocalDate
  readonly end: LocalDate
}

/** A logged day on which an accommodation was not provided. */
export interface AccommodationIncident {
  readonly accommodation: string
  readonly date: LocalDate
}

/** How often one accommodation was not provided over a period. */
export interface AccommodationFailures {
  readonly accommodation: string
  /** Incidents logged in the period inside the accommodation's dates (weekends and breaks included). */
  readonly incidents: number
  /** School days with at least one incident: several incidents on one day count once. */
  readonly schoolDaysWithIncident: number
  /** School days in session in the period inside the accommodation's dates. */
  readonly schoolDays: number
  /** schoolDaysWithIncident out of schoolDays, one decimal, rounded down; undefined with no school days. */
  readonly percentOfSchoolDays: number | undefined
  readonly firstOn: LocalDate | undefined
  readonly lastOn: LocalDate | undefined
}

/**
 * Per accommodation, in the plan's order: how many incidents, on how many school days, and that as
 * a share of the school days it applied. Incidents for accommodations not in the list are left out.
 */
export function computeAccommodationFailures(input: {
  readonly accommodations: readonly PlannedAccommodation[]
  readonly incidents: readonly AccommodationIncident[]
  readonly calendar: SchoolCalendar
  readonly period: Period
}): AccommodationFailures[] {
  const { calendar, period } = input
  const schoolDaysIn = new Map<string, number>()
  return input.accommodations.map((accommodation) => {
    const from = maxDate(period.from, accommodation.start)
    const to = minDate(period.to, accommodation.end)
    let incidents = 0
    const days = new Set<LocalDate>()
    let firstOn: LocalDate | undefined
    let lastOn: LocalDate | undefined
    for (const incident of input.incidents) {
      if (incident.accommodation !== accommodation.id || incident.date < from || incident.date > to) continue
      incidents += 1
      if (isSchoolDay(calendar, incident.date)) days.add(incident.date)
      if (firstOn === undefined || incident.date < firstOn) firstOn = incident.date
      if (lastOn === undefined || incident.date > lastOn) lastOn = incident.date
    }
    const key = `${from}/${to}`
    let schoolDays = schoolDaysIn.get(key)
    if (schoolDays === undefined) {
      schoolDays = countSchoolDays(calendar, from, to)
      schoolDaysIn.set(key, schoolDays)
    }
    return {
      accommodation: accommodation.id,
      incidents,
      schoolDaysWithIncident: days.size,
      schoolDays,
      percentOfSchoolDays: percentOf(days.size, schoolDays),
      firstOn,
      lastOn,
    }
  })
}

function countSchoolDays(calendar: SchoolCalendar, from: LocalDate, to: LocalDate): number {
  let count = 0
  for (let date = from; date <= to; date = addDays(date, 1)) if (isSchoolDay(calendar, date)) count += 1
  return count
}

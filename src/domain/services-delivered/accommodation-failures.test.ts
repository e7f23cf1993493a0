import { describe, expect, test } from 'vitest'
import { localDate } from '../dates/local-date.ts'
import {
  type AccommodationIncident,
  computeAccommodationFailures,
  type PlannedAccommodation,
} from './accommodation-failures.ts'
import { period, schoolYear2026 } from './test-fixtures.ts'

const extendedTime: PlannedAccommodation = {
  id: 'extended-time',
  name: 'Extended time on tests',
  start: localDate('2026-09-08'),
  end: localDate('2027-06-18'),
}
const seating: PlannedAccommodation = {
  id: 'seating',
  name: 'Preferential seating',
  start: localDate('2026-11-16'),
  end: localDate('2027-06-18'),
}

function incident(accommodation: string, date: string): AccommodationIncident {
  return { accommodation, date: localDate(date) }
}

describe('computeAccommodationFailures', () => {
  test('counts incidents and the school days they fell on, per accommodation, in the plan’s order', () => {
    // November 2026: 19 school days (Thanksgiving Thursday and Friday closed).
    // Preferential seating starts 16 November: 16–30 November has 9 school days.
    const stats = computeAccommodationFailures({
      accommodations: [extendedTime, seating],
      incidents: [
        incident('extended-time', '2026-11-04'),
        incident('extended-time', '2026-11-04'),
        incident('extended-time', '2026-11-18'),
        incident('seating', '2026-11-10'),
        incident('seating', '2026-11-17'),
        incident('extended-time', '2026-12-02'),
        incident('someone-else', '2026-11-05'),
      ],
      calendar: schoolYear2026(),
      period: period('2026-11-01', '2026-11-30'),
    })
    expect(stats).toEqual([
      {
        accommodation: 'extended-time',
        incidents: 3,
        schoolDaysWithIncident: 2,
        schoolDays: 19,
        percentOfSchoolDays: 10.5,
        firstOn: '2026-11-04',
        lastOn: '2026-11-18',
      },
      {
        accommodation: 'seating',
        incidents: 1,
        schoolDaysWithIncident: 1,
        schoolDays: 9,
        percentOfSchoolDays: 11.1,
        firstOn: '2026-11-17',
        lastOn: '2026-11-17',
      },
    ])
  })

  test('an incident on a day the school is closed is counted but adds no school day to the rate', () => {
    const [stats] = computeAccommodationFailures({
      accommodations: [extendedTime],
      incidents: [incident('extended-time', '2026-11-27')],
      calendar: schoolYear2026(),
      period: period('2026-11-23', '2026-11-27'),
    })
    expect(stats).toMatchObject({
      incidents: 1,
      schoolDaysWithIncident: 0,
      schoolDays: 3,
      percentOfSchoolDays: 0,
    })
  })

  test('with no school days there is no rate', () => {
    const [stats] = computeAccommodationFailures({
      accommodations: [extendedTime],
      incidents: [],
      calendar: schoolYear2026(),
      period: period('2026-12-21', '2027-01-01'),
    })
    expect(stats?.schoolDays).toBe(0)
    expect(stats?.percentOfSchoolDays).toBeUndefined()
    expect(stats?.firstOn).toBeUndefined()
  })
})

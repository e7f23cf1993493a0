import type { LocalDate } from '../dates/local-date.ts'
import type { Message, MessageParam } from '../messages.ts'
import type { Unit } from './law-data.ts'

/**
 * The steps that explain a date, as catalog keys under `deadlines.explain.*` with their values.
 * The words live in src/i18n/{en,es}/deadlines.ts. Nested labels (an event, a state, a unit) are
 * shared objects so that building an explanation allocates little.
 */

const labels = new Map<string, { readonly key: string }>()

function label(key: string): { readonly key: string } {
  let value = labels.get(key)
  if (!value) {
    value = { key }
    labels.set(key, value)
  }
  return value
}

// Caches keyed by the bare name: looking up a string built on every call would hash it every time.
const eventLabels = new Map<string, { readonly key: string }>()
const authorityLabels = new Map<string, { readonly key: string }>()
const unitLabels = new Map<string, readonly [{ readonly key: string }, { readonly key: string }]>()
const ruleTitles = new Map<string, Message>()

/** `{ key: deadlines.events.<type> }`: the event's name, for use inside a sentence. */
export function eventLabel(type: string): { readonly key: string } {
  let value = eventLabels.get(type)
  if (!value) {
    value = { key: `deadlines.events.${type}` }
    eventLabels.set(type, value)
  }
  return value
}

/** Who counts: federal law (`US`) or the state. */
export function authorityLabel(jurisdiction: string): { readonly key: string } {
  let value = authorityLabels.get(jurisdiction)
  if (!value) {
    value = {
      key: jurisdiction === 'US' ? 'deadlines.authority.federal' : `deadlines.states.${jurisdiction}`,
    }
    authorityLabels.set(jurisdiction, value)
  }
  return value
}

export function unitLabel(unit: Unit, amount: number): { readonly key: string } {
  let pair = unitLabels.get(unit)
  if (!pair) {
    pair = [{ key: `deadlines.units.${unit}.one` }, { key: `deadlines.units.${unit}.other` }]
    unitLabels.set(unit, pair)
  }
  return amount === 1 ? pair[0] : pair[1]
}

/** The title of a rule, also used inside sentences. */
export function ruleTitle(ruleId: string): Message {
  let value = ruleTitles.get(ruleId)
  if (!value) {
    value = { key: `deadlines.rules.${ruleId}.title` }
    ruleTitles.set(ruleId, value)
  }
  return value
}

const stepKeys = new Map<string, string>()

function step(name: string, params?: Record<string, MessageParam>): Message {
  let key = stepKeys.get(name)
  if (key === undefined) {
    key = `deadlines.explain.${name}`
    stepKeys.set(name, key)
  }
  return params ? { key, params } : label(key)
}

const date = (value: LocalDate) => ({ date: value })

export const explain = {
  event: (type: string, on: LocalDate) => step('event', { event: eventLabel(type), date: date(on) }),
  birth: (on: LocalDate) => step('birth', { date: date(on) }),
  majorityAssumed: (age: number, on: LocalDate) => step('majorityAssumed', { age, date: date(on) }),

  countCalendar: (who: string, amount: number, unit: Unit) =>
    step('countCalendar', { authority: authorityLabel(who), amount, unit: unitLabel(unit, amount) }),
  countSchool: (who: string, amount: number) =>
    step('countSchool', { authority: authorityLabel(who), amount, unit: unitLabel('school-days', amount) }),
  skippedClosed: (count: number) => step(count === 1 ? 'skippedClosedOne' : 'skippedClosed', { count }),
  skippedSummer: (count: number) => step(count === 1 ? 'skippedSummerOne' : 'skippedSummer', { count }),
  countBusiness: (who: string, amount: number) =>
    step('countBusiness', {
      authority: authorityLabel(who),
      amount,
      unit: unitLabel('business-days', amount),
    }),
  skippedHolidays: (count: number) => step(count === 1 ? 'skippedHolidaysOne' : 'skippedHolidays', { count }),
  noHolidays: () => step('noHolidays'),
  countMonths: (who: string, amount: number, unit: Unit) =>
    step('countMonths', { authority: authorityLabel(who), amount, unit: unitLabel(unit, amount) }),
  clamped: () => step('clamped'),
  countBackward: (who: string, amount: number, unit: Unit) =>
    step('countBackward', { authority: authorityLabel(who), amount, unit: unitLabel(unit, amount) }),
  beforeNoLead: () => step('beforeNoLead'),
  sameDay: () => step('sameDay'),
  notBefore: (who: string, amount: number, unit: Unit) =>
    step('notBefore', { authority: authorityLabel(who), amount, unit: unitLabel(unit, amount) }),
  happensAt: (who: string, amount: number, unit: Unit) =>
    step('happensAt', { authority: authorityLabel(who), amount, unit: unitLabel(unit, amount) }),
  schoolYear: (ends: LocalDate) => step('schoolYear', { date: date(ends) }),
  schoolYearNoCalendar: () => step('schoolYearNoCalendar'),
  noFixedPeriod: () => step('noFixedPeriod'),
  alsoDueBefore: (type: string, on: LocalDate) =>
    step('alsoDueBefore', { event: eventLabel(type), date: date(on) }),

  due: (on: LocalDate) => step('due', { date: date(on) }),
  earliest: (on: LocalDate) => step('earliest', { date: date(on) }),
  weekend: (on: LocalDate) => step('weekend', { date: date(on) }),
  needsCalendar: () => step('needsCalendar'),
  needsNextYear: (lastDay: LocalDate) => step('needsNextYear', { date: date(lastDay) }),
  beforeCalendar: (firstDay: LocalDate) => step('beforeCalendar', { date: date(firstDay) }),

  metOnTime: (type: string, on: LocalDate) => step('metOnTime', { event: eventLabel(type), date: date(on) }),
  metLate: (type: string, on: LocalDate, days: number) =>
    step(days === 1 ? 'metLateOne' : 'metLate', { event: eventLabel(type), date: date(on), days }),
  metEarly: (type: string, on: LocalDate) => step('metEarly', { event: eventLabel(type), date: date(on) }),
  endedByEvent: (type: string, on: LocalDate) =>
    step('endedByEvent', { event: eventLabel(type), date: date(on) }),
  periodEnded: (on: LocalDate) => step('periodEnded', { date: date(on) }),
  earliestReached: () => step('earliestReached'),
  overdue: () => step('overdue'),
  chanceEnded: (on: LocalDate) => step('chanceEnded', { date: date(on) }),
  superseded: (type: string, on: LocalDate) =>
    step('superseded', { event: eventLabel(type), date: date(on) }),
  exception: (exceptionId: string) => label(`deadlines.exceptions.${exceptionId}`),
  notApplicable: (ruleId: string) => label(`deadlines.notApplicable.${ruleId}`),
  ruleNote: (ruleId: string) => label(`deadlines.notes.${ruleId}`),
  chainComputed: (sourceRuleId: string, on: LocalDate) =>
    step('chainComputed', { rule: ruleTitle(sourceRuleId), date: date(on) }),

  stateReplaces: (state: string, amount: number | null, unit: Unit | null) =>
    amount !== null && unit !== null
      ? step('stateReplaces', { state: authorityLabel(state), amount, unit: unitLabel(unit, amount) })
      : step('stateReplacesNoFigure', { state: authorityLabel(state) }),
  stateUnknown: (state: string) => step('stateUnknown', { state: authorityLabel(state) }),
  stateNoShorter: (state: string) => step('stateNoShorter', { state: authorityLabel(state) }),
  stateUnclear: () => step('stateUnclear'),
  stateFolded: (state: string) => step('stateFolded', { state: authorityLabel(state) }),
  candidateDate: (state: string, amount: number, unit: Unit, on: LocalDate, citation: string) =>
    step('candidateDate', {
      state: authorityLabel(state),
      amount,
      unit: unitLabel(unit, amount),
      date: date(on),
      citation,
    }),
  candidateNoDate: (state: string, amount: number, unit: Unit, citation: string) =>
    step('candidateNoDate', {
      state: authorityLabel(state),
      amount,
      unit: unitLabel(unit, amount),
      citation,
    }),
  gives: (on: LocalDate) => step('gives', { date: date(on) }),
  earlierApplies: () => step('earlierApplies'),
  needsEvent: (state: string, amount: number, unit: Unit, type: string) =>
    step('needsEvent', {
      state: authorityLabel(state),
      amount,
      unit: unitLabel(unit, amount),
      event: eventLabel(type),
    }),
  stateFromOtherEvent: (state: string, type: string) =>
    step('stateFromOtherEvent', { state: authorityLabel(state), event: eventLabel(type) }),
  pauses: (state: string, count: number) => step('pauses', { state: authorityLabel(state), count }),
  pausesNoCalendar: (state: string) => step('pausesNoCalendar', { state: authorityLabel(state) }),
  absences: (state: string, count: number, minimum: number, on: LocalDate) =>
    step('absences', { state: authorityLabel(state), count, minimum, date: date(on) }),
  absencesFew: (state: string, count: number, minimum: number) =>
    step('absencesFew', { state: authorityLabel(state), count, minimum }),
  absencesNone: (state: string, minimum: number) =>
    step('absencesNone', { state: authorityLabel(state), minimum }),
  endOfYearSchoolDays: (count: number, lastDay: LocalDate) =>
    step('endOfYearSchoolDays', { count, date: date(lastDay) }),
  endOfYearCalendarDays: (count: number, lastDay: LocalDate) =>
    step('endOfYearCalendarDays', { count, date: date(lastDay) }),
  endOfYearRule: (state: string, citation: string) =>
    step('endOfYearRule', { state: authorityLabel(state), citation }),
  summerMoved: (state: string, on: LocalDate) =>
    step('summerMoved', { state: authorityLabel(state), date: date(on) }),
  byAge: (state: string, age: number, amount: number, unit: Unit) =>
    step('byAge', { state: authorityLabel(state), age, amount, unit: unitLabel(unit, amount) }),
  alternative: (state: string, amount: number, unit: Unit, type: string, on: LocalDate) =>
    step('alternative', {
      state: authorityLabel(state),
      amount,
      unit: unitLabel(unit, amount),
      event: eventLabel(type),
      date: date(on),
    }),
  alternativeMissing: (state: string, amount: number, unit: Unit, type: string) =>
    step('alternativeMissing', {
      state: authorityLabel(state),
      amount,
      unit: unitLabel(unit, amount),
      event: eventLabel(type),
    }),
  detail: (name: string) => label(`deadlines.explain.detail.${name}`),

  removalTotal: (count: number, yearStart: LocalDate) =>
    step('removalTotal', { count, date: date(yearStart) }),
  removalRule: (limit: number) => step('removalRule', { limit, next: limit + 1 }),
  removalDay: (day: number, on: LocalDate) => step('removalDay', { day, date: date(on) }),
  removalLeft: (left: number) => step(left === 1 ? 'removalLeftOne' : 'removalLeft', { left }),
}

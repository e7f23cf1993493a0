import type { LocalDate } from '../dates/local-date.ts'
import { type Problem, problem } from '../problems.ts'
import { type LibraryEntryType, libraryEntry } from './library.ts'
import type { Frequency, GeneralEducationTime, Plan, PlanItem } from './plan.ts'

/**
 * The rules a plan must keep before it can be saved: dates in order, amounts above zero, percents
 * between 0 and 100, ids unique in their list, library ids that exist. Each problem names the field
 * by its JSON path (`services[1].minutes`) and carries a catalog key under `plans.problems`.
 * What the plan merely lacks is not a problem here: that is the completeness check (check-plan.ts).
 */
export function checkPlanInput(plan: Plan): Problem[] {
  const problems: Problem[] = []
  checkDates(plan, problems)
  checkServices(plan, problems)
  checkAccommodations(plan, problems)
  uniqueIds(
    plan.accommodations.map((a) => a.id),
    'accommodations',
    problems,
  )
  if (plan.kind === 'iep') {
    uniqueIds(
      plan.goals.map((g) => g.id),
      'goals',
      problems,
    )
    for (const [index, goal] of plan.goals.entries()) {
      uniqueIds(
        (goal.objectives ?? []).map((o) => o.id),
        `goals[${index}].objectives`,
        problems,
      )
    }
    checkItems(plan.programModifications ?? [], 'programModifications', 'modification', problems)
    checkItems(plan.staffSupports ?? [], 'staffSupports', 'staff-support', problems)
    if (plan.transition) checkItems(plan.transition.services, 'transition.services', 'service', problems)
    if (plan.generalEducationTime) checkGeneralEducationTime(plan.generalEducationTime, problems)
  }
  return problems
}

function after(
  field: string,
  earlier: LocalDate | undefined,
  later: LocalDate | undefined,
  key: string,
): Problem[] {
  return earlier !== undefined && later !== undefined && later < earlier ? [problem(field, key)] : []
}

function checkDates(plan: Plan, problems: Problem[]): void {
  const { dates } = plan
  problems.push(...after('dates.end', dates.start, dates.end, 'plans.problems.endBeforeStart'))
  problems.push(...after('dates.start', dates.meeting, dates.start, 'plans.problems.startBeforeMeeting'))
  if (plan.kind === 'iep') {
    problems.push(
      ...after(
        'dates.nextAnnualReview',
        plan.dates.meeting,
        plan.dates.nextAnnualReview,
        'plans.problems.reviewBeforeMeeting',
      ),
    )
    problems.push(
      ...after(
        'dates.nextReevaluation',
        plan.eligibility?.lastEvaluation,
        plan.dates.nextReevaluation,
        'plans.problems.reevaluationBeforeEvaluation',
      ),
    )
  } else {
    problems.push(
      ...after('dates.review', plan.dates.meeting, plan.dates.review, 'plans.problems.reviewBeforeMeeting'),
    )
  }
}

function checkFrequency(frequency: Frequency, field: string, problems: Problem[]): void {
  if (!Number.isInteger(frequency.times) || frequency.times < 1) {
    problems.push(problem(`${field}.times`, 'plans.problems.timesNotPositive'))
  }
}

function checkServices(plan: Plan, problems: Problem[]): void {
  uniqueIds(
    plan.services.map((s) => s.id),
    'services',
    problems,
  )
  for (const [index, service] of plan.services.entries()) {
    const at = `services[${index}]`
    if (service.minutes !== undefined && !(service.minutes > 0)) {
      problems.push(problem(`${at}.minutes`, 'plans.problems.minutesNotPositive'))
    }
    if (service.frequency) checkFrequency(service.frequency, `${at}.frequency`, problems)
    problems.push(...after(`${at}.end`, service.start, service.end, 'plans.problems.endBeforeStart'))
    if (service.libraryId !== undefined)
      checkLibraryId(service.libraryId, 'service', `${at}.libraryId`, problems)
  }
}

function checkAccommodations(plan: Plan, problems: Problem[]): void {
  for (const [index, accommodation] of plan.accommodations.entries()) {
    const at = `accommodations[${index}]`
    const hasText = accommodation.text !== undefined && accommodation.text.trim() !== ''
    if (!hasText && accommodation.libraryId === undefined) {
      problems.push(problem(`${at}.text`, 'plans.problems.accommodationEmpty'))
    }
    if (accommodation.libraryId !== undefined) {
      checkLibraryId(accommodation.libraryId, 'accommodation', `${at}.libraryId`, problems)
    }
    if (new Set(accommodation.settings).size !== accommodation.settings.length) {
      problems.push(problem(`${at}.settings`, 'plans.problems.settingRepeated'))
    }
  }
}

function checkItems(
  items: readonly PlanItem[],
  list: string,
  type: LibraryEntryType,
  problems: Problem[],
): void {
  uniqueIds(
    items.map((item) => item.id),
    list,
    problems,
  )
  for (const [index, item] of items.entries()) {
    if (item.libraryId !== undefined)
      checkLibraryId(item.libraryId, type, `${list}[${index}].libraryId`, problems)
  }
}

function checkLibraryId(id: string, type: LibraryEntryType, field: string, problems: Problem[]): void {
  const entry = libraryEntry(id)
  if (entry === undefined) problems.push(problem(field, 'plans.problems.libraryEntryUnknown', { id }))
  // A modification or staff support may sit in the service list of a 504 plan; only the clear mismatches are refused.
  else if (type === 'accommodation' ? entry.type !== 'accommodation' : entry.type === 'accommodation') {
    problems.push(problem(field, 'plans.problems.libraryEntryWrongList', { id }))
  }
}

function checkGeneralEducationTime(time: GeneralEducationTime, problems: Problem[]): void {
  if (time.percent !== undefined && !(time.percent >= 0 && time.percent <= 100)) {
    problems.push(problem('generalEducationTime.percent', 'plans.problems.percentOutOfRange'))
  }
  if (time.minutesPerWeek !== undefined && !(time.minutesPerWeek >= 0)) {
    problems.push(problem('generalEducationTime.minutesPerWeek', 'plans.problems.minutesNegative'))
  }
  if (time.schoolMinutesPerWeek !== undefined && !(time.schoolMinutesPerWeek > 0)) {
    problems.push(problem('generalEducationTime.schoolMinutesPerWeek', 'plans.problems.minutesNotPositive'))
  }
  if (
    time.minutesPerWeek !== undefined &&
    time.schoolMinutesPerWeek !== undefined &&
    time.minutesPerWeek > time.schoolMinutesPerWeek
  ) {
    problems.push(problem('generalEducationTime.minutesPerWeek', 'plans.problems.moreThanSchoolWeek'))
  }
}

function uniqueIds(ids: readonly string[], list: string, problems: Problem[]): void {
  const seen = new Set<string>()
  for (const [index, id] of ids.entries()) {
    if (seen.has(id)) problems.push(problem(`${list}[${index}].id`, 'plans.problems.idRepeated', { id }))
    seen.add(id)
  }
}

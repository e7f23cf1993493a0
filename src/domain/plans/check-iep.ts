import { addYears } from '../dates/local-date.ts'
import type { CheckContext } from './check-plan.ts'
import { type Finding, finding } from './finding.ts'
import type { AssessmentChoice, Goal, IepPlan, Service, TeamRole } from './plan.ts'
import { stateTransitionNote } from './state-plan-notes.ts'

/** The IEP checklist: 34 CFR 300.320 (contents), 300.321 (team), 300.324 (review), 300.303 (reevaluation). */
export function checkIep(plan: IepPlan, context: CheckContext): Finding[] {
  const findings: Finding[] = []
  checkDates(plan, findings)
  checkPresentLevels(plan, findings)
  checkGoals(plan, findings)
  checkServices(plan, findings)
  checkGeneralEducationTime(plan, findings)
  checkAssessments(plan, findings)
  if (plan.extendedSchoolYear === undefined) {
    findings.push(finding('esy-decision-missing', 'recommended', '34 CFR 300.106', 'extendedSchoolYear'))
  }
  checkAges(plan, context, findings)
  checkTeam(plan, findings)
  checkConsents(plan, findings)
  return findings
}

function blank(text: string | undefined): boolean {
  return text === undefined || text.trim() === ''
}

function checkDates(plan: IepPlan, findings: Finding[]): void {
  const { dates } = plan
  if (!dates.meeting && !plan.revision?.withoutMeeting) {
    findings.push(finding('meeting-date-missing', 'recommended', '34 CFR 300.324(b)(1)', 'dates.meeting'))
  }
  if (!dates.start)
    findings.push(finding('start-date-missing', 'required', '34 CFR 300.320(a)(7)', 'dates.start'))
  if (!dates.end)
    findings.push(finding('end-date-missing', 'recommended', '34 CFR 300.320(a)(7)', 'dates.end'))
  if (!dates.nextAnnualReview) {
    findings.push(
      finding(
        'annual-review-date-missing',
        'recommended',
        '34 CFR 300.324(b)(1)(i)',
        'dates.nextAnnualReview',
      ),
    )
  } else if (dates.meeting && dates.nextAnnualReview > addYears(dates.meeting, 1)) {
    findings.push(
      finding('annual-review-late', 'required', '34 CFR 300.324(b)(1)(i)', 'dates.nextAnnualReview', {
        latest: { date: addYears(dates.meeting, 1) },
      }),
    )
  }
  const lastEvaluation = plan.eligibility?.lastEvaluation
  if (!dates.nextReevaluation) {
    findings.push(
      finding('reevaluation-date-missing', 'recommended', '34 CFR 300.303(b)(2)', 'dates.nextReevaluation'),
    )
  } else if (lastEvaluation && dates.nextReevaluation > addYears(lastEvaluation, 3)) {
    findings.push(
      finding('reevaluation-late', 'required', '34 CFR 300.303(b)(2)', 'dates.nextReevaluation', {
        latest: { date: addYears(lastEvaluation, 3) },
      }),
    )
  }
  if (!plan.eligibility?.category) {
    findings.push(
      finding('eligibility-category-missing', 'recommended', '34 CFR 300.8', 'eligibility.category'),
    )
  }
}

function checkPresentLevels(plan: IepPlan, findings: Finding[]): void {
  const levels = plan.presentLevels
  if (blank(levels?.academic) && blank(levels?.functional)) {
    findings.push(finding('present-levels-missing', 'required', '34 CFR 300.320(a)(1)', 'presentLevels'))
  }
  if (blank(levels?.effectOnGeneralCurriculum)) {
    findings.push(
      finding(
        'present-levels-effect-missing',
        'required',
        '34 CFR 300.320(a)(1)(i)',
        'presentLevels.effectOnGeneralCurriculum',
      ),
    )
  }
}

function takesAlternateAssessment(plan: IepPlan): boolean {
  return (
    plan.assessments?.state?.participation === 'alternate' ||
    plan.assessments?.district?.participation === 'alternate'
  )
}

function checkGoals(plan: IepPlan, findings: Finding[]): void {
  if (plan.goals.length === 0) {
    findings.push(finding('goals-missing', 'required', '34 CFR 300.320(a)(2)(i)', 'goals'))
    return
  }
  const planSchedule = !blank(plan.progressReporting?.when)
  const alternate = takesAlternateAssessment(plan)
  let goalWithoutSchedule = false
  for (const [index, goal] of plan.goals.entries()) {
    checkGoal(goal, index, alternate, findings)
    if (blank(goal.progressReporting?.when)) goalWithoutSchedule = true
  }
  if (goalWithoutSchedule && !planSchedule) {
    findings.push(
      finding('progress-schedule-missing', 'required', '34 CFR 300.320(a)(3)(ii)', 'progressReporting.when'),
    )
  }
}

function checkGoal(goal: Goal, index: number, alternate: boolean, findings: Finding[]): void {
  const at = `goals[${index}]`
  const params = { number: index + 1 }
  if (blank(goal.baseline) && goal.baselineValue === undefined) {
    findings.push(
      finding('goal-baseline-missing', 'recommended', '34 CFR 300.320(a)(1)-(2)', `${at}.baseline`, params),
    )
  }
  if (blank(goal.target) && goal.targetValue === undefined) {
    findings.push(
      finding('goal-target-missing', 'recommended', '34 CFR 300.320(a)(2)(i)', `${at}.target`, params),
    )
  }
  if (blank(goal.criterion)) {
    findings.push(
      finding('goal-criterion-missing', 'required', '34 CFR 300.320(a)(2)(i)', `${at}.criterion`, params),
    )
  }
  if (blank(goal.measurementMethod)) {
    findings.push(
      finding(
        'goal-measurement-missing',
        'required',
        '34 CFR 300.320(a)(3)(i)',
        `${at}.measurementMethod`,
        params,
      ),
    )
  }
  if (alternate && (goal.objectives ?? []).length === 0) {
    findings.push(
      finding('goal-objectives-missing', 'required', '34 CFR 300.320(a)(2)(ii)', `${at}.objectives`, params),
    )
  }
}

function checkServices(plan: IepPlan, findings: Finding[]): void {
  if (plan.services.length === 0) {
    findings.push(finding('services-missing', 'required', '34 CFR 300.320(a)(4)', 'services'))
    return
  }
  if (!plan.services.some((service) => service.kind === 'special-education')) {
    findings.push(finding('special-education-missing', 'review', '34 CFR 300.39', 'services'))
  }
  for (const [index, service] of plan.services.entries()) checkService(plan, service, index, findings)
}

function checkService(plan: IepPlan, service: Service, index: number, findings: Finding[]): void {
  const at = `services[${index}]`
  const params = { name: service.name }
  if (service.minutes === undefined) {
    findings.push(
      finding('service-minutes-missing', 'required', '34 CFR 300.320(a)(7)', `${at}.minutes`, params),
    )
  }
  if (service.frequency === undefined) {
    findings.push(
      finding('service-frequency-missing', 'required', '34 CFR 300.320(a)(7)', `${at}.frequency`, params),
    )
  }
  // A service without its own dates runs with the plan; only a gap in both is a finding.
  if (!service.start && !plan.dates.start) {
    findings.push(finding('service-start-missing', 'required', '34 CFR 300.320(a)(7)', `${at}.start`, params))
  }
  if (!service.end && !plan.dates.end) {
    findings.push(finding('service-end-missing', 'required', '34 CFR 300.320(a)(7)', `${at}.end`, params))
  }
  if (service.setting === undefined && blank(service.location)) {
    findings.push(
      finding('service-location-missing', 'required', '34 CFR 300.320(a)(7)', `${at}.location`, params),
    )
  }
  if (blank(service.providerRole)) {
    findings.push(
      finding('service-provider-missing', 'recommended', '34 CFR 300.323(d)', `${at}.providerRole`, params),
    )
  }
}

/** True when the plan says the child spends some time away from the general education class. */
function timeOutsideGeneralEducation(plan: IepPlan): boolean {
  const time = plan.generalEducationTime
  if (time?.percent !== undefined && time.percent < 100) return true
  if (
    time?.minutesPerWeek !== undefined &&
    time.schoolMinutesPerWeek !== undefined &&
    time.minutesPerWeek < time.schoolMinutesPerWeek
  ) {
    return true
  }
  return plan.services.some(
    (service) => service.setting !== undefined && service.setting !== 'general-education-class',
  )
}

function checkGeneralEducationTime(plan: IepPlan, findings: Finding[]): void {
  const time = plan.generalEducationTime
  if (time === undefined || (time.percent === undefined && time.minutesPerWeek === undefined)) {
    findings.push(
      finding(
        'general-education-time-missing',
        'recommended',
        '34 CFR 300.320(a)(5)',
        'generalEducationTime',
      ),
    )
  }
  if (timeOutsideGeneralEducation(plan) && blank(time?.explanationOfTimeOutside)) {
    findings.push(
      finding(
        'time-outside-explanation-missing',
        'required',
        '34 CFR 300.320(a)(5)',
        'generalEducationTime.explanationOfTimeOutside',
      ),
    )
  }
}

function checkAssessments(plan: IepPlan, findings: Finding[]): void {
  const record = plan.assessments
  if (record?.state === undefined) {
    findings.push(
      finding('assessment-participation-missing', 'required', '34 CFR 300.320(a)(6)', 'assessments.state'),
    )
  }
  const choices: [string, AssessmentChoice | undefined][] = [
    ['state', record?.state],
    ['district', record?.district],
  ]
  for (const [which, choice] of choices) {
    if (choice?.participation !== 'alternate') continue
    if (blank(choice.whyNotRegular)) {
      findings.push(
        finding(
          'alternate-assessment-why-not-regular-missing',
          'required',
          '34 CFR 300.320(a)(6)(ii)(A)',
          `assessments.${which}.whyNotRegular`,
        ),
      )
    }
    if (blank(choice.whyAlternate)) {
      findings.push(
        finding(
          'alternate-assessment-why-alternate-missing',
          'required',
          '34 CFR 300.320(a)(6)(ii)(B)',
          `assessments.${which}.whyAlternate`,
        ),
      )
    }
  }
  const withAccommodations = choices.some(
    ([, choice]) => choice?.participation === 'regular-with-accommodations',
  )
  const testing = plan.accommodations.some((accommodation) => accommodation.settings.includes('testing'))
  if (withAccommodations && !testing) {
    findings.push(
      finding('testing-accommodations-missing', 'review', '34 CFR 300.320(a)(6)(i)', 'accommodations'),
    )
  }
}

function checkAges(plan: IepPlan, context: CheckContext, findings: Finding[]): void {
  if (context.dateOfBirth === undefined) {
    findings.push(finding('date-of-birth-missing', 'review', '34 CFR 300.320(b)-(c)', 'childDateOfBirth'))
    return
  }
  if (context.ageAtEnd === undefined) return
  if (context.ageAtEnd >= context.transitionAge) checkTransition(plan, context, findings)
  else if (plan.transition === undefined) checkEarlyTransition(context, context.ageAtEnd, findings)
  if (context.ageAtEnd >= context.ageOfMajority - 1 && !hasTransferOfRights(plan)) {
    findings.push(
      finding('transfer-of-rights-missing', 'required', '34 CFR 300.320(c); 300.520', 'transferOfRights', {
        age: context.ageOfMajority,
      }),
    )
  }
}

/**
 * Before 16, a transition section is a choice for the team (300.320(b)) unless the state starts
 * earlier. A state note we could not verify gives a "review" finding, never a "required" one.
 */
function checkEarlyTransition(context: CheckContext, ageAtEnd: number, findings: Finding[]): void {
  const note = context.stateCode ? stateTransitionNote(context.stateCode) : undefined
  if (note && ageAtEnd >= note.age) {
    findings.push(
      finding('transition-state-may-start-earlier', 'review', note.citation, 'transition', {
        age: note.age,
        state: note.state,
      }),
    )
  } else if (ageAtEnd >= 14) {
    findings.push(finding('transition-consider-early', 'review', '34 CFR 300.320(b)', 'transition'))
  }
}

function hasTransferOfRights(plan: IepPlan): boolean {
  const statement = plan.transferOfRights
  return statement !== undefined && (statement.informedOn !== undefined || !blank(statement.statement))
}

function checkTransition(plan: IepPlan, context: CheckContext, findings: Finding[]): void {
  const transition = plan.transition
  if (transition === undefined) {
    findings.push(
      finding('transition-missing', 'required', '34 CFR 300.320(b)', 'transition', {
        age: context.transitionAge,
      }),
    )
    return
  }
  const goals = transition.postsecondaryGoals
  const at = 'transition.postsecondaryGoals'
  if (blank(goals.educationOrTraining)) {
    findings.push(
      finding(
        'transition-education-goal-missing',
        'required',
        '34 CFR 300.320(b)(1)',
        `${at}.educationOrTraining`,
      ),
    )
  }
  if (blank(goals.employment)) {
    findings.push(
      finding('transition-employment-goal-missing', 'required', '34 CFR 300.320(b)(1)', `${at}.employment`),
    )
  }
  if (blank(goals.independentLiving)) {
    findings.push(
      finding(
        'transition-independent-living-review',
        'review',
        '34 CFR 300.320(b)(1)',
        `${at}.independentLiving`,
      ),
    )
  }
  if (blank(transition.assessments)) {
    findings.push(
      finding(
        'transition-assessments-missing',
        'recommended',
        '34 CFR 300.320(b)(1)',
        'transition.assessments',
      ),
    )
  }
  if (transition.services.length === 0) {
    findings.push(
      finding('transition-services-missing', 'required', '34 CFR 300.320(b)(2)', 'transition.services'),
    )
  }
  if (blank(transition.courseOfStudy)) {
    findings.push(
      finding(
        'transition-course-of-study-missing',
        'required',
        '34 CFR 300.320(b)(2); 300.43',
        'transition.courseOfStudy',
      ),
    )
  }
  if (!plan.team.some((member) => member.role === 'student')) {
    findings.push(finding('transition-student-not-listed', 'review', '34 CFR 300.321(b)(1)', 'team'))
  }
}

const EXPECTED_MEMBERS: readonly [TeamRole, string, string][] = [
  ['parent', 'team-parent-missing', '34 CFR 300.322'],
  ['general-education-teacher', 'team-general-education-teacher-missing', '34 CFR 300.321(a)(2)'],
  ['special-education-teacher', 'team-special-education-teacher-missing', '34 CFR 300.321(a)(3)'],
  ['district-representative', 'team-district-representative-missing', '34 CFR 300.321(a)(4)'],
]

function checkTeam(plan: IepPlan, findings: Finding[]): void {
  if (plan.team.length === 0) {
    findings.push(finding('team-missing', 'recommended', '34 CFR 300.321(a)', 'team'))
    return
  }
  for (const [role, code, citation] of EXPECTED_MEMBERS) {
    const present = plan.team.some((member) => member.role === role && member.attended !== false)
    const excused = plan.team.some((member) => member.role === role && member.excusedInWriting === true)
    if (!present && !excused) findings.push(finding(code, 'review', citation, 'team'))
  }
  for (const [index, member] of plan.team.entries()) {
    if (member.attended === false && member.excusedInWriting !== true && member.role !== 'parent') {
      findings.push(
        finding(
          'team-member-absent-not-excused',
          'review',
          '34 CFR 300.321(e)',
          `team[${index}].excusedInWriting`,
          {
            number: index + 1,
          },
        ),
      )
    }
  }
}

function checkConsents(plan: IepPlan, findings: Finding[]): void {
  if (plan.revision?.reason !== 'initial') return
  const consented = (plan.consents ?? []).some(
    (consent) => consent.kind === 'initial-services' && consent.given !== false,
  )
  if (!consented) {
    findings.push(finding('initial-services-consent-missing', 'required', '34 CFR 300.300(b)', 'consents'))
  }
}

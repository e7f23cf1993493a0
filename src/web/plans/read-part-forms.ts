import { US_STATES } from '../../domain/children/us-states.ts'
import {
  ASSESSMENT_PARTICIPATION,
  type AssessmentChoice,
  CONSENT_KINDS,
  type Consent,
  type Contact,
  ESY_DECISIONS,
  IDEA_CATEGORIES,
  type IepPlan,
  MAJOR_LIFE_ACTIVITIES,
  type Plan,
  type PlanItem,
  REVISION_REASONS,
  type Section504Plan,
  TEAM_ROLES,
  type TeamMember,
} from '../../domain/plans/plan.ts'
import type { PlanPart } from '../../domain/plans/plan-record.ts'
import type { Problem } from '../../domain/problems.ts'
import {
  asText,
  choiceOf,
  dateOf,
  type FormValues,
  fieldProblem,
  isBlankRow,
  numberOf,
  rowCount,
  textOf,
  unlessEmpty,
} from './form-values.ts'

/**
 * The plan's parts that are edited as one form each (the lists of goals, services and
 * accommodations have a form per item: read-item-forms.ts). For each part: the form values a plan
 * gives, and how submitted values change a plan. Field names are the JSON paths in the plan.
 */
export const SECTION_PARTS = ['basics', 'summary', 'basis', 'placement', 'transition', 'team'] as const
export type SectionPart = (typeof SECTION_PARTS)[number]

export function isSectionPart(part: string): part is SectionPart {
  return (SECTION_PARTS as readonly string[]).includes(part)
}

/** The parts a kind of plan has, in the order the plan page shows them. */
export function partsOf(kind: Plan['kind']): readonly PlanPart[] {
  return kind === 'iep'
    ? [
        'basics',
        'summary',
        'goals',
        'services',
        'accommodations',
        'programModifications',
        'staffSupports',
        'placement',
        'transition',
        'team',
      ]
    : ['basics', 'basis', 'summary', 'accommodations', 'services', 'team']
}

/** The repeated lists a section form holds, and the fields of one row. */
export const ROW_FIELDS: Readonly<Record<string, readonly string[]>> = {
  impairments: [''],
  majorLifeActivities: ['activity', 'detail'],
  evaluationSources: [''],
  'transition.services': ['text', 'responsible'],
  team: ['name', 'role', 'roleDetail', 'presence'],
  participants: ['name', 'role', 'roleDetail', 'presence'],
  consents: ['kind', 'date', 'given', 'note'],
  contacts: ['name', 'role', 'phone', 'email'],
}

export function rowListsOf(part: SectionPart, kind: Plan['kind']): readonly string[] {
  switch (part) {
    case 'basis':
      return ['impairments', 'majorLifeActivities', 'evaluationSources']
    case 'transition':
      return ['transition.services']
    case 'team':
      return kind === 'iep' ? ['team', 'consents', 'contacts'] : ['participants', 'contacts']
    default:
      return []
  }
}

const STATE_CODES = US_STATES.map(([code]) => code)

// ── values a plan gives ────────────────────────────────────────────────────────────────────────

function put(values: Record<string, string>, name: string, value: string | number | undefined | null): void {
  values[name] = asText(value)
}

function presenceOf(member: TeamMember): string {
  if (member.attended !== false) return 'attended'
  return member.excusedInWriting ? 'excused' : 'absent'
}

function putMembers(values: Record<string, string>, list: string, members: readonly TeamMember[]): void {
  members.forEach((m, i) => {
    put(values, `${list}[${i}].name`, m.name)
    put(values, `${list}[${i}].role`, m.role)
    put(values, `${list}[${i}].roleDetail`, m.roleDetail)
    put(values, `${list}[${i}].presence`, presenceOf(m))
  })
}

function putContacts(values: Record<string, string>, contacts: readonly Contact[]): void {
  contacts.forEach((c, i) => {
    put(values, `contacts[${i}].name`, c.name)
    put(values, `contacts[${i}].role`, c.role)
    put(values, `contacts[${i}].phone`, c.phone)
    put(values, `contacts[${i}].email`, c.email)
  })
}

function putChoice(
  values: Record<string, string>,
  prefix: string,
  choice: AssessmentChoice | undefined,
): void {
  put(values, `${prefix}.participation`, choice?.participation)
  put(values, `${prefix}.whyNotRegular`, choice?.whyNotRegular)
  put(values, `${prefix}.whyAlternate`, choice?.whyAlternate)
}

/** The form values of a section, as the plan has them. */
export function sectionValues(part: SectionPart, plan: Plan): Record<string, string> {
  const v: Record<string, string> = {}
  switch (part) {
    case 'basics':
      put(v, 'revision.reason', plan.revision?.reason)
      put(v, 'school.name', plan.school?.name)
      put(v, 'school.district', plan.school?.district)
      put(v, 'school.stateCode', plan.school?.stateCode)
      put(v, 'dates.meeting', plan.dates.meeting)
      put(v, 'dates.start', plan.dates.start)
      put(v, 'dates.end', plan.dates.end)
      put(v, 'notes', plan.notes)
      if (plan.kind === 'iep') {
        put(v, 'dates.nextAnnualReview', plan.dates.nextAnnualReview)
        put(v, 'dates.nextReevaluation', plan.dates.nextReevaluation)
        put(v, 'eligibility.category', plan.eligibility?.category)
        put(v, 'eligibility.determinedOn', plan.eligibility?.determinedOn)
        put(v, 'eligibility.lastEvaluation', plan.eligibility?.lastEvaluation)
        put(v, 'progressReporting.how', plan.progressReporting?.how)
        put(v, 'progressReporting.when', plan.progressReporting?.when)
      } else {
        put(v, 'dates.review', plan.dates.review)
        put(v, 'dates.evaluation', plan.dates.evaluation)
      }
      break
    case 'summary':
      put(v, 'summary.strengths', plan.summary?.strengths)
      put(v, 'summary.needs', plan.summary?.needs)
      if (plan.kind === 'iep') {
        for (const field of [
          'academic',
          'functional',
          'strengths',
          'parentConcerns',
          'effectOnGeneralCurriculum',
        ] as const) {
          put(v, `presentLevels.${field}`, plan.presentLevels?.[field])
        }
      }
      break
    case 'basis':
      if (plan.kind === '504') {
        for (const [i, text] of plan.impairments.entries()) put(v, `impairments[${i}]`, text)
        plan.majorLifeActivities.forEach((limit, i) => {
          put(v, `majorLifeActivities[${i}].activity`, limit.activity)
          put(v, `majorLifeActivities[${i}].detail`, limit.detail)
        })
        for (const [i, text] of (plan.evaluationSources ?? []).entries())
          put(v, `evaluationSources[${i}]`, text)
      }
      break
    case 'placement':
      if (plan.kind === 'iep') {
        const time = plan.generalEducationTime
        put(v, 'generalEducationTime.percent', time?.percent)
        put(v, 'generalEducationTime.minutesPerWeek', time?.minutesPerWeek)
        put(v, 'generalEducationTime.schoolMinutesPerWeek', time?.schoolMinutesPerWeek)
        put(v, 'generalEducationTime.explanationOfTimeOutside', time?.explanationOfTimeOutside)
        putChoice(v, 'assessments.state', plan.assessments?.state)
        putChoice(v, 'assessments.district', plan.assessments?.district)
        put(v, 'extendedSchoolYear.decision', plan.extendedSchoolYear?.decision)
        put(v, 'extendedSchoolYear.decidedOn', plan.extendedSchoolYear?.decidedOn)
        put(v, 'extendedSchoolYear.explanation', plan.extendedSchoolYear?.explanation)
      }
      break
    case 'transition':
      if (plan.kind === 'iep') {
        const goals = plan.transition?.postsecondaryGoals
        put(v, 'transition.postsecondaryGoals.educationOrTraining', goals?.educationOrTraining)
        put(v, 'transition.postsecondaryGoals.employment', goals?.employment)
        put(v, 'transition.postsecondaryGoals.independentLiving', goals?.independentLiving)
        put(v, 'transition.assessments', plan.transition?.assessments)
        put(v, 'transition.courseOfStudy', plan.transition?.courseOfStudy)
        ;(plan.transition?.services ?? []).forEach((item, i) => {
          put(v, `transition.services[${i}].id`, item.id)
          put(v, `transition.services[${i}].text`, item.text)
          put(v, `transition.services[${i}].responsible`, item.responsible)
        })
        put(v, 'transferOfRights.informedOn', plan.transferOfRights?.informedOn)
        put(v, 'transferOfRights.statement', plan.transferOfRights?.statement)
      }
      break
    case 'team':
      if (plan.kind === 'iep') {
        putMembers(v, 'team', plan.team)
        ;(plan.consents ?? []).forEach((c, i) => {
          put(v, `consents[${i}].kind`, c.kind)
          put(v, `consents[${i}].date`, c.date)
          put(v, `consents[${i}].given`, c.given === false ? 'no' : 'yes')
          put(v, `consents[${i}].note`, c.note)
        })
      } else {
        putMembers(v, 'participants', plan.participants)
      }
      putContacts(v, plan.contacts ?? [])
      break
  }
  return v
}

// ── a plan changed by submitted values ─────────────────────────────────────────────────────────

export interface Applied {
  readonly plan: Plan
  readonly problems: readonly Problem[]
}

function readMembers(values: FormValues, list: string, problems: Problem[]): TeamMember[] {
  const members: TeamMember[] = []
  for (let i = 0; i < rowCount(values, list); i++) {
    if (isBlankRow(values, list, i, ['name', 'role', 'roleDetail'])) continue
    const at = (field: string) => `${list}[${i}].${field}`
    const role = choiceOf(values, at('role'), TEAM_ROLES, problems)
    if (textOf(values, at('role')) === undefined) {
      problems.push(fieldProblem(at('role'), 'plans.form.problems.memberRole', '', { number: i + 1 }))
    }
    const presence = textOf(values, at('presence')) ?? 'attended'
    if (role === undefined) continue
    members.push({
      name: textOf(values, at('name')),
      role,
      roleDetail: textOf(values, at('roleDetail')),
      ...(presence === 'attended' ? {} : { attended: false, excusedInWriting: presence === 'excused' }),
    } as TeamMember)
  }
  return members
}

function readContacts(values: FormValues, problems: Problem[]): Contact[] | undefined {
  const contacts: Contact[] = []
  for (let i = 0; i < rowCount(values, 'contacts'); i++) {
    if (isBlankRow(values, 'contacts', i, ROW_FIELDS.contacts ?? [])) continue
    const at = (field: string) => `contacts[${i}].${field}`
    const name = textOf(values, at('name'))
    if (name === undefined) {
      problems.push(fieldProblem(at('name'), 'plans.form.problems.contactName', '', { number: i + 1 }))
      continue
    }
    contacts.push({
      name,
      role: textOf(values, at('role')),
      phone: textOf(values, at('phone')),
      email: textOf(values, at('email')),
    } as Contact)
  }
  return contacts.length > 0 ? contacts : undefined
}

function readChoice(values: FormValues, prefix: string, problems: Problem[]): AssessmentChoice | undefined {
  const participation = choiceOf(values, `${prefix}.participation`, ASSESSMENT_PARTICIPATION, problems)
  const whyNotRegular = textOf(values, `${prefix}.whyNotRegular`)
  const whyAlternate = textOf(values, `${prefix}.whyAlternate`)
  if (participation === undefined) {
    if (whyNotRegular !== undefined || whyAlternate !== undefined) {
      problems.push(fieldProblem(`${prefix}.participation`, 'plans.form.problems.participation'))
    }
    return undefined
  }
  return { participation, whyNotRegular, whyAlternate } as AssessmentChoice
}

function applyBasics(plan: Plan, values: FormValues, problems: Problem[]): Plan {
  const reason = choiceOf(values, 'revision.reason', REVISION_REASONS, problems)
  const revision = reason === undefined ? plan.revision : { ...plan.revision, reason }
  const stateCode = choiceOf(values, 'school.stateCode', STATE_CODES, problems)
  const school = unlessEmpty({
    name: textOf(values, 'school.name'),
    district: textOf(values, 'school.district'),
    stateCode,
  })
  const date = (name: string) => dateOf(values, name, problems)
  const common = {
    revision,
    school,
    notes: textOf(values, 'notes'),
  }
  if (plan.kind === 'iep') {
    const category = choiceOf(values, 'eligibility.category', IDEA_CATEGORIES, problems)
    return {
      ...plan,
      ...common,
      dates: {
        meeting: date('dates.meeting'),
        start: date('dates.start'),
        end: date('dates.end'),
        nextAnnualReview: date('dates.nextAnnualReview'),
        nextReevaluation: date('dates.nextReevaluation'),
      },
      eligibility: unlessEmpty({
        ...plan.eligibility,
        category,
        determinedOn: date('eligibility.determinedOn'),
        lastEvaluation: date('eligibility.lastEvaluation'),
      }),
      progressReporting: unlessEmpty({
        how: textOf(values, 'progressReporting.how'),
        when: textOf(values, 'progressReporting.when'),
      }),
    } as IepPlan
  }
  return {
    ...plan,
    ...common,
    dates: {
      meeting: date('dates.meeting'),
      start: date('dates.start'),
      end: date('dates.end'),
      review: date('dates.review'),
      evaluation: date('dates.evaluation'),
    },
  } as Section504Plan
}

function applySummary(plan: Plan, values: FormValues): Plan {
  const summary = unlessEmpty({
    strengths: textOf(values, 'summary.strengths'),
    needs: textOf(values, 'summary.needs'),
  })
  if (plan.kind === '504') return { ...plan, summary }
  const levels = (field: string) => textOf(values, `presentLevels.${field}`)
  return {
    ...plan,
    summary,
    presentLevels: unlessEmpty({
      academic: levels('academic'),
      functional: levels('functional'),
      strengths: levels('strengths'),
      parentConcerns: levels('parentConcerns'),
      effectOnGeneralCurriculum: levels('effectOnGeneralCurriculum'),
    }),
  } as IepPlan
}

function applyBasis(plan: Section504Plan, values: FormValues, problems: Problem[]): Plan {
  const texts = (list: string) => {
    const out: string[] = []
    for (let i = 0; i < rowCount(values, list); i++) {
      const text = textOf(values, `${list}[${i}]`)
      if (text !== undefined) out.push(text)
    }
    return out
  }
  const limits: Section504Plan['majorLifeActivities'][number][] = []
  for (let i = 0; i < rowCount(values, 'majorLifeActivities'); i++) {
    if (isBlankRow(values, 'majorLifeActivities', i, ['activity', 'detail'])) continue
    const at = `majorLifeActivities[${i}].activity`
    const activity = choiceOf(values, at, MAJOR_LIFE_ACTIVITIES, problems)
    if (textOf(values, at) === undefined) {
      problems.push(fieldProblem(at, 'plans.form.problems.activity', '', { number: i + 1 }))
    }
    if (activity !== undefined) {
      limits.push({
        activity,
        detail: textOf(values, `majorLifeActivities[${i}].detail`),
      } as (typeof limits)[number])
    }
  }
  const sources = texts('evaluationSources')
  return {
    ...plan,
    impairments: texts('impairments'),
    majorLifeActivities: limits,
    evaluationSources: sources.length > 0 ? sources : undefined,
  } as Section504Plan
}

function applyPlacement(plan: IepPlan, values: FormValues, problems: Problem[]): Plan {
  const number = (name: string) => numberOf(values, name, problems)
  const decision = choiceOf(values, 'extendedSchoolYear.decision', ESY_DECISIONS, problems)
  const decidedOn = dateOf(values, 'extendedSchoolYear.decidedOn', problems)
  const explanation = textOf(values, 'extendedSchoolYear.explanation')
  if (decision === undefined && (decidedOn !== undefined || explanation !== undefined)) {
    problems.push(fieldProblem('extendedSchoolYear.decision', 'plans.form.problems.esyDecision'))
  }
  const state = readChoice(values, 'assessments.state', problems)
  const district = readChoice(values, 'assessments.district', problems)
  return {
    ...plan,
    generalEducationTime: unlessEmpty({
      percent: number('generalEducationTime.percent'),
      minutesPerWeek: number('generalEducationTime.minutesPerWeek'),
      schoolMinutesPerWeek: number('generalEducationTime.schoolMinutesPerWeek'),
      explanationOfTimeOutside: textOf(values, 'generalEducationTime.explanationOfTimeOutside'),
    }),
    assessments: unlessEmpty({ state, district }),
    extendedSchoolYear: decision === undefined ? undefined : { decision, decidedOn, explanation },
  } as IepPlan
}

function applyTransition(plan: IepPlan, values: FormValues, problems: Problem[], newId: () => string): Plan {
  const services: PlanItem[] = []
  for (let i = 0; i < rowCount(values, 'transition.services'); i++) {
    if (isBlankRow(values, 'transition.services', i, ['text', 'responsible'])) continue
    const at = (field: string) => `transition.services[${i}].${field}`
    const text = textOf(values, at('text'))
    if (text === undefined) {
      problems.push(fieldProblem(at('text'), 'plans.form.problems.transitionService', '', { number: i + 1 }))
      continue
    }
    services.push({
      id: textOf(values, at('id')) ?? newId(),
      text,
      responsible: textOf(values, at('responsible')),
    } as PlanItem)
  }
  const goal = (field: string) => textOf(values, `transition.postsecondaryGoals.${field}`)
  const postsecondaryGoals = {
    educationOrTraining: goal('educationOrTraining'),
    employment: goal('employment'),
    independentLiving: goal('independentLiving'),
  }
  const assessments = textOf(values, 'transition.assessments')
  const courseOfStudy = textOf(values, 'transition.courseOfStudy')
  const empty =
    unlessEmpty(postsecondaryGoals) === undefined &&
    assessments === undefined &&
    courseOfStudy === undefined &&
    services.length === 0
  const transition = empty ? undefined : { postsecondaryGoals, assessments, services, courseOfStudy }
  const transferOfRights = unlessEmpty({
    informedOn: dateOf(values, 'transferOfRights.informedOn', problems),
    statement: textOf(values, 'transferOfRights.statement'),
  })
  return { ...plan, transition, transferOfRights } as IepPlan
}

function applyTeam(plan: Plan, values: FormValues, problems: Problem[]): Plan {
  const contacts = readContacts(values, problems)
  if (plan.kind === '504') {
    return {
      ...plan,
      participants: readMembers(values, 'participants', problems),
      contacts,
    } as Section504Plan
  }
  const consents: Consent[] = []
  for (let i = 0; i < rowCount(values, 'consents'); i++) {
    if (isBlankRow(values, 'consents', i, ['kind', 'date', 'note'])) continue
    const at = (field: string) => `consents[${i}].${field}`
    const kind = choiceOf(values, at('kind'), CONSENT_KINDS, problems)
    if (textOf(values, at('kind')) === undefined) {
      problems.push(fieldProblem(at('kind'), 'plans.form.problems.consentKind', '', { number: i + 1 }))
    }
    const date = dateOf(values, at('date'), problems)
    if (textOf(values, at('date')) === undefined) {
      problems.push(fieldProblem(at('date'), 'plans.form.problems.consentDate', '', { number: i + 1 }))
    }
    if (kind === undefined || date === undefined) continue
    consents.push({
      kind,
      date,
      ...(textOf(values, at('given')) === 'no' ? { given: false } : {}),
      note: textOf(values, at('note')),
    } as Consent)
  }
  return {
    ...plan,
    team: readMembers(values, 'team', problems),
    consents: consents.length > 0 ? consents : undefined,
    contacts,
  } as IepPlan
}

/** The plan with one section changed as submitted, and the problems the form itself finds. */
export function applySection(
  part: SectionPart,
  plan: Plan,
  values: FormValues,
  newId: () => string,
): Applied {
  const problems: Problem[] = []
  let changed: Plan = plan
  switch (part) {
    case 'basics':
      changed = applyBasics(plan, values, problems)
      break
    case 'summary':
      changed = applySummary(plan, values)
      break
    case 'basis':
      if (plan.kind === '504') changed = applyBasis(plan, values, problems)
      break
    case 'placement':
      if (plan.kind === 'iep') changed = applyPlacement(plan, values, problems)
      break
    case 'transition':
      if (plan.kind === 'iep') changed = applyTransition(plan, values, problems, newId)
      break
    case 'team':
      changed = applyTeam(plan, values, problems)
      break
  }
  return { plan: changed, problems }
}

/** Whether a section exists for a kind of plan. */
export function sectionFits(part: SectionPart, kind: Plan['kind']): boolean {
  return partsOf(kind).includes(part)
}

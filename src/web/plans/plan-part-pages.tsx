import type { ComponentChildren } from 'preact'
import type { Child } from '../../domain/children/child.ts'
import { US_STATES } from '../../domain/children/us-states.ts'
import {
  ASSESSMENT_PARTICIPATION,
  CONSENT_KINDS,
  ESY_DECISIONS,
  IDEA_CATEGORIES,
  MAJOR_LIFE_ACTIVITIES,
  type Plan,
  REVISION_REASONS,
  TEAM_ROLES,
} from '../../domain/plans/plan.ts'
import type { PlanRecord } from '../../domain/plans/plan-record.ts'
import type { Problem } from '../../domain/problems.ts'
import { paths } from '../../paths.ts'
import { Choices, DateInput, Select, type SelectOption, Textarea, TextInput } from '../layout/fields.tsx'
import { Button } from '../layout/form.tsx'
import { useUi } from '../ui.ts'
import { type FormValues, labelKey } from './form-values.ts'
import { type Conflict, PlanFormFrame } from './plan-form-frame.tsx'
import type { SectionPart } from './read-part-forms.ts'

/** Builds the controls of a plan form: each named by its path, labelled from the catalog, with its problems. */
export function useControls(values: FormValues, problems: readonly Problem[], scope = '') {
  const { t } = useUi()
  const label = (name: string) => t(labelKey(name, scope))
  const value = (name: string) => values[name] ?? ''
  const hint = (hint: string | undefined) => (hint === undefined ? {} : { hint })
  return {
    text: (
      name: string,
      options: {
        hint?: string
        width?: 'full' | 'half' | 'quarter' | 'short'
        type?: 'text' | 'tel' | 'email'
      } = {},
    ) => (
      <TextInput
        name={name}
        label={label(name)}
        {...hint(options.hint)}
        value={value(name)}
        width={options.width}
        type={options.type}
        problems={problems}
      />
    ),
    number: (name: string, options: { hint?: string } = {}) => (
      <TextInput
        name={name}
        label={label(name)}
        {...hint(options.hint)}
        value={value(name)}
        width="short"
        inputMode="decimal"
        problems={problems}
      />
    ),
    area: (name: string, options: { hint?: string; rows?: number } = {}) => (
      <Textarea
        name={name}
        label={label(name)}
        {...hint(options.hint)}
        value={value(name)}
        rows={options.rows ?? 3}
        problems={problems}
      />
    ),
    date: (name: string, options: { hint?: string } = {}) => (
      <DateInput
        name={name}
        label={label(name)}
        hint={options.hint ?? t('plans.form.hints.date')}
        value={value(name)}
        problems={problems}
      />
    ),
    select: (name: string, options: readonly SelectOption[], extra: { hint?: string } = {}) => (
      <Select
        name={name}
        label={label(name)}
        {...hint(extra.hint)}
        value={value(name)}
        placeholder={t('plans.form.choose')}
        options={options}
        problems={problems}
      />
    ),
    radios: (name: string, options: readonly SelectOption[], extra: { hint?: string } = {}) => (
      <Choices
        kind="radio"
        name={name}
        label={label(name)}
        {...hint(extra.hint)}
        values={[value(name)]}
        options={[...options, { value: '', label: t('plans.form.notSaid') }]}
        problems={problems}
      />
    ),
  }
}

/** Options from a fixed list, labelled from a catalog group. */
export function useOptions() {
  const { t } = useUi()
  return (list: readonly string[], group: string): SelectOption[] =>
    list.map((value) => ({ value, label: t(`${group}.${value}`) }))
}

/**
 * A repeated list of rows (team members, consents …) with "add another" and "remove" buttons that
 * post the form and come back with the rows changed; nothing is saved until the person saves.
 */
export function Rows({
  list,
  count,
  children,
}: {
  list: string
  count: number
  children: (index: number) => ComponentChildren
}) {
  const { t } = useUi()
  return (
    <div class="pw-rows" id={`rows-${list.replace(/\W/g, '-')}`}>
      {Array.from({ length: count }, (_, i) => (
        <fieldset class="pw-fieldset pw-row" key={i}>
          <legend class="pw-fieldset__legend pw-row__legend">
            {t(`plans.form.rows.${list}.legend`, { number: i + 1 })}
          </legend>
          {children(i)}
          <button
            type="submit"
            class="pw-link-button pw-row__remove"
            name="_action"
            value={`remove:${list}:${i}`}
          >
            {t(`plans.form.rows.${list}.remove`, { number: i + 1 })}
          </button>
        </fieldset>
      ))}
      <Button variant="secondary" name="_action" value={`add:${list}`}>
        {t(`plans.form.rows.${list}.add`)}
      </Button>
    </div>
  )
}

export interface SectionFormProps {
  readonly child: Child
  readonly record: PlanRecord
  readonly kind: Plan['kind']
  readonly part: SectionPart
  readonly values: FormValues
  /** How many rows each repeated list shows. */
  readonly rows: Readonly<Record<string, number>>
  /** Localized problems. */
  readonly problems: readonly Problem[]
  readonly version: number
  readonly purpose: 'edit' | 'correction'
  readonly conflict?: Conflict
  /** The plan reasons the basics form offers (an amendment keeps its own). */
  readonly isAmendment?: boolean
}

function BasicsFields({ props }: { props: SectionFormProps }) {
  const { t } = useUi()
  const c = useControls(props.values, props.problems)
  const options = useOptions()
  const reasons = REVISION_REASONS.filter((r) => props.isAmendment || r !== 'amendment')
  return (
    <>
      {c.select('revision.reason', options(reasons, 'plans.revisionReasons'))}
      <h2 class="pw-heading-m">{t('plans.form.groups.dates')}</h2>
      {c.date('dates.meeting')}
      {c.date('dates.start')}
      {c.date('dates.end')}
      {props.kind === 'iep' ? (
        <>
          {c.date('dates.nextAnnualReview', { hint: t('plans.form.hints.nextAnnualReview') })}
          {c.date('dates.nextReevaluation', { hint: t('plans.form.hints.nextReevaluation') })}
        </>
      ) : (
        <>
          {c.date('dates.review')}
          {c.date('dates.evaluation')}
        </>
      )}
      <h2 class="pw-heading-m">{t('plans.form.groups.school')}</h2>
      {c.text('school.name')}
      {c.text('school.district')}
      {c.select(
        'school.stateCode',
        US_STATES.map(([code, name]) => ({ value: code, label: name })),
      )}
      {props.kind === 'iep' ? (
        <>
          <h2 class="pw-heading-m">{t('plans.form.groups.eligibility')}</h2>
          {c.select('eligibility.category', options(IDEA_CATEGORIES, 'plans.categories'), {
            hint: t('plans.form.hints.category'),
          })}
          {c.date('eligibility.determinedOn')}
          {c.date('eligibility.lastEvaluation')}
          <h2 class="pw-heading-m">{t('plans.form.groups.progressReports')}</h2>
          {c.text('progressReporting.when', { hint: t('plans.form.hints.progressWhen') })}
          {c.text('progressReporting.how', { hint: t('plans.form.hints.progressHow') })}
        </>
      ) : null}
      {c.area('notes', { hint: t('plans.form.hints.notes') })}
    </>
  )
}

function SummaryFields({ props }: { props: SectionFormProps }) {
  const { t } = useUi()
  const c = useControls(props.values, props.problems)
  return (
    <>
      {c.area('summary.strengths', { rows: 2, hint: t('plans.form.hints.strengths') })}
      {c.area('summary.needs', { rows: 2, hint: t('plans.form.hints.needs') })}
      {props.kind === 'iep' ? (
        <>
          <h2 class="pw-heading-m">{t('plans.form.groups.presentLevels')}</h2>
          <p>{t('plans.form.hints.presentLevels')}</p>
          {c.area('presentLevels.academic')}
          {c.area('presentLevels.functional')}
          {c.area('presentLevels.strengths')}
          {c.area('presentLevels.parentConcerns')}
          {c.area('presentLevels.effectOnGeneralCurriculum', { hint: t('plans.form.hints.effect') })}
        </>
      ) : null}
    </>
  )
}

function BasisFields({ props }: { props: SectionFormProps }) {
  const { t } = useUi()
  const c = useControls(props.values, props.problems)
  const options = useOptions()
  return (
    <>
      <h2 class="pw-heading-m">{t('plans.form.groups.impairments')}</h2>
      <p>{t('plans.form.hints.impairments')}</p>
      <Rows list="impairments" count={props.rows.impairments ?? 1}>
        {(i) => c.text(`impairments[${i}]`)}
      </Rows>
      <h2 class="pw-heading-m">{t('plans.form.groups.activities')}</h2>
      <p>{t('plans.form.hints.activities')}</p>
      <Rows list="majorLifeActivities" count={props.rows.majorLifeActivities ?? 1}>
        {(i) => (
          <>
            {c.select(
              `majorLifeActivities[${i}].activity`,
              options(MAJOR_LIFE_ACTIVITIES, 'plans.majorLifeActivities'),
            )}
            {c.text(`majorLifeActivities[${i}].detail`)}
          </>
        )}
      </Rows>
      <h2 class="pw-heading-m">{t('plans.form.groups.evaluationSources')}</h2>
      <p>{t('plans.form.hints.evaluationSources')}</p>
      <Rows list="evaluationSources" count={props.rows.evaluationSources ?? 1}>
        {(i) => c.text(`evaluationSources[${i}]`)}
      </Rows>
    </>
  )
}

function AssessmentFields({ props, which }: { props: SectionFormProps; which: 'state' | 'district' }) {
  const { t } = useUi()
  const c = useControls(props.values, props.problems)
  const options = useOptions()
  return (
    <>
      {c.radios(
        `assessments.${which}.participation`,
        options(ASSESSMENT_PARTICIPATION, 'plans.assessmentParticipation'),
      )}
      {c.area(`assessments.${which}.whyNotRegular`, { hint: t('plans.form.hints.onlyAlternate') })}
      {c.area(`assessments.${which}.whyAlternate`, { hint: t('plans.form.hints.onlyAlternate') })}
    </>
  )
}

function PlacementFields({ props }: { props: SectionFormProps }) {
  const { t } = useUi()
  const c = useControls(props.values, props.problems)
  const options = useOptions()
  return (
    <>
      <h2 class="pw-heading-m">{t('plans.form.groups.generalEducation')}</h2>
      <p>{t('plans.form.hints.generalEducation')}</p>
      {c.number('generalEducationTime.percent', { hint: t('plans.form.hints.percent') })}
      {c.number('generalEducationTime.minutesPerWeek')}
      {c.number('generalEducationTime.schoolMinutesPerWeek')}
      {c.area('generalEducationTime.explanationOfTimeOutside', { hint: t('plans.form.hints.timeOutside') })}
      <h2 class="pw-heading-m">{t('plans.form.groups.stateTests')}</h2>
      <AssessmentFields props={props} which="state" />
      <h2 class="pw-heading-m">{t('plans.form.groups.districtTests')}</h2>
      <AssessmentFields props={props} which="district" />
      <h2 class="pw-heading-m">{t('plans.form.groups.esy')}</h2>
      <p>{t('plans.form.hints.esy')}</p>
      {c.radios('extendedSchoolYear.decision', options(ESY_DECISIONS, 'plans.esyDecisions'))}
      {c.date('extendedSchoolYear.decidedOn')}
      {c.area('extendedSchoolYear.explanation')}
    </>
  )
}

function TransitionFields({ props }: { props: SectionFormProps }) {
  const { t } = useUi()
  const c = useControls(props.values, props.problems)
  return (
    <>
      <p>{t('plans.form.hints.transition')}</p>
      <h2 class="pw-heading-m">{t('plans.form.groups.postsecondaryGoals')}</h2>
      {c.area('transition.postsecondaryGoals.educationOrTraining')}
      {c.area('transition.postsecondaryGoals.employment')}
      {c.area('transition.postsecondaryGoals.independentLiving', {
        hint: t('plans.form.hints.independentLiving'),
      })}
      {c.area('transition.assessments', { hint: t('plans.form.hints.transitionAssessments') })}
      {c.area('transition.courseOfStudy', { hint: t('plans.form.hints.courseOfStudy') })}
      <h2 class="pw-heading-m">{t('plans.form.groups.transitionServices')}</h2>
      <Rows list="transition.services" count={props.rows['transition.services'] ?? 1}>
        {(i) => (
          <>
            <input
              type="hidden"
              name={`transition.services[${i}].id`}
              value={props.values[`transition.services[${i}].id`] ?? ''}
            />
            {c.text(`transition.services[${i}].text`)}
            {c.text(`transition.services[${i}].responsible`)}
          </>
        )}
      </Rows>
      <h2 class="pw-heading-m">{t('plans.form.groups.transferOfRights')}</h2>
      <p>{t('plans.form.hints.transferOfRights')}</p>
      {c.date('transferOfRights.informedOn')}
      {c.area('transferOfRights.statement')}
    </>
  )
}

function MemberRows({ props, list }: { props: SectionFormProps; list: 'team' | 'participants' }) {
  const { t } = useUi()
  const c = useControls(props.values, props.problems)
  const options = useOptions()
  return (
    <Rows list={list} count={props.rows[list] ?? 1}>
      {(i) => (
        <>
          {c.text(`${list}[${i}].name`)}
          {c.select(`${list}[${i}].role`, options(TEAM_ROLES, 'plans.teamRoles'))}
          {c.text(`${list}[${i}].roleDetail`, { hint: t('plans.form.hints.roleDetail') })}
          {c.select(`${list}[${i}].presence`, [
            { value: 'attended', label: t('plans.form.presence.attended') },
            { value: 'absent', label: t('plans.form.presence.absent') },
            { value: 'excused', label: t('plans.form.presence.excused') },
          ])}
        </>
      )}
    </Rows>
  )
}

function TeamFields({ props }: { props: SectionFormProps }) {
  const { t } = useUi()
  const c = useControls(props.values, props.problems)
  const options = useOptions()
  return (
    <>
      <h2 class="pw-heading-m">
        {t(props.kind === 'iep' ? 'plans.form.groups.team' : 'plans.form.groups.participants')}
      </h2>
      <MemberRows props={props} list={props.kind === 'iep' ? 'team' : 'participants'} />
      {props.kind === 'iep' ? (
        <>
          <h2 class="pw-heading-m">{t('plans.form.groups.consents')}</h2>
          <p>{t('plans.form.hints.consents')}</p>
          <Rows list="consents" count={props.rows.consents ?? 1}>
            {(i) => (
              <>
                {c.select(`consents[${i}].kind`, options(CONSENT_KINDS, 'plans.consentKinds'))}
                {c.date(`consents[${i}].date`)}
                {c.select(`consents[${i}].given`, [
                  { value: 'yes', label: t('plans.form.given.yes') },
                  { value: 'no', label: t('plans.form.given.no') },
                ])}
                {c.text(`consents[${i}].note`)}
              </>
            )}
          </Rows>
        </>
      ) : null}
      <h2 class="pw-heading-m">{t('plans.form.groups.contacts')}</h2>
      <p>{t('plans.form.hints.contacts')}</p>
      <Rows list="contacts" count={props.rows.contacts ?? 1}>
        {(i) => (
          <>
            {c.text(`contacts[${i}].name`)}
            {c.text(`contacts[${i}].role`)}
            {c.text(`contacts[${i}].phone`, { type: 'tel', width: 'half' })}
            {c.text(`contacts[${i}].email`, { type: 'email' })}
          </>
        )}
      </Rows>
    </>
  )
}

/** One part of a plan as a form (dates and basics, present levels, placement, transition, team …). */
export function SectionFormPage(props: SectionFormProps) {
  const { t } = useUi()
  const fields: Record<SectionPart, () => ComponentChildren> = {
    basics: () => <BasicsFields props={props} />,
    summary: () => <SummaryFields props={props} />,
    basis: () => <BasisFields props={props} />,
    placement: () => <PlacementFields props={props} />,
    transition: () => <TransitionFields props={props} />,
    team: () => <TeamFields props={props} />,
  }
  return (
    <PlanFormFrame
      child={props.child}
      record={props.record}
      title={t(`plans.ui.parts.${props.part}.title`)}
      action={paths.planPart(props.child.id, props.record.id, props.part)}
      version={props.version}
      purpose={props.purpose}
      problems={props.problems}
      conflict={props.conflict}
      values={props.values}
      intro={<p>{t('plans.form.intro')}</p>}
    >
      {fields[props.part]()}
    </PlanFormFrame>
  )
}

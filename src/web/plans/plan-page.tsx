import type { ComponentChildren } from 'preact'
import { type Child, displayName } from '../../domain/children/child.ts'
import { stateName } from '../../domain/children/us-states.ts'
import type { LocalDate } from '../../domain/dates/local-date.ts'
import { FINDING_SEVERITIES, type Finding } from '../../domain/plans/finding.ts'
import { libraryKeys } from '../../domain/plans/library.ts'
import type {
  Accommodation,
  Goal,
  IepPlan,
  Plan,
  PlanItem,
  Section504Plan,
  Service,
  TeamMember,
} from '../../domain/plans/plan.ts'
import type { PlanPart, PlanRecord, SavedPlanVersion } from '../../domain/plans/plan-record.ts'
import { minutesPerWeek, roundMinutes, serviceAmountMessage } from '../../domain/plans/service-minutes.ts'
import { allowedPlanActions } from '../../domain/plans/transitions.ts'
import { paths } from '../../paths.ts'
import { GoalMeasurability } from '../goals/goal-measurability.tsx'
import { Inset, Warning } from '../layout/banner.tsx'
import { SummaryList } from '../layout/content.tsx'
import { Button, ButtonGroup, ButtonLink, PostForm } from '../layout/form.tsx'
import { Page } from '../layout/page.tsx'
import { useUi } from '../ui.ts'
import { findingTarget, itemName, purposeFor, recordTitle, StatusTag, useMessage } from './plan-common.tsx'
import { partsOf } from './read-part-forms.ts'

interface PlanPageProps {
  readonly child: Child
  readonly record: PlanRecord
  readonly version: SavedPlanVersion
  readonly findings: readonly Finding[]
  readonly previous: PlanRecord | undefined
}

/** Context every part of the plan page needs. */
interface PartContext {
  readonly child: Child
  readonly record: PlanRecord
  readonly plan: Plan
  /** Links to change the plan show only on the latest version. */
  readonly editable: boolean
}

function notGiven(value: string | number | undefined | null, fallback: string): string {
  return value === undefined || value === null || value === '' ? fallback : String(value)
}

/** A part of the plan: heading, content, and the link that changes it. */
function PartSection({
  ctx,
  part,
  children,
  change = true,
}: {
  ctx: PartContext
  part: PlanPart
  children: ComponentChildren
  change?: boolean
}) {
  const { t } = useUi()
  const correcting = purposeFor(ctx.plan.status) === 'correction'
  return (
    <section class="pw-plan-part" id={`part-${part}`} aria-labelledby={`part-${part}-title`}>
      <h2 class="pw-heading-l" id={`part-${part}-title`}>
        {t(`plans.ui.parts.${part}.title`)}
      </h2>
      {children}
      {ctx.editable && change ? (
        <p>
          <a href={paths.planPart(ctx.child.id, ctx.record.id, part)}>
            {correcting ? t('plans.ui.page.correct') : t('common.change')}
            <span class="pw-visually-hidden"> {t(`plans.ui.parts.${part}.title`)}</span>
          </a>
        </p>
      ) : null}
    </section>
  )
}

function BasicsPart({ ctx }: { ctx: PartContext }) {
  const { t, date } = useUi()
  const { plan } = ctx
  const d = (value: LocalDate | undefined) => (value ? date(value) : t('common.notGiven'))
  const rows: { key: string; value: ComponentChildren }[] = [
    {
      key: t('plans.form.labels.revision.reason'),
      value: plan.revision ? t(`plans.revisionReasons.${plan.revision.reason}`) : t('common.notGiven'),
    },
    {
      key: t('plans.ui.page.school'),
      value:
        [
          plan.school?.name,
          plan.school?.district,
          plan.school?.stateCode ? stateName(plan.school.stateCode as never) : null,
        ]
          .filter(Boolean)
          .join(', ') || t('common.notGiven'),
    },
    { key: t('plans.form.labels.dates.meeting'), value: d(plan.dates.meeting) },
    { key: t('plans.form.labels.dates.start'), value: d(plan.dates.start) },
    { key: t('plans.form.labels.dates.end'), value: d(plan.dates.end) },
  ]
  if (plan.kind === 'iep') {
    rows.push(
      { key: t('plans.form.labels.dates.nextAnnualReview'), value: d(plan.dates.nextAnnualReview) },
      { key: t('plans.form.labels.dates.nextReevaluation'), value: d(plan.dates.nextReevaluation) },
      {
        key: t('plans.form.labels.eligibility.category'),
        value: plan.eligibility?.category
          ? t(`plans.categories.${plan.eligibility.category}`)
          : t('common.notGiven'),
      },
      {
        key: t('plans.ui.page.progressReports'),
        value: notGiven(
          [plan.progressReporting?.when, plan.progressReporting?.how].filter(Boolean).join(' · '),
          t('common.notGiven'),
        ),
      },
    )
  } else {
    rows.push(
      { key: t('plans.form.labels.dates.review'), value: d(plan.dates.review) },
      { key: t('plans.form.labels.dates.evaluation'), value: d(plan.dates.evaluation) },
    )
  }
  if (plan.notes) rows.push({ key: t('plans.form.labels.notes'), value: plan.notes })
  if (plan.revision?.withoutMeeting)
    rows.push({ key: t('plans.ui.page.amendment'), value: t('plans.ui.page.withoutMeeting') })
  return (
    <PartSection ctx={ctx} part="basics">
      <SummaryList rows={rows} />
    </PartSection>
  )
}

function SummaryPart({ ctx }: { ctx: PartContext }) {
  const { t } = useUi()
  const { plan } = ctx
  const rows = [
    {
      key: t('plans.form.labels.summary.strengths'),
      value: notGiven(plan.summary?.strengths, t('common.notGiven')),
    },
    { key: t('plans.form.labels.summary.needs'), value: notGiven(plan.summary?.needs, t('common.notGiven')) },
  ]
  if (plan.kind === 'iep') {
    for (const field of [
      'academic',
      'functional',
      'strengths',
      'parentConcerns',
      'effectOnGeneralCurriculum',
    ] as const) {
      rows.push({
        key: t(`plans.form.labels.presentLevels.${field}`),
        value: notGiven(plan.presentLevels?.[field], t('common.notGiven')),
      })
    }
  }
  return (
    <PartSection ctx={ctx} part="summary">
      <SummaryList rows={rows} />
    </PartSection>
  )
}

function BasisPart({ ctx, plan }: { ctx: PartContext; plan: Section504Plan }) {
  const { t } = useUi()
  return (
    <PartSection ctx={ctx} part="basis">
      <SummaryList
        rows={[
          {
            key: t('plans.form.labels.impairments'),
            value: plan.impairments.length > 0 ? plan.impairments.join('; ') : t('common.notGiven'),
          },
          {
            key: t('plans.form.labels.majorLifeActivities.activity'),
            value:
              plan.majorLifeActivities.length > 0
                ? plan.majorLifeActivities
                    .map(
                      (l) =>
                        `${t(`plans.majorLifeActivities.${l.activity}`)}${l.detail ? ` (${l.detail})` : ''}`,
                    )
                    .join('; ')
                : t('common.notGiven'),
          },
          {
            key: t('plans.form.labels.evaluationSources'),
            value: (plan.evaluationSources ?? []).join('; ') || t('common.notGiven'),
          },
        ]}
      />
    </PartSection>
  )
}

function ItemLinks({ ctx, list, id, name }: { ctx: PartContext; list: string; id: string; name: string }) {
  const { t } = useUi()
  if (!ctx.editable) return null
  const correcting = purposeFor(ctx.plan.status) === 'correction'
  return (
    <p class="pw-timeline__actions">
      <a href={paths.planItem(ctx.child.id, ctx.record.id, list, id)}>
        {correcting ? t('plans.ui.page.correct') : t('common.change')}
        <span class="pw-visually-hidden"> {name}</span>
      </a>
      <a href={paths.removePlanItem(ctx.child.id, ctx.record.id, list, id)}>
        {t('plans.ui.page.remove')}
        <span class="pw-visually-hidden"> {name}</span>
      </a>
    </p>
  )
}

function GoalCard({ ctx, goal, number }: { ctx: PartContext; goal: Goal; number: number }) {
  const { t } = useUi()
  const name = t('plans.ui.page.goalNumber', { number, area: t(`plans.goalAreas.${goal.area}`) })
  return (
    <li class="pw-card">
      <h3 class="pw-card__title">{name}</h3>
      <p>{goal.text}</p>
      <SummaryList
        rows={[
          {
            key: t('plans.form.labels.goal.baseline'),
            value: notGiven(goal.baseline ?? goal.baselineValue, t('common.notGiven')),
          },
          {
            key: t('plans.form.labels.goal.target'),
            value: notGiven(goal.target ?? goal.targetValue, t('common.notGiven')),
          },
          {
            key: t('plans.form.labels.goal.measurementMethod'),
            value: notGiven(goal.measurementMethod, t('common.notGiven')),
          },
          {
            key: t('plans.form.labels.goal.criterion'),
            value: notGiven(goal.criterion, t('common.notGiven')),
          },
          {
            key: t('plans.ui.page.progressReports'),
            value: notGiven(
              [goal.progressReporting?.when, goal.progressReporting?.how].filter(Boolean).join(' · '),
              t('plans.ui.page.planSchedule'),
            ),
          },
          ...(goal.objectives && goal.objectives.length > 0
            ? [{ key: t('plans.ui.page.objectives'), value: goal.objectives.map((o) => o.text).join('; ') }]
            : []),
        ]}
      />
      <GoalMeasurability childId={ctx.child.id} goal={goal} inEffect={ctx.record.status === 'in-effect'} />
      <ItemLinks ctx={ctx} list="goals" id={goal.id} name={name} />
    </li>
  )
}

function GoalsPart({ ctx, plan }: { ctx: PartContext; plan: IepPlan }) {
  const { t } = useUi()
  return (
    <PartSection ctx={ctx} part="goals" change={false}>
      <p>{t('plans.ui.parts.goals.intro')}</p>
      {plan.goals.length === 0 ? <p>{t('plans.ui.page.noGoals')}</p> : null}
      <ol class="pw-card-list pw-plan-items">
        {plan.goals.map((goal, i) => (
          <GoalCard key={goal.id} ctx={ctx} goal={goal} number={i + 1} />
        ))}
      </ol>
      {ctx.editable ? (
        <ButtonLink variant="secondary" href={paths.newPlanItem(ctx.child.id, ctx.record.id, 'goals')}>
          {t('plans.ui.page.addGoal')}
        </ButtonLink>
      ) : null}
    </PartSection>
  )
}

function ServiceCard({ ctx, service }: { ctx: PartContext; service: Service }) {
  const { t, date } = useUi()
  const msg = useMessage()
  const amount = serviceAmountMessage(service)
  const perWeek = minutesPerWeek(service)
  return (
    <li class="pw-card">
      <h3 class="pw-card__title">{service.name}</h3>
      <SummaryList
        rows={[
          { key: t('plans.form.labels.service.kind'), value: t(`plans.serviceKinds.${service.kind}`) },
          {
            key: t('plans.ui.page.amount'),
            value: amount
              ? `${msg(amount)}${perWeek === undefined ? '' : ` (${t('plans.glance.perWeek', { minutes: roundMinutes(perWeek) })})`}`
              : t('common.notGiven'),
          },
          {
            key: t('plans.ui.page.when'),
            value:
              service.start || service.end
                ? [service.start ? date(service.start) : '…', service.end ? date(service.end) : '…'].join(
                    ' – ',
                  )
                : t('plans.ui.page.withThePlan'),
          },
          {
            key: t('plans.form.labels.service.setting'),
            value:
              [service.setting ? t(`plans.serviceSettings.${service.setting}`) : null, service.location]
                .filter(Boolean)
                .join(': ') || t('common.notGiven'),
          },
          {
            key: t('plans.form.labels.service.providerRole'),
            value: notGiven(service.providerRole, t('common.notGiven')),
          },
        ]}
      />
      <ItemLinks ctx={ctx} list="services" id={service.id} name={service.name} />
    </li>
  )
}

function ServicesPart({ ctx }: { ctx: PartContext }) {
  const { t } = useUi()
  const { services } = ctx.plan
  return (
    <PartSection ctx={ctx} part="services" change={false}>
      <p>{t(`plans.ui.parts.services.intro${ctx.plan.kind === 'iep' ? 'Iep' : '504'}`)}</p>
      {services.length === 0 ? <p>{t('plans.ui.page.noServices')}</p> : null}
      <ul class="pw-card-list pw-plan-items">
        {services.map((service) => (
          <ServiceCard key={service.id} ctx={ctx} service={service} />
        ))}
      </ul>
      {ctx.editable ? (
        <ButtonLink variant="secondary" href={paths.planLibrary(ctx.child.id, ctx.record.id, 'services')}>
          {t('plans.ui.page.addService')}
        </ButtonLink>
      ) : null}
    </PartSection>
  )
}

function ItemsPart({
  ctx,
  list,
  items,
}: {
  ctx: PartContext
  list: 'accommodations' | 'programModifications' | 'staffSupports'
  items: readonly (Accommodation | PlanItem)[]
}) {
  const ui = useUi()
  const { t } = ui
  return (
    <PartSection ctx={ctx} part={list} change={false}>
      <p>{t(`plans.ui.parts.${list}.intro`)}</p>
      {items.length === 0 ? <p>{t('plans.ui.page.noItems')}</p> : null}
      <ul class="pw-card-list pw-plan-items">
        {items.map((item) => {
          const name = itemName(ui, item)
          const accommodation = 'settings' in item ? item : undefined
          return (
            <li class="pw-card" key={item.id}>
              <h3 class="pw-card__title">{name}</h3>
              {item.libraryId && item.text ? (
                <p class="pw-secondary">
                  {t('plans.ui.page.fromLibrary', { name: t(libraryKeys(item.libraryId).name) })}
                </p>
              ) : null}
              {item.libraryId ? <p>{t(libraryKeys(item.libraryId).explain)}</p> : null}
              <SummaryList
                rows={[
                  ...(accommodation
                    ? [
                        {
                          key: t('plans.form.labels.item.settings'),
                          value:
                            accommodation.settings
                              .map((s) => t(`plans.accommodationSettings.${s}`))
                              .join(', ') || t('common.notGiven'),
                        },
                        {
                          key: t('plans.form.labels.item.details'),
                          value: notGiven(accommodation.details, t('common.notGiven')),
                        },
                      ]
                    : []),
                  {
                    key: t('plans.form.labels.item.responsible'),
                    value: notGiven(item.responsible, t('common.notGiven')),
                  },
                ]}
              />
              <ItemLinks ctx={ctx} list={list} id={item.id} name={name} />
            </li>
          )
        })}
      </ul>
      {ctx.editable ? (
        <ButtonGroup>
          <ButtonLink variant="secondary" href={paths.planLibrary(ctx.child.id, ctx.record.id, list)}>
            {t(`plans.ui.page.addFromLibrary.${list}`)}
          </ButtonLink>
          <a href={paths.newPlanItem(ctx.child.id, ctx.record.id, list)}>{t('plans.ui.page.writeOwn')}</a>
        </ButtonGroup>
      ) : null}
    </PartSection>
  )
}

function PlacementPart({ ctx, plan }: { ctx: PartContext; plan: IepPlan }) {
  const { t, date } = useUi()
  const time = plan.generalEducationTime
  const choice = (which: 'state' | 'district') => {
    const c = plan.assessments?.[which]
    return c ? t(`plans.assessmentParticipation.${c.participation}`) : t('common.notGiven')
  }
  const esy = plan.extendedSchoolYear
  return (
    <PartSection ctx={ctx} part="placement">
      <SummaryList
        rows={[
          {
            key: t('plans.ui.page.generalEducation'),
            value:
              time?.percent !== undefined
                ? t('plans.ui.page.percentOfWeek', { percent: time.percent })
                : time?.minutesPerWeek !== undefined
                  ? t('plans.ui.page.minutesOfWeek', { minutes: time.minutesPerWeek })
                  : t('common.notGiven'),
          },
          {
            key: t('plans.form.labels.generalEducationTime.explanationOfTimeOutside'),
            value: notGiven(time?.explanationOfTimeOutside, t('common.notGiven')),
          },
          { key: t('plans.ui.page.stateTests'), value: choice('state') },
          { key: t('plans.ui.page.districtTests'), value: choice('district') },
          {
            key: t('plans.ui.page.esy'),
            value: esy
              ? `${t(`plans.esyDecisions.${esy.decision}`)}${esy.decidedOn ? ` (${date(esy.decidedOn)})` : ''}`
              : t('common.notGiven'),
          },
        ]}
      />
    </PartSection>
  )
}

function TransitionPart({ ctx, plan }: { ctx: PartContext; plan: IepPlan }) {
  const { t, date } = useUi()
  const tr = plan.transition
  const goals = tr?.postsecondaryGoals
  return (
    <PartSection ctx={ctx} part="transition">
      <p>{t('plans.ui.parts.transition.intro')}</p>
      <SummaryList
        rows={[
          {
            key: t('plans.form.labels.transition.postsecondaryGoals.educationOrTraining'),
            value: notGiven(goals?.educationOrTraining, t('common.notGiven')),
          },
          {
            key: t('plans.form.labels.transition.postsecondaryGoals.employment'),
            value: notGiven(goals?.employment, t('common.notGiven')),
          },
          {
            key: t('plans.form.labels.transition.postsecondaryGoals.independentLiving'),
            value: notGiven(goals?.independentLiving, t('common.notGiven')),
          },
          {
            key: t('plans.form.labels.transition.services.text'),
            value: (tr?.services ?? []).map((s) => s.text).join('; ') || t('common.notGiven'),
          },
          {
            key: t('plans.form.labels.transition.courseOfStudy'),
            value: notGiven(tr?.courseOfStudy, t('common.notGiven')),
          },
          {
            key: t('plans.ui.page.transferOfRights'),
            value: plan.transferOfRights
              ? plan.transferOfRights.informedOn
                ? t('plans.ui.page.toldOn', { date: date(plan.transferOfRights.informedOn) })
                : notGiven(plan.transferOfRights.statement, t('common.notGiven'))
              : t('common.notGiven'),
          },
        ]}
      />
    </PartSection>
  )
}

function memberText(t: (key: string) => string, m: TeamMember): string {
  const role = m.roleDetail
    ? `${t(`plans.teamRoles.${m.role}`)} (${m.roleDetail})`
    : t(`plans.teamRoles.${m.role}`)
  const absent =
    m.attended === false
      ? ` – ${t(m.excusedInWriting ? 'plans.ui.page.excused' : 'plans.ui.page.absent')}`
      : ''
  return `${m.name ? `${m.name}, ` : ''}${role}${absent}`
}

function TeamPart({ ctx }: { ctx: PartContext }) {
  const { t, date } = useUi()
  const { plan } = ctx
  const members = plan.kind === 'iep' ? plan.team : plan.participants
  const rows: { key: string; value: ComponentChildren }[] = [
    {
      key: t(plan.kind === 'iep' ? 'plans.ui.page.team' : 'plans.ui.page.participants'),
      value:
        members.length > 0 ? (
          <ul class="pw-plain-list">
            {members.map((m, i) => (
              <li key={i}>{memberText(t, m)}</li>
            ))}
          </ul>
        ) : (
          t('common.notGiven')
        ),
    },
  ]
  if (plan.kind === 'iep') {
    rows.push({
      key: t('plans.ui.page.consents'),
      value:
        (plan.consents ?? []).length > 0 ? (
          <ul class="pw-plain-list">
            {(plan.consents ?? []).map((c, i) => (
              <li key={i}>
                {t(`plans.consentKinds.${c.kind}`)}: {date(c.date)}
                {c.given === false ? ` – ${t('plans.ui.page.refused')}` : ''}
              </li>
            ))}
          </ul>
        ) : (
          t('common.notGiven')
        ),
    })
  }
  rows.push({
    key: t('plans.ui.page.contacts'),
    value:
      (plan.contacts ?? []).length > 0 ? (
        <ul class="pw-plain-list">
          {(plan.contacts ?? []).map((c, i) => (
            <li key={i}>{[c.name, c.role, c.phone, c.email].filter(Boolean).join(', ')}</li>
          ))}
        </ul>
      ) : (
        t('common.notGiven')
      ),
  })
  return (
    <PartSection ctx={ctx} part="team">
      <SummaryList rows={rows} />
    </PartSection>
  )
}

function Findings({ ctx, findings }: { ctx: PartContext; findings: readonly Finding[] }) {
  const { t } = useUi()
  const msg = useMessage()
  return (
    <section class="pw-plan-findings" aria-labelledby="findings-title">
      <h2 class="pw-heading-l" id="findings-title">
        {t('plans.ui.findings.title')}
      </h2>
      {findings.length === 0 ? (
        <p>{t('plans.ui.findings.none')}</p>
      ) : (
        <>
          <p>{t('plans.ui.findings.intro', { count: findings.length })}</p>
          {FINDING_SEVERITIES.map((severity) => {
            const group = findings.filter((f) => f.severity === severity)
            if (group.length === 0) return null
            return (
              <div key={severity}>
                <h3 class="pw-heading-m">
                  {t(`plans.severities.${severity}`)} ({group.length})
                </h3>
                <ul class="pw-findings">
                  {group.map((finding) => {
                    const target = ctx.editable
                      ? findingTarget(ctx.child.id, ctx.record.id, ctx.plan, finding.path)
                      : undefined
                    return (
                      <li
                        key={`${finding.code}-${finding.path}`}
                        class={`pw-finding pw-finding--${severity}`}
                      >
                        <p>{msg(finding.message)}</p>
                        <p class="pw-secondary">
                          <span class="pw-citation">{finding.citation}</span>
                          {target ? (
                            <>
                              {' · '}
                              <a href={target}>{t('plans.ui.findings.fix')}</a>
                            </>
                          ) : null}
                        </p>
                      </li>
                    )
                  })}
                </ul>
              </div>
            )
          })}
        </>
      )}
    </section>
  )
}

function Steps({ ctx, version }: { ctx: PartContext; version: number }) {
  const { t } = useUi()
  const actions = allowedPlanActions(ctx.plan.status)
  return (
    <section class="pw-panel pw-no-print" aria-labelledby="steps-title">
      <h2 class="pw-heading-m" id="steps-title">
        {t('plans.ui.steps.title')}
      </h2>
      <p>{t(`plans.ui.steps.explain.${ctx.plan.status}`)}</p>
      {ctx.plan.status === 'in-effect' ? (
        <ul>
          <li>
            <a href={paths.amendPlan(ctx.child.id, ctx.record.id)}>{t('plans.ui.steps.amend')}</a>
          </li>
          <li>
            <a href={paths.nextPlan(ctx.child.id, ctx.record.id)}>{t('plans.ui.steps.next')}</a>
          </li>
        </ul>
      ) : null}
      {actions.length > 0 ? (
        <PostForm action={paths.planStep(ctx.child.id, ctx.record.id)}>
          <input type="hidden" name="version" value={String(version)} />
          <ul class="pw-step-list">
            {actions.map((action) => (
              <li key={action}>
                <Button
                  name="action"
                  value={action}
                  variant={action === 'supersede' || action === 'reopen' ? 'secondary' : 'primary'}
                >
                  {t(`plans.actions.${action}`)}
                </Button>
                <p class="pw-hint">{t(`plans.ui.steps.hints.${action}`)}</p>
              </li>
            ))}
          </ul>
        </PostForm>
      ) : null}
      {ctx.plan.status === 'superseded' ? (
        <p>
          <a href={paths.nextPlan(ctx.child.id, ctx.record.id)}>{t('plans.ui.steps.next')}</a>
        </p>
      ) : null}
      {ctx.plan.status === 'draft' ? (
        <p>
          <a href={paths.deletePlan(ctx.child.id, ctx.record.id)}>{t('plans.ui.steps.delete')}</a>
        </p>
      ) : null}
    </section>
  )
}

/** A plan: where it stands, what it lacks, each part with a link to change it, and its history. */
export function PlanPage({ child, record, version, findings, previous }: PlanPageProps) {
  const ui = useUi()
  const { t, instant } = ui
  const plan = version.plan
  const latest = version.version === record.latestVersion
  const ctx: PartContext = { child, record, plan, editable: latest }
  const sections: Record<PlanPart, () => ComponentChildren> = {
    basics: () => <BasicsPart ctx={ctx} />,
    summary: () => <SummaryPart ctx={ctx} />,
    basis: () => (plan.kind === '504' ? <BasisPart ctx={ctx} plan={plan} /> : null),
    goals: () => (plan.kind === 'iep' ? <GoalsPart ctx={ctx} plan={plan} /> : null),
    services: () => <ServicesPart ctx={ctx} />,
    accommodations: () => <ItemsPart ctx={ctx} list="accommodations" items={plan.accommodations} />,
    programModifications: () =>
      plan.kind === 'iep' ? (
        <ItemsPart ctx={ctx} list="programModifications" items={plan.programModifications ?? []} />
      ) : null,
    staffSupports: () =>
      plan.kind === 'iep' ? (
        <ItemsPart ctx={ctx} list="staffSupports" items={plan.staffSupports ?? []} />
      ) : null,
    placement: () => (plan.kind === 'iep' ? <PlacementPart ctx={ctx} plan={plan} /> : null),
    transition: () => (plan.kind === 'iep' ? <TransitionPart ctx={ctx} plan={plan} /> : null),
    team: () => <TeamPart ctx={ctx} />,
  }
  return (
    <Page
      title={recordTitle(ui, record)}
      caption={displayName(child)}
      back={{ href: paths.childPlans(child.id), label: t('plans.ui.backToPlans') }}
    >
      <p>
        <StatusTag status={plan.status} />{' '}
        <span class="pw-secondary">
          {t('plans.ui.page.versionLine', {
            version: version.version,
            who: version.savedByName ?? t('plans.ui.someone'),
            when: instant(version.savedAt),
          })}
        </span>
      </p>
      {latest ? null : (
        <Warning>
          {t('plans.ui.page.oldVersion', { version: version.version, latest: record.latestVersion })}{' '}
          <a href={paths.plan(child.id, record.id)}>{t('plans.ui.page.seeLatest')}</a>
        </Warning>
      )}
      {plan.revision?.reason === 'amendment' && plan.revision.previousPlanId ? (
        <Inset>
          {t('plans.ui.page.amends')}{' '}
          <a href={paths.plan(child.id, plan.revision.previousPlanId, plan.revision.previousVersion)}>
            {t('plans.ui.page.amendsLink')}
          </a>
        </Inset>
      ) : null}
      <nav class="pw-plan-nav pw-no-print" aria-label={t('plans.ui.page.navLabel')}>
        <ul>
          <li>
            <a href={paths.planAtAGlance(child.id, record.id, latest ? undefined : version.version)}>
              {t('plans.ui.page.glance')}
            </a>
          </li>
          <li>
            <a href={paths.planVersions(child.id, record.id)}>
              {t('plans.ui.page.history', { count: record.latestVersion })}
            </a>
          </li>
          {previous ? (
            <li>
              <a
                href={paths.comparePlans(
                  child.id,
                  { planId: previous.id, version: previous.latestVersion },
                  { planId: record.id, version: version.version },
                )}
              >
                {t('plans.ui.page.comparePrevious')}
              </a>
            </li>
          ) : null}
          <li>
            <a href={paths.planMoves(child.id)}>{t('plans.ui.page.moves')}</a>
          </li>
        </ul>
      </nav>
      {latest ? <Steps ctx={ctx} version={version.version} /> : null}
      {latest && purposeFor(plan.status) === 'correction' ? (
        <Inset>{t('plans.ui.page.correctionNote')}</Inset>
      ) : null}
      <Findings ctx={ctx} findings={findings} />
      {partsOf(plan.kind).map((part) => (
        <div key={part}>{sections[part]()}</div>
      ))}
    </Page>
  )
}

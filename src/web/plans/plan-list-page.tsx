import { type Child, displayName } from '../../domain/children/child.ts'
import { REVISION_REASONS } from '../../domain/plans/plan.ts'
import { isAgreed, type PlanRecord, selectPreviousPlan } from '../../domain/plans/plan-record.ts'
import type { Problem } from '../../domain/problems.ts'
import { paths } from '../../paths.ts'
import { Inset } from '../layout/banner.tsx'
import { Choices, DateInput, Select } from '../layout/fields.tsx'
import { Button, ButtonGroup, ButtonLink, PostForm } from '../layout/form.tsx'
import { Page } from '../layout/page.tsx'
import { useUi } from '../ui.ts'
import { recordTitle, StatusTag } from './plan-common.tsx'

function PlanCard({ child, record }: { child: Child; record: PlanRecord }) {
  const ui = useUi()
  const { t, shortDate } = ui
  const range =
    record.effectiveFrom && record.effectiveTo
      ? t('plans.ui.list.range', { from: shortDate(record.effectiveFrom), to: shortDate(record.effectiveTo) })
      : null
  return (
    <li class="pw-card">
      <h3 class="pw-card__title">
        <a href={paths.plan(child.id, record.id)}>{recordTitle(ui, record)}</a>
      </h3>
      <p class="pw-secondary">
        <StatusTag status={record.status} /> {range ? `${range} · ` : ''}
        {t('plans.ui.list.versions', { count: record.latestVersion })}
      </p>
    </li>
  )
}

/** A child's plans: the plan in effect, plans being worked on, and each road's history. */
export function PlanListPage({ child, plans }: { child: Child; plans: readonly PlanRecord[] }) {
  const ui = useUi()
  const { t } = ui
  const current = plans.find((p) => p.status === 'in-effect')
  const working = plans.filter((p) => p.status === 'draft' || p.status === 'proposed')
  const history = (kind: 'iep' | '504') => plans.filter((p) => p.kind === kind && isAgreed(p.status))
  const previous = current ? selectPreviousPlan(current, plans) : undefined
  return (
    <Page
      title={t('plans.ui.list.title')}
      caption={displayName(child)}
      back={{ href: paths.child(child.id), label: t('plans.ui.backToChild') }}
    >
      <p class="pw-lead">{t('plans.ui.list.intro')}</p>
      <h2 class="pw-heading-l">{t('plans.ui.list.currentTitle')}</h2>
      {current ? (
        <>
          <ul class="pw-card-list">
            <PlanCard child={child} record={current} />
          </ul>
          <ButtonGroup>
            <ButtonLink href={paths.planAtAGlance(child.id, current.id)}>
              {t('plans.ui.list.printGlance')}
            </ButtonLink>
            {previous ? (
              <ButtonLink
                variant="secondary"
                href={paths.comparePlans(
                  child.id,
                  { planId: previous.id, version: previous.latestVersion },
                  { planId: current.id, version: current.latestVersion },
                )}
              >
                {t('plans.ui.list.compareLastYear')}
              </ButtonLink>
            ) : null}
          </ButtonGroup>
        </>
      ) : (
        <p>{t('plans.ui.list.noCurrent')}</p>
      )}

      {working.length > 0 ? (
        <>
          <h2 class="pw-heading-l">{t('plans.ui.list.workingTitle')}</h2>
          <ul class="pw-card-list">
            {working.map((record) => (
              <PlanCard key={record.id} child={child} record={record} />
            ))}
          </ul>
        </>
      ) : null}

      <h2 class="pw-heading-l">{t('plans.ui.list.enterTitle')}</h2>
      <p>{t('plans.ui.list.enterIntro')}</p>
      <ButtonGroup>
        <ButtonLink href={paths.newPlan(child.id, 'iep')}>{t('plans.ui.list.enterIep')}</ButtonLink>
        <ButtonLink variant="secondary" href={paths.newPlan(child.id, '504')}>
          {t('plans.ui.list.enter504')}
        </ButtonLink>
      </ButtonGroup>

      {(['iep', '504'] as const).map((kind) =>
        history(kind).length > 0 ? (
          <section key={kind} aria-labelledby={`history-${kind}`}>
            <h2 class="pw-heading-l" id={`history-${kind}`}>
              {t(`plans.ui.list.history.${kind}`)}
            </h2>
            <ul class="pw-card-list">
              {history(kind).map((record) => (
                <PlanCard key={record.id} child={child} record={record} />
              ))}
            </ul>
          </section>
        ) : null,
      )}

      <h2 class="pw-heading-l">{t('plans.ui.list.moreTitle')}</h2>
      <ul>
        {plans.length > 1 ? (
          <li>
            <a href={paths.comparePlans(child.id)}>{t('plans.ui.list.compareAny')}</a>
          </li>
        ) : null}
        <li>
          <a href={paths.planMoves(child.id)}>{t('plans.ui.list.moves')}</a>
        </li>
      </ul>
    </Page>
  )
}

export const NEW_PLAN_FIELDS = ['kind', 'revision.reason', 'dates.meeting', 'dates.start'] as const
export type NewPlanValues = Readonly<Record<(typeof NEW_PLAN_FIELDS)[number], string>>

/** The first step of entering a plan: which kind, why it was written, and its first dates. */
export function NewPlanPage({
  child,
  values,
  problems = [],
}: {
  child: Child
  values: NewPlanValues
  problems?: readonly Problem[]
}) {
  const { t } = useUi()
  return (
    <Page
      title={t('plans.ui.new.title')}
      caption={displayName(child)}
      problems={problems}
      back={{ href: paths.childPlans(child.id) }}
      width="narrow"
    >
      <p>{t('plans.ui.new.intro')}</p>
      <Inset>{t('plans.ui.new.paperTip')}</Inset>
      <PostForm action={paths.newPlan(child.id)}>
        <Choices
          kind="radio"
          name="kind"
          label={t('plans.ui.new.kindQuestion')}
          values={[values.kind]}
          options={[
            { value: 'iep', label: t('plans.ui.new.kindIep'), hint: t('plans.ui.new.kindIepHint') },
            { value: '504', label: t('plans.ui.new.kind504'), hint: t('plans.ui.new.kind504Hint') },
          ]}
          problems={problems}
        />
        <Select
          name="revision.reason"
          label={`${t('plans.form.labels.revision.reason')} ${t('common.optional')}`}
          value={values['revision.reason']}
          placeholder={t('plans.form.choose')}
          options={REVISION_REASONS.filter((r) => r !== 'amendment').map((r) => ({
            value: r,
            label: t(`plans.revisionReasons.${r}`),
          }))}
          problems={problems}
        />
        <DateInput
          name="dates.meeting"
          label={`${t('plans.form.labels.dates.meeting')} ${t('common.optional')}`}
          hint={t('plans.form.hints.date')}
          value={values['dates.meeting']}
          problems={problems}
        />
        <DateInput
          name="dates.start"
          label={`${t('plans.form.labels.dates.start')} ${t('common.optional')}`}
          hint={t('plans.form.hints.date')}
          value={values['dates.start']}
          problems={problems}
        />
        <ButtonGroup>
          <Button>{t('plans.ui.new.submit')}</Button>
          <a href={paths.childPlans(child.id)}>{t('common.cancel')}</a>
        </ButtonGroup>
      </PostForm>
    </Page>
  )
}

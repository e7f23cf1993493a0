import { type Child, displayName } from '../../domain/children/child.ts'
import type { AtAGlance, GlanceItem } from '../../domain/plans/at-a-glance.ts'
import { EXIT_REASONS, type MoveRequirement, PROGRAMS } from '../../domain/plans/moves.ts'
import type { PlanRecord, SavedPlanVersion } from '../../domain/plans/plan-record.ts'
import { paths } from '../../paths.ts'
import { Inset } from '../layout/banner.tsx'
import { Choices } from '../layout/fields.tsx'
import { Button, ButtonGroup, ButtonLink } from '../layout/form.tsx'
import { Page } from '../layout/page.tsx'
import { useUi } from '../ui.ts'
import { recordTitle, useMessage } from './plan-common.tsx'

function GlanceItems({ items }: { items: readonly GlanceItem[] }) {
  const { t } = useUi()
  return (
    <ul class="pw-glance-list">
      {items.map((item) => (
        <li key={item.id}>
          <strong>{'text' in item.label ? item.label.text : t(item.label.key)}</strong>
          {item.details ? ` (${item.details})` : ''}
          {item.explanationKey ? <span class="pw-glance-note">{t(item.explanationKey)}</span> : null}
          {item.settings.length > 0 || item.responsible ? (
            <span class="pw-glance-note">
              {[
                item.settings.length > 0
                  ? `${t('plans.glance.where')}: ${item.settings.map((s) => t(`plans.accommodationSettings.${s}`)).join(', ')}`
                  : null,
                item.responsible ? `${t('plans.glance.who')}: ${item.responsible}` : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  )
}

/** The one page a parent hands to a new teacher or a substitute; prints on one sheet, and as a PDF. */
export function AtAGlancePage({
  child,
  record,
  version,
  glance,
}: {
  child: Child
  record: PlanRecord
  version: SavedPlanVersion
  glance: AtAGlance
}) {
  const ui = useUi()
  const { t, date } = ui
  const msg = useMessage()
  const latest = version.version === record.latestVersion
  const name = displayName(child)
  return (
    <Page
      title={t('plans.glance.title', { name })}
      caption={recordTitle(ui, record)}
      back={{
        href: paths.plan(child.id, record.id, latest ? undefined : version.version),
        label: t('plans.ui.backToPlan'),
      }}
    >
      <div class="pw-no-print">
        <p>{t('plans.glance.intro')}</p>
        <ButtonGroup>
          <ButtonLink
            href={paths.planAtAGlancePdf(child.id, record.id, latest ? undefined : version.version)}
          >
            {t('plans.glance.downloadPdf')}
          </ButtonLink>
        </ButtonGroup>
        <p class="pw-secondary" data-module="print-hint" data-print-label={t('plans.glance.print')}>
          {t('plans.glance.printHint')}
        </p>
      </div>
      <div class="pw-glance">
        <p class="pw-glance-dates">
          {[
            t(`plans.kinds.${glance.kind}`),
            glance.start ? t('plans.glance.from', { date: date(glance.start) }) : null,
            glance.end ? t('plans.glance.to', { date: date(glance.end) }) : null,
            glance.review ? t('plans.glance.review', { date: date(glance.review) }) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
        <p class="pw-secondary">{t('plans.glance.forTeachers')}</p>
        <h2 class="pw-heading-m">{t('plans.glance.strengthsAndNeeds')}</h2>
        <dl class="pw-glance-pairs">
          <dt>{t('plans.glance.strengths')}</dt>
          <dd>{glance.strengths ?? t('plans.glance.notInPlan')}</dd>
          <dt>{t('plans.glance.needs')}</dt>
          <dd>{glance.needs ?? t('plans.glance.notInPlan')}</dd>
        </dl>
        {glance.goals.length > 0 ? (
          <>
            <h2 class="pw-heading-m">{t('plans.glance.goals')}</h2>
            <ol class="pw-glance-list">
              {glance.goals.map((goal) => (
                <li key={goal.id}>
                  <strong>{t(`plans.goalAreas.${goal.area}`)}:</strong> {goal.text}
                </li>
              ))}
            </ol>
          </>
        ) : null}
        <h2 class="pw-heading-m">{t('plans.glance.accommodations')}</h2>
        {glance.accommodations.length > 0 ? (
          <GlanceItems items={glance.accommodations} />
        ) : (
          <p>{t('plans.glance.noneListed')}</p>
        )}
        {glance.modifications.length > 0 ? (
          <>
            <h2 class="pw-heading-m">{t('plans.glance.modifications')}</h2>
            <GlanceItems items={glance.modifications} />
          </>
        ) : null}
        <h2 class="pw-heading-m">{t('plans.glance.services')}</h2>
        {glance.services.length > 0 ? (
          <ul class="pw-glance-list">
            {glance.services.map((s) => (
              <li key={s.id}>
                <strong>{s.name}</strong>: {s.amount ? msg(s.amount) : t('plans.glance.noAmount')}
                {s.minutesPerWeek !== null
                  ? ` (${t('plans.glance.perWeek', { minutes: s.minutesPerWeek })})`
                  : ''}
                {s.setting || s.location || s.provider ? (
                  <span class="pw-glance-note">
                    {[
                      [s.setting ? t(`plans.serviceSettings.${s.setting}`) : null, s.location]
                        .filter(Boolean)
                        .join(': '),
                      s.provider ? `${t('plans.glance.who')}: ${s.provider}` : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('plans.glance.noneListed')}</p>
        )}
        <h2 class="pw-heading-m">{t('plans.glance.contacts')}</h2>
        {glance.contacts.length > 0 ? (
          <ul class="pw-glance-list">
            {glance.contacts.map((c, i) => (
              <li key={i}>
                <strong>{c.name}</strong>
                {c.role ? `, ${c.role}` : ''}
                {c.phone || c.email ? (
                  <span class="pw-glance-note">{[c.phone, c.email].filter(Boolean).join(' · ')}</span>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('plans.glance.noContacts')}</p>
        )}
      </div>
    </Page>
  )
}

export interface MoveChoice {
  readonly from: string
  readonly to: string
  readonly reason: string
}

/** What the law asks for before a child moves between an IEP, a 504 plan and no plan. */
export function MovesPage({
  child,
  current,
  choice,
  requirements,
}: {
  child: Child
  current: PlanRecord | undefined
  choice: MoveChoice
  requirements: readonly MoveRequirement[] | undefined
}) {
  const { t } = useUi()
  const msg = useMessage()
  const programs = PROGRAMS.map((p) => ({ value: p, label: t(`plans.programs.${p}`) }))
  return (
    <Page
      title={t('plans.ui.moves.title')}
      caption={displayName(child)}
      back={{ href: paths.childPlans(child.id), label: t('plans.ui.backToPlans') }}
      width="narrow"
    >
      <p>{t('plans.ui.moves.intro')}</p>
      {current ? <p>{t('plans.ui.moves.current', { kind: t(`plans.kinds.${current.kind}`) })}</p> : null}
      <form method="get" action={paths.planMoves(child.id)} noValidate>
        <Choices
          kind="radio"
          name="from"
          label={t('plans.ui.moves.from')}
          values={[choice.from]}
          options={programs}
          inline
        />
        <Choices
          kind="radio"
          name="to"
          label={t('plans.ui.moves.to')}
          values={[choice.to]}
          options={programs}
          inline
        />
        <Choices
          kind="radio"
          name="reason"
          label={t('plans.ui.moves.reason')}
          hint={t('plans.ui.moves.reasonHint')}
          values={[choice.reason]}
          options={EXIT_REASONS.map((r) => ({ value: r, label: t(`plans.exitReasons.${r}`) }))}
        />
        <ButtonGroup>
          <Button>{t('plans.ui.moves.submit')}</Button>
        </ButtonGroup>
      </form>
      {requirements ? (
        <section aria-labelledby="moves-result">
          <h2 class="pw-heading-l" id="moves-result">
            {t('plans.ui.moves.resultTitle', {
              from: t(`plans.programs.${choice.from}`),
              to: t(`plans.programs.${choice.to}`),
            })}
          </h2>
          {requirements.length === 0 ? (
            <p>{t('plans.ui.moves.same')}</p>
          ) : (
            <ol class="pw-move-list">
              {requirements.map((r) => (
                <li key={r.code}>
                  <p>{msg(r.message)}</p>
                  <p class="pw-secondary">
                    <span class="pw-citation">{r.citation}</span>
                    {r.confidence === 'low' ? ` · ${t('plans.ui.moves.lowConfidence')}` : ''}
                    {r.confidence === 'medium' ? ` · ${t('plans.ui.moves.mediumConfidence')}` : ''}
                  </p>
                </li>
              ))}
            </ol>
          )}
          <Inset>{t('plans.ui.moves.keepBoth')}</Inset>
          {choice.to === 'iep' || choice.to === '504' ? (
            <ButtonLink href={paths.newPlan(child.id, choice.to)}>
              {t(choice.to === 'iep' ? 'plans.ui.list.enterIep' : 'plans.ui.list.enter504')}
            </ButtonLink>
          ) : null}
        </section>
      ) : null}
    </Page>
  )
}

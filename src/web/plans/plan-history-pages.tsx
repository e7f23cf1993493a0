import { type Child, displayName } from '../../domain/children/child.ts'
import type { LocalDate } from '../../domain/dates/local-date.ts'
import type {
  GoalChange,
  ItemChange,
  PlanDiff,
  ServiceChange,
  SettingChange,
} from '../../domain/plans/diff-plans.ts'
import { PLAN_STATUSES } from '../../domain/plans/plan.ts'
import type { PlanRecord, PlanVersionSummary, SavedPlanVersion } from '../../domain/plans/plan-record.ts'
import type { Problem } from '../../domain/problems.ts'
import { paths } from '../../paths.ts'
import { Inset } from '../layout/banner.tsx'
import { SummaryList, Tag } from '../layout/content.tsx'
import { Select } from '../layout/fields.tsx'
import { Button, ButtonGroup } from '../layout/form.tsx'
import { Page } from '../layout/page.tsx'
import { useUi } from '../ui.ts'
import { itemName, recordTitle, StatusTag, useMessage } from './plan-common.tsx'

/** Every saved version of a plan: what each save did, who saved it and when. */
export function VersionsPage({
  child,
  record,
  versions,
}: {
  child: Child
  record: PlanRecord
  versions: readonly PlanVersionSummary[]
}) {
  const ui = useUi()
  const { t, instant } = ui
  return (
    <Page
      title={t('plans.ui.versions.title')}
      caption={`${displayName(child)} · ${recordTitle(ui, record)}`}
      back={{ href: paths.plan(child.id, record.id), label: t('plans.ui.backToPlan') }}
    >
      <p>{t('plans.ui.versions.intro')}</p>
      <ol class="pw-card-list" reversed>
        {versions.map((v, i) => {
          const older = versions[i + 1]
          return (
            <li class="pw-card" key={v.version}>
              <h2 class="pw-card__title">
                <a href={paths.plan(child.id, record.id, v.version)}>
                  {t('plans.ui.versions.version', { version: v.version })}
                </a>
              </h2>
              <p>
                {v.part
                  ? t(`plans.ui.versions.actions.${v.action}Part`, {
                      part: t(`plans.ui.parts.${v.part}.title`),
                    })
                  : t(`plans.ui.versions.actions.${v.action}`)}
              </p>
              <p class="pw-secondary">
                <StatusTag status={v.status} />{' '}
                {t('plans.ui.versions.savedBy', {
                  who: v.savedByName ?? t('plans.ui.someone'),
                  when: instant(v.savedAt),
                })}
              </p>
              {older ? (
                <p>
                  <a
                    href={paths.comparePlans(
                      child.id,
                      { planId: record.id, version: older.version },
                      { planId: record.id, version: v.version },
                    )}
                  >
                    {t('plans.ui.versions.compare', { version: older.version })}
                  </a>
                </p>
              ) : null}
            </li>
          )
        })}
      </ol>
    </Page>
  )
}

export interface VersionOption {
  readonly record: PlanRecord
  readonly version: Pick<SavedPlanVersion, 'version' | 'savedAt'> & { readonly status: PlanRecord['status'] }
}

function ChangeTag({ kind, attention }: { kind: string; attention: boolean }) {
  const { t } = useUi()
  const tone =
    kind === 'reduced' || kind === 'removed'
      ? 'red'
      : kind === 'added' || kind === 'increased'
        ? 'green'
        : attention
          ? 'yellow'
          : 'grey'
  return <Tag tone={tone}>{t(`plans.ui.compare.changes.${kind}`)}</Tag>
}

function ServiceChanges({ changes }: { changes: readonly ServiceChange[] }) {
  const { t } = useUi()
  const msg = useMessage()
  const shown = changes.filter((c) => c.change !== 'unchanged')
  const same = changes.length - shown.length
  return (
    <section aria-labelledby="diff-services">
      <h2 class="pw-heading-l" id="diff-services">
        {t('plans.ui.compare.services')}
      </h2>
      {shown.length === 0 ? <p>{t('plans.ui.compare.nothingChanged')}</p> : null}
      <ul class="pw-diff-list">
        {shown.map((c, i) => (
          <li key={i} class={c.attention ? 'pw-diff pw-diff--attention' : 'pw-diff'}>
            <p>
              <ChangeTag kind={c.change} attention={c.attention} /> {msg(c.message)}
            </p>
            {c.minutesPerWeek.before !== null || c.minutesPerWeek.after !== null ? (
              <p class="pw-secondary">
                {t('plans.ui.compare.minutes', {
                  before: c.minutesPerWeek.before ?? '–',
                  after: c.minutesPerWeek.after ?? '–',
                })}
              </p>
            ) : null}
            {c.movedOutOfGeneralEducation ? (
              <p class="pw-secondary">{t('plans.ui.compare.movedOut')}</p>
            ) : null}
          </li>
        ))}
      </ul>
      {same > 0 ? <p class="pw-secondary">{t('plans.ui.compare.sameServices', { count: same })}</p> : null}
    </section>
  )
}

function GoalChanges({ changes }: { changes: readonly GoalChange[] }) {
  const { t } = useUi()
  const msg = useMessage()
  const shown = changes.filter((c) => c.change !== 'unchanged')
  const same = changes.length - shown.length
  if (changes.length === 0) return null
  return (
    <section aria-labelledby="diff-goals">
      <h2 class="pw-heading-l" id="diff-goals">
        {t('plans.ui.compare.goals')}
      </h2>
      {shown.length === 0 ? <p>{t('plans.ui.compare.nothingChanged')}</p> : null}
      <ul class="pw-diff-list">
        {shown.map((c, i) => (
          <li key={i} class={c.attention ? 'pw-diff pw-diff--attention' : 'pw-diff'}>
            <p>
              <ChangeTag kind={c.change} attention={c.attention} /> {msg(c.message)}
            </p>
            {c.before && (c.change === 'removed' || c.rewritten) ? (
              <p class="pw-secondary">
                <strong>{t('plans.ui.compare.before')}:</strong> {c.before.text}
              </p>
            ) : null}
            {c.after && (c.change === 'added' || c.rewritten) ? (
              <p class="pw-secondary">
                <strong>{t('plans.ui.compare.after')}:</strong> {c.after.text}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      {same > 0 ? <p class="pw-secondary">{t('plans.ui.compare.sameGoals', { count: same })}</p> : null}
    </section>
  )
}

function ItemChanges({ changes }: { changes: readonly ItemChange[] }) {
  const ui = useUi()
  const { t } = ui
  const msg = useMessage()
  const shown = changes.filter(
    (c) => c.change !== 'unchanged' || c.settingsRemoved.length > 0 || c.settingsAdded.length > 0,
  )
  const same = changes.length - shown.length
  return (
    <section aria-labelledby="diff-items">
      <h2 class="pw-heading-l" id="diff-items">
        {t('plans.ui.compare.items')}
      </h2>
      {shown.length === 0 ? <p>{t('plans.ui.compare.nothingChanged')}</p> : null}
      <ul class="pw-diff-list">
        {shown.map((c, i) => {
          const item = c.after ?? c.before
          return (
            <li key={i} class={c.attention ? 'pw-diff pw-diff--attention' : 'pw-diff'}>
              <p>
                <ChangeTag kind={c.change} attention={c.attention} /> {msg(c.message)}
              </p>
              <p class="pw-secondary">
                {t(`plans.lists.${c.list}`)}
                {item ? ` · ${itemName(ui, item)}` : ''}
              </p>
              {c.settingsRemoved.length > 0 ? (
                <p class="pw-secondary">
                  {t('plans.ui.compare.settingsRemoved', {
                    settings: c.settingsRemoved.map((s) => t(`plans.accommodationSettings.${s}`)).join(', '),
                  })}
                </p>
              ) : null}
            </li>
          )
        })}
      </ul>
      {same > 0 ? <p class="pw-secondary">{t('plans.ui.compare.sameItems', { count: same })}</p> : null}
    </section>
  )
}

function SettingChanges({ changes }: { changes: readonly SettingChange[] }) {
  const { t } = useUi()
  const msg = useMessage()
  if (changes.length === 0) return null
  return (
    <section aria-labelledby="diff-settings">
      <h2 class="pw-heading-l" id="diff-settings">
        {t('plans.ui.compare.settings')}
      </h2>
      <ul class="pw-diff-list">
        {changes.map((c, i) => (
          <li key={i} class={c.attention ? 'pw-diff pw-diff--attention' : 'pw-diff'}>
            <p>{msg(c.message)}</p>
          </li>
        ))}
      </ul>
    </section>
  )
}

function DiffResult({ diff }: { diff: PlanDiff }) {
  const { t } = useUi()
  const msg = useMessage()
  const s = diff.summary
  const notes = diff.notes.map((note) => (
    <p key={note.code}>
      {msg(note.message)} <span class="pw-citation">({note.citation})</span>
    </p>
  ))
  return (
    <>
      {diff.hasReductions ? (
        <section class="pw-reductions" aria-labelledby="reductions-title">
          <h3 class="pw-heading-m" id="reductions-title">
            {t('plans.ui.compare.reductionsTitle')}
          </h3>
          <p>{t('plans.ui.compare.reductionsIntro')}</p>
          {notes}
        </section>
      ) : diff.notes.length > 0 ? (
        <Inset>{notes}</Inset>
      ) : null}
      <SummaryList
        rows={[
          {
            key: t('plans.ui.compare.totalMinutes'),
            value: t('plans.ui.compare.totalMinutesValue', {
              before: s.totalMinutesPerWeek.before,
              after: s.totalMinutesPerWeek.after,
              change:
                s.totalMinutesPerWeek.change > 0
                  ? `+${s.totalMinutesPerWeek.change}`
                  : String(s.totalMinutesPerWeek.change),
            }),
          },
          {
            key: t('plans.ui.compare.servicesLine'),
            value: t('plans.ui.compare.servicesCounts', {
              reduced: s.servicesReduced,
              removed: s.servicesRemoved,
              added: s.servicesAdded,
              increased: s.servicesIncreased,
            }),
          },
          {
            key: t('plans.ui.compare.goalsLine'),
            value: t('plans.ui.compare.goalsCounts', {
              removed: s.goalsRemoved,
              added: s.goalsAdded,
              changed: s.goalsChanged,
            }),
          },
          {
            key: t('plans.ui.compare.itemsLine'),
            value: t('plans.ui.compare.itemsCounts', {
              removed: s.accommodationsRemoved,
              added: s.accommodationsAdded,
              changed: s.accommodationsChanged,
            }),
          },
        ]}
      />
      <ServiceChanges changes={diff.services} />
      <GoalChanges changes={diff.goals} />
      <ItemChanges changes={diff.accommodations} />
      <SettingChanges changes={diff.settings} />
    </>
  )
}

/** Compare any two saved versions of a child's plans; reductions first, with the prior written notice note. */
export function ComparePage({
  child,
  options,
  before,
  after,
  diff,
  problems = [],
}: {
  child: Child
  options: readonly VersionOption[]
  before: string
  after: string
  diff?: { before: VersionOption; after: VersionOption; diff: PlanDiff }
  problems?: readonly Problem[]
}) {
  const ui = useUi()
  const { t, shortDate } = ui
  // A child's plans can have hundreds of versions: translate the pattern once, and each title once.
  const pattern = t('plans.ui.compare.option', {
    plan: '\u0001',
    version: '\u0002',
    status: '\u0003',
    date: '\u0004',
  })
  const titles = new Map(options.map((o) => [o.record.id, recordTitle(ui, o.record)]))
  const statuses = new Map(PLAN_STATUSES.map((status) => [status, t(`plans.statuses.${status}`)]))
  const label = (o: VersionOption) =>
    pattern
      .replace('\u0001', titles.get(o.record.id) ?? '')
      .replace('\u0002', String(o.version.version))
      .replace('\u0003', statuses.get(o.version.status) ?? '')
      .replace('\u0004', shortDate(o.version.savedAt.slice(0, 10) as LocalDate))
  const shortLabel = (o: VersionOption) =>
    t('plans.ui.compare.shortOption', { plan: recordTitle(ui, o.record), version: o.version.version })
  const selectOptions = options.map((o) => ({
    value: `${o.record.id}@${o.version.version}`,
    label: label(o),
  }))
  return (
    <Page
      title={t('plans.ui.compare.title')}
      caption={displayName(child)}
      problems={problems}
      back={{ href: paths.childPlans(child.id), label: t('plans.ui.backToPlans') }}
    >
      <p>{t('plans.ui.compare.intro')}</p>
      <form method="get" action={paths.comparePlans(child.id)} noValidate class="pw-no-print">
        <Select
          name="before"
          label={t('plans.ui.compare.beforeLabel')}
          value={before}
          placeholder={t('plans.form.choose')}
          options={selectOptions}
          problems={problems}
        />
        <Select
          name="after"
          label={t('plans.ui.compare.afterLabel')}
          value={after}
          placeholder={t('plans.form.choose')}
          options={selectOptions}
          problems={problems}
        />
        <ButtonGroup>
          <Button>{t('plans.ui.compare.submit')}</Button>
        </ButtonGroup>
      </form>
      {diff ? (
        <section aria-labelledby="diff-title">
          <h2 class="pw-heading-l" id="diff-title">
            {t('plans.ui.compare.resultTitle', {
              before: shortLabel(diff.before),
              after: shortLabel(diff.after),
            })}
          </h2>
          <DiffResult diff={diff.diff} />
          <p class="pw-no-print">
            <a href={paths.plan(child.id, diff.after.record.id, diff.after.version.version)}>
              {t('plans.ui.compare.openAfter')}
            </a>
          </p>
        </section>
      ) : null}
    </Page>
  )
}

import type { LocalDate } from '../../domain/dates/local-date.ts'
import type { Message } from '../../domain/messages.ts'
import { libraryKeys } from '../../domain/plans/library.ts'
import type { Accommodation, Plan, PlanItem, PlanStatus } from '../../domain/plans/plan.ts'
import type { PlanRecord } from '../../domain/plans/plan-record.ts'
import { renderMessage } from '../../i18n/i18n.ts'
import { paths } from '../../paths.ts'
import { Tag } from '../layout/content.tsx'
import { type Ui, useUi } from '../ui.ts'
import { isSectionPart } from './read-part-forms.ts'

/** Writes a domain Message in the page's language. */
export function useMessage(): (message: Message) => string {
  const { lang } = useUi()
  return (message) => renderMessage(lang, message)
}

/** "IEP from 1 Sep 2026", "504 plan from 14 Sep 2026", or "IEP (no dates yet)". */
export function planTitle(
  ui: Pick<Ui, 't' | 'shortDate'>,
  plan: { kind: Plan['kind']; from: LocalDate | null },
): string {
  const kind = ui.t(`plans.kinds.${plan.kind}`)
  return plan.from
    ? ui.t('plans.ui.titleFrom', { kind, date: ui.shortDate(plan.from) })
    : ui.t('plans.ui.titleUndated', { kind })
}

export function recordTitle(ui: Pick<Ui, 't' | 'shortDate'>, record: PlanRecord): string {
  return planTitle(ui, { kind: record.kind, from: record.effectiveFrom })
}

const STATUS_TONES: Record<PlanStatus, 'grey' | 'green' | 'yellow' | 'blue'> = {
  draft: 'grey',
  proposed: 'yellow',
  'in-effect': 'green',
  superseded: 'blue',
}

export function StatusTag({ status }: { status: PlanStatus }) {
  const { t } = useUi()
  return <Tag tone={STATUS_TONES[status]}>{t(`plans.statuses.${status}`)}</Tag>
}

/** An accommodation's or item's name: the plan's words, or the library entry's name. */
export function itemName(ui: Pick<Ui, 't'>, item: Accommodation | PlanItem): string {
  if (item.text !== undefined && item.text.trim() !== '') return item.text
  return item.libraryId ? ui.t(libraryKeys(item.libraryId).name) : ''
}

/** Which page fixes a finding, from the JSON path of the field it is about. */
export function findingTarget(childId: string, planId: string, plan: Plan, path: string): string | undefined {
  const item = /^(goals|services|accommodations)\[(\d+)\]/.exec(path)
  if (item?.[1] && item[2]) {
    const list = item[1] as 'goals' | 'services' | 'accommodations'
    const found =
      list === 'goals'
        ? (plan.kind === 'iep' ? plan.goals : [])[Number(item[2])]
        : plan[list][Number(item[2])]
    return found ? paths.planItem(childId, planId, list, found.id) : undefined
  }
  const root = path.split(/[.[]/)[0] ?? ''
  if (root === 'childDateOfBirth') return paths.editChild(childId)
  if (root === 'goals') return paths.newPlanItem(childId, planId, 'goals')
  if (root === 'services' || root === 'accommodations') return paths.planLibrary(childId, planId, root)
  const part = PART_OF_FIELD[root]
  return part && isSectionPart(part) ? paths.planPart(childId, planId, part) : undefined
}

const PART_OF_FIELD: Readonly<Record<string, string>> = {
  dates: 'basics',
  eligibility: 'basics',
  progressReporting: 'basics',
  school: 'basics',
  revision: 'basics',
  presentLevels: 'summary',
  summary: 'summary',
  impairments: 'basis',
  majorLifeActivities: 'basis',
  evaluationSources: 'basis',
  generalEducationTime: 'placement',
  assessments: 'placement',
  extendedSchoolYear: 'placement',
  transition: 'transition',
  transferOfRights: 'transition',
  team: 'team',
  participants: 'team',
  consents: 'team',
  contacts: 'team',
}

/** Whether a plan in this status is edited (before agreement) or only corrected (after). */
export function purposeFor(status: PlanStatus): 'edit' | 'correction' {
  return status === 'in-effect' || status === 'superseded' ? 'correction' : 'edit'
}

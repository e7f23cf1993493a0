import type { LocalDate } from '../dates/local-date.ts'
import type { Message } from '../messages.ts'
import { libraryKeys } from './library.ts'
import type { AccommodationSetting, Contact, GoalArea, Plan, PlanItem, ServiceSetting } from './plan.ts'
import { minutesPerWeek, roundMinutes, serviceAmountMessage } from './service-minutes.ts'

/**
 * The plan at a glance: what a parent hands to a new teacher or a substitute. Strengths and needs
 * in two lines, the goals, the accommodations, the services with their minutes, and who to call.
 * Pure data for the page and the PDF; the words of library entries stay as catalog keys.
 */
export interface AtAGlance {
  readonly kind: Plan['kind']
  readonly strengths: string | null
  readonly needs: string | null
  readonly start: LocalDate | null
  readonly end: LocalDate | null
  readonly review: LocalDate | null
  readonly goals: readonly { readonly id: string; readonly area: GoalArea; readonly text: string }[]
  readonly accommodations: readonly GlanceItem[]
  readonly modifications: readonly GlanceItem[]
  readonly services: readonly GlanceService[]
  readonly contacts: readonly Contact[]
}

/** An item named either by the plan's own words (`text`) or by a library entry (`key`). */
export type GlanceLabel = { readonly text: string } | { readonly key: string }

export interface GlanceItem {
  readonly id: string
  readonly label: GlanceLabel
  /** The library entry's plain explanation, where the item comes from the library. */
  readonly explanationKey: string | null
  readonly details: string | null
  readonly settings: readonly AccommodationSetting[]
  readonly responsible: string | null
}

export interface GlanceService {
  readonly id: string
  readonly name: string
  /** "30 minutes, 2 times a week"; null when the plan gives no amount. */
  readonly amount: Message | null
  readonly minutesPerWeek: number | null
  readonly setting: ServiceSetting | null
  readonly location: string | null
  readonly provider: string | null
}

function label(item: { text?: string; libraryId?: string }): GlanceLabel {
  if (item.text !== undefined && item.text.trim() !== '') return { text: item.text }
  return item.libraryId !== undefined ? { key: libraryKeys(item.libraryId).name } : { text: '' }
}

function glanceItem(item: PlanItem | Plan['accommodations'][number]): GlanceItem {
  return {
    id: item.id,
    label: label(item),
    explanationKey: item.libraryId === undefined ? null : libraryKeys(item.libraryId).explain,
    details: 'details' in item ? (item.details ?? null) : null,
    settings: 'settings' in item ? item.settings : [],
    responsible: item.responsible ?? null,
  }
}

/** The one-page summary of a plan. Strengths and needs come from the summary, else the present levels. */
export function planAtAGlance(plan: Plan): AtAGlance {
  const levels = plan.kind === 'iep' ? plan.presentLevels : undefined
  const review = plan.kind === 'iep' ? plan.dates.nextAnnualReview : plan.dates.review
  return {
    kind: plan.kind,
    strengths: plan.summary?.strengths ?? levels?.strengths ?? null,
    needs: plan.summary?.needs ?? levels?.effectOnGeneralCurriculum ?? null,
    start: plan.dates.start ?? null,
    end: plan.dates.end ?? null,
    review: review ?? null,
    goals: plan.kind === 'iep' ? plan.goals.map(({ id, area, text }) => ({ id, area, text })) : [],
    accommodations: plan.accommodations.map(glanceItem),
    modifications: plan.kind === 'iep' ? (plan.programModifications ?? []).map(glanceItem) : [],
    services: plan.services.map((service) => {
      const perWeek = minutesPerWeek(service)
      return {
        id: service.id,
        name: service.name,
        amount: serviceAmountMessage(service) ?? null,
        minutesPerWeek: perWeek === undefined ? null : roundMinutes(perWeek),
        setting: service.setting ?? null,
        location: service.location ?? null,
        provider: service.providerRole ?? null,
      }
    }),
    contacts: plan.contacts ?? [],
  }
}

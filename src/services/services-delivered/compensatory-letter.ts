import type { Actor } from '../../domain/access/actor.ts'
import type { Child } from '../../domain/children/child.ts'
import type { LetterLanguage } from '../../domain/letters/letter.ts'
import { describeServiceAmount } from '../../domain/services-delivered/conventions.ts'
import { formatDate, renderMessage, translator } from '../../i18n/i18n.ts'
import { getChildForActor } from '../access/child-access.ts'
import type { Deps } from '../deps.ts'
import { type ComplianceRequest, getChildCompliance } from './child-compliance.ts'

/**
 * The first draft of a letter asking the school to make up the minutes it owes, prefilled from the
 * ledger: one line per service with minutes owed, the total, and a suggested request. Nothing is
 * saved here; the family checks the facts and starts the letter (letters feature) from this draft.
 */
export async function draftCompensatoryLetter(
  deps: Deps,
  actor: Actor,
  childId: string,
  request: ComplianceRequest,
  lang: LetterLanguage,
): Promise<{ child: Child; facts: string; resolution: string }> {
  await getChildForActor(deps.db, actor, childId, 'edit')
  const view = await getChildCompliance(deps, actor, childId, request)
  const t = translator(lang)
  const services = new Map(view.plan?.services.map((s) => [s.id, s]) ?? [])
  const owing = view.report.services.filter((s) => s.owedMinutes > 0)
  const lines = owing.map((s) => {
    const planned = services.get(s.service)
    const amount =
      planned?.minutes !== undefined && planned.frequency
        ? renderMessage(
            lang,
            describeServiceAmount({
              minutes: planned.minutes * planned.frequency.times,
              per: planned.frequency.per,
            }),
          )
        : ''
    return t('services.letter.factsLine', {
      service: s.name,
      amount,
      required: s.requiredMinutes,
      delivered: s.deliveredMinutes,
      missedSchool: s.missedSchoolMinutes + s.missedUnknownMinutes,
      owed: s.owedMinutes,
    })
  })
  const total = owing.reduce((sum, s) => sum + s.owedMinutes, 0)
  const facts = [
    t('services.letter.factsPeriod', {
      from: formatDate(lang, view.period.from),
      to: formatDate(lang, view.period.to),
    }),
    ...lines,
    t('services.letter.factsTotal', { minutes: total }),
  ].join('\n')
  return { child: view.child, facts, resolution: t('services.letter.resolution', { minutes: total }) }
}

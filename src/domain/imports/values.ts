import { parseEmailDate } from '../communications/pasted-email.ts'
import type { LocalDate } from '../dates/local-date.ts'
import type { FrequencyPeriod, GoalArea, IdeaCategory, ServiceSetting } from '../plans/plan.ts'

/**
 * Reading values as school papers write them: dates in US and written forms, disability
 * categories by their many names, service amounts ("30 min 2x weekly"), settings and goal areas.
 */

/**
 * A date as a school form writes it: "03/14/2026", "3/14/26", "3-14-2026", "March 14, 2026",
 * "2026-03-14". Two-digit years are 20xx. Undefined when there is no whole date.
 */
export function readDate(text: string): LocalDate | undefined {
  const cleaned = text.replace(/_/g, ' ').trim()
  if (cleaned === '') return undefined
  const dashed = /\b(\d{1,2})[-.](\d{1,2})[-.](\d{4})\b/.exec(cleaned)
  const short = /\b(\d{1,2})\/(\d{1,2})\/(\d{2})\b(?!\/|\d)/.exec(cleaned)
  const normalized = dashed
    ? `${dashed[1]}/${dashed[2]}/${dashed[3]}`
    : short
      ? `${short[1]}/${short[2]}/20${short[3]}`
      : cleaned
  return parseEmailDate(normalized) ?? undefined
}

/** Where a date sits in a text, for finding dates inside sentences. */
export const DATE_PATTERN =
  /\b(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4})\b/i

const CATEGORY_NAMES: readonly (readonly [RegExp, IdeaCategory])[] = [
  [/deaf[- ]?blind/i, 'deaf-blindness'],
  [/\bautis|\bASD\b/i, 'autism'],
  [/emotional (disturbance|disability|behavio)|\bED\b|\bEBD\b/i, 'emotional-disturbance'],
  [/hearing impair|hard of hearing|\bHI\b/i, 'hearing-impairment'],
  [/\bdeaf(ness)?\b/i, 'deafness'],
  [/intellectual|\bID\b|cognitive disab/i, 'intellectual-disability'],
  [/multiple disab|\bMD\b/i, 'multiple-disabilities'],
  [/orthopedic|\bOI\b/i, 'orthopedic-impairment'],
  [/other health|\bOHI\b/i, 'other-health-impairment'],
  [/specific learning|learning disab|\bSLD\b|\bLD\b/i, 'specific-learning-disability'],
  [/speech|language impair|\bSLI\b|\bS\/?L\b/i, 'speech-or-language-impairment'],
  [/traumatic brain|\bTBI\b/i, 'traumatic-brain-injury'],
  [/visual|blind|\bVI\b/i, 'visual-impairment'],
  [/developmental delay|\bDD\b/i, 'developmental-delay'],
]

/** The IDEA category a form names ("SLD", "Specific Learning Disability", "Autism Spectrum Disorder"). */
export function readCategory(text: string): IdeaCategory | undefined {
  for (const [pattern, category] of CATEGORY_NAMES) if (pattern.test(text)) return category
  return undefined
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  once: 1,
  one: 1,
  twice: 2,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
}

function countOf(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word)
  return NUMBER_WORDS[word.toLowerCase()]
}

function periodOf(word: string): FrequencyPeriod | undefined {
  const w = word.toLowerCase()
  if (w.startsWith('w') || w === 'wk') return 'week'
  if (w.startsWith('d')) return 'day'
  if (w.startsWith('m') || w === 'mo') return 'month'
  return undefined
}

export interface ServiceAmount {
  readonly minutes?: number
  readonly frequency?: { readonly times: number; readonly per: FrequencyPeriod }
  /** Where in the text the amount was said, to cut the rest into name and setting. */
  readonly start: number
  readonly end: number
}

const MINUTES = /\b(\d{1,3})\s*(?:-\s*)?(?:minutes?|mins?\.?|min\b|m\b)/i
const HOURS = /\b(\d{1,2}(?:\.\d+)?)\s*(?:hours?|hrs?\.?)\b/i
const TIMES_PER =
  /\b(\d{1,2}|once|twice|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:x|times?|sessions?)?\s*(?:(?:per|a|each|every|\/)\s*)?(week|weekly|wk|day|daily|month|monthly|mo)\b/i
const ALONE_PER = /\b(?:per|a|each|every|\/)\s*(week|wk|day|month|mo)\b|\b(weekly|daily|monthly)\b/i

/**
 * A service amount in a plan's words: "30 min 2x weekly", "45 minutes, 3 times per week",
 * "1 hour weekly", "20 min/day". Undefined when the text names no minutes or hours.
 */
export function readServiceAmount(text: string): ServiceAmount | undefined {
  const minutes = MINUTES.exec(text)
  const hours = minutes ? null : HOURS.exec(text)
  const amount = minutes ?? hours
  if (!amount) return undefined
  const value = minutes ? Number(minutes[1]) : Math.round(Number(hours?.[1]) * 60)
  const after = text.slice(amount.index + amount[0].length)
  const timesPer = TIMES_PER.exec(after) ?? TIMES_PER.exec(text)
  let frequency: ServiceAmount['frequency']
  let end = amount.index + amount[0].length
  if (timesPer) {
    const times = countOf(timesPer[1] ?? '')
    const per = periodOf(timesPer[2] ?? '')
    if (times !== undefined && per) frequency = { times, per }
    const at = text.indexOf(timesPer[0])
    end = Math.max(end, at + timesPer[0].length)
  } else {
    const alone = ALONE_PER.exec(after)
    const per = periodOf(alone?.[1] ?? alone?.[2] ?? '')
    if (alone && per) {
      frequency = { times: 1, per }
      end += alone.index + alone[0].length
    }
  }
  return { minutes: value, ...(frequency ? { frequency } : {}), start: amount.index, end }
}

/** "2/week": a frequency as the review form shows it. */
export function frequencyText(frequency: { times: number; per: FrequencyPeriod }): string {
  return `${frequency.times}/${frequency.per}`
}

/** Reads "2/week" back. */
export function parseFrequencyText(text: string): { times: number; per: FrequencyPeriod } | undefined {
  const match = /^\s*(\d{1,3})\s*\/\s*(day|week|month)\s*$/.exec(text)
  if (!match) return undefined
  const times = Number(match[1])
  return times > 0 ? { times, per: match[2] as FrequencyPeriod } : undefined
}

const SETTINGS: readonly (readonly [RegExp, ServiceSetting])[] = [
  [/separate (day )?school|private school|residential/i, 'separate-school'],
  [/home|hospital/i, 'home-or-hospital'],
  [/community/i, 'community'],
  [
    /special education (setting|class|classroom|room)|resource (room|class|setting)|pull[- ]?out|separate class|outside (of )?(the )?general|self[- ]contained|therapy room|speech room|office|sped (room|setting)/i,
    'outside-general-education-class',
  ],
  [
    /general education|gen\.? ?ed|regular (class|education)|inclusion|push[- ]?in|co[- ]?taught/i,
    'general-education-class',
  ],
]

/** The least-restrictive-environment setting a service's location names, if it names one. */
export function readSetting(text: string): ServiceSetting | undefined {
  for (const [pattern, setting] of SETTINGS) if (pattern.test(text)) return setting
  return undefined
}

const PROVIDERS =
  /(special education teacher|sped teacher|resource teacher|intervention specialist|speech[- ]language pathologist|speech therapist|\bSLP\b|occupational therapist|\bOTR?\b|physical therapist|\bPT\b|school psychologist|school counselor|counselor|social worker|paraprofessional|paraeducator|case manager|reading specialist|behavior (specialist|analyst)|\bBCBA\b|school nurse|general education teacher|classroom teacher)/i

/** The provider a service row names ("speech-language pathologist", "SLP"). */
export function readProvider(text: string): string | undefined {
  // The longest name wins: "school counselor" over the "counselor" of "counselor's office".
  const names = [...text.matchAll(new RegExp(PROVIDERS.source, 'gi'))].map((m) => m[1] ?? '')
  return names.sort((a, b) => b.length - a.length)[0]
}

const AREAS: readonly (readonly [RegExp, GoalArea])[] = [
  [/read|fluency|decod|comprehen|phonics|phonem/i, 'reading'],
  [/writ|spell|sentence|paragraph|essay|handwrit/i, 'writing'],
  [/math|comput|calculat|addition|subtraction|multipl|fraction|numer|word problems/i, 'math'],
  [/speech|language|articulat|communicat|vocabular|express|receptive/i, 'communication'],
  [/behavio|on[- ]task|disrupt|outburst|aggress|complian/i, 'behavior'],
  [/social|emotion|peer|cope|coping|self[- ]regulat|anxiety/i, 'social-emotional'],
  [/organiz|planner|homework|assignment|executive/i, 'organization'],
  [/motor|grasp|cutting|balance|scissors/i, 'motor'],
  [/daily living|self[- ]care|hygiene|dressing/i, 'daily-living'],
  [/vocation|job|career|employment/i, 'vocational'],
]

/** The goal area a heading or a goal names ("Reading Comprehension" → reading). */
export function readGoalArea(text: string): GoalArea | undefined {
  for (const [pattern, area] of AREAS) if (pattern.test(text)) return area
  return undefined
}

/** Collapses runs of spaces and drops the underscores of blank form lines. */
export function tidy(text: string): string {
  return text
    .replace(/_{2,}/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s:;,.\-–—]+/, '')
    .replace(/[\s:;,\-–—]+$/, '')
    .trim()
}

import {
  BASES,
  CURRENT_PLANS,
  DEVELOPMENTAL_DELAY,
  DEVELOPMENTAL_DELAY_OLDEST,
  IDEA_CATEGORIES,
  IDEA_YOUNGEST,
  MAJOR_LIFE_ACTIVITIES,
  MITIGATING_MEASURES,
  OLDEST_AGE,
  SCHOOL_RESPONSES,
  SCHOOLS,
} from './answers.ts'

/**
 * The screener's questions, in the order a family meets them. Each question fills one or more
 * answer fields; its words live in the catalogs under `screener.questions.<id>` (`title`, `hint`,
 * `error`, and `options.<value>.label` / `.hint`). Which questions are asked is decided in flow.ts.
 */

export const TOP_QUESTION_IDS = [
  'age',
  'school',
  'currentPlan',
  'basis',
  'ideaCategories',
  'adverseEffectOnEducation',
  'needsSpecializedInstruction',
  'majorLifeActivities',
  'mitigatingMeasures',
  'substantialLimitation',
  'needsAccommodations',
  'schoolResponse',
] as const
export type TopQuestionId = (typeof TOP_QUESTION_IDS)[number]

/** Asked once per condition, in this order; `anotherCondition` closes each one. */
export const CONDITION_QUESTION_IDS = [
  'conditionName',
  'conditionDiagnosed',
  'conditionDuration',
  'conditionMonths',
  'conditionPattern',
  'anotherCondition',
] as const
export type ConditionQuestionId = (typeof CONDITION_QUESTION_IDS)[number]

export type QuestionId = TopQuestionId | ConditionQuestionId

/** How a page asks: radios (single), checkboxes (multi), a whole number, or a short text. */
export type AnswerKind = 'single' | 'multi' | 'number' | 'text'

export interface QuestionOption {
  readonly value: string
  /** Checking it clears the others ("None of these", "Not sure"). */
  readonly exclusive: boolean
  /** The catalog has `options.<value>.hint` with an example in everyday words. */
  readonly hasHint: boolean
  /** Offered only to children in this age range (developmental delay: 3 through 9). */
  readonly ages?: readonly [number, number]
}

export interface Question {
  readonly id: QuestionId
  readonly kind: AnswerKind
  /** The ScreenerAnswers fields this question fills (`conditions[].x` for a condition's field). */
  readonly fills: readonly string[]
  readonly perCondition: boolean
  readonly options: readonly QuestionOption[]
  /** "Not sure" is an accepted answer (an `unsure` option; for numbers the raw value `unsure`). */
  readonly notSure: boolean
  readonly min?: number
  readonly max?: number
  readonly maxLength?: number
}

/** The most conditions a family can list; more would not change the answer. */
export const MOST_CONDITIONS = 10
export const CONDITION_NAME_LENGTH = 80
export const LONGEST_MONTHS = 240

const opt = (value: string, hasHint = false, exclusive = false): QuestionOption => ({
  value,
  hasHint,
  exclusive,
})
const triState = (hints = false) => [opt('yes', hints), opt('no', hints), opt('unsure', hints)]

const single = (
  id: QuestionId,
  fills: readonly string[],
  options: readonly QuestionOption[],
  perCondition = false,
): Question => ({
  id,
  kind: 'single',
  fills,
  perCondition,
  options,
  notSure: options.some((o) => o.value === 'unsure'),
})

const multi = (id: QuestionId, fills: readonly string[], options: readonly QuestionOption[]): Question => ({
  id,
  kind: 'multi',
  fills,
  perCondition: false,
  options,
  notSure: options.some((o) => o.value === 'unsure'),
})

export const QUESTIONS: Readonly<Record<QuestionId, Question>> = {
  age: {
    id: 'age',
    kind: 'number',
    fills: ['age'],
    perCondition: false,
    options: [],
    notSure: false,
    min: 0,
    max: OLDEST_AGE,
  },
  school: single(
    'school',
    ['school'],
    SCHOOLS.map((s) => opt(s, true)),
  ),
  currentPlan: single(
    'currentPlan',
    ['currentPlan'],
    CURRENT_PLANS.map((p) => opt(p, true)),
  ),
  basis: single(
    'basis',
    ['basis'],
    BASES.map((b) => opt(b, true)),
  ),
  conditionName: {
    id: 'conditionName',
    kind: 'text',
    fills: ['conditions[].name'],
    perCondition: true,
    options: [],
    notSure: false,
    maxLength: CONDITION_NAME_LENGTH,
  },
  conditionDiagnosed: single('conditionDiagnosed', ['conditions[].diagnosed'], triState(), true),
  conditionDuration: single(
    'conditionDuration',
    ['conditions[].temporary'],
    [opt('long-lasting', true), opt('temporary', true), opt('unsure')],
    true,
  ),
  conditionMonths: {
    id: 'conditionMonths',
    kind: 'number',
    fills: ['conditions[].expectedDurationMonths'],
    perCondition: true,
    options: [],
    notSure: true,
    min: 1,
    max: LONGEST_MONTHS,
  },
  conditionPattern: single(
    'conditionPattern',
    ['conditions[].episodic', 'conditions[].inRemission'],
    [opt('steady', true), opt('comes-and-goes', true), opt('in-remission', true), opt('unsure')],
    true,
  ),
  anotherCondition: single('anotherCondition', [], [opt('yes'), opt('no')], true),
  ideaCategories: multi(
    'ideaCategories',
    ['ideaCategories', 'ideaCategoriesUnsure'],
    [
      ...IDEA_CATEGORIES.map((c) => opt(c, true)),
      { ...opt(DEVELOPMENTAL_DELAY, true), ages: [IDEA_YOUNGEST, DEVELOPMENTAL_DELAY_OLDEST] },
      opt('unsure', false, true),
      opt('none', false, true),
    ],
  ),
  adverseEffectOnEducation: single('adverseEffectOnEducation', ['adverseEffectOnEducation'], triState(true)),
  needsSpecializedInstruction: single(
    'needsSpecializedInstruction',
    ['needsSpecializedInstruction'],
    triState(true),
  ),
  majorLifeActivities: multi(
    'majorLifeActivities',
    ['majorLifeActivities'],
    [...MAJOR_LIFE_ACTIVITIES.map((a) => opt(a, true)), opt('none', false, true)],
  ),
  mitigatingMeasures: multi(
    'mitigatingMeasures',
    ['mitigatingMeasures'],
    [...MITIGATING_MEASURES.map((m) => opt(m, true)), opt('none', false, true)],
  ),
  substantialLimitation: single('substantialLimitation', ['substantialLimitation'], triState(true)),
  needsAccommodations: single('needsAccommodations', ['needsAccommodations'], triState(true)),
  schoolResponse: single(
    'schoolResponse',
    ['schoolResponse'],
    SCHOOL_RESPONSES.map((r) => opt(r, true)),
  ),
}

/** The options a child of this age is offered (developmental delay only from 3 through 9). */
export function optionsFor(question: Question, age: number | undefined): readonly QuestionOption[] {
  return question.options.filter(
    (o) => o.ages === undefined || (age !== undefined && age >= o.ages[0] && age <= o.ages[1]),
  )
}

/** The catalog key of a question's text: `screener.questions.<id>.<part>`. */
export function questionKey(id: QuestionId, part: string): string {
  return `screener.questions.${id}.${part}`
}

/** The catalog key of an option's label or hint. */
export function optionKey(id: QuestionId, value: string, part: 'label' | 'hint'): string {
  return `screener.questions.${id}.options.${value}.${part}`
}

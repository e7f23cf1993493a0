import { type Message, message } from '../messages.ts'
import { type Problem, problem } from '../problems.ts'
import {
  type Basis,
  type Condition,
  type CurrentPlan,
  type MajorLifeActivity,
  type MitigatingMeasure,
  ORDINARY_EYEGLASSES,
  type School,
  type SchoolResponse,
  type ScreenerAnswers,
  type SuspectedCategory,
  type TriState,
} from './answers.ts'
import {
  CONDITION_QUESTION_IDS,
  type ConditionQuestionId,
  MOST_CONDITIONS,
  optionKey,
  optionsFor,
  QUESTIONS,
  type Question,
  questionKey,
  TOP_QUESTION_IDS,
  type TopQuestionId,
} from './questions.ts'
import {
  categoryStatus,
  effectivePlan,
  hasLiveIep,
  ideaQuestionsApply,
  instructionQuestionApplies,
  isUnderThree,
  needsQuestionApplies,
  section504QuestionsApply,
} from './relevance.ts'

/**
 * The question flow behind the one-question-per-page screener. A draft holds the family's answers
 * as the form posted them (strings), so a page can be shown again exactly as it was filled in and
 * the draft can travel in a form field or a signed cookie. Walking the draft in question order
 * gives the pages answered so far, the next page, and — once nothing is missing — the complete
 * answers for the engine. Questions that do not apply to this child are skipped and filled with
 * values the engine does not read (see relevance.ts).
 */

export type RawAnswer = string | readonly string[]
export type ConditionDraft = Readonly<Partial<Record<ConditionQuestionId, string>>>

export interface ScreenerDraft {
  readonly answers: Readonly<Partial<Record<TopQuestionId, RawAnswer>>>
  readonly conditions: readonly ConditionDraft[]
}

export const EMPTY_DRAFT: ScreenerDraft = { answers: {}, conditions: [] }

/** One page of the screener. Condition pages carry the condition's index (0-based). */
export type ScreenerStep =
  | { readonly question: TopQuestionId }
  | { readonly question: ConditionQuestionId; readonly condition: number }

export interface DraftProgress {
  /** The answered pages on this child's path, in order (the "check your answers" rows). */
  readonly steps: readonly ScreenerStep[]
  /** The first page still to answer; null when the draft is complete. */
  readonly next: ScreenerStep | null
  /** The complete answers, once `next` is null. */
  readonly answers: ScreenerAnswers | null
  /** The answers read so far on the path (complete conditions only). */
  readonly known: Partial<ScreenerAnswers>
}

type Parsed = { ok: true; value: string | number | readonly string[] } | { ok: false; problem: Problem }

const WHOLE_NUMBER = /^\d+$/
const NOT_SURE = 'unsure'

/** Reads one raw answer against its question (and, for categories, the child's age). */
function parseRaw(question: Question, raw: RawAnswer | undefined, age: number | undefined): Parsed {
  const required = (): Parsed => ({
    ok: false,
    problem: problem(question.id, questionKey(question.id, 'error')),
  })
  switch (question.kind) {
    case 'number': {
      const text = typeof raw === 'string' ? raw.trim() : ''
      if (text === '') return required()
      if (question.notSure && text === NOT_SURE) return { ok: true, value: NOT_SURE }
      const min = question.min ?? 0
      const max = question.max ?? Number.MAX_SAFE_INTEGER
      const value = Number(text)
      if (!WHOLE_NUMBER.test(text) || value < min || value > max)
        return { ok: false, problem: problem(question.id, 'screener.errors.numberRange', { min, max }) }
      return { ok: true, value }
    }
    case 'text': {
      const text = typeof raw === 'string' ? raw.trim() : ''
      if (text === '') return required()
      const max = question.maxLength ?? 200
      if (text.length > max)
        return { ok: false, problem: problem(question.id, 'screener.errors.tooLong', { max }) }
      return { ok: true, value: text }
    }
    case 'single': {
      const values = optionsFor(question, age).map((o) => o.value)
      return typeof raw === 'string' && values.includes(raw) ? { ok: true, value: raw } : required()
    }
    case 'multi': {
      const chosen = raw === undefined ? [] : typeof raw === 'string' ? [raw] : raw
      const offered = optionsFor(question, age)
      if (chosen.length === 0 || chosen.some((v) => !offered.some((o) => o.value === v))) return required()
      const exclusive = offered.find((o) => o.exclusive && chosen.includes(o.value))
      if (exclusive && new Set(chosen).size > 1)
        return { ok: false, problem: problem(question.id, `screener.errors.exclusive.${exclusive.value}`) }
      // Keep the options' own order so equal answers are stored equally.
      return { ok: true, value: offered.filter((o) => chosen.includes(o.value)).map((o) => o.value) }
    }
  }
}

const without = (values: readonly string[], ...drop: string[]) => values.filter((v) => !drop.includes(v))

/**
 * Walks the draft in question order, skipping questions that do not apply to this child, and stops
 * at the first page without a valid answer.
 */
export function walkDraft(draft: ScreenerDraft): DraftProgress {
  const steps: ScreenerStep[] = []
  let next: ScreenerStep | null = null
  const ask = (step: ScreenerStep, raw: RawAnswer | undefined, age?: number) => {
    const parsed = parseRaw(QUESTIONS[step.question], raw, age)
    if (!parsed.ok) {
      next = step
      return undefined
    }
    steps.push(step)
    return parsed.value
  }
  const top = (id: TopQuestionId, age?: number) => ask({ question: id }, draft.answers[id], age)
  const known: { -readonly [K in keyof ScreenerAnswers]?: ScreenerAnswers[K] } = {}
  const stop = (): DraftProgress => ({ steps, next, answers: null, known })

  const age = top('age') as number | undefined
  if (age === undefined) return stop()
  known.age = age
  const underThree = isUnderThree(age)

  let school: School = 'public'
  let currentPlan: CurrentPlan = 'none'
  if (!underThree) {
    const s = top('school') as School | undefined
    if (s === undefined) return stop()
    school = s
    known.school = s
    const p = top('currentPlan') as CurrentPlan | undefined
    if (p === undefined) return stop()
    currentPlan = p
    known.currentPlan = p
  }
  const noPlanYet = underThree || effectivePlan(age, currentPlan) === 'none'

  let basis: Basis = 'impairment'
  if (!underThree && noPlanYet) {
    const b = top('basis') as Basis | undefined
    if (b === undefined) return stop()
    basis = b
    known.basis = b
  }

  const conditions: Condition[] = []
  known.conditions = conditions
  if (noPlanYet) {
    for (let index = 0; index < MOST_CONDITIONS; index += 1) {
      const draftCondition = draft.conditions[index] ?? {}
      const at = (question: ConditionQuestionId, age?: number) =>
        ask({ question, condition: index }, draftCondition[question], age)
      const name = at('conditionName') as string | undefined
      if (name === undefined) return stop()
      let condition: Condition = {
        name,
        diagnosed: false,
        temporary: false,
        expectedDurationMonths: null,
        episodic: false,
        inRemission: false,
      }
      if (!underThree) {
        const diagnosed = at('conditionDiagnosed')
        if (diagnosed === undefined) return stop()
        const duration = at('conditionDuration')
        if (duration === undefined) return stop()
        let months: number | null = null
        if (duration === 'temporary') {
          const m = at('conditionMonths')
          if (m === undefined) return stop()
          months = m === NOT_SURE ? null : (m as number)
        }
        const pattern = at('conditionPattern')
        if (pattern === undefined) return stop()
        condition = {
          name,
          diagnosed: diagnosed === 'yes',
          temporary: duration === 'temporary',
          expectedDurationMonths: months,
          episodic: pattern === 'comes-and-goes',
          inRemission: pattern === 'in-remission',
        }
      }
      conditions.push(condition)
      if (index === MOST_CONDITIONS - 1) break
      const more = at('anotherCondition')
      if (more === undefined) return stop()
      if (more === 'no') break
    }
  }

  const ideaApplies = ideaQuestionsApply(age, currentPlan, basis, conditions)
  let ideaCategories: readonly SuspectedCategory[] = []
  let ideaCategoriesUnsure = false
  if (ideaApplies) {
    const chosen = top('ideaCategories', age) as readonly string[] | undefined
    if (chosen === undefined) return stop()
    ideaCategories = without(chosen, 'unsure', 'none') as SuspectedCategory[]
    ideaCategoriesUnsure = chosen.includes('unsure')
    known.ideaCategories = ideaCategories
    known.ideaCategoriesUnsure = ideaCategoriesUnsure
  }
  const fit = categoryStatus(ideaCategories, ideaCategoriesUnsure, age)

  let adverseEffectOnEducation: TriState = 'unsure'
  if (ideaApplies && fit !== 'no') {
    const value = top('adverseEffectOnEducation') as TriState | undefined
    if (value === undefined) return stop()
    adverseEffectOnEducation = value
    known.adverseEffectOnEducation = value
  }

  let needsSpecializedInstruction: TriState = 'unsure'
  const instructionApplies = instructionQuestionApplies(
    age,
    currentPlan,
    ideaApplies,
    fit,
    ideaApplies && fit !== 'no' ? adverseEffectOnEducation : undefined,
  )
  if (instructionApplies) {
    const value = top('needsSpecializedInstruction') as TriState | undefined
    if (value === undefined) return stop()
    needsSpecializedInstruction = value
    known.needsSpecializedInstruction = value
  }

  let majorLifeActivities: readonly MajorLifeActivity[] = []
  let mitigatingMeasures: readonly MitigatingMeasure[] = []
  let substantialLimitation: TriState = 'unsure'
  let needsAccommodations: TriState = 'unsure'
  if (section504QuestionsApply(age, currentPlan, basis, conditions)) {
    const activities = top('majorLifeActivities') as readonly string[] | undefined
    if (activities === undefined) return stop()
    majorLifeActivities = without(activities, 'none') as MajorLifeActivity[]
    known.majorLifeActivities = majorLifeActivities
    const measures = top('mitigatingMeasures') as readonly string[] | undefined
    if (measures === undefined) return stop()
    mitigatingMeasures = without(measures, 'none') as MitigatingMeasure[]
    known.mitigatingMeasures = mitigatingMeasures
    const limitation = top('substantialLimitation') as TriState | undefined
    if (limitation === undefined) return stop()
    substantialLimitation = limitation
    known.substantialLimitation = limitation
    if (needsQuestionApplies(limitation, instructionApplies && needsSpecializedInstruction === 'yes')) {
      const need = top('needsAccommodations') as TriState | undefined
      if (need === undefined) return stop()
      needsAccommodations = need
      known.needsAccommodations = need
    }
  }

  let schoolResponse: SchoolResponse = 'none'
  if (!underThree && !hasLiveIep(age, currentPlan)) {
    const response = top('schoolResponse') as SchoolResponse | undefined
    if (response === undefined) return stop()
    schoolResponse = response
  }

  const answers: ScreenerAnswers = {
    age,
    school,
    currentPlan,
    conditions,
    ideaCategories,
    ideaCategoriesUnsure,
    adverseEffectOnEducation,
    needsSpecializedInstruction,
    substantialLimitation,
    majorLifeActivities,
    mitigatingMeasures,
    basis,
    needsAccommodations,
    schoolResponse,
  }
  return { steps, next: null, answers, known: answers }
}

/** The page to show next, or null when every question on this child's path is answered. */
export function nextStep(draft: ScreenerDraft): ScreenerStep | null {
  return walkDraft(draft).next
}

export function sameStep(a: ScreenerStep, b: ScreenerStep): boolean {
  return a.question === b.question && conditionIndex(a) === conditionIndex(b)
}

function conditionIndex(step: ScreenerStep): number | undefined {
  return 'condition' in step ? step.condition : undefined
}

/** Whether a page may be shown now: answered on this path, or the next one to answer. */
export function isOnPath(draft: ScreenerDraft, step: ScreenerStep): boolean {
  const progress = walkDraft(draft)
  return (
    progress.steps.some((s) => sameStep(s, step)) || (progress.next !== null && sameStep(progress.next, step))
  )
}

/** The page the back link goes to; null on the first page (back to the screener's start page). */
export function previousStep(draft: ScreenerDraft, step: ScreenerStep): ScreenerStep | null {
  const progress = walkDraft(draft)
  const path = progress.next === null ? progress.steps : [...progress.steps, progress.next]
  const index = path.findIndex((s) => sameStep(s, step))
  if (index === -1) return path.at(-1) ?? null
  return index === 0 ? null : (path[index - 1] ?? null)
}

const TOP_SLUGS: Readonly<Record<TopQuestionId, string>> = {
  age: 'age',
  school: 'school',
  currentPlan: 'current-plan',
  basis: 'reason',
  ideaCategories: 'idea-categories',
  adverseEffectOnEducation: 'effect-on-school',
  needsSpecializedInstruction: 'teaching',
  majorLifeActivities: 'activities',
  mitigatingMeasures: 'help-used',
  substantialLimitation: 'limitation',
  needsAccommodations: 'support-needed',
  schoolResponse: 'school-response',
}

const CONDITION_SLUGS: Readonly<Record<ConditionQuestionId, string>> = {
  conditionName: 'name',
  conditionDiagnosed: 'diagnosed',
  conditionDuration: 'duration',
  conditionMonths: 'months',
  conditionPattern: 'pattern',
  anotherCondition: 'another',
}

/** A step as a URL segment: `age`, `current-plan`, `condition-2-duration` (conditions count from 1). */
export function stepSlug(step: ScreenerStep): string {
  if ('condition' in step) return `condition-${step.condition + 1}-${CONDITION_SLUGS[step.question]}`
  return TOP_SLUGS[step.question]
}

/** Reads a URL segment back into a step; undefined for anything else. */
export function parseStepSlug(slug: string): ScreenerStep | undefined {
  const top = TOP_QUESTION_IDS.find((id) => TOP_SLUGS[id] === slug)
  if (top) return { question: top }
  const match = /^condition-(\d{1,2})-([a-z]+)$/.exec(slug)
  if (!match) return undefined
  const number = Number(match[1])
  const question = CONDITION_QUESTION_IDS.find((id) => CONDITION_SLUGS[id] === match[2])
  if (!question || number < 1 || number > MOST_CONDITIONS) return undefined
  return { question, condition: number - 1 }
}

export interface OptionView {
  readonly value: string
  readonly label: Message
  readonly hint: Message | null
  readonly exclusive: boolean
}

/** Everything a page needs to ask one question. */
export interface QuestionView {
  readonly step: ScreenerStep
  readonly slug: string
  readonly question: Question
  /** The form field name; problems from applyAnswer name it too. */
  readonly field: string
  readonly title: Message
  readonly hint: Message
  /** Extra hints that depend on earlier answers ("think about a day without the medicine"). */
  readonly extraHints: readonly Message[]
  readonly options: readonly OptionView[]
  /** The answer given before, to fill the form in again. */
  readonly value: RawAnswer | undefined
}

/** The words, options and current answer of one page. */
export function questionView(draft: ScreenerDraft, step: ScreenerStep): QuestionView {
  const question = QUESTIONS[step.question]
  const age = readAge(draft)
  const context = pageContext(draft, step)
  const key = (part: string) => questionKey(question.id, part)
  const params = context.name === undefined ? undefined : { name: context.name }
  return {
    step,
    slug: stepSlug(step),
    question,
    field: question.id,
    title: message(key(titleVariant(step, context)), params),
    hint: message(key(hintVariant(step, context)), params),
    extraHints: extraHints(step, context).map((part) => message(key(part))),
    options: optionsFor(question, age).map((o) => ({
      value: o.value,
      label: message(optionKey(question.id, o.value, 'label')),
      hint: o.hasHint ? message(optionKey(question.id, o.value, 'hint')) : null,
      exclusive: o.exclusive,
    })),
    value: rawAnswer(draft, step),
  }
}

interface PageContext {
  readonly underThree: boolean
  readonly basis: Basis | undefined
  readonly liveIep: boolean
  readonly name: string | undefined
  readonly measures: readonly string[]
  readonly conditions: readonly Condition[]
}

function pageContext(draft: ScreenerDraft, step: ScreenerStep): PageContext {
  const age = readAge(draft)
  const known = walkDraft(draft).known
  const index = 'condition' in step ? step.condition : undefined
  const rawName = index === undefined ? undefined : draft.conditions[index]?.conditionName?.trim()
  return {
    underThree: age !== undefined && isUnderThree(age),
    basis: known.basis,
    liveIep: age !== undefined && known.currentPlan !== undefined && hasLiveIep(age, known.currentPlan),
    name: rawName === '' ? undefined : rawName,
    measures: known.mitigatingMeasures ?? [],
    conditions: known.conditions ?? [],
  }
}

function titleVariant(step: ScreenerStep, context: PageContext): string {
  if (step.question === 'conditionName') {
    if (context.underThree) return 'titleUnderThree'
    return 'condition' in step && step.condition > 0 ? 'titleAnother' : 'title'
  }
  if (step.question === 'needsSpecializedInstruction' && context.liveIep) return 'titleExistingIep'
  return 'title'
}

function hintVariant(step: ScreenerStep, context: PageContext): string {
  if (step.question === 'conditionName') {
    if (context.underThree) return 'hintUnderThree'
    if (context.basis === 'record-of') return 'hintRecordOf'
    if (context.basis === 'regarded-as') return 'hintRegardedAs'
  }
  return 'hint'
}

function extraHints(step: ScreenerStep, context: PageContext): string[] {
  if (step.question !== 'substantialLimitation') return []
  const hints: string[] = []
  if (context.measures.some((m) => m !== ORDINARY_EYEGLASSES)) hints.push('hintMeasures')
  if (context.measures.includes(ORDINARY_EYEGLASSES)) hints.push('hintGlasses')
  if (context.conditions.some((c) => c.episodic || c.inRemission)) hints.push('hintFlareUps')
  if (context.conditions.some((c) => c.temporary)) hints.push('hintTemporary')
  return hints
}

function readAge(draft: ScreenerDraft): number | undefined {
  const parsed = parseRaw(QUESTIONS.age, draft.answers.age, undefined)
  return parsed.ok ? (parsed.value as number) : undefined
}

function rawAnswer(draft: ScreenerDraft, step: ScreenerStep): RawAnswer | undefined {
  if ('condition' in step) return draft.conditions[step.condition]?.[step.question]
  return draft.answers[step.question]
}

export type ApplyResult = { ok: true; draft: ScreenerDraft } | { ok: false; problems: readonly Problem[] }

/**
 * Records the answer to one page. Returns the problems (catalog keys, naming the question's field)
 * when the answer cannot be used. Answering "no more conditions" drops any conditions listed after.
 */
export function applyAnswer(
  draft: ScreenerDraft,
  step: ScreenerStep,
  raw: RawAnswer | undefined,
): ApplyResult {
  const parsed = parseRaw(QUESTIONS[step.question], raw, readAge(draft))
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] }
  const value = typeof parsed.value === 'number' ? String(parsed.value) : parsed.value
  if (!('condition' in step)) {
    return { ok: true, draft: { ...draft, answers: { ...draft.answers, [step.question]: value } } }
  }
  if (step.condition > draft.conditions.length || step.condition >= MOST_CONDITIONS)
    return { ok: false, problems: [problem(step.question, 'screener.errors.noSuchCondition')] }
  const conditions = [...draft.conditions]
  conditions[step.condition] = { ...(conditions[step.condition] ?? {}), [step.question]: value as string }
  const kept =
    step.question === 'anotherCondition' && value === 'no'
      ? conditions.slice(0, step.condition + 1)
      : conditions
  return { ok: true, draft: { ...draft, conditions: kept } }
}

/** Removes one condition (the "remove" link on a list of conditions). */
export function removeCondition(draft: ScreenerDraft, index: number): ScreenerDraft {
  const conditions = draft.conditions.filter((_, i) => i !== index)
  // The last condition closes the list, so its "another?" answer becomes "no".
  const last = conditions.length - 1
  const closed = conditions.map((c, i) => (i === last ? { ...c, anotherCondition: 'no' } : c))
  return { ...draft, conditions: closed }
}

export interface AnswerRow {
  readonly step: ScreenerStep
  readonly slug: string
  readonly question: Message
  readonly answer: readonly Message[]
}

/** The rows of the "check your answers" page: every answered page on the path, question and answer. */
export function answerRows(draft: ScreenerDraft): readonly AnswerRow[] {
  return walkDraft(draft).steps.map((step) => {
    const view = questionView(draft, step)
    return { step, slug: view.slug, question: view.title, answer: answerMessages(view) }
  })
}

function answerMessages(view: QuestionView): Message[] {
  const raw = view.value
  const question = view.question
  if (question.kind === 'number') {
    if (raw === NOT_SURE) return [message('screener.answers.notSure')]
    const count = Number(raw)
    return [message(question.id === 'age' ? 'screener.answers.years' : 'screener.answers.months', { count })]
  }
  if (question.kind === 'text') return [message('screener.answers.text', { value: String(raw) })]
  const chosen = raw === undefined ? [] : typeof raw === 'string' ? [raw] : raw
  return chosen.map((value) => message(optionKey(question.id, value, 'label')))
}

/**
 * The draft a set of answers would have come from (to change a saved screening, or to test that
 * skipped questions never matter).
 */
export function draftFromAnswers(answers: ScreenerAnswers): ScreenerDraft {
  const listOrNone = (values: readonly string[]) => (values.length > 0 ? values : ['none'])
  const categories =
    answers.ideaCategories.length > 0
      ? answers.ideaCategories
      : answers.ideaCategoriesUnsure
        ? ['unsure']
        : ['none']
  return {
    answers: {
      age: String(answers.age),
      school: answers.school,
      currentPlan: answers.currentPlan,
      basis: answers.basis,
      ideaCategories: categories,
      adverseEffectOnEducation: answers.adverseEffectOnEducation,
      needsSpecializedInstruction: answers.needsSpecializedInstruction,
      majorLifeActivities: listOrNone(answers.majorLifeActivities),
      mitigatingMeasures: listOrNone(answers.mitigatingMeasures),
      substantialLimitation: answers.substantialLimitation,
      needsAccommodations: answers.needsAccommodations ?? 'unsure',
      schoolResponse: answers.schoolResponse,
    },
    conditions: answers.conditions.map((c, i) => ({
      conditionName: c.name,
      conditionDiagnosed: c.diagnosed ? 'yes' : 'no',
      conditionDuration: c.temporary ? 'temporary' : 'long-lasting',
      conditionMonths: c.expectedDurationMonths === null ? NOT_SURE : String(c.expectedDurationMonths),
      conditionPattern: c.inRemission ? 'in-remission' : c.episodic ? 'comes-and-goes' : 'steady',
      anotherCondition: i < answers.conditions.length - 1 ? 'yes' : 'no',
    })),
  }
}

/** The questions a family with these answers would be asked, in order (no repeats). */
export function askedQuestions(answers: ScreenerAnswers): readonly string[] {
  const asked = walkDraft(draftFromAnswers(answers)).steps.map((s) => s.question)
  return [...new Set(asked)]
}

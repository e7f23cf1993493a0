import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { Message } from '../../domain/messages.ts'
import { answersArb } from '../../domain/screener/answers.arbitrary.ts'
import { IDEA_CATEGORIES, MAJOR_LIFE_ACTIVITIES } from '../../domain/screener/answers.ts'
import {
  answerRows,
  draftFromAnswers,
  questionView,
  type ScreenerStep,
  walkDraft,
} from '../../domain/screener/flow.ts'
import {
  CONDITION_QUESTION_IDS,
  optionKey,
  QUESTIONS,
  questionKey,
  TOP_QUESTION_IDS,
} from '../../domain/screener/questions.ts'
import { NEXT_STEP_IDS, REASON_IDS, RECOMMENDATIONS, screen } from '../../domain/screener/screen.ts'
import { en, es } from '../../i18n/catalog.ts'
import { LANGS, renderMessage } from '../../i18n/i18n.ts'
import { recommendationKeys } from './screen-child.ts'

/** The string at a dotted key in a catalog, or undefined. Plural keys are checked by their `_other` form. */
function lookup(catalog: object, key: string): string | undefined {
  let node: unknown = catalog
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined
    node = (node as Record<string, unknown>)[part]
  }
  if (typeof node === 'string') return node
  return undefined
}

function expectInBothCatalogs(key: string): void {
  for (const catalog of [en, es]) {
    const text = lookup(catalog, key) ?? lookup(catalog, `${key}_other`)
    expect(text, `${key} is missing`).toBeTypeOf('string')
    expect(text?.trim(), `${key} is empty`).not.toBe('')
  }
}

const rendered = new Set<string>()

/** Renders a message in every language once (messages repeat a lot across generated answers). */
function expectRenders(message: Message): void {
  const seen = JSON.stringify(message)
  if (rendered.has(seen)) return
  rendered.add(seen)
  for (const lang of LANGS) {
    const text = renderMessage(lang, message)
    expect(text, `${message.key} in ${lang}`).not.toBe(message.key)
    expect(text, `${message.key} in ${lang} left a placeholder`).not.toMatch(/\{\{|screener\./)
  }
}

describe('screener words: every key exists in English and Spanish', () => {
  test('every reason, next step and recommendation the engine can name', () => {
    for (const id of REASON_IDS) expectInBothCatalogs(`screener.reasons.${id}`)
    for (const id of NEXT_STEP_IDS) expectInBothCatalogs(`screener.nextSteps.${id}`)
    for (const recommendation of RECOMMENDATIONS) {
      for (const focus of ['early-intervention', 'idea', 'section-504', null] as const) {
        const keys = recommendationKeys(recommendation, focus)
        expectInBothCatalogs(keys.title)
        expectInBothCatalogs(keys.summary)
      }
    }
    for (const category of IDEA_CATEGORIES) expectInBothCatalogs(`screener.categoryNames.${category}`)
    for (const activity of MAJOR_LIFE_ACTIVITIES) expectInBothCatalogs(`screener.activityNames.${activity}`)
    expectInBothCatalogs('screener.notice')
  })

  test('every question’s title, hint, error message and options', () => {
    for (const id of [...TOP_QUESTION_IDS, ...CONDITION_QUESTION_IDS]) {
      const question = QUESTIONS[id]
      for (const part of ['title', 'hint', 'error']) expectInBothCatalogs(questionKey(id, part))
      for (const option of question.options) {
        expectInBothCatalogs(optionKey(id, option.value, 'label'))
        if (option.hasHint) expectInBothCatalogs(optionKey(id, option.value, 'hint'))
      }
      if (question.kind === 'number' && question.notSure) expectInBothCatalogs(questionKey(id, 'notSure'))
    }
  })

  test('every message the engine emits renders in both languages, for any answers', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = screen(answers)
        for (const item of [...result.reasons, ...result.nextSteps]) expectRenders(item.message)
      }),
      { numRuns: 300 },
    )
  })

  test('every page the flow can show, and every check-your-answers row, renders in both languages', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const draft = draftFromAnswers(answers)
        const progress = walkDraft(draft)
        const steps: ScreenerStep[] = [...progress.steps, ...(progress.next ? [progress.next] : [])]
        for (const step of steps) {
          const view = questionView(draft, step)
          for (const message of [view.title, view.hint, ...view.extraHints]) expectRenders(message)
          for (const option of view.options) {
            expectRenders(option.label)
            if (option.hint) expectRenders(option.hint)
          }
        }
        for (const row of answerRows(draft))
          for (const message of [row.question, ...row.answer]) expectRenders(message)
      }),
      { numRuns: 200 },
    )
  })

  test('problems from the flow and the schema are catalog keys in both languages', () => {
    for (const key of [
      'screener.errors.numberRange',
      'screener.errors.tooLong',
      'screener.errors.noSuchCondition',
      'screener.errors.exclusive.none',
      'screener.errors.exclusive.unsure',
      'screener.problems.duplicates',
    ])
      expectInBothCatalogs(key)
  })
})

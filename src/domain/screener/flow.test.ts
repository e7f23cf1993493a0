import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { answersArb } from './answers.arbitrary.ts'
import {
  answerRows,
  applyAnswer,
  askedQuestions,
  draftFromAnswers,
  EMPTY_DRAFT,
  isOnPath,
  nextStep,
  parseStepSlug,
  previousStep,
  questionView,
  type RawAnswer,
  removeCondition,
  type ScreenerDraft,
  type ScreenerStep,
  stepSlug,
  walkDraft,
} from './flow.ts'
import { CONDITION_QUESTION_IDS, MOST_CONDITIONS, TOP_QUESTION_IDS } from './questions.ts'
import { sampleAnswers, sampleCondition } from './sample-answers.ts'
import { screen } from './screen.ts'

/** Answers pages in order the way a family would, and returns the draft and the pages seen. */
function answerPages(answers: readonly RawAnswer[], start: ScreenerDraft = EMPTY_DRAFT) {
  let draft = start
  const seen: string[] = []
  for (const raw of answers) {
    const step = nextStep(draft)
    if (!step) throw new Error(`No page left for answer ${String(raw)}`)
    seen.push(stepSlug(step))
    const result = applyAnswer(draft, step, raw)
    if (!result.ok)
      throw new Error(`${stepSlug(step)} refused ${String(raw)}: ${result.problems[0]?.message}`)
    draft = result.draft
  }
  return { draft, seen }
}

const top = (question: (typeof TOP_QUESTION_IDS)[number]): ScreenerStep => ({ question })

describe('question flow: which pages a family sees', () => {
  test('the screener starts by asking the child’s age', () => {
    expect(nextStep(EMPTY_DRAFT)).toEqual({ question: 'age' })
  })

  test('a child with no plan is asked every question once, one per page, then the answers are complete', () => {
    const { draft, seen } = answerPages([
      '9',
      'public',
      'none',
      'impairment',
      'ADHD',
      'yes',
      'long-lasting',
      'steady',
      'no',
      ['other-health-impairment'],
      'yes',
      'no',
      ['concentrating'],
      ['medication'],
      'yes',
      'yes',
      'none',
    ])
    expect(seen).toEqual([
      'age',
      'school',
      'current-plan',
      'reason',
      'condition-1-name',
      'condition-1-diagnosed',
      'condition-1-duration',
      'condition-1-pattern',
      'condition-1-another',
      'idea-categories',
      'effect-on-school',
      'teaching',
      'activities',
      'help-used',
      'limitation',
      'support-needed',
      'school-response',
    ])
    const progress = walkDraft(draft)
    expect(progress.next).toBeNull()
    expect(progress.answers).toEqual(
      sampleAnswers({ needsSpecializedInstruction: 'no', mitigatingMeasures: ['medication'] }),
    )
  })

  test('a child under 3 is asked only for the worries: early intervention is the road (34 CFR 303.21)', () => {
    const { draft, seen } = answerPages(['2', 'not talking yet', 'no'])
    expect(seen).toEqual(['age', 'condition-1-name', 'condition-1-another'])
    expect(walkDraft(draft).answers?.conditions).toEqual([
      {
        name: 'not talking yet',
        diagnosed: false,
        temporary: false,
        expectedDurationMonths: null,
        episodic: false,
        inRemission: false,
      },
    ])
  })

  test('a child with an IEP is asked only whether teaching is still needed (IDEA eligibility is already decided)', () => {
    const { draft, seen } = answerPages(['10', 'public', 'iep', 'yes'])
    expect(seen).toEqual(['age', 'school', 'current-plan', 'teaching'])
    expect(nextStep(draft)).toBeNull()
    expect(questionView(draft, top('needsSpecializedInstruction')).title.key).toBe(
      'screener.questions.needsSpecializedInstruction.titleExistingIep',
    )
  })

  test('a child with a 504 plan skips the 504 questions but is asked the IDEA ones', () => {
    const { seen } = answerPages([
      '10',
      'public',
      '504',
      ['specific-learning-disability'],
      'yes',
      'unsure',
      'none',
    ])
    expect(seen).toEqual([
      'age',
      'school',
      'current-plan',
      'idea-categories',
      'effect-on-school',
      'teaching',
      'school-response',
    ])
  })

  test('“regarded as” skips the questions about limits and teaching: only protection applies', () => {
    const { seen } = answerPages([
      '10',
      'public',
      'none',
      'regarded-as',
      'HIV',
      'no',
      'long-lasting',
      'steady',
      'no',
      'none',
    ])
    expect(seen).not.toContain('limitation')
    expect(seen).not.toContain('idea-categories')
    expect(seen.at(-1)).toBe('school-response')
  })

  test('“record of” a condition in remission goes on to the limitation questions (42 U.S.C. 12102(4)(D))', () => {
    const { draft } = answerPages([
      '10',
      'public',
      'none',
      'record-of',
      'leukemia',
      'yes',
      'long-lasting',
      'in-remission',
      'no',
    ])
    expect(nextStep(draft)).toEqual(top('ideaCategories'))
  })

  test('no suspected category skips the effect-on-school and teaching questions', () => {
    const { draft } = answerPages([
      '10',
      'public',
      'none',
      'impairment',
      'asthma',
      'yes',
      'long-lasting',
      'comes-and-goes',
      'no',
      ['none'],
    ])
    expect(nextStep(draft)).toEqual(top('majorLifeActivities'))
  })

  test('no effect on school skips the teaching question', () => {
    const base = ['10', 'public', 'none', 'impairment', 'asthma', 'yes', 'long-lasting', 'steady', 'no']
    const { draft } = answerPages([...base, ['other-health-impairment'], 'no'])
    expect(nextStep(draft)).toEqual(top('majorLifeActivities'))
  })

  test('a need for teaching answers the need for services, so that question is skipped', () => {
    const base = ['10', 'public', 'none', 'impairment', 'asthma', 'yes', 'long-lasting', 'steady', 'no']
    const { draft } = answerPages([
      ...base,
      ['other-health-impairment'],
      'yes',
      'yes',
      ['breathing'],
      ['none'],
      'yes',
    ])
    expect(nextStep(draft)).toEqual(top('schoolResponse'))
  })

  test('no substantial limitation skips the need-for-services question', () => {
    const base = ['10', 'public', 'none', 'impairment', 'asthma', 'yes', 'long-lasting', 'steady', 'no']
    const { draft } = answerPages([...base, ['none'], ['breathing'], ['none'], 'no'])
    expect(nextStep(draft)).toEqual(top('schoolResponse'))
  })

  test('only a temporary condition is asked how many months it will last', () => {
    const start = ['10', 'public', 'none', 'impairment', 'broken leg', 'yes']
    expect(answerPages([...start, 'temporary']).draft).toSatisfy(
      (d: ScreenerDraft) => stepSlug(nextStep(d) as ScreenerStep) === 'condition-1-months',
    )
    expect(answerPages([...start, 'long-lasting']).draft).toSatisfy(
      (d: ScreenerDraft) => stepSlug(nextStep(d) as ScreenerStep) === 'condition-1-pattern',
    )
  })

  test('“not sure” how many months is recorded as an unknown duration', () => {
    const { draft } = answerPages([
      '10',
      'public',
      'none',
      'impairment',
      'broken leg',
      'yes',
      'temporary',
      'unsure',
      'steady',
      'no',
    ])
    expect(walkDraft(draft).known.conditions?.[0]?.expectedDurationMonths).toBeNull()
  })

  test('“add another” leads to a second condition; “no more” on the first drops the later ones', () => {
    const start = ['10', 'public', 'none', 'impairment', 'ADHD', 'yes', 'long-lasting', 'steady']
    const { draft } = answerPages([...start, 'yes', 'asthma', 'yes', 'long-lasting', 'comes-and-goes', 'no'])
    expect(draft.conditions.map((c) => c.conditionName)).toEqual(['ADHD', 'asthma'])
    const changed = applyAnswer(draft, { question: 'anotherCondition', condition: 0 }, 'no')
    expect(changed.ok && changed.draft.conditions.map((c) => c.conditionName)).toEqual(['ADHD'])
  })

  test('removing a condition closes the list with the one before it', () => {
    const start = ['10', 'public', 'none', 'impairment', 'ADHD', 'yes', 'long-lasting', 'steady']
    const { draft } = answerPages([...start, 'yes', 'asthma', 'yes', 'long-lasting', 'comes-and-goes', 'no'])
    const removed = removeCondition(draft, 1)
    expect(removed.conditions).toHaveLength(1)
    expect(nextStep(removed)).toEqual(top('ideaCategories'))
  })

  test(`the list stops at ${MOST_CONDITIONS} conditions without asking for another`, () => {
    const one = ['c', 'no', 'long-lasting', 'steady']
    const answers: RawAnswer[] = ['10', 'public', 'none', 'impairment']
    for (let i = 0; i < MOST_CONDITIONS; i += 1)
      answers.push(...one, ...(i < MOST_CONDITIONS - 1 ? ['yes'] : []))
    expect(nextStep(answerPages(answers).draft)).toEqual(top('ideaCategories'))
  })
})

describe('question flow: answers that cannot be used', () => {
  test.each([
    ['an empty age', top('age'), '', 'screener.questions.age.error'],
    ['an age in words', top('age'), 'nine', 'screener.errors.numberRange'],
    ['an age over 25', top('age'), '26', 'screener.errors.numberRange'],
    ['a made-up school', top('school'), 'castle', 'screener.questions.school.error'],
    ['no box ticked', top('majorLifeActivities'), [], 'screener.questions.majorLifeActivities.error'],
    [
      '“none” with an activity',
      top('majorLifeActivities'),
      ['none', 'reading'],
      'screener.errors.exclusive.none',
    ],
    [
      '“not sure” with a category',
      top('ideaCategories'),
      ['unsure', 'autism'],
      'screener.errors.exclusive.unsure',
    ],
    [
      'a blank condition name',
      { question: 'conditionName', condition: 0 } as const,
      '   ',
      'screener.questions.conditionName.error',
    ],
    [
      'a very long condition name',
      { question: 'conditionName', condition: 0 } as const,
      'x'.repeat(81),
      'screener.errors.tooLong',
    ],
    [
      'a third condition before the second',
      { question: 'conditionName', condition: 2 } as const,
      'asthma',
      'screener.errors.noSuchCondition',
    ],
  ])('%s is refused with a message naming the field', (_, step, raw, key) => {
    const result = applyAnswer(EMPTY_DRAFT, step, raw)
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(result.problems).toEqual([expect.objectContaining({ field: step.question, message: key })])
  })

  test('developmental delay is offered from 3 through 9 only (34 CFR 300.8(b))', () => {
    const at = (age: string) =>
      applyAnswer({ answers: { age }, conditions: [] }, top('ideaCategories'), ['developmental-delay'])
    expect(at('5').ok).toBe(true)
    expect(at('12').ok).toBe(false)
    const values = (age: string) =>
      questionView({ answers: { age }, conditions: [] }, top('ideaCategories')).options.map((o) => o.value)
    expect(values('5')).toContain('developmental-delay')
    expect(values('12')).not.toContain('developmental-delay')
  })

  test('an answer the child’s new age no longer allows is asked again', () => {
    const { draft } = answerPages([
      '5',
      'public',
      'none',
      'impairment',
      'delay',
      'no',
      'long-lasting',
      'steady',
      'no',
      ['developmental-delay'],
    ])
    const older = applyAnswer(draft, top('age'), '12')
    expect(older.ok && nextStep(older.draft)).toEqual(top('ideaCategories'))
  })
})

describe('question flow: pages, links and words', () => {
  test('every step has a URL segment that reads back to the same step', () => {
    const steps: ScreenerStep[] = [
      ...TOP_QUESTION_IDS.map((question) => ({ question })),
      ...CONDITION_QUESTION_IDS.flatMap((question) =>
        [0, MOST_CONDITIONS - 1].map((condition) => ({ question, condition })),
      ),
    ]
    for (const step of steps) expect(parseStepSlug(stepSlug(step))).toEqual(step)
    expect(new Set(steps.map(stepSlug)).size).toBe(steps.length)
    for (const slug of [
      '',
      'nope',
      'condition-0-name',
      `condition-${MOST_CONDITIONS + 1}-name`,
      'condition-1-nope',
    ])
      expect(parseStepSlug(slug)).toBeUndefined()
  })

  test('the back link goes to the page before on this child’s path, and from the first page to the start', () => {
    const { draft } = answerPages(['10', 'public', 'iep'])
    expect(previousStep(draft, top('age'))).toBeNull()
    expect(previousStep(draft, top('needsSpecializedInstruction'))).toEqual(top('currentPlan'))
    expect(isOnPath(draft, top('needsSpecializedInstruction'))).toBe(true)
    expect(isOnPath(draft, top('basis'))).toBe(false)
  })

  test('the limitation page reminds the family to picture a day without the medicine, but with glasses', () => {
    const { draft } = answerPages([
      '10',
      'public',
      'none',
      'impairment',
      'asthma',
      'yes',
      'long-lasting',
      'comes-and-goes',
      'no',
      ['none'],
      ['breathing', 'seeing'],
      ['medication', 'ordinary-eyeglasses-or-contacts'],
    ])
    const view = questionView(draft, top('substantialLimitation'))
    expect(view.extraHints.map((m) => m.key)).toEqual([
      'screener.questions.substantialLimitation.hintMeasures',
      'screener.questions.substantialLimitation.hintGlasses',
      'screener.questions.substantialLimitation.hintFlareUps',
    ])
  })

  test('condition pages name the condition, and the first page asks in words that fit the child', () => {
    const { draft } = answerPages(['10', 'public', 'none', 'regarded-as', 'epilepsy'])
    const diagnosed = questionView(draft, { question: 'conditionDiagnosed', condition: 0 })
    expect(diagnosed.title).toEqual({
      key: 'screener.questions.conditionDiagnosed.title',
      params: { name: 'epilepsy' },
    })
    expect(questionView(draft, { question: 'conditionName', condition: 0 }).hint.key).toBe(
      'screener.questions.conditionName.hintRegardedAs',
    )
    const baby = questionView(
      { answers: { age: '1' }, conditions: [] },
      { question: 'conditionName', condition: 0 },
    )
    expect(baby.title.key).toBe('screener.questions.conditionName.titleUnderThree')
  })

  test('a page shows the answer given before', () => {
    const { draft } = answerPages(['10', 'charter'])
    expect(questionView(draft, top('school')).value).toBe('charter')
  })

  test('the check-your-answers rows list each answered page with its answer', () => {
    const { draft } = answerPages(['1', 'not walking yet', 'no'])
    expect(answerRows(draft).map((row) => [row.slug, row.answer])).toEqual([
      ['age', [{ key: 'screener.answers.years', params: { count: 1 } }]],
      ['condition-1-name', [{ key: 'screener.answers.text', params: { value: 'not walking yet' } }]],
      ['condition-1-another', [{ key: 'screener.questions.anotherCondition.options.no.label' }]],
    ])
  })

  test('a draft survives a trip through JSON (a form field or a signed cookie)', () => {
    const { draft } = answerPages([
      '10',
      'public',
      'none',
      'impairment',
      'ADHD',
      'yes',
      'long-lasting',
      'steady',
      'no',
    ])
    expect(walkDraft(JSON.parse(JSON.stringify(draft)) as ScreenerDraft)).toEqual(walkDraft(draft))
  })

  test('saved answers open as a complete draft that gives the same answers back', () => {
    // A child who is asked every question (teaching not needed, so the need-for-services page comes).
    const answers = sampleAnswers({
      conditions: [sampleCondition(), sampleCondition({ name: 'asthma', episodic: true })],
      needsSpecializedInstruction: 'no',
    })
    expect(walkDraft(draftFromAnswers(answers)).answers).toEqual(answers)
  })
})

describe('question flow and engine agree', () => {
  test('a question the flow skips never changes the engine’s answer', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        fc.pre(answers.conditions.every((c) => !(c.episodic && c.inRemission)))
        const walked = walkDraft(draftFromAnswers(answers)).answers
        fc.pre(walked !== null)
        expect(screen(walked as NonNullable<typeof walked>)).toEqual(screen(answers))
      }),
      { numRuns: 500 },
    )
  })

  test('askedQuestions lists each question once, in the order the pages come', () => {
    expect(askedQuestions(sampleAnswers({ age: 2 }))).toEqual(['age', 'conditionName', 'anotherCondition'])
    expect(askedQuestions(sampleAnswers({ currentPlan: 'iep' }))).toEqual([
      'age',
      'school',
      'currentPlan',
      'needsSpecializedInstruction',
    ])
  })
})

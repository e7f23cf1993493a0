import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { checkGoal } from './check-goal.ts'
import { GOAL_FLAGS, type GoalCheck, type TextSpan } from './goal-check.ts'
import testSet from './goal-test-set.json' with { type: 'json' }

const WELL_WRITTEN =
  'By June 12, 2027, when given a passage at the 3rd-grade level, Marcus will read aloud at 95 words correct per minute with no more than 3 errors on 3 of 4 consecutive weekly probes, as measured by curriculum-based measurement charted by his special education teacher.'

function allSpans(check: GoalCheck): TextSpan[] {
  const { parts } = check
  return [
    ...parts.condition,
    ...parts.criterion,
    ...parts.measurementMethod,
    ...[parts.behavior, parts.timeframe, parts.baseline, parts.target].filter((s) => s !== null),
  ]
}

describe('a well-written goal', () => {
  const check = checkGoal(WELL_WRITTEN)

  test('has no flags and no suggestions', () => {
    expect(check.flags).toEqual([])
    expect(check.suggestions).toEqual([])
  })

  test('finds each part with its words', () => {
    expect(check.parts.condition.map((s) => s.text)).toEqual(['when given a passage at the 3rd-grade level'])
    expect(check.parts.behavior).toMatchObject({ text: 'read aloud', verb: 'read', observable: true })
    expect(check.parts.criterion.map((c) => [c.kind, c.text])).toEqual([
      ['rate', 'at 95 words correct per minute'],
      ['accuracy', 'with no more than 3 errors'],
      ['trials', 'on 3 of 4 consecutive weekly probes'],
    ])
    expect(check.parts.timeframe?.text).toBe('By June 12, 2027')
    expect(check.parts.measurementMethod.map((s) => s.text)).toContain(
      'as measured by curriculum-based measurement charted by his special education teacher',
    )
  })

  test('reads the target number and unit', () => {
    expect(check.parts.target).toMatchObject({
      value: 95,
      unit: 'words correct per minute',
      direction: 'increase',
    })
    expect(check.parts.baseline).toBeNull()
  })

  test('gives spans that point at the same words in the goal', () => {
    for (const span of allSpans(check)) expect(WELL_WRITTEN.slice(span.start, span.end)).toBe(span.text)
  })
})

describe('each missing part raises its own flag', () => {
  const full =
    'Given a list of 20 sight words, Ana will read 18 of them correctly by June 2027, as measured by weekly probes.'
  test.each([
    [
      'no-condition',
      'Ana will read 18 of 20 sight words correctly by June 2027, as measured by weekly probes.',
    ],
    [
      'no-behavior',
      'Given a list of 20 sight words, Ana will recognize 18 of them correctly by June 2027, as measured by weekly probes.',
    ],
    [
      'no-criterion',
      'Given a list of 20 sight words, Ana will read them aloud by June 2027, as measured by weekly probes.',
    ],
    [
      'no-timeframe',
      'Given a list of 20 sight words, Ana will read 18 of them correctly, as measured by weekly probes.',
    ],
    [
      'no-measurement-method',
      'Given a list of 20 sight words, Ana will read 18 of them correctly by June 2027.',
    ],
  ] as const)('%s: “%s”', (flag, text) => {
    expect(checkGoal(full).flags).toEqual([])
    expect(checkGoal(text).flags).toEqual([flag])
  })
})

describe('the behavior must be something someone can see or hear', () => {
  test.each([
    ['understand', 'Sam will understand fractions.'],
    ['know', 'Sam will know his math facts.'],
    ['appreciate', 'Sam will appreciate poetry.'],
    ['improve', 'Sam will improve his reading.'],
    ['be aware', 'Sam will be aware of his surroundings.'],
    ['learn', 'Sam will learn to count money.'],
    ['develop', 'Sam will develop coping skills.'],
    ['recognize', 'Sam will recognize his name.'],
    ['demonstrate', 'Sam will demonstrate understanding of fractions.'],
    ['increase', 'Sam will increase his confidence.'],
    ['be', 'Sam will be more responsible.'],
  ])('“%s” is not observable', (verb, text) => {
    const check = checkGoal(text)
    expect(check.parts.behavior).toMatchObject({ verb, observable: false })
    expect(check.flags).toContain('no-behavior')
    const suggestion = check.suggestions.find((s) => s.flag === 'no-behavior')
    expect(suggestion?.message).toEqual({ key: 'goals.suggestions.vagueVerb', params: { verb } })
  })

  test.each([
    ['read', 'Sam will read aloud a short passage.'],
    ['write', 'Sam will independently write his name.'],
    ['point', 'Sam will point to the named picture.'],
    ['solve', 'Sam will be able to solve two-step equations.'],
    ['say', 'Sam will correctly say the days of the week.'],
    ['demonstrate', 'Sam will demonstrate the steps of handwashing.'],
    ['increase', 'Sam will increase his oral reading fluency.'],
    ['reduce', 'Sam will reduce incidents of hitting.'],
    ['be on task', 'Sam will be on task for 10 minutes.'],
  ])('“%s” is observable', (verb, text) => {
    const check = checkGoal(text)
    expect(check.parts.behavior).toMatchObject({ verb, observable: true })
    expect(check.flags).not.toContain('no-behavior')
  })

  test('a vague verb is forgiven when the goal says how it will be seen', () => {
    expect(checkGoal('Noah will show respect by following directions.').parts.behavior?.observable).toBe(true)
    expect(checkGoal('Eli will recognize and read ten letters.').parts.behavior?.observable).toBe(true)
  })

  test('the first observable “will” wins over an earlier vague one', () => {
    const check = checkGoal('Ben will improve his writing. He will write three sentences a day.')
    expect(check.parts.behavior).toMatchObject({ verb: 'write', observable: true })
  })

  test('a goal written as an instruction is read from its first verb', () => {
    expect(checkGoal('Read 90 words correct per minute.').parts.behavior).toMatchObject({ verb: 'read' })
    expect(checkGoal('Goal: improve reading.').parts.behavior).toMatchObject({
      verb: 'improve',
      observable: false,
    })
  })

  test('a goal with no verb at all has no behavior and gets the general suggestion', () => {
    const check = checkGoal('Reading comprehension at grade level.')
    expect(check.parts.behavior).toBeNull()
    expect(check.suggestions.find((s) => s.flag === 'no-behavior')?.message).toEqual({
      key: 'goals.suggestions.noBehavior',
    })
  })
})

describe('criterion kinds', () => {
  test.each([
    ['with 80% accuracy', 'accuracy'],
    ['scoring 18 of 20 correct', 'accuracy'],
    ['with no errors', 'accuracy'],
    ['scoring 3 or higher', 'accuracy'],
    ['at 90 words correct per minute', 'rate'],
    ['at 80 wcpm', 'rate'],
    ['completing 20 problems in 2 minutes', 'rate'],
    ['at least 3 times per week', 'frequency'],
    ['no more than 2 prompts', 'frequency'],
    ['80% of the time', 'frequency'],
    ['for at least 15 minutes', 'duration'],
    ['within 5 seconds', 'duration'],
    ['in 4 of 5 trials', 'trials'],
    ['in four out of five opportunities', 'trials'],
    ['across 3 consecutive sessions', 'trials'],
    ['three times in a row', 'trials'],
  ])('“%s” is %s', (phrase, kind) => {
    const check = checkGoal(`Sam will answer questions ${phrase}.`)
    expect(check.parts.criterion.map((c) => c.kind)).toContain(kind)
    expect(check.flags).not.toContain('no-criterion')
  })

  test.each([
    'Sam will write five sentences.',
    'Sam will add numbers within 20.',
    'Sam will finish the task by 05/29/2027.',
  ])('“%s” states no criterion', (text) => {
    expect(checkGoal(text).flags).toContain('no-criterion')
  })
})

describe('timeframes', () => {
  test.each([
    'by June 2027',
    'by May 15, 2027',
    'by 05/29/2027',
    'by 2027-06-01',
    'by the end of the school year',
    'by the end of the 2026-2027 school year',
    'by the annual IEP review',
    'within one year',
    'in 36 instructional weeks',
    'within the IEP year',
  ])('“%s” is a timeframe', (phrase) => {
    const check = checkGoal(`Sam will read ten words ${phrase}.`)
    expect(check.parts.timeframe?.text).toBe(phrase)
  })

  test.each(['for 3 consecutive months', 'within 3 minutes', 'within 20', 'at the end of the day'])(
    '“%s” is not a timeframe',
    (phrase) => {
      expect(checkGoal(`Sam will read ten words ${phrase}.`).flags).toContain('no-timeframe')
    },
  )
})

describe('conditions', () => {
  test.each([
    ['Given a calculator', 'Given a calculator, Sam will solve 5 problems.'],
    ['When frustrated', 'When frustrated, Sam will ask for a break.'],
    ['During math class', 'During math class, Sam will solve 5 problems.'],
    ['In the general education classroom', 'In the general education classroom, Sam will raise his hand.'],
    ['Using a number line', 'Using a number line, Sam will add numbers.'],
    ['when given a passage', 'Sam will read aloud when given a passage.'],
    ['with a graphic organizer', 'Sam will write a paragraph with a graphic organizer.'],
  ])('finds “%s”', (condition, text) => {
    expect(checkGoal(text).parts.condition.map((c) => c.text)).toEqual([condition])
  })

  test('a condition before the subject stops at the subject', () => {
    expect(checkGoal('When given a passage Sam will read it aloud.').parts.condition[0]?.text).toBe(
      'When given a passage',
    )
  })

  test('a condition ends where the behavior begins to be cut', () => {
    const check = checkGoal('Sam will ask for a break using his break card.')
    expect(check.parts.behavior?.text).toBe('ask for a break')
    expect(check.parts.condition[0]?.text).toBe('using his break card')
  })

  test('“when” used as a question word is not a condition', () => {
    expect(checkGoal('Sam will answer who, what and when questions.').flags).toContain('no-condition')
  })

  test('“with 80% accuracy” is a criterion, not a condition', () => {
    const check = checkGoal('Sam will spell words with 80% accuracy.')
    expect(check.parts.condition).toEqual([])
    expect(check.parts.criterion[0]?.text).toBe('with 80% accuracy')
  })
})

describe('measurement methods', () => {
  test.each([
    ['as measured by teacher charts', 'Sam will read ten words, as measured by teacher charts.'],
    ['according to SLP data', 'Sam will say /s/ correctly according to SLP data.'],
    ['per teacher data', 'Sam will read ten words, per teacher data.'],
    ['running records', 'Sam will read ten words on running records.'],
    ['rubric', 'Sam will score 3 on a rubric.'],
  ])('finds “%s”', (method, text) => {
    expect(checkGoal(text).parts.measurementMethod.map((m) => m.text)).toContain(method)
  })

  test('a checklist the child uses as a support is not a measurement method', () => {
    const check = checkGoal('Using a picture checklist, Sam will pack his bag.')
    expect(check.parts.condition[0]?.text).toBe('Using a picture checklist')
    expect(check.flags).toContain('no-measurement-method')
  })

  test('“as measured by” with nothing after it names no method', () => {
    expect(checkGoal('Sam will read ten words, as measured by.').flags).toContain('no-measurement-method')
  })
})

describe('suggestions', () => {
  test('a goal with nothing measurable gets all five flags, each with a suggestion, in order', () => {
    const check = checkGoal('Marcus will improve his reading skills.')
    expect(check.flags).toEqual([...GOAL_FLAGS])
    expect(check.suggestions.map((s) => s.flag)).toEqual([...GOAL_FLAGS])
    expect(check.suggestions.map((s) => s.message.key)).toEqual([
      'goals.suggestions.noCondition',
      'goals.suggestions.vagueVerb',
      'goals.suggestions.noCriterion',
      'goals.suggestions.noTimeframe',
      'goals.suggestions.noMeasurementMethod',
    ])
  })

  test('an empty goal gets every flag and no parts', () => {
    const check = checkGoal('')
    expect(check.flags).toEqual([...GOAL_FLAGS])
    expect(check.parts.behavior).toBeNull()
  })
})

describe('properties', () => {
  const texts = testSet.goals.map((g) => g.text)

  test('never throws, and every span points at its own words, for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const check = checkGoal(text)
        for (const span of allSpans(check)) {
          expect(span.start).toBeGreaterThanOrEqual(0)
          expect(span.end).toBeLessThanOrEqual(text.length)
          expect(text.slice(span.start, span.end)).toBe(span.text)
        }
        expect(check.suggestions.map((s) => s.flag)).toEqual(check.flags)
      }),
    )
  })

  test('spans stay true when goals are cut at random places', () => {
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.nat(), fc.nat(), (text, a, b) => {
        const piece = text.slice(Math.min(a, b) % text.length, Math.max(a, b) % (text.length + 1))
        for (const span of allSpans(checkGoal(piece)))
          expect(piece.slice(span.start, span.end)).toBe(span.text)
      }),
    )
  })

  test('the same text always gets the same answer', () => {
    fc.assert(
      fc.property(fc.constantFrom(...texts), (text) => {
        expect(checkGoal(text)).toEqual(checkGoal(text))
      }),
    )
  })

  test('adding “by June 2027.” as a sentence clears the timeframe flag and no other', () => {
    fc.assert(
      fc.property(fc.constantFrom(...texts), (text) => {
        const before = checkGoal(text).flags.filter((f) => f !== 'no-timeframe')
        const after = checkGoal(`${text} Reach this by June 2027.`)
        expect(after.flags).not.toContain('no-timeframe')
        expect(after.flags.filter((f) => f !== 'no-behavior')).toEqual(
          before.filter((f) => f !== 'no-behavior'),
        )
      }),
    )
  })
})

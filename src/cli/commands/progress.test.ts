import { describe, expect, test } from 'vitest'
import type { CliIo } from '../command.ts'
import { progressCommand } from './progress.ts'

function fakeIo(files: Record<string, string> = {}) {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readStdin: async () => files['-'] ?? '',
    readFile: async (path) => {
      const content = files[path]
      if (content === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' })
      return content
    },
    env: {},
    cwd: '/',
  }
  return { io, out, err }
}

/** Aim: 40 on 7 Sept 2026 to 90 on 7 June 2027 (39 weeks). Weekly scores below it. */
const SERIES = {
  baseline: { date: '2026-09-07', value: 40 },
  target: { date: '2027-06-07', value: 90 },
  direction: 'increase',
  points: [
    { date: '2026-09-14', value: 40 },
    { date: '2026-09-21', value: 41 },
    { date: '2026-09-28', value: 41 },
    { date: '2026-10-05', value: 42 },
  ],
}

async function run(content: unknown, extra: string[] = []) {
  const { io, out, err } = fakeIo({ 'series.json': JSON.stringify(content) })
  const code = await progressCommand.run(['--input', 'series.json', ...extra], io)
  return { code, out: out.join(''), err: err.join('') }
}

describe('pathway progress', () => {
  test('prints the six fields for one series', async () => {
    const { code, out } = await run(SERIES)
    expect(code).toBe(0)
    const result = JSON.parse(out)
    expect(Object.keys(result)).toEqual([
      'trendSlopePerWeek',
      'aimSlopePerWeek',
      'decision',
      'rule',
      'projectedValueAtGoalDate',
      'projectedDateTargetReached',
    ])
    // Weekly 40, 41, 41, 42: Sxy 3 / Sxx 5 = 0.6 a week. Aim: 50 over 39 weeks.
    expect(result.trendSlopePerWeek).toBe(0.6)
    expect(result.aimSlopePerWeek).toBe(Math.round((50 / 39) * 10_000) / 10_000)
    expect(result.decision).toBe('change-instruction')
    expect(result.rule.key).toBe('progress.rules.fourBelowAim')
    expect(result.rule.text).toContain('below the aim line')
  })

  test('answers an array with an array, in order', async () => {
    const met = {
      ...SERIES,
      points: [
        { date: '2026-12-01', value: 90 },
        { date: '2026-12-08', value: 91 },
        { date: '2026-12-15', value: 95 },
      ],
    }
    const { code, out } = await run([SERIES, met])
    expect(code).toBe(0)
    expect(JSON.parse(out).map((r: { decision: string }) => r.decision)).toEqual([
      'change-instruction',
      'goal-met',
    ])
  })

  test('--lang es writes the rule in Spanish, with the date in full', async () => {
    const changed = { ...SERIES, phaseChanges: ['2026-09-28'] }
    const { out } = await run(changed, ['--lang', 'es'])
    const result = JSON.parse(out)
    expect(result.decision).toBe('not-enough-data')
    expect(result.rule.text).toContain('lunes 28 de septiembre de 2026')
  })

  test.each([
    ['a date that does not exist', { ...SERIES, target: { date: '2027-02-30', value: 90 } }, 'target.date'],
    [
      'a goal date before the baseline',
      { ...SERIES, target: { date: '2026-01-01', value: 90 } },
      'target.date',
    ],
    ['a missing direction', { ...SERIES, direction: undefined }, 'direction'],
    ['an unknown direction', { ...SERIES, direction: 'up' }, 'direction'],
    ['a point without a value', { ...SERIES, points: [{ date: '2026-09-14' }] }, 'points[0].value'],
    ['a target the wrong way for the direction', { ...SERIES, direction: 'decrease' }, 'target.value'],
    ['a bad phase change date', { ...SERIES, phaseChanges: ['soon'] }, 'phaseChanges[0]'],
    ['an unknown field', { ...SERIES, goalDate: '2027-06-07' }, '(input)'],
    ['a bad series inside an array', [SERIES, { ...SERIES, baseline: null }], '[1].baseline'],
  ])('%s exits 2, naming %s', async (_, content, field) => {
    const { code, out, err } = await run(content)
    expect(code).toBe(2)
    expect(out).toBe('')
    expect(JSON.parse(err).error.problems.map((p: { field: string }) => p.field)).toContain(field)
  })

  test('a missing --input or an unknown language exits 2', async () => {
    const { io, err } = fakeIo()
    expect(await progressCommand.run([], io)).toBe(2)
    expect(await progressCommand.run(['--input', 'x.json', '--lang', 'de'], io)).toBe(2)
    expect(err).toHaveLength(2)
  })
})

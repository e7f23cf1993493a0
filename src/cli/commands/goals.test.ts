import { describe, expect, test } from 'vitest'
import type { CliIo } from '../command.ts'
import { goalsCommand } from './goals.ts'

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

const GOOD =
  'Given a list of 20 sight words, Ana will read 18 of them correctly by June 2027, as measured by weekly probes.'

describe('pathway goals check --text', () => {
  test('prints parts, flags and suggestions for one goal', async () => {
    const { io, out } = fakeIo()
    expect(await goalsCommand.run(['check', '--text', 'Ana will improve her reading.'], io)).toBe(0)
    const result = JSON.parse(out.join(''))
    expect(Object.keys(result)).toEqual(['parts', 'flags', 'suggestions'])
    expect(result.flags).toEqual([
      'no-condition',
      'no-behavior',
      'no-criterion',
      'no-timeframe',
      'no-measurement-method',
    ])
    expect(result.suggestions[1]).toMatchObject({ flag: 'no-behavior', key: 'goals.suggestions.vagueVerb' })
    expect(result.suggestions[1].text).toContain('“improve”')
  })

  test('a measurable goal has no flags and its parts carry spans', async () => {
    const { io, out } = fakeIo()
    expect(await goalsCommand.run(['check', '--text', GOOD], io)).toBe(0)
    const result = JSON.parse(out.join(''))
    expect(result.flags).toEqual([])
    expect(result.parts.timeframe).toEqual({
      start: GOOD.indexOf('by June'),
      end: GOOD.indexOf(', as'),
      text: 'by June 2027',
    })
  })

  test('--lang es writes the suggestions in Spanish', async () => {
    const { io, out } = fakeIo()
    await goalsCommand.run(['check', '--text', 'Ana will read.', '--lang', 'es'], io)
    expect(JSON.parse(out.join('')).suggestions[0].text).toMatch(/^Indique/)
  })

  test('an empty goal is refused with exit 2, naming the field', async () => {
    const { io, err, out } = fakeIo()
    expect(await goalsCommand.run(['check', '--text', '   '], io)).toBe(2)
    expect(out).toEqual([])
    expect(JSON.parse(err.join('')).error.problems).toEqual([
      { field: 'text', message: 'Enter a value for this field.' },
    ])
  })
})

describe('pathway goals check --input', () => {
  test('checks an array of goals and answers in the same order', async () => {
    const { io, out } = fakeIo({ 'goals.json': JSON.stringify([GOOD, 'Ana will know her letters.']) })
    expect(await goalsCommand.run(['check', '--input', 'goals.json'], io)).toBe(0)
    const results = JSON.parse(out.join(''))
    expect(results).toHaveLength(2)
    expect(results[0].flags).toEqual([])
    expect(results[1].flags).toContain('no-behavior')
  })

  test('reads standard input with --input -', async () => {
    const { io, out } = fakeIo({ '-': JSON.stringify([GOOD]) })
    expect(await goalsCommand.run(['check', '--input', '-'], io)).toBe(0)
    expect(JSON.parse(out.join(''))).toHaveLength(1)
  })

  test.each([
    ['a goal that is not text', [GOOD, 42], '[1]'],
    ['an empty goal', [GOOD, ''], '[1]'],
    ['an object instead of an array', { text: GOOD }, '(input)'],
    ['an empty array', [], '(input)'],
  ])('%s is refused with exit 2, naming %s', async (_, content, field) => {
    const { io, err } = fakeIo({ 'goals.json': JSON.stringify(content) })
    expect(await goalsCommand.run(['check', '--input', 'goals.json'], io)).toBe(2)
    expect(JSON.parse(err.join('')).error.problems[0].field).toBe(field)
  })

  test('a file that is not JSON is refused with exit 2', async () => {
    const { io, err } = fakeIo({ 'goals.json': '[not json' })
    expect(await goalsCommand.run(['check', '--input', 'goals.json'], io)).toBe(2)
    expect(err.join('')).toContain('not valid JSON')
  })
})

describe('usage', () => {
  test.each([
    ['no subcommand', []],
    ['an unknown subcommand', ['fix', '--text', GOOD]],
    ['neither --text nor --input', ['check']],
    ['both --text and --input', ['check', '--text', GOOD, '--input', 'goals.json']],
    ['an unknown language', ['check', '--text', GOOD, '--lang', 'fr']],
  ])('%s exits 2 with a plain explanation', async (_, args) => {
    const { io, err, out } = fakeIo()
    expect(await goalsCommand.run(args, io)).toBe(2)
    expect(out).toEqual([])
    expect(err.join('').length).toBeGreaterThan(0)
  })
})

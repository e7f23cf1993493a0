import { describe, expect, test } from 'vitest'
import type { CliIo } from '../command.ts'
import { deadlinesCommand } from './deadlines.ts'

/** A CliIo that serves files from memory and records what the command writes. */
function fakeIo(files: Record<string, string> = {}, stdin = '') {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readStdin: async () => stdin,
    readFile: async (path) => {
      const text = files[path]
      if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' })
      return text
    },
    env: {},
    cwd: '/',
  }
  return { io, out, err }
}

// The example from issue 4.
const scenario = {
  jurisdiction: 'US',
  today: '2026-11-29',
  child: { dateOfBirth: '2012-05-01' },
  schoolCalendar: { firstDay: '2026-08-17', lastDay: '2027-05-28', closedDays: ['2026-11-26'] },
  holidays: ['2026-11-26'],
  events: [{ id: 'e1', type: 'consent-to-evaluate-signed', date: '2026-09-02' }],
}

function problemsOf(err: string[]): { field: string; message: string }[] {
  return JSON.parse(err.join('\n')).error.problems
}

describe('pathway deadlines', () => {
  test('prints the initial evaluation deadline of the issue example as JSON', async () => {
    const { io, out } = fakeIo({ 'scenario.json': JSON.stringify(scenario) })
    const status = await deadlinesCommand.run(['--input', 'scenario.json'], io)
    expect(status).toBe(0)
    const result = JSON.parse(out.join('\n'))
    const initial = result.deadlines.find((d: { rule: string }) => d.rule === 'idea-initial-evaluation')
    expect(initial).toMatchObject({
      rule: 'idea-initial-evaluation',
      kind: 'deadline',
      title: 'Initial evaluation',
      due: '2026-11-01',
      trigger: 'e1',
      status: 'overdue',
      metBy: null,
      citation: '34 CFR 300.301(c)(1)',
      confidence: 'high',
    })
    expect(initial.explanation[0]).toBe('Consent for the evaluation received on Wednesday 2 September 2026.')
    expect(initial.explanation).toContain('Due on Sunday 1 November 2026.')
  })

  test('reads the scenario from standard input with --input -', async () => {
    const { io, out } = fakeIo({}, JSON.stringify(scenario))
    expect(await deadlinesCommand.run(['--input', '-'], io)).toBe(0)
    expect(JSON.parse(out.join('\n')).deadlines.length).toBeGreaterThan(0)
  })

  test('writes titles and explanations in Spanish with --lang es', async () => {
    const { io, out } = fakeIo({}, JSON.stringify(scenario))
    expect(await deadlinesCommand.run(['--input', '-', '--lang', 'es'], io)).toBe(0)
    const initial = JSON.parse(out.join('\n')).deadlines.find(
      (d: { rule: string }) => d.rule === 'idea-initial-evaluation',
    )
    expect(initial.title).toBe('Evaluación inicial')
    expect(initial.explanation).toContain('Vence el domingo 1 de noviembre de 2026.')
  })

  test.each([
    [
      'an unknown event type',
      { ...scenario, events: [{ id: 'e1', type: 'consent-signed', date: '2026-09-02' }] },
      'events[0].type',
      'Choose one of the event types',
    ],
    [
      'an impossible date',
      { ...scenario, events: [{ id: 'e1', type: 'consent-to-evaluate-signed', date: '2026-02-30' }] },
      'events[0].date',
      'Enter a real date',
    ],
    [
      'a school-day rule with no school calendar',
      {
        ...scenario,
        schoolCalendar: undefined,
        events: [{ id: 'e1', type: 'disciplinary-change-of-placement-decided', date: '2026-10-01' }],
      },
      'schoolCalendar',
      'Add the school calendar',
    ],
    [
      'an unknown state',
      { ...scenario, jurisdiction: 'XX' },
      'jurisdiction',
      'Enter US or a two-letter state code',
    ],
    [
      'the same event id twice',
      {
        ...scenario,
        events: [
          { id: 'e1', type: 'consent-to-evaluate-signed', date: '2026-09-02' },
          { id: 'e1', type: 'evaluation-completed', date: '2026-10-02' },
        ],
      },
      'events[1].id',
      'Give each event its own id',
    ],
  ])('rejects %s with exit status 2 and a problem naming the field', async (_, input, field, words) => {
    const { io, out, err } = fakeIo({ 'in.json': JSON.stringify(input) })
    expect(await deadlinesCommand.run(['--input', 'in.json'], io)).toBe(2)
    expect(out).toEqual([])
    const problem = problemsOf(err).find((p) => p.field === field)
    expect(problem?.message).toContain(words)
  })

  test('asks for the input file when --input is missing', async () => {
    const { io, err } = fakeIo()
    expect(await deadlinesCommand.run([], io)).toBe(2)
    expect(err.join('\n')).toContain('--input')
  })

  test('says the file is not JSON when it cannot be parsed', async () => {
    const { io, err } = fakeIo({ 'bad.json': '{ nope' })
    expect(await deadlinesCommand.run(['--input', 'bad.json'], io)).toBe(2)
    expect(err.join('\n')).toContain('not valid JSON')
  })

  test('refuses a language it does not speak', async () => {
    const { io } = fakeIo({}, JSON.stringify(scenario))
    expect(await deadlinesCommand.run(['--input', '-', '--lang', 'fr'], io)).toBe(2)
  })
})

describe('pathway deadlines through the pathway command', () => {
  test('is listed in --help and runs by name', async () => {
    const { main } = await import('../main.ts')
    const help = fakeIo()
    expect(await main(['--help'], help.io)).toBe(0)
    expect(help.out.join('\n')).toContain('deadlines')
    const run = fakeIo({ 'scenario.json': JSON.stringify(scenario) })
    expect(await main(['deadlines', '--input', 'scenario.json'], run.io)).toBe(0)
    expect(JSON.parse(run.out.join('\n')).deadlines.length).toBeGreaterThan(0)
  })
})

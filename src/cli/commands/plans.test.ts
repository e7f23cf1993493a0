import { describe, expect, test } from 'vitest'
import { buildIep, buildSection504, buildService, CHILD_BORN } from '../../../test/support/plan-factories.ts'
import type { CliIo } from '../command.ts'
import { plansCommand } from './plans.ts'

function fakeIo(files: Record<string, string> = {}, stdin = '') {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readStdin: async () => stdin,
    readFile: async (path) => {
      const content = files[path]
      if (content === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' })
      return content
    },
    env: {},
    cwd: '/tmp',
  }
  return {
    io,
    out,
    err,
    json: () => JSON.parse(out.join('\n')) as unknown,
    errors: () => JSON.parse(err.join('\n')) as unknown,
  }
}

const json = (value: unknown) => JSON.stringify(value)

describe('pathway plans check', () => {
  test('a complete plan prints no findings and exits 0', async () => {
    const run = fakeIo({ 'plan.json': json({ plan: buildIep(), childDateOfBirth: CHILD_BORN }) })
    expect(await plansCommand.run(['check', '--input', 'plan.json'], run.io)).toBe(0)
    expect(run.json()).toEqual({ findings: [] })
  })

  test('findings print code, message in English, citation and path', async () => {
    const plan = buildIep({ services: [buildService({ minutes: undefined })] })
    const run = fakeIo({ 'plan.json': json(plan) })
    expect(
      await plansCommand.run(['check', '--input', 'plan.json', '--date-of-birth', CHILD_BORN], run.io),
    ).toBe(0)
    expect(run.json()).toEqual({
      findings: [
        {
          code: 'service-minutes-missing',
          message:
            'Specialized reading instruction: the plan does not say how many minutes each session lasts.',
          citation: '34 CFR 300.320(a)(7)',
          path: 'services[0].minutes',
        },
      ],
    })
  })

  test('a bare plan is accepted, and without a date of birth the age checks are named as skipped', async () => {
    const run = fakeIo({ 'plan.json': json(buildIep()) })
    expect(await plansCommand.run(['check', '--input', 'plan.json'], run.io)).toBe(0)
    expect(run.json()).toEqual({
      findings: [expect.objectContaining({ code: 'date-of-birth-missing', path: 'childDateOfBirth' })],
    })
  })

  test('--lang es writes the messages in Spanish, with dates in full', async () => {
    const plan = buildIep({ dates: { ...buildIep().dates, nextAnnualReview: '2027-09-30' as never } })
    const run = fakeIo({ 'plan.json': json({ plan, childDateOfBirth: CHILD_BORN }) })
    expect(await plansCommand.run(['check', '--input', 'plan.json', '--lang', 'es'], run.io)).toBe(0)
    const [first] = (run.json() as { findings: { message: string }[] }).findings
    expect(first?.message).toContain('viernes 20 de agosto de 2027')
  })

  test('a 504 plan read from standard input is checked', async () => {
    const run = fakeIo({}, json(buildSection504({ participants: [] })))
    expect(await plansCommand.run(['check', '--input', '-'], run.io)).toBe(0)
    expect((run.json() as { findings: { code: string }[] }).findings.map((f) => f.code)).toEqual([
      '504-participants-missing',
    ])
  })

  test.each([
    ['a file that is not JSON', '{ not json', /not valid JSON/],
    ['a plan of an unknown kind', json({ kind: 'ifsp' }), /"field": "plan.kind"/],
    ['a misspelt field', json({ ...buildIep(), minute: 30 }), /"field": "plan"/],
    [
      'a service without a name',
      json(buildIep({ services: [buildService({ name: '' })] })),
      /"field": "plan.services\[0\].name"/,
    ],
    [
      'a date that does not exist',
      json(buildIep({ dates: { start: '2026-02-30' as never } })),
      /Enter a real date/,
    ],
    [
      'minutes below one',
      json(buildIep({ services: [buildService({ minutes: 0 })] })),
      /"field": "plan.services\[0\].minutes"/,
    ],
  ])('%s exits 2 and names the problem', async (_, content, expected) => {
    const run = fakeIo({ 'plan.json': content })
    expect(await plansCommand.run(['check', '--input', 'plan.json'], run.io)).toBe(2)
    expect(run.err.join('\n')).toMatch(expected)
    expect(run.out).toEqual([])
  })

  test('a date of birth that is not a date exits 2', async () => {
    const run = fakeIo({ 'plan.json': json(buildIep()) })
    expect(
      await plansCommand.run(['check', '--input', 'plan.json', '--date-of-birth', 'May 2010'], run.io),
    ).toBe(2)
    expect(run.errors()).toEqual({
      error: {
        code: 'INVALID_INPUT',
        problems: [
          { field: 'childDateOfBirth', message: 'Enter a real date as YYYY-MM-DD, for example 2026-09-02.' },
        ],
      },
    })
  })

  test('a missing input file exits 2 with a plain message', async () => {
    const run = fakeIo()
    expect(await plansCommand.run(['check', '--input', 'nowhere.json'], run.io)).toBe(2)
    expect(run.err.join('\n')).toContain('Could not read nowhere.json')
  })
})

describe('pathway plans diff', () => {
  test('prints the diff of two plans as JSON', async () => {
    const before = buildIep()
    const after = buildIep({ services: [buildService({ minutes: 20 })] })
    const run = fakeIo({ 'pair.json': json({ before, after }) })
    expect(await plansCommand.run(['diff', '--input', 'pair.json'], run.io)).toBe(0)
    const diff = run.json() as { hasReductions: boolean; services: { change: string }[] }
    expect(diff.hasReductions).toBe(true)
    expect(diff.services.map((s) => s.change)).toEqual(['reduced'])
  })

  test('a problem in the second plan is named under "after"', async () => {
    const run = fakeIo({
      'pair.json': json({
        before: buildIep(),
        after: buildIep({ services: [buildService({ minutes: -5 })] }),
      }),
    })
    expect(await plansCommand.run(['diff', '--input', 'pair.json'], run.io)).toBe(2)
    expect(run.err.join('\n')).toContain('"field": "after.services[0].minutes"')
  })
})

describe('pathway plans library and usage', () => {
  test('lists every library entry with its name and explanation', async () => {
    const run = fakeIo()
    expect(await plansCommand.run(['library', '--lang', 'es'], run.io)).toBe(0)
    const { library } = run.json() as { library: { id: string; name: string; explanation: string }[] }
    expect(library.length).toBeGreaterThanOrEqual(60)
    expect(library.find((e) => e.id === 'calculator')?.name).toBe('Calculadora')
  })

  test('an unknown language exits 2', async () => {
    const run = fakeIo()
    expect(await plansCommand.run(['library', '--lang', 'fr'], run.io)).toBe(2)
  })

  test('an unknown subcommand prints the usage and exits 2', async () => {
    const run = fakeIo()
    expect(await plansCommand.run(['frobnicate'], run.io)).toBe(2)
    expect(run.err.join('\n')).toContain('pathway plans check --input plan.json')
  })
})

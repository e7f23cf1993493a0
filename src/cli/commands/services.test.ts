import { describe, expect, test } from 'vitest'
import type { CliIo } from '../command.ts'
import { servicesCommand } from './services.ts'

function fakeIo(files: Record<string, string> = {}, stdin = '') {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readStdin: async () => stdin,
    readFile: async (path) => {
      const text = files[path]
      if (text === undefined) throw Object.assign(new Error('not found'), { code: 'ENOENT' })
      return text
    },
    env: {},
    cwd: '/tmp',
  }
  return { io, stdout: () => out.join('\n'), stderr: () => err.join('\n') }
}

// The first four weeks of school, 60 minutes a week of speech therapy (hand-computed in
// src/domain/services-delivered/service-delivery.test.ts: 228 required, 180 given, 48 owed).
interface TestInput {
  period: Record<string, unknown>
  schoolCalendar: Record<string, unknown>
  services: Record<string, unknown>[]
  sessions: Record<string, unknown>[]
  today?: string
}

function at(list: Record<string, unknown>[], index: number): Record<string, unknown> {
  const item = list[index]
  if (item === undefined) throw new Error(`No item ${index} in the test input`)
  return item
}

function validInput(): TestInput {
  return {
    period: { from: '2026-09-08', to: '2026-10-02' },
    schoolCalendar: { firstDay: '2026-09-08', lastDay: '2027-06-18', closedDays: ['2026-11-26'] },
    services: [
      {
        id: 'speech',
        name: 'Speech therapy',
        minutes: 60,
        per: 'week',
        start: '2026-09-08',
        end: '2027-06-18',
      },
    ],
    sessions: [
      { service: 'speech', date: '2026-09-10', minutes: 30, status: 'delivered' },
      { service: 'speech', date: '2026-09-16', minutes: 60, status: 'delivered' },
      { service: 'speech', date: '2026-09-23', minutes: 60, status: 'missed-provider-absent' },
      { service: 'speech', date: '2026-09-29', minutes: 30, status: 'delivered', provider: 'Ms. Ortiz' },
      { service: 'speech', date: '2026-10-01', minutes: 60, status: 'delivered', note: 'make-up' },
    ],
  }
}

async function run(input: unknown, extraArgs: string[] = []) {
  const fake = fakeIo({ 'input.json': JSON.stringify(input) })
  const code = await servicesCommand.run(['--input', 'input.json', ...extraArgs], fake.io)
  return { code, stdout: fake.stdout(), stderr: fake.stderr() }
}

function problems(stderr: string): { field: string; message: string }[] {
  return (JSON.parse(stderr) as { error: { problems: { field: string; message: string }[] } }).error.problems
}

describe('pathway services', () => {
  test('prints required, delivered, missed, percent and owed minutes for each service and exits 0', async () => {
    const result = await run(validInput())
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual({
      services: [
        {
          service: 'speech',
          name: 'Speech therapy',
          from: '2026-09-08',
          to: '2026-10-02',
          schoolDays: 19,
          requiredMinutes: 228,
          deliveredMinutes: 180,
          missedSchoolMinutes: 60,
          missedStudentMinutes: 0,
          missedUnknownMinutes: 0,
          unrecordedMinutes: 0,
          percentDelivered: 78.9,
          owedMinutes: 48,
          unconfirmed: { sessions: 0, deliveredMinutes: 0, missedMinutes: 0 },
          sessionsCounted: 5,
          sessionsOutsideService: 0,
        },
      ],
    })
  })

  test('reads the input from standard input with --input -', async () => {
    const fake = fakeIo({}, JSON.stringify(validInput()))
    expect(await servicesCommand.run(['--input', '-'], fake.io)).toBe(0)
    expect(JSON.parse(fake.stdout()).services[0].owedMinutes).toBe(48)
  })

  test('with --weekly each service carries its ISO weeks for a chart', async () => {
    const result = await run(validInput(), ['--weekly'])
    const weeks = JSON.parse(result.stdout).services[0].weeks as { week: string; requiredMinutes: number }[]
    expect(weeks.map((w) => [w.week, w.requiredMinutes])).toEqual([
      ['2026-W37', 48],
      ['2026-W38', 60],
      ['2026-W39', 60],
      ['2026-W40', 60],
    ])
  })

  test('with "today" it lists the alerts, written in English by default and in Spanish with --lang es', async () => {
    const input = { ...validInput(), today: '2026-10-07' }
    const english = JSON.parse((await run(input)).stdout).alerts
    expect(english).toEqual([
      {
        service: 'speech',
        from: '2026-09-07',
        to: '2026-10-04',
        expectedMinutes: 228,
        deliveredMinutes: 180,
        percentDelivered: 78.9,
        title: 'Speech therapy: fewer minutes than the plan promises',
        message: expect.stringContaining('Monday 7 September 2026'),
      },
    ])
    expect(english[0].message).toContain('180 of the 228 minutes')
    const spanish = JSON.parse((await run(input, ['--lang', 'es'])).stdout).alerts
    expect(spanish[0].message).toContain('lunes 7 de septiembre de 2026')
    expect(spanish[0].title).toBe('Speech therapy: menos minutos de los que promete el plan')
  })

  test('a family report (confirmed: false) is shown apart and not counted', async () => {
    const input = validInput()
    input.sessions.push({
      service: 'speech',
      date: '2026-09-17',
      minutes: 60,
      status: 'missed-reason-unknown',
      confirmed: false,
    })
    const service = JSON.parse((await run(input)).stdout).services[0]
    expect(service.unconfirmed).toEqual({ sessions: 1, deliveredMinutes: 0, missedMinutes: 60 })
    expect(service.owedMinutes).toBe(48)
  })

  test.each([
    [
      'a session for a service that is not in the plan',
      (i: TestInput) => {
        at(i.sessions, 1).service = 'ot'
      },
      'sessions[1].service',
      'Use the id of one of the services in "services".',
    ],
    [
      'an impossible date',
      (i: TestInput) => {
        at(i.sessions, 0).date = '2026-02-30'
      },
      'sessions[0].date',
      'Enter a real date as YYYY-MM-DD',
    ],
    [
      'a service that ends before it starts',
      (i: TestInput) => {
        at(i.services, 0).end = '2026-09-01'
      },
      'services[0].end',
      'The end date must be the same as the start date or later.',
    ],
    [
      'a period that ends before it starts',
      (i: TestInput) => {
        i.period.to = '2026-09-01'
      },
      'period.to',
      'The end of the period must be the same as its start or later.',
    ],
    [
      'a school year that ends before it starts',
      (i: TestInput) => {
        i.schoolCalendar.lastDay = '2026-08-01'
      },
      'schoolCalendar.lastDay',
      'The last day of the school year must be the same as the first day or later.',
    ],
    [
      'two services with the same id',
      (i: TestInput) => {
        i.services.push({ ...at(i.services, 0), name: 'Another' })
      },
      'services[1].id',
      'Give each service its own id.',
    ],
    [
      'a status that is not in the list',
      (i: TestInput) => {
        at(i.sessions, 2).status = 'missed'
      },
      'sessions[2].status',
      'Choose one of: delivered, missed-provider-absent',
    ],
    [
      'a frequency that is not day, week or month',
      (i: TestInput) => {
        at(i.services, 0).per = 'year'
      },
      'services[0].per',
      'Choose one of: day, week, month.',
    ],
    [
      'a missing amount',
      (i: TestInput) => {
        delete at(i.services, 0).minutes
      },
      'services[0].minutes',
      'Enter a value for this field.',
    ],
    [
      'minutes that are not whole',
      (i: TestInput) => {
        at(i.sessions, 0).minutes = 12.5
      },
      'sessions[0].minutes',
      'Enter minutes as a whole number, for example 30.',
    ],
    [
      'negative minutes',
      (i: TestInput) => {
        at(i.sessions, 0).minutes = -5
      },
      'sessions[0].minutes',
      'Enter a number of at least 0.',
    ],
    [
      'a misspelt field',
      (i: TestInput) => {
        at(i.services, 0).minuts = 30
      },
      'services[0]',
      'Remove the fields this does not accept: minuts.',
    ],
    [
      'a closed day that is not a date',
      (i: TestInput) => {
        i.schoolCalendar.closedDays = ['2026-11-26', 'Thanksgiving']
      },
      'schoolCalendar.closedDays[1]',
      'Enter a real date as YYYY-MM-DD',
    ],
  ])('%s: exits 2 and names %s', async (_, spoil, field, text) => {
    const input = validInput()
    spoil(input)
    const result = await run(input)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    const found = problems(result.stderr).find((p) => p.field === field)
    expect(found?.message).toContain(text)
  })

  test('reports every problem at once, across fields and across rules', async () => {
    const input = validInput()
    at(input.sessions, 0).date = '2026-13-01'
    at(input.sessions, 3).service = 'music'
    at(input.services, 0).end = '2026-01-01'
    const result = await run(input)
    expect(result.code).toBe(2)
    expect(problems(result.stderr).map((p) => p.field)).toEqual(
      expect.arrayContaining(['sessions[0].date', 'sessions[3].service', 'services[0].end']),
    )
  })

  test('exits 2 when the input is missing, unreadable or not JSON', async () => {
    const none = fakeIo()
    expect(await servicesCommand.run([], none.io)).toBe(2)
    expect(none.stderr()).toContain('--input')

    const missing = fakeIo()
    expect(await servicesCommand.run(['--input', 'nowhere.json'], missing.io)).toBe(2)
    expect(missing.stderr()).toContain('ENOENT')

    const broken = fakeIo({ 'bad.json': '{ "period": ' })
    expect(await servicesCommand.run(['--input', 'bad.json'], broken.io)).toBe(2)
    expect(broken.stderr()).toContain('not valid JSON')
  })

  test('exits 2 for a language it does not speak', async () => {
    const result = await run(validInput(), ['--lang', 'fr'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('--lang en or --lang es')
  })

  test('input that is not an object is named as the whole input', async () => {
    const result = await run([1, 2, 3])
    expect(result.code).toBe(2)
    expect(problems(result.stderr)[0]?.field).toBe('(input)')
  })
})

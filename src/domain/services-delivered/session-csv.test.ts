import { describe, expect, test } from 'vitest'
import { localDate } from '../dates/local-date.ts'
import { parseCsvRows, readSessionsCsv } from './session-csv.ts'

const services = [
  { id: 'svc-speech', name: 'Speech therapy' },
  { id: 'svc-ot', name: 'Occupational therapy' },
]
const context = { services, today: localDate('2026-10-16'), source: 'family' as const }

describe('CSV rows', () => {
  test.each([
    [
      'commas',
      'a,b\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'semicolons and CRLF',
      'a;b\r\n1;2\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['quotes, doubled quotes and a line break inside quotes', 'a,"b ""x""\ny"', [['a', 'b "x"\ny']]],
    ['a byte-order mark', '\ufeffa,b', [['a', 'b']]],
  ])('%s', (_, text, rows) => {
    expect(parseCsvRows(text).rows).toEqual(rows)
  })

  test('an unclosed quote names the line it opened on', () => {
    expect(parseCsvRows('a,b\n1,"2\n3').unclosedQuoteOnLine).toBe(2)
  })
})

describe('reading a service log from CSV', () => {
  test('columns in any order, services by name (any case) or id, statuses in any case', () => {
    const { sessions, problems } = readSessionsCsv(
      'Status,Minutes,Service,Date\nDelivered,30,SPEECH THERAPY,2026-10-05\nstudent-absent,60,svc-ot,2026-10-06',
      context,
    )
    expect(problems).toEqual([])
    expect(sessions).toEqual([
      {
        serviceId: 'svc-speech',
        date: '2026-10-05',
        minutes: 30,
        status: 'delivered',
        provider: null,
        note: null,
        source: 'family',
      },
      {
        serviceId: 'svc-ot',
        date: '2026-10-06',
        minutes: 60,
        status: 'student-absent',
        provider: null,
        note: null,
        source: 'family',
      },
    ])
  })

  test('all or nothing: every problem names its line and column, and no session is returned', () => {
    const { sessions, problems } = readSessionsCsv(
      [
        'date,service,minutes,status',
        '2026-10-05,Speech therapy,30,delivered',
        '',
        '2026-02-30,Speech therapy,0,delivered',
        '2026-10-20,Art,30,maybe',
      ].join('\n'),
      context,
    )
    expect(sessions).toEqual([])
    expect(problems.map((p) => [p.params?.line, p.params?.column, p.params?.message])).toEqual([
      [4, 'date', 'services.log.problems.dateInvalid'],
      [4, 'minutes', 'services.log.problems.minutesRange'],
      [5, 'service', 'services.log.problems.serviceUnknown'],
      [5, 'date', 'services.log.problems.dateInFuture'],
      [5, 'status', 'services.log.problems.statusMissing'],
    ])
  })

  test.each([
    ['an empty file', '  \n', 'services.csv.problems.empty'],
    ['a header alone', 'date,service,minutes,status\n', 'services.csv.problems.noRows'],
    ['missing columns', 'date,minutes\n2026-10-05,30', 'services.csv.problems.columnsMissing'],
  ])('%s is refused as a whole', (_, text, key) => {
    const { sessions, problems } = readSessionsCsv(text, context)
    expect(sessions).toEqual([])
    expect(problems.map((p) => p.message)).toEqual([key])
  })
})

import { describe, expect, test } from 'vitest'
import type { CliIo } from '../command.ts'
import { slotsCommand } from './slots.ts'

function fakeIo(files: Record<string, string> = {}, stdin = ''): CliIo & { out: string[]; err: string[] } {
  const out: string[] = []
  const err: string[] = []
  return {
    out,
    err,
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readStdin: async () => stdin,
    readFile: async (path) => {
      const text = files[path]
      if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' })
      return text
    },
    env: {},
    cwd: '/work',
  }
}

const input = {
  availability: {
    timeZone: 'America/New_York',
    weekly: [{ day: 'monday', start: '09:00', end: '11:00' }],
    exceptions: [],
    lengths: [30, 60],
    bufferMinutes: 0,
    minimumNoticeMinutes: 0,
    horizonDays: 30,
    maxPerDay: 4,
  },
  bookings: [{ start: '2026-03-09T13:00:00Z', end: '2026-03-09T14:00:00Z' }],
  length: 60,
  now: '2026-03-01T00:00:00Z',
  from: '2026-03-09',
  to: '2026-03-09',
  viewerTimeZone: 'Pacific/Honolulu',
}

describe('pathway slots', () => {
  test('prints the open slots of a file as JSON and exits 0', async () => {
    const io = fakeIo({ 'slots.json': JSON.stringify(input) })
    expect(await slotsCommand.run(['--input', 'slots.json'], io)).toBe(0)
    expect(JSON.parse(io.out.join(''))).toEqual({
      slots: [{ start: '2026-03-09T04:00:00-10:00', end: '2026-03-09T05:00:00-10:00' }],
    })
    expect(io.err).toEqual([])
  })

  test('reads standard input with --input -', async () => {
    const io = fakeIo({}, JSON.stringify({ ...input, bookings: [] }))
    expect(await slotsCommand.run(['--input', '-'], io)).toBe(0)
    expect(JSON.parse(io.out.join('')).slots).toHaveLength(2)
  })

  test('exits 2 and names each field with a problem, in plain English', async () => {
    const bad = { ...input, length: 45, availability: { ...input.availability, timeZone: 'America/Nowhere' } }
    const io = fakeIo({ 'bad.json': JSON.stringify(bad) })
    expect(await slotsCommand.run(['--input=bad.json'], io)).toBe(2)
    const { error } = JSON.parse(io.err.join(''))
    expect(error.code).toBe('INVALID_INPUT')
    expect(error.problems).toEqual([
      {
        field: 'availability.timeZone',
        message: 'Choose a time zone from the list, for example America/New_York.',
      },
    ])
    expect(io.out).toEqual([])
  })

  test('a length that is not offered is named once the shape is right', async () => {
    const io = fakeIo({ 'bad.json': JSON.stringify({ ...input, length: 45 }) })
    expect(await slotsCommand.run(['--input', 'bad.json'], io)).toBe(2)
    expect(JSON.parse(io.err.join('')).error.problems).toEqual([
      { field: 'length', message: 'Choose a meeting length that is offered: 30, 60 minutes.' },
    ])
  })

  test.each([
    ['no --input', [], {}],
    ['a file that does not exist', ['--input', 'missing.json'], {}],
    ['a file that is not JSON', ['--input', 'broken.json'], { 'broken.json': '{ "availability": ' }],
  ])('%s exits 2 with a message', async (_, args, files) => {
    const io = fakeIo(files)
    expect(await slotsCommand.run(args, io)).toBe(2)
    expect(io.err.join('')).not.toBe('')
    expect(io.out).toEqual([])
  })
})

import { describe, expect, test } from 'vitest'
import { vtimezoneLines } from './vtimezone.ts'

describe('vtimezoneLines', () => {
  test('Chicago in 2026: the year’s offset, then daylight time from 8 March and standard time from 1 November', () => {
    const lines = vtimezoneLines('America/Chicago', 2026, 2026).join('\n')
    expect(lines).toBe(
      [
        'BEGIN:VTIMEZONE',
        'TZID:America/Chicago',
        'BEGIN:STANDARD',
        'DTSTART:20260101T000000',
        'TZOFFSETFROM:-0600',
        'TZOFFSETTO:-0600',
        'END:STANDARD',
        'BEGIN:DAYLIGHT',
        'DTSTART:20260308T020000',
        'TZOFFSETFROM:-0600',
        'TZOFFSETTO:-0500',
        'END:DAYLIGHT',
        'BEGIN:STANDARD',
        'DTSTART:20261101T020000',
        'TZOFFSETFROM:-0500',
        'TZOFFSETTO:-0600',
        'END:STANDARD',
        'END:VTIMEZONE',
      ].join('\n'),
    )
  })

  test('a zone without daylight time (Phoenix) has one observance; Kolkata’s half hour is kept', () => {
    expect(vtimezoneLines('America/Phoenix', 2026, 2027).filter((l) => l.startsWith('BEGIN:'))).toEqual([
      'BEGIN:VTIMEZONE',
      'BEGIN:STANDARD',
    ])
    expect(vtimezoneLines('Asia/Kolkata', 2026, 2026)).toContain('TZOFFSETTO:+0530')
  })
})

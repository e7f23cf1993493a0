import { Temporal } from 'temporal-polyfill'
import { addDays, type LocalDate } from '../dates/local-date.ts'
import { basicDateTime, vtimezoneLines } from './vtimezone.ts'

/**
 * iCalendar text (RFC 5545) for all-day events and timed events: what calendar apps read from a
 * download or a subscription. Pure: the caller passes the time stamp.
 */
export interface AllDayEvent {
  /** Stable across recomputations, so a calendar app updates the event instead of adding another. */
  readonly uid: string
  readonly date: LocalDate
  readonly summary: string
  readonly description: string
  readonly url?: string
}

/**
 * An event at a time of day in its own time zone (a meeting): written with TZID and the zone's
 * VTIMEZONE, so every calendar shows the right local time. SEQUENCE grows with each change, so a
 * calendar app replaces its copy.
 */
export interface TimedEvent {
  readonly uid: string
  readonly date: LocalDate
  /** "15:30", wall-clock time in `timeZone`. */
  readonly startTime: string
  readonly timeZone: string
  readonly durationMinutes: number
  readonly summary: string
  readonly description: string
  readonly location?: string
  readonly url?: string
  readonly sequence: number
  /** An ISO instant: when the event last changed. */
  readonly lastModified: string
}

export interface CalendarText {
  readonly name: string
  /** An ISO instant; written as DTSTAMP on each event. */
  readonly stamp: string
  readonly events: readonly AllDayEvent[]
  readonly timedEvents?: readonly TimedEvent[]
}

/** Escapes TEXT values (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')
}

/** Folds a content line to 75 octets, never splitting a UTF-8 character (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder()
  if (encoder.encode(line).length <= 75) return line
  const parts: string[] = []
  let current = ''
  let size = 0
  for (const char of line) {
    const charSize = encoder.encode(char).length
    const limit = parts.length === 0 ? 75 : 74
    if (size + charSize > limit) {
      parts.push(current)
      current = ''
      size = 0
    }
    current += char
    size += charSize
  }
  parts.push(current)
  return parts.join('\r\n ')
}

function basicDate(date: LocalDate): string {
  return date.replace(/-/g, '')
}

function basicStamp(iso: string): string {
  return `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`
}

export function calendarText(calendar: CalendarText): string {
  const stamp = basicStamp(calendar.stamp)
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Pathway//Deadlines//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
  ]
  for (const event of calendar.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(event.date)}`,
      `DTEND;VALUE=DATE:${basicDate(addDays(event.date, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      ...(event.url ? [`URL:${event.url}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    )
  }
  const timed = calendar.timedEvents ?? []
  for (const zone of new Set(timed.map((event) => event.timeZone))) {
    const years = timed.filter((e) => e.timeZone === zone).map((e) => Number(e.date.slice(0, 4)))
    lines.push(...vtimezoneLines(zone, Math.min(...years), Math.max(...years)))
  }
  for (const event of timed) {
    const start = Temporal.PlainDateTime.from(`${event.date}T${event.startTime}`)
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${stamp}`,
      `LAST-MODIFIED:${basicStamp(event.lastModified)}`,
      `SEQUENCE:${event.sequence}`,
      `DTSTART;TZID=${event.timeZone}:${basicDateTime(start)}`,
      `DURATION:PT${event.durationMinutes}M`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
      ...(event.url ? [`URL:${event.url}`] : []),
      'STATUS:CONFIRMED',
      'END:VEVENT',
    )
  }
  lines.push('END:VCALENDAR')
  return `${lines.map(foldLine).join('\r\n')}\r\n`
}

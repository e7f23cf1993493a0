import { addDays, type LocalDate } from '../dates/local-date.ts'

/**
 * iCalendar text (RFC 5545) for all-day events: what calendar apps read from a download or a
 * subscription. Pure: the caller passes the time stamp.
 */
export interface AllDayEvent {
  /** Stable across recomputations, so a calendar app updates the event instead of adding another. */
  readonly uid: string
  readonly date: LocalDate
  readonly summary: string
  readonly description: string
  readonly url?: string
}

export interface CalendarText {
  readonly name: string
  /** An ISO instant; written as DTSTAMP on each event. */
  readonly stamp: string
  readonly events: readonly AllDayEvent[]
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
  lines.push('END:VCALENDAR')
  return `${lines.map(foldLine).join('\r\n')}\r\n`
}

import { Temporal } from 'temporal-polyfill'

/**
 * A VTIMEZONE component (RFC 5545 §3.6.5) for an IANA zone over whole years: one observance per
 * offset change the zone has in those years, each with its own DTSTART and no recurrence rule, so
 * a calendar app converts a TZID time exactly as the zone database does, even where the rules
 * changed. Pure: the zone rules come from the runtime's time zone database, not the clock.
 */
export function vtimezoneLines(zone: string, firstYear: number, lastYear: number): string[] {
  const start = Temporal.PlainDate.from({ year: firstYear, month: 1, day: 1 }).toZonedDateTime(zone)
  const end = Temporal.PlainDate.from({ year: lastYear + 1, month: 1, day: 1 }).toZonedDateTime(zone)
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`]
  // The offset on the first day holds until the first change.
  lines.push(
    ...observance('STANDARD', start.toPlainDateTime(), start.offsetNanoseconds, start.offsetNanoseconds),
  )
  for (
    let change = start.getTimeZoneTransition('next');
    change;
    change = change.getTimeZoneTransition('next')
  ) {
    if (Temporal.ZonedDateTime.compare(change, end) >= 0) break
    const before = change.subtract({ nanoseconds: 1 }).offsetNanoseconds
    const after = change.offsetNanoseconds
    // The observance starts at the wall-clock time just before the change, in the old offset.
    const wallClock = change.toInstant().toZonedDateTimeISO(offsetZone(before)).toPlainDateTime()
    lines.push(...observance(after > before ? 'DAYLIGHT' : 'STANDARD', wallClock, before, after))
  }
  lines.push('END:VTIMEZONE')
  return lines
}

function observance(
  kind: 'STANDARD' | 'DAYLIGHT',
  start: Temporal.PlainDateTime,
  from: number,
  to: number,
): string[] {
  return [
    `BEGIN:${kind}`,
    `DTSTART:${basicDateTime(start)}`,
    `TZOFFSETFROM:${basicOffset(from)}`,
    `TZOFFSETTO:${basicOffset(to)}`,
    `END:${kind}`,
  ]
}

/** "20261210T153000": a local date and time in iCalendar's basic form. */
export function basicDateTime(value: Temporal.PlainDateTime): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0')
  return `${pad(value.year, 4)}${pad(value.month)}${pad(value.day)}T${pad(value.hour)}${pad(value.minute)}${pad(value.second)}`
}

function offsetZone(nanoseconds: number): string {
  const minutes = Math.round(nanoseconds / 60e9)
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
}

function basicOffset(nanoseconds: number): string {
  return offsetZone(nanoseconds).replace(':', '')
}

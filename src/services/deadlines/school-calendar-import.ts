import ICAL from 'ical.js'
import { addDays, type LocalDate, parseLocalDate } from '../../domain/dates/local-date.ts'
import { type Problem, problem } from '../../domain/problems.ts'
import type { SchoolYearDraft } from '../../domain/school-calendars/school-year.ts'

/**
 * Reads a district's calendar file (.ics) into a school-year form for the family to check: each
 * all-day event becomes a closed-day line ("first, last, kind, name"); events named as the first or
 * last day of school fill those dates. Nothing is saved here: the family sees the form filled in,
 * changes what is wrong and saves it (the same checks as typing it). Events that cannot be read are
 * listed, each with its number and name.
 */
export function schoolYearFromIcs(text: string): { draft: SchoolYearDraft; problems: Problem[] } {
  const empty = { firstDay: '', lastDay: '', closures: '' }
  let root: ICAL.Component
  try {
    root = new ICAL.Component(ICAL.parse(text))
  } catch {
    return { draft: empty, problems: [problem('file', 'deadlines.ui.calendar.import.unreadable')] }
  }
  const events = root.getAllSubcomponents('vevent')
  if (events.length === 0) {
    return { draft: empty, problems: [problem('file', 'deadlines.ui.calendar.import.noEvents')] }
  }
  const problems: Problem[] = []
  const lines: { from: LocalDate; text: string }[] = []
  let firstDay = ''
  let lastDay = ''
  events.forEach((component, index) => {
    const event = new ICAL.Event(component)
    const name = (event.summary ?? '').replace(/[\r\n,;\t]+/g, ' ').trim()
    const from = event.startDate ? parseLocalDate(event.startDate.toString().slice(0, 10)) : undefined
    if (from === undefined) {
      problems.push(
        problem('file', 'deadlines.ui.calendar.import.row', { row: index + 1, name: name || '—' }),
      )
      return
    }
    // An all-day event's end is the day after its last day.
    const end = event.endDate ? parseLocalDate(event.endDate.toString().slice(0, 10)) : undefined
    const to = end !== undefined && end > from ? addDays(end, -1) : from
    if (/first day/i.test(name)) firstDay = from
    else if (/last day/i.test(name)) lastDay = from
    else {
      const kind = /break|vacation|recess/i.test(name)
        ? 'break'
        : /holiday/i.test(name)
          ? 'holiday'
          : 'closed'
      lines.push({
        from,
        text: [from, ...(to === from ? [] : [to]), kind, ...(name ? [name] : [])].join(', '),
      })
    }
  })
  lines.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
  return { draft: { firstDay, lastDay, closures: lines.map((line) => line.text).join('\n') }, problems }
}

import { z } from 'zod'
import { type LocalDate, parseLocalDate } from '../../domain/dates/local-date.ts'
import { schoolCalendar } from '../../domain/dates/school-calendar.ts'
import { checkSchoolCalendars, compileSchoolCalendars } from '../../domain/deadlines/calendar-index.ts'
import type { CompiledLaw } from '../../domain/deadlines/compile-law.ts'
import { DEADLINE_STATUSES, type Deadline, type DeadlineEvent } from '../../domain/deadlines/deadline.ts'
import {
  compileHolidays,
  type DeadlineEvaluation,
  evaluateDeadlines,
} from '../../domain/deadlines/evaluate.ts'
import { CONFIDENCES, DEADLINE_KINDS } from '../../domain/deadlines/law-data.ts'
import { invalidInput } from '../../domain/problems.ts'
import { type Lang, renderMessage } from '../../i18n/i18n.ts'
import { parseInput } from '../validation.ts'
import { law } from './law.ts'

/**
 * The deadlines contract: one child's events in, every deadline they start out (JSON). Used by
 * `pathway deadlines` and POST /api/v1/deadlines/compute. Fields are documented in docs/deadlines.md.
 */

const LocalDateSchema = z
  .string()
  .refine((text) => parseLocalDate(text) !== undefined, 'errors.input.date')
  .transform((text) => text as LocalDate)

const SchoolCalendarSchema = z.strictObject({
  firstDay: LocalDateSchema,
  lastDay: LocalDateSchema,
  closedDays: z.array(LocalDateSchema).max(366).default([]),
})

/** `details` an event may carry; each is read only on the event types named in docs/deadlines.md. */
const EventDetailsSchema = z.strictObject({
  schoolDays: z.int().min(1).max(200).optional(),
  waived: z.boolean().optional(),
  date: LocalDateSchema.optional(),
  intellectualDisability: z.boolean().optional(),
})

const EventSchema = z.strictObject({
  id: z.string().min(1).max(200),
  type: z.string().refine((type) => law().typeIds.has(type), 'deadlines.problems.unknownEventType'),
  date: LocalDateSchema,
  details: EventDetailsSchema.optional(),
})

export const ComputeDeadlinesInputSchema = z
  .strictObject({
    /** `US` for federal rules only, or a state's two-letter code. */
    jurisdiction: z
      .string()
      .refine((code) => law().jurisdictions.has(code), 'deadlines.problems.jurisdiction'),
    today: LocalDateSchema,
    child: z.strictObject({ dateOfBirth: LocalDateSchema.nullable().optional() }).optional(),
    schoolCalendar: SchoolCalendarSchema.optional(),
    /** Several school years (this year and the next), for counts that cross the summer. */
    schoolCalendars: z.array(SchoolCalendarSchema).max(20).optional(),
    holidays: z.array(LocalDateSchema).max(1000).default([]),
    events: z.array(EventSchema).max(5000).default([]),
  })
  .superRefine((input, context) => {
    if (input.schoolCalendar && input.schoolCalendars) {
      context.addIssue({
        code: 'custom',
        path: ['schoolCalendars'],
        message: 'deadlines.problems.bothCalendars',
      })
    }
    const seen = new Set<string>()
    input.events.forEach((event, index) => {
      if (seen.has(event.id)) {
        context.addIssue({
          code: 'custom',
          path: ['events', index, 'id'],
          message: 'deadlines.problems.duplicateEventId',
        })
      }
      seen.add(event.id)
    })
  })

export type ComputeDeadlinesInput = z.output<typeof ComputeDeadlinesInputSchema>

const MessageText = z.string()

/** One deadline as JSON. The first ten fields are the contract of issue 4; the rest are additions. */
export const DeadlineJsonSchema = z.object({
  rule: z.string(),
  kind: z.enum(DEADLINE_KINDS),
  title: MessageText,
  due: z.string().nullable(),
  trigger: z.string(),
  status: z.enum(DEADLINE_STATUSES),
  metBy: z.string().nullable(),
  citation: z.string(),
  confidence: z.enum(CONFIDENCES),
  explanation: z.array(MessageText),
  summary: MessageText,
  metOn: z.string().nullable(),
  daysLate: z.number().nullable(),
  supersededBy: z.string().nullable(),
  jurisdiction: z.string(),
  count: z.object({ value: z.number(), limit: z.number() }).nullable(),
})

export const ComputeDeadlinesOutputSchema = z.object({ deadlines: z.array(DeadlineJsonSchema) })

export type DeadlineJson = z.output<typeof DeadlineJsonSchema>
export type ComputeDeadlinesOutput = z.output<typeof ComputeDeadlinesOutputSchema>

/**
 * Evaluates a checked input and returns the domain's deadlines (Messages, not words), for pages
 * that render them in the reader's language. Throws DomainError INVALID_INPUT when the calendars
 * are inconsistent. Problems the engine finds (a missing calendar) are returned, not thrown, so a
 * page can still show the other deadlines.
 */
export function evaluateChildDeadlines(
  input: ComputeDeadlinesInput,
  compiled: CompiledLaw = law(),
): DeadlineEvaluation {
  const calendars = input.schoolCalendars ?? (input.schoolCalendar ? [input.schoolCalendar] : [])
  const fieldOf = (index: number) => (input.schoolCalendars ? `schoolCalendars[${index}]` : 'schoolCalendar')
  const calendarProblems = checkSchoolCalendars(calendars.map(schoolCalendar), fieldOf)
  if (calendarProblems.length > 0) throw invalidInput(calendarProblems)
  const events: DeadlineEvent[] = input.events.map((event) =>
    event.details ? { id: event.id, type: event.type, date: event.date, details: event.details } : event,
  )
  return evaluateDeadlines(compiled, {
    jurisdiction: input.jurisdiction,
    today: input.today,
    dateOfBirth: input.child?.dateOfBirth ?? null,
    events,
    calendar: compileSchoolCalendars(calendars.map(schoolCalendar)),
    holidays: compileHolidays(input.holidays),
  })
}

/**
 * The contract: checks the input, evaluates it, and writes every deadline in `lang`.
 * Throws DomainError INVALID_INPUT (HTTP 400, CLI exit 2) with problems naming each field: bad
 * input, or a school-day rule with no school calendar to count on.
 */
export function computeDeadlines(data: unknown, lang: Lang = 'en'): ComputeDeadlinesOutput {
  const parsed = parseInput(ComputeDeadlinesInputSchema, data)
  if (!parsed.ok) throw invalidInput(parsed.problems)
  const evaluation = evaluateChildDeadlines(parsed.value)
  if (evaluation.problems.length > 0) throw invalidInput(evaluation.problems)
  return { deadlines: evaluation.deadlines.map((deadline) => deadlineJson(deadline, lang)) }
}

/** One deadline in words. */
export function deadlineJson(deadline: Deadline, lang: Lang): DeadlineJson {
  return {
    rule: deadline.rule,
    kind: deadline.kind,
    title: renderMessage(lang, deadline.title),
    due: deadline.due,
    trigger: deadline.trigger,
    status: deadline.status,
    metBy: deadline.metBy,
    citation: deadline.citation,
    confidence: deadline.confidence,
    explanation: deadline.explanation.map((step) => renderMessage(lang, step)),
    summary: renderMessage(lang, { key: `deadlines.rules.${deadline.rule}.what` }),
    metOn: deadline.metOn,
    daysLate: deadline.daysLate,
    supersededBy: deadline.supersededBy,
    jurisdiction: deadline.jurisdiction,
    count: deadline.count,
  }
}

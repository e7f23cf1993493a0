import { z } from 'zod'
import { parseLocalDate } from '../../domain/dates/local-date.ts'

/** A calendar date, `YYYY-MM-DD`, that exists (2026-02-30 does not). */
export const LocalDateSchema = z
  .string()
  .refine((value) => parseLocalDate(value) !== undefined, 'errors.input.date')
  .meta({ description: 'A calendar date, YYYY-MM-DD', example: '2026-09-02' })

export const InstantSchema = z
  .string()
  .meta({ description: 'An ISO 8601 instant in UTC', example: '2026-09-02T14:03:00.000Z' })

export const IdSchema = z.string().min(1).max(100)

/** An RFC 9457 problem document, as every API error is answered. */
export const ProblemDocumentSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z
      .string()
      .meta({ description: 'Pathway error code, e.g. NOT_FOUND, INVALID_INPUT, VERSION_CONFLICT' }),
    detail: z.string().optional(),
    instance: z.string().meta({ description: 'The request id, to quote when asking for help' }),
    problems: z
      .array(
        z.object({
          field: z.string().meta({ description: 'The field, as a path: events[2].date' }),
          code: z.string(),
          message: z.string(),
        }),
      )
      .optional(),
  })
  .meta({ id: 'Problem' })

/** The error responses every authenticated route may give. */
export const STANDARD_ERRORS = {
  400: ProblemDocumentSchema,
  401: ProblemDocumentSchema,
  404: ProblemDocumentSchema,
} as const

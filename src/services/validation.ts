import type { z } from 'zod'
import type { Problem } from '../domain/problems.ts'

/**
 * Reads untrusted JSON (an API body, a CLI input file) against a zod schema and turns every issue
 * into a Problem that names the field by its path (`events[2].date`) and says what to do.
 * Messages are catalog keys under `errors.input.*` so they can be shown in English or Spanish.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] }

export function parseInput<S extends z.ZodType>(schema: S, data: unknown): Parsed<z.output<S>> {
  const result = schema.safeParse(data, { reportInput: true })
  if (result.success) return { ok: true, value: result.data }
  return { ok: false, problems: result.error.issues.map(issueToProblem) }
}

/** `['events', 2, 'date']` → `events[2].date`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out === '' ? String(part) : `.${String(part)}`
  }
  return out === '' ? '(input)' : out
}

/** One zod issue as a Problem naming the field (also used for the API's request validation errors). */
export function issueToProblem(issue: z.core.$ZodIssue): Problem {
  const field = fieldPath(issue.path)
  // A schema may carry its own catalog key as the message (z.string().refine(..., 'errors.input.date')).
  if (issue.message.startsWith('errors.') || issue.message.includes('.problems.')) {
    return { field, message: issue.message }
  }
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return { field, message: 'errors.input.required' }
      return { field, message: 'errors.input.wrongType', params: { expected: String(issue.expected) } }
    case 'invalid_value':
      return {
        field,
        message: 'errors.input.oneOf',
        params: { allowed: issue.values.map((v) => String(v)).join(', ') },
      }
    case 'too_small':
      if (issue.origin === 'string') return { field, message: 'errors.input.required' }
      if (issue.origin === 'array')
        return { field, message: 'errors.input.tooFewItems', params: { minimum: Number(issue.minimum) } }
      return { field, message: 'errors.input.tooSmall', params: { minimum: Number(issue.minimum) } }
    case 'too_big':
      if (issue.origin === 'string')
        return { field, message: 'errors.input.tooLong', params: { maximum: Number(issue.maximum) } }
      if (issue.origin === 'array')
        return { field, message: 'errors.input.tooManyItems', params: { maximum: Number(issue.maximum) } }
      return { field, message: 'errors.input.tooBig', params: { maximum: Number(issue.maximum) } }
    case 'invalid_format':
      return { field, message: 'errors.input.format', params: { format: String(issue.format) } }
    case 'unrecognized_keys':
      return { field, message: 'errors.input.unknownKeys', params: { keys: issue.keys.join(', ') } }
    default:
      return { field, message: 'errors.input.invalid' }
  }
}

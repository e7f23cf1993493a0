import { DomainError, type Problem } from '../domain/problems.ts'

/**
 * Reading submitted forms. Form bodies arrive as strings (or arrays of strings when a name repeats);
 * these helpers give every named field as a string, so what the person typed can always be shown
 * back to them, and checking happens in the domain.
 */
export function formText(body: unknown, name: string): string {
  if (typeof body !== 'object' || body === null) return ''
  const value = (body as Record<string, unknown>)[name]
  if (typeof value === 'string') return value
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0]
  return ''
}

/** All values of a repeated field (checkboxes). */
export function formList(body: unknown, name: string): string[] {
  if (typeof body !== 'object' || body === null) return []
  const value = (body as Record<string, unknown>)[name]
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string')
  return []
}

/** A record's version as a form posted it; 0 (never a saved version) when it is not a number. */
export function formVersion(text: string | undefined): number {
  return /^\d{1,9}$/.test(text ?? '') ? Number(text) : 0
}

export function readForm<K extends string>(body: unknown, names: readonly K[]): Record<K, string> {
  const values = {} as Record<K, string>
  for (const name of names) values[name] = formText(body, name)
  return values
}

/**
 * Runs a save and turns INVALID_INPUT into the list of problems, so the page can show the form
 * again with what the person typed. Every other error goes on to the error handler.
 */
export async function attempt<T>(
  save: () => Promise<T>,
): Promise<{ value: T; problems?: undefined } | { value?: undefined; problems: readonly Problem[] }> {
  try {
    return { value: await save() }
  } catch (error) {
    if (error instanceof DomainError && error.code === 'INVALID_INPUT') return { problems: error.problems }
    throw error
  }
}

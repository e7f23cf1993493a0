import type { LocalDate } from './dates/local-date.ts'

/**
 * A sentence the domain wants a person to read, as a catalog key and its values, so the edge can
 * write it in English or Spanish. A value `{ date }` is written out in full in the reader's language.
 */
export interface Message {
  readonly key: string
  readonly params?: Readonly<Record<string, MessageParam>>
}

export type MessageParam = string | number | { readonly date: LocalDate } | { readonly key: string }

export function message(key: string, params?: Record<string, MessageParam>): Message {
  return params ? { key, params } : { key }
}

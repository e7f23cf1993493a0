import type { Actor } from '../../domain/access/actor.ts'
import type { LocalDate } from '../../domain/dates/local-date.ts'
import type { EventType } from '../../domain/events/event-types.ts'
import { foldText, highlightSnippet, queryTerms, type SnippetPart } from '../../domain/search/search-text.ts'
import { listEventsOfChild } from '../../storage/events-store.ts'
import { type SearchSourceKind, searchStoreFor } from '../../storage/search-store.ts'
import { getChildForActor } from '../access/child-access.ts'
import type { Deps } from '../deps.ts'

export const SEARCH_LIMIT = 20
export const MAX_QUERY_LENGTH = 200

export type SearchResult =
  | {
      readonly kind: SearchSourceKind
      readonly id: string
      readonly title: string
      readonly titleParts: readonly SnippetPart[]
      readonly snippet: readonly SnippetPart[]
    }
  | {
      readonly kind: 'event'
      readonly id: string
      readonly eventType: EventType
      readonly date: LocalDate
      readonly snippet: readonly SnippetPart[]
    }
  | { readonly kind: 'child-notes'; readonly id: string; readonly snippet: readonly SnippetPart[] }

function matchesAll(text: string, terms: readonly string[]): boolean {
  const words = foldText(text).split(' ')
  return terms.every((term) => words.some((word) => word.startsWith(term)))
}

/**
 * Finds words across a child's documents (including the text inside the files), communications,
 * letters, the notes on timeline events and the child's own notes. Every word of the query must
 * start a word in the result; accents and case do not matter. Results carry highlighted snippets.
 */
export async function searchChild(
  deps: Deps,
  actor: Actor,
  childId: string,
  query: string,
): Promise<{ terms: string[]; results: SearchResult[] }> {
  const child = await getChildForActor(deps.db, actor, childId, 'read')
  const terms = queryTerms(query.slice(0, MAX_QUERY_LENGTH))
  if (terms.length === 0) return { terms, results: [] }
  const hits = await searchStoreFor(deps.dialect).search(deps.db, childId, terms, SEARCH_LIMIT)
  const results: SearchResult[] = hits.map((hit) => ({
    kind: hit.sourceKind,
    id: hit.sourceId,
    title: hit.title,
    titleParts: highlightSnippet(hit.title, terms, 300),
    snippet: highlightSnippet(hit.body, terms),
  }))
  // Event notes and the child's notes are short and few: matched here rather than indexed.
  for (const event of await listEventsOfChild(deps.db, childId)) {
    if (event.note && matchesAll(event.note, terms))
      results.push({
        kind: 'event',
        id: event.id,
        eventType: event.type,
        date: event.date,
        snippet: highlightSnippet(event.note, terms),
      })
  }
  if (child.notes && matchesAll(child.notes, terms))
    results.push({ kind: 'child-notes', id: child.id, snippet: highlightSnippet(child.notes, terms) })
  return { terms, results }
}

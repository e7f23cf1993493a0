import type { Translation } from '../catalog-types.ts'
import type { eventTypes as english } from '../en/event-types.ts'

/** Spanish text for eventTypes: neutral Latin American Spanish, formal "usted" (see CONTENT.md). */
export const eventTypes: Translation<typeof english> = {}

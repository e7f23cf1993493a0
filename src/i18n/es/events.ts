import type { Translation } from '../catalog-types.ts'
import type { events as english } from '../en/events.ts'

/** Spanish text for events: neutral Latin American Spanish, formal "usted" (see CONTENT.md). */
export const events: Translation<typeof english> = {}

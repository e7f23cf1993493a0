import type { Translation } from '../catalog-types.ts'
import type { meetings as english } from '../en/meetings.ts'

/** Spanish text for meetings: neutral Latin American Spanish, formal "usted" (see CONTENT.md). */
export const meetings: Translation<typeof english> = {}

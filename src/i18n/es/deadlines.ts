import type { Translation } from '../catalog-types.ts'
import type { deadlines as english } from '../en/deadlines.ts'

/** Spanish text for deadlines: neutral Latin American Spanish, formal "usted" (see CONTENT.md). */
export const deadlines: Translation<typeof english> = {}

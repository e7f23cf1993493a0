import type { Translation } from '../catalog-types.ts'
import type { letters as english } from '../en/letters.ts'

/** Spanish text for letters: neutral Latin American Spanish, formal "usted" (see CONTENT.md). */
export const letters: Translation<typeof english> = {}

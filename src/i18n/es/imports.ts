import type { Translation } from '../catalog-types.ts'
import type { imports as english } from '../en/imports.ts'

/** Spanish text for imports: neutral Latin American Spanish, formal "usted" (see CONTENT.md). */
export const imports: Translation<typeof english> = {}

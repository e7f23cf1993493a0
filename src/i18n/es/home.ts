import type { Translation } from '../catalog-types.ts'
import type { home as english } from '../en/home.ts'

/** Spanish text for home: neutral Latin American Spanish, formal "usted" (see CONTENT.md). */
export const home: Translation<typeof english> = {}

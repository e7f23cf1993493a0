import type { Translation } from '../catalog-types.ts'
import type { glossary as english } from '../en/glossary.ts'

/** Spanish text for glossary: neutral Latin American Spanish, formal "usted" (see CONTENT.md). */
export const glossary: Translation<typeof english> = {}

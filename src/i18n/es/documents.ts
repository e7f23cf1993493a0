import type { Translation } from '../catalog-types.ts'
import type { documents as english } from '../en/documents.ts'

/** Spanish text for documents: neutral Latin American Spanish, formal "usted" (see CONTENT.md). */
export const documents: Translation<typeof english> = {}

import type { Translation } from '../catalog-types.ts'
import type { guides as english } from '../en/guides.ts'

/** Spanish text for guides: neutral Latin American Spanish, formal "usted" (see CONTENT.md). */
export const guides: Translation<typeof english> = {}

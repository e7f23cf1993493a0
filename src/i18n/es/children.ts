import type { Translation } from '../catalog-types.ts'
import type { children as english } from '../en/children.ts'

/** Spanish text for children: neutral Latin American Spanish, formal "usted" (see CONTENT.md). */
export const children: Translation<typeof english> = {}

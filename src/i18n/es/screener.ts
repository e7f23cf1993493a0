import type { Translation } from '../catalog-types.ts'
import type { screener as english } from '../en/screener.ts'

/** Spanish text for screener: neutral Latin American Spanish, formal "usted" (see CONTENT.md). */
export const screener: Translation<typeof english> = {}

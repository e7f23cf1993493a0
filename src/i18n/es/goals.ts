import type { Translation } from '../catalog-types.ts'
import type { goals as english } from '../en/goals.ts'

/** Spanish text for goals: neutral Latin American Spanish, formal "usted" (see CONTENT.md). */
export const goals: Translation<typeof english> = {}

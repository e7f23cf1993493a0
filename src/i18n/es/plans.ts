import type { Translation } from '../catalog-types.ts'
import type { plans as english } from '../en/plans.ts'

/** Spanish text for plans: neutral Latin American Spanish, formal "usted" (see CONTENT.md). */
export const plans: Translation<typeof english> = {}

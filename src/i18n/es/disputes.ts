import type { Translation } from '../catalog-types.ts'
import type { disputes as english } from '../en/disputes.ts'

/** Spanish text for disputes: neutral Latin American Spanish, formal "usted" (see CONTENT.md). */
export const disputes: Translation<typeof english> = {}

import type { Translation } from '../catalog-types.ts'
import type { sharing as english } from '../en/sharing.ts'

/** Spanish text for sharing: neutral Latin American Spanish, formal "usted" (see CONTENT.md). */
export const sharing: Translation<typeof english> = {}

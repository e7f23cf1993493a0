import type { Translation } from '../catalog-types.ts'
import type { common as english } from '../en/common.ts'

/** Spanish text for common: neutral Latin American Spanish, formal "usted" (see CONTENT.md). */
export const common: Translation<typeof english> = {}

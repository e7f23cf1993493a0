import type { Translation } from '../catalog-types.ts'
import type { progress as english } from '../en/progress.ts'

/** Spanish text for progress: neutral Latin American Spanish, formal "usted" (see CONTENT.md). */
export const progress: Translation<typeof english> = {}

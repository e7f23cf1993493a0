import type { Translation } from '../catalog-types.ts'
import type { errors as english } from '../en/errors.ts'

/** Spanish text for errors: neutral Latin American Spanish, formal "usted" (see CONTENT.md). */
export const errors: Translation<typeof english> = {}

import type { Translation } from '../catalog-types.ts'
import type { advocates as english } from '../en/advocates.ts'

/** Spanish text for advocates: neutral Latin American Spanish, formal "usted" (see CONTENT.md). */
export const advocates: Translation<typeof english> = {}

import type { Translation } from '../catalog-types.ts'
import type { accounts as english } from '../en/accounts.ts'

/** Spanish text for accounts: neutral Latin American Spanish, formal "usted" (see CONTENT.md). */
export const accounts: Translation<typeof english> = {}

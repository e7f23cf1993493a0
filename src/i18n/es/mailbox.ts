import type { Translation } from '../catalog-types.ts'
import type { mailbox as english } from '../en/mailbox.ts'

/** Spanish text for mailbox: neutral Latin American Spanish, formal "usted" (see CONTENT.md). */
export const mailbox: Translation<typeof english> = {}

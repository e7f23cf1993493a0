import type { Translation } from '../catalog-types.ts'
import type { booking as english } from '../en/booking.ts'

/** Spanish text for booking: neutral Latin American Spanish, formal "usted" (see CONTENT.md). */
export const booking: Translation<typeof english> = {}

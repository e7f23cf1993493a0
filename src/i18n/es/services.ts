import type { Translation } from '../catalog-types.ts'
import type { services as english } from '../en/services.ts'

/** Spanish text for services: neutral Latin American Spanish, formal "usted" (see CONTENT.md). */
export const services: Translation<typeof english> = {}

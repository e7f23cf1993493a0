/** English text for services. Keep keys in step with ../es/services.ts. */
export const services = {} as const

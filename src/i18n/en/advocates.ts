/** English text for advocates. Keep keys in step with ../es/advocates.ts. */
export const advocates = {} as const

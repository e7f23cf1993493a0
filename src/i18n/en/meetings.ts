/** English text for meetings. Keep keys in step with ../es/meetings.ts. */
export const meetings = {} as const

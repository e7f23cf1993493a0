/** English text for mailbox. Keep keys in step with ../es/mailbox.ts. */
export const mailbox = {} as const

/** English text for documents. Keep keys in step with ../es/documents.ts. */
export const documents = {} as const

/** English text for glossary. Keep keys in step with ../es/glossary.ts. */
export const glossary = {} as const

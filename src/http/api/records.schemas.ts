import { z } from 'zod'
import { CHANNELS, DIRECTIONS } from '../../domain/communications/communication.ts'
import { DOCUMENT_KINDS, TEXT_STATUSES } from '../../domain/documents/document.ts'
import { ACCEPTED_FILE_TYPES } from '../../domain/documents/file-type.ts'
import { EVENT_TYPES } from '../../domain/events/event-types.ts'
import { LETTER_LANGUAGES, SENT_VIA } from '../../domain/letters/letter.ts'
import { LETTER_FACT_NAMES, LETTER_TEMPLATE_IDS } from '../../domain/letters/templates.ts'
import { IdSchema, InstantSchema, LocalDateSchema } from './common.schemas.ts'

export const DocumentParamsSchema = z.object({ childId: IdSchema, documentId: IdSchema })
export const CommunicationParamsSchema = z.object({ childId: IdSchema, communicationId: IdSchema })
export const LetterParamsSchema = z.object({ childId: IdSchema, letterId: IdSchema })

export const DocumentSchema = z
  .object({
    id: z.string(),
    childId: z.string(),
    title: z.string(),
    kind: z.enum(DOCUMENT_KINDS),
    date: LocalDateSchema,
    notes: z.string().nullable(),
    tags: z.array(z.string()),
    fileName: z.string(),
    mediaType: z.enum(ACCEPTED_FILE_TYPES.map((type) => type.mediaType) as [string, ...string[]]).meta({
      description:
        'The type Pathway detected from the file’s content (never the name or the type the client sent)',
    }),
    sizeBytes: z.number().int(),
    textStatus: z.enum(TEXT_STATUSES).meta({
      description:
        'done: words were read for search; none: the file has no words; unavailable: no reader for this type here; failed: the file could not be read',
    }),
    eventIds: z
      .array(z.string())
      .meta({ description: 'Events on the child’s timeline this document is linked to' }),
    planIds: z
      .array(z.string())
      .meta({ description: 'The child’s plans (IEP or 504) this document belongs to' }),
    meetingIds: z.array(z.string()).meta({ description: 'The child’s meetings this document belongs to' }),
    version: z.number().int(),
    createdAt: InstantSchema,
    updatedAt: InstantSchema,
  })
  .meta({ id: 'Document' })

/** Documents the multipart upload (its body is streamed by the handler, not parsed by this schema). */
export const DocumentUploadSchema = z
  .object({
    title: z.string().max(200),
    kind: z.enum(DOCUMENT_KINDS),
    date: z.string().max(20).meta({ description: 'The date on the document, YYYY-MM-DD' }),
    notes: z.string().max(5000).optional(),
    tags: z.string().max(1000).optional().meta({ description: 'Comma-separated tags' }),
    file: z.string().meta({
      format: 'binary',
      description:
        'PDF, Word (.docx), JPEG, PNG, HEIC or UTF-8 plain text, detected by content. Send it as the last part. Larger than the limit (UPLOAD_MAX_MB, 25 MB by default) answers 413.',
    }),
  })
  .meta({ id: 'DocumentUpload' })

export const DocumentUpdateSchema = z
  .object({
    version: z.number().int().min(1),
    title: z.string().max(500),
    kind: z.string().max(50),
    date: z.string().max(20),
    notes: z.string().max(10_000).nullish(),
    tags: z.array(z.string().max(100)).max(50).optional(),
    eventIds: z.array(IdSchema).max(200).optional(),
    planIds: z.array(IdSchema).max(200).optional(),
    meetingIds: z.array(IdSchema).max(200).optional(),
  })
  .meta({ id: 'DocumentUpdate' })

export const CommunicationSchema = z
  .object({
    id: z.string(),
    childId: z.string(),
    occurredOn: LocalDateSchema,
    channel: z.enum(CHANNELS),
    direction: z.enum(DIRECTIONS),
    people: z.string().nullable(),
    subject: z.string(),
    summary: z.string().nullable(),
    emailText: z.string().nullable(),
    followUpOn: LocalDateSchema.nullable(),
    followUpNote: z.string().nullable(),
    followUpDone: z.boolean(),
    letterId: z.string().nullable(),
    documentIds: z.array(z.string()),
    version: z.number().int(),
    createdAt: InstantSchema,
    updatedAt: InstantSchema,
  })
  .meta({ id: 'Communication' })

export const CommunicationDetailsSchema = z
  .object({
    occurredOn: z.string().max(20),
    channel: z.string().max(20),
    direction: z.string().max(20),
    people: z.string().max(1000).nullish(),
    subject: z.string().max(1000),
    summary: z.string().max(20_000).nullish(),
    emailText: z.string().max(200_000).nullish(),
    followUpOn: z.string().max(20).nullish(),
    followUpNote: z.string().max(1000).nullish(),
    documentIds: z.array(IdSchema).max(200).optional(),
  })
  .meta({ id: 'CommunicationDetails' })

export const CommunicationUpdateSchema = CommunicationDetailsSchema.extend({
  version: z.number().int().min(1),
}).meta({ id: 'CommunicationUpdate' })

export const PastedEmailSchema = z
  .object({ email: z.string().min(1).max(200_000) })
  .meta({ id: 'PastedEmail' })

export const FollowUpSchema = z
  .object({
    communicationId: z.string(),
    dueOn: LocalDateSchema,
    subject: z.string(),
    note: z.string().nullable(),
    done: z.boolean(),
  })
  .meta({ id: 'FollowUp' })

export const LetterTemplateSchema = z
  .object({
    id: z.enum(LETTER_TEMPLATE_IDS),
    title: z.string(),
    description: z.string(),
    laws: z.array(z.string()),
    citations: z.array(z.string()),
    complaint: z.boolean(),
    fields: z.array(
      z.object({
        name: z.enum(LETTER_FACT_NAMES),
        kind: z.enum(['date', 'line', 'text']),
        required: z.boolean(),
        label: z.string(),
      }),
    ),
    events: z.array(z.enum(EVENT_TYPES as [string, ...string[]])).meta({
      description: 'The events that marking the letter sent records (they start legal clocks)',
    }),
  })
  .meta({ id: 'LetterTemplate' })

export const LetterSchema = z
  .object({
    id: z.string(),
    childId: z.string(),
    template: z.enum(LETTER_TEMPLATE_IDS),
    language: z.enum(LETTER_LANGUAGES),
    facts: z.record(z.string(), z.string()),
    subject: z.string(),
    body: z.string(),
    writtenOn: LocalDateSchema,
    sentOn: LocalDateSchema.nullable(),
    sentVia: z.enum(SENT_VIA).nullable(),
    receivedOn: LocalDateSchema.nullable(),
    eventIds: z.array(z.string()),
    version: z.number().int(),
    createdAt: InstantSchema,
    updatedAt: InstantSchema,
  })
  .meta({ id: 'Letter' })

export const LetterStartSchema = z
  .object({
    template: z.string().max(100).meta({ description: 'A template id (GET /api/v1/letter-templates)' }),
    language: z.string().max(5).meta({ description: 'en or es' }),
    facts: z
      .record(z.string(), z.string().max(20_000))
      .meta({ description: 'The template’s fields by name' }),
  })
  .meta({ id: 'LetterStart' })

export const LetterWordsSchema = z
  .object({ version: z.number().int().min(1), subject: z.string().max(1000), body: z.string().max(100_000) })
  .meta({ id: 'LetterWords' })

export const LetterSendingSchema = z
  .object({
    sentOn: z.string().max(20),
    sentVia: z.string().max(20).meta({ description: 'email, hand or mail' }),
    receivedOn: z
      .string()
      .max(20)
      .nullish()
      .meta({ description: 'For mail: when the school got it, if known' }),
    followUpOn: z.string().max(20).nullish(),
  })
  .meta({ id: 'LetterSending' })

export const EventRefSchema = z.object({
  id: z.string(),
  type: z.enum(EVENT_TYPES as [string, ...string[]]),
  date: LocalDateSchema,
})

export const SentLetterSchema = z
  .object({ letter: LetterSchema, events: z.array(EventRefSchema), communication: CommunicationSchema })
  .meta({ id: 'SentLetter' })

const SnippetSchema = z.array(z.object({ text: z.string(), match: z.boolean() }))

export const SearchResultSchema = z
  .object({
    kind: z.enum(['document', 'communication', 'letter', 'event', 'child-notes']),
    id: z.string(),
    title: z
      .string()
      .meta({ description: 'The record’s title (for an event, its type; for notes, the child’s name)' }),
    snippet: SnippetSchema.meta({
      description: 'Text around the match; parts with match=true are the words found',
    }),
  })
  .meta({ id: 'SearchResult' })

export const SearchQuerySchema = z.object({ q: z.string().max(200) })

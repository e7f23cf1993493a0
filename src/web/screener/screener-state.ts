import { deflateRawSync, inflateRawSync } from 'node:zlib'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import { EMPTY_DRAFT, type ScreenerDraft } from '../../domain/screener/flow.ts'
import { CONDITION_QUESTION_IDS, MOST_CONDITIONS, TOP_QUESTION_IDS } from '../../domain/screener/questions.ts'
import { paths } from '../../paths.ts'

/**
 * Where the public screener keeps a family's answers between pages: a signed cookie holding the
 * draft (the form's own strings), so the back button and a refresh never lose an answer and no
 * account or database row is needed. The cookie lives only until the browser closes (answers about
 * a child's health should not outlive the visit on a shared computer) and is sent only to
 * /screener pages. The value is the draft as JSON, deflated and base64url-encoded: the longest
 * possible draft (10 conditions with 80-character names in a 3-byte script) still fits one cookie
 * (screener-state.test.ts). A cookie whose signature or content does not check out is treated as
 * no answers at all, and the pages say so.
 */

export const SCREENER_COOKIE = 'pathway_screener'

/** Browsers keep at least 4096 bytes per cookie, name and attributes included. */
const MOST_COOKIE_CHARS = 3900

const RawAnswerSchema = z.union([z.string().max(400), z.array(z.string().max(100)).max(60)])

const DraftSchema = z.strictObject({
  answers: z.partialRecord(z.enum(TOP_QUESTION_IDS), RawAnswerSchema),
  conditions: z
    .array(z.partialRecord(z.enum(CONDITION_QUESTION_IDS), z.string().max(400)))
    .max(MOST_CONDITIONS),
})

export type DraftState =
  | { readonly status: 'none'; readonly draft: ScreenerDraft }
  | { readonly status: 'ok'; readonly draft: ScreenerDraft }
  /** A cookie was there but its signature or content did not check out. */
  | { readonly status: 'unreadable'; readonly draft: ScreenerDraft }

/** The draft as a cookie value (before signing). */
export function encodeDraft(draft: ScreenerDraft): string {
  return deflateRawSync(Buffer.from(JSON.stringify(draft), 'utf8')).toString('base64url')
}

/** A cookie value back into a draft; undefined when it is not one this app wrote. */
export function decodeDraft(value: string): ScreenerDraft | undefined {
  try {
    const json = inflateRawSync(Buffer.from(value, 'base64url'), { maxOutputLength: 64 * 1024 }).toString(
      'utf8',
    )
    const parsed = DraftSchema.safeParse(JSON.parse(json))
    return parsed.success ? (parsed.data as ScreenerDraft) : undefined
  } catch {
    return undefined
  }
}

/** Reads the family's answers from the request's cookie. */
export function readDraftState(request: FastifyRequest): DraftState {
  const raw = request.cookies[SCREENER_COOKIE]
  if (raw === undefined || raw === '') return { status: 'none', draft: EMPTY_DRAFT }
  const unsigned = request.unsignCookie(raw)
  const draft = unsigned.valid && unsigned.value ? decodeDraft(unsigned.value) : undefined
  return draft ? { status: 'ok', draft } : { status: 'unreadable', draft: EMPTY_DRAFT }
}

/** Keeps the answers for the next page. */
export function saveDraft(reply: FastifyReply, draft: ScreenerDraft, secure: boolean): void {
  const value = encodeDraft(draft)
  // The flow caps every answer, so this is a bug, not something a family can cause.
  if (value.length > MOST_COOKIE_CHARS) throw new Error('The screener answers no longer fit in a cookie')
  reply.setCookie(SCREENER_COOKIE, value, {
    signed: true,
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: paths.screener(),
  })
}

/** Forgets the answers ("start again", or a cookie that could not be read). */
export function clearDraft(reply: FastifyReply): void {
  reply.clearCookie(SCREENER_COOKIE, { path: paths.screener() })
}

import type { FastifyRequest } from 'fastify'
import { uploadParts } from './documents/upload-parts.ts'

/** A small text file sent with a form (a CSV), read whole; `truncated` when it passed the limit. */
export interface UploadedText {
  readonly fileName: string
  readonly text: string
  readonly truncated: boolean
}

/**
 * The fields of a multipart form and its one text file, read into memory (only for small files,
 * such as a CSV of scores). A form sent without choosing a file gives no file. The text is read as
 * UTF-8 without a byte-order mark, as spreadsheets save it.
 */
export async function readUploadedForm(
  request: FastifyRequest,
  maxBytes: number,
): Promise<{ fields: Record<string, string>; file: UploadedText | undefined }> {
  const fields: Record<string, string> = {}
  let file: UploadedText | undefined
  for await (const part of uploadParts(request, maxBytes)) {
    if (part.kind === 'field') {
      fields[part.name] = part.value
      continue
    }
    const chunks: Uint8Array[] = []
    for await (const chunk of part.content) chunks.push(chunk)
    if (file || part.fileName === '') continue
    file = {
      fileName: part.fileName,
      text: Buffer.concat(chunks)
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
      truncated: part.truncated(),
    }
  }
  return { fields, file }
}

import type {} from '@fastify/multipart'
import type { FastifyRequest } from 'fastify'
import type { UploadPart } from '../../services/documents/documents.ts'

/**
 * The parts of a multipart upload as the documents service reads them, streamed (nothing is
 * buffered here). The size limit stops the file part at `uploadMaxBytes` and marks it truncated;
 * the service turns that into a clear message.
 */
export async function* uploadParts(request: FastifyRequest, maxBytes: number): AsyncGenerator<UploadPart> {
  // throwFileSizeLimit is read by @fastify/multipart but missing from its option types.
  const options = {
    limits: { fileSize: maxBytes, files: 1, fields: 20, fieldSize: 100_000, parts: 30 },
    throwFileSizeLimit: false,
  }
  const parts = request.parts(options as Parameters<FastifyRequest['parts']>[0])
  for await (const part of parts) {
    if (part.type === 'field') {
      yield {
        kind: 'field',
        name: part.fieldname,
        value: typeof part.value === 'string' ? part.value : String(part.value),
      }
      continue
    }
    yield {
      kind: 'file',
      name: part.fieldname,
      fileName: part.filename ?? '',
      content: part.file,
      truncated: () => part.file.truncated,
    }
  }
}

import { Readable } from 'node:stream'
import { inflateRawSync } from 'node:zlib'
import { SNIFF_BYTES, sniffFileType } from '../../domain/documents/file-type.ts'
import type { ImportProposal } from '../../domain/imports/proposal.ts'
import { recognizeDocument } from '../../domain/imports/recognize.ts'
import { readImportSource } from './read-source.ts'

function inflate(data: Uint8Array): Uint8Array | undefined {
  try {
    return inflateRawSync(data, { maxOutputLength: 1024 * 1024 })
  } catch {
    return undefined
  }
}

/**
 * The proposal for a file on disk, for `pathway import --file`: the same reading the pages use,
 * without a record or a household's hints. Undefined for a type Pathway does not accept.
 */
export async function proposalForFile(
  bytes: Uint8Array,
): Promise<{ status: string; proposal?: ImportProposal } | undefined> {
  const type = sniffFileType(bytes.subarray(0, SNIFF_BYTES), inflate)
  if (!type) return undefined
  const read = await readImportSource(type, async () => Readable.from([Buffer.from(bytes)]))
  if (read.status !== 'done') return { status: read.status }
  return { status: 'ready', proposal: recognizeDocument(read.source) }
}

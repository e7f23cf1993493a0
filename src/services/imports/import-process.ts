import { Readable } from 'node:stream'
import type { FileTypeId } from '../../domain/documents/file-type.ts'
import type { LayoutHint } from '../../domain/imports/proposal.ts'
import { recognizeDocument } from '../../domain/imports/recognize.ts'
import { readImportSource } from './read-source.ts'

// A child process (see read-document.ts): reads a document on standard input, the file type and
// the household's layout hints as arguments, and writes the proposal as JSON on standard output.
// Parsing a long PDF's form and words here never holds up the web server's event loop.
const [type, hintsJson] = process.argv.slice(2)
const chunks: Buffer[] = []
for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
const bytes = Buffer.concat(chunks)
try {
  const hints = JSON.parse(hintsJson ?? '[]') as LayoutHint[]
  const read = await readImportSource(type as FileTypeId, async () => Readable.from([bytes]))
  const answer =
    read.status === 'done'
      ? { status: 'ready', proposal: recognizeDocument(read.source, hints) }
      : { status: read.status }
  process.stdout.write(JSON.stringify(answer))
} catch (error) {
  process.stderr.write(error instanceof Error ? error.message : String(error))
  process.exitCode = 2
}

import { Readable } from 'node:stream'
import type { FileTypeId } from '../../domain/documents/file-type.ts'
import type { LayoutHint, ReadingProgress } from '../../domain/imports/proposal.ts'
import { recognizeDocument } from '../../domain/imports/recognize.ts'
import { readImportSource } from './read-source.ts'

// A child process (see read-document.ts): reads a document on standard input, the file type and
// the household's layout hints as arguments, and writes the proposal as JSON on standard output.
// Parsing a long PDF's form and words here never holds up the web server's event loop. As it goes,
// it reports its progress on standard error, one JSON line each: { "progress": { stage, done, total } }.
const [type, hintsJson] = process.argv.slice(2)
const chunks: Buffer[] = []
for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
const bytes = Buffer.concat(chunks)
try {
  const hints = JSON.parse(hintsJson ?? '[]') as LayoutHint[]
  let latest: ReadingProgress | undefined
  const report = (progress: ReadingProgress) => {
    latest = progress
    process.stderr.write(`${JSON.stringify({ progress })}\n`)
  }
  const read = await readImportSource(type as FileTypeId, async () => Readable.from([bytes]), {
    onProgress: report,
  })
  // Every page is read: what is left is finding the fields in their words.
  if (read.status === 'done') {
    const total = latest?.total ?? read.source.pages.length
    report({ stage: 'fields', done: total, total })
  }
  const answer =
    read.status === 'done'
      ? { status: 'ready', proposal: recognizeDocument(read.source, hints) }
      : { status: read.status }
  process.stdout.write(JSON.stringify(answer))
} catch (error) {
  process.stderr.write(error instanceof Error ? error.message : String(error))
  process.exitCode = 2
}

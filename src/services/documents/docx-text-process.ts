import { docxText } from './docx-text.ts'

// A child process (see text-extraction.ts): reads a .docx on standard input and writes its text on
// standard output, so unpacking a large file never holds up the web server's event loop.
const chunks: Buffer[] = []
for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
try {
  process.stdout.write(docxText(Buffer.concat(chunks)))
} catch (error) {
  process.stderr.write(error instanceof Error ? error.message : String(error))
  process.exitCode = 2
}

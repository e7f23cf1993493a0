import fs from 'node:fs/promises'
import path from 'node:path'
import { proposalForFile } from '../../services/imports/read-file.ts'
import { type CliCommand, EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK, option, printJson } from '../command.ts'

const USAGE = `pathway import --file doc.pdf

Reads a school document (PDF, fillable PDF, Word, text, or a photo by OCR) and prints what Pathway
proposes: { "kind", "kindConfidence", "fields": [ { "path", "value", "confidence", "source": { "page", "line", "text" }, "origin" } ] }.
Nothing is saved.`

/** `pathway import --file X`: the import reader's proposals as JSON, to check the reading. */
export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Read a school document and print the proposed fields as JSON (nothing is saved).',
  usage: USAGE,
  async run(args, io) {
    const file = option(args, 'file')
    if (!file) {
      io.stderr(`Give the document with --file FILE.\n\nUsage: ${USAGE}`)
      return EXIT_BAD_INPUT
    }
    let bytes: Buffer
    try {
      bytes = await fs.readFile(path.resolve(io.cwd, file))
    } catch {
      io.stderr(`Could not read the file "${file}".`)
      return EXIT_BAD_INPUT
    }
    const read = await proposalForFile(bytes)
    if (!read) {
      io.stderr('Pathway reads PDF, Word (.docx), text, PNG and JPEG files. This file is none of them.')
      return EXIT_BAD_INPUT
    }
    if (!read.proposal) {
      io.stderr(
        read.status === 'unavailable'
          ? 'This file could not be read here: its reader (pdftotext or tesseract OCR) is not installed.'
          : 'No words could be read from this file.',
      )
      return EXIT_FAILURE
    }
    const { kind, kindConfidence, fields } = read.proposal
    printJson(io, { kind, kindConfidence, fields })
    return EXIT_OK
  },
}

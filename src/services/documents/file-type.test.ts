import { randomBytes } from 'node:crypto'
import { inflateRawSync } from 'node:zlib'
import { describe, expect, test } from 'vitest'
import {
  HEIC_START,
  JPEG_START,
  makeDocx,
  makeSpreadsheetZip,
  makeZip,
  TINY_PNG,
} from '../../../test/support/files.ts'
import { SNIFF_BYTES, sniffFileType, TextChecker } from '../../domain/documents/file-type.ts'

const inflate = (data: Uint8Array) => {
  try {
    return inflateRawSync(data)
  } catch {
    return undefined
  }
}

describe('file types are decided by content', () => {
  test.each([
    ['PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'pdf'],
    ['PDF after a little junk', Buffer.concat([Buffer.alloc(20, 0x20), Buffer.from('%PDF-1.4')]), 'pdf'],
    ['PNG', TINY_PNG, 'png'],
    ['JPEG', JPEG_START, 'jpeg'],
    ['HEIC', HEIC_START, 'heic'],
    ['Word', makeDocx(['Hello']), 'docx'],
    ['UTF-8 text', Buffer.from('Hola, señora. “Quotes” and emoji 🌟\r\n\tTabbed'), 'text'],
    ['text with a byte-order mark', Buffer.from('\ufeffHello'), 'text'],
  ])('%s is accepted', (_, bytes, expected) => {
    expect(sniffFileType(bytes, inflate)).toBe(expected)
  })

  test.each([
    ['an empty file', Buffer.alloc(0)],
    ['a Windows program', Buffer.from('MZ\x90\x00\x03\x00\x00\x00')],
    ['a spreadsheet', makeSpreadsheetZip()],
    [
      'a macro-enabled Word file',
      makeZip([
        { name: '[Content_Types].xml', content: 'application/vnd.ms-word.document.macroEnabled.main+xml' },
        { name: 'word/document.xml', content: '<w:document/>' },
      ]),
    ],
    ['a plain zip archive', makeZip([{ name: 'notes.txt', content: 'hi' }])],
    ['a GIF', Buffer.from('GIF89a\x01\x00\x01\x00')],
    [
      'an AVIF image',
      Buffer.concat([Buffer.from([0, 0, 0, 0x1c]), Buffer.from('ftypavif\0\0\0\0mif1avifmiaf')]),
    ],
    ['text with a NUL byte', Buffer.from('abc\u0000def')],
    ['Latin-1 text (not UTF-8)', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x21])],
  ])('%s is refused', (_, bytes) => {
    expect(sniffFileType(bytes, inflate)).toBeUndefined()
  })

  test('a Word file whose table of types lies beyond the first bytes is recognised by its word/ part', () => {
    const zip = makeZip([
      { name: 'word/document.xml', content: randomBytes(SNIFF_BYTES + 1000) },
      { name: '[Content_Types].xml', content: 'wordprocessingml' },
    ])
    expect(sniffFileType(zip.subarray(0, SNIFF_BYTES), inflate)).toBe('docx')
  })

  test('text is checked to its end, across chunk boundaries', () => {
    const bytes = Buffer.from('Año escolar — ñandú')
    const checker = new TextChecker()
    for (let i = 0; i < bytes.length; i += 1) expect(checker.push(bytes.subarray(i, i + 1))).toBe(true)
    expect(checker.end()).toBe(true)
    const cut = new TextChecker()
    cut.push(Buffer.from([0x41, 0xc3]))
    expect(cut.end()).toBe(false)
    const binaryLater = new TextChecker()
    expect(binaryLater.push(Buffer.from('plain start'))).toBe(true)
    expect(binaryLater.push(Buffer.from([0x00]))).toBe(false)
  })
})

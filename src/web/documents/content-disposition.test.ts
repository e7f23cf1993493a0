import { describe, expect, test } from 'vitest'
import { safeFileName } from '../../domain/documents/document.ts'
import { contentDisposition } from './content-disposition.ts'

/** The filename* value decoded, as a browser reads it (RFC 8187). */
function encodedName(header: string): string {
  const match = /filename\*=UTF-8''(\S+)$/.exec(header)
  return decodeURIComponent(match?.[1] ?? '')
}

describe('the download header', () => {
  test.each([
    ['a plain name', 'report.pdf', 'report.pdf'],
    ['accents and a space', 'Evaluación de habla.pdf', 'Evaluacion de habla.pdf'],
    ['quotes, a backslash and a percent sign', 'a "b" c\\d 50%.pdf', 'a _b_ c_d 50_.pdf'],
    ['a line break that would start a new header', 'x\r\nSet-Cookie: a=b.pdf', 'x__Set-Cookie: a=b.pdf'],
    ['letters outside Latin', '报告.pdf', '__.pdf'],
  ])('%s: always a download, a quoted ASCII name and the exact name in UTF-8', (_, name, ascii) => {
    const header = contentDisposition(name)
    expect(header.startsWith('attachment; ')).toBe(true)
    expect(header).toContain(`filename="${ascii}"`)
    expect(header).not.toMatch(/[\r\n]/)
    expect(encodedName(header)).toBe(name)
    // Nothing in the value can end the quoted name early.
    expect(/filename="([^"]*)"/.exec(header)?.[1]).toBe(ascii)
  })

  test.each([
    ['a path is cut to its last part', '../../etc/passwd.pdf', 'pdf', 'passwd.pdf'],
    ['a Windows path too', 'C:\\Users\\ana\\IEP.docx', 'docx', 'IEP.docx'],
    ['control characters and reserved signs become spaces', 'IEP\u0000:*?.pdf', 'pdf', 'IEP.pdf'],
    ['the extension is the one found in the content', 'photo.pdf', 'png', 'photo.png'],
    ['a name of dots falls back to the title', '...', 'txt', 'Speech evaluation.txt'],
  ])('the stored name is safe: %s', (_, original, extension, expected) => {
    expect(safeFileName(original, extension, 'Speech evaluation')).toBe(expected)
  })
})

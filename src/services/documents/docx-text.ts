import { inflateRawSync } from 'node:zlib'

/** The most text a Word file may unpack to; a "zip bomb" stops here. */
const MAX_XML_BYTES = 64 * 1024 * 1024

interface CentralEntry {
  readonly name: string
  readonly method: number
  readonly compressedSize: number
  readonly localHeaderOffset: number
}

/** The ZIP's table of contents (central directory), read from its end. */
function centralDirectory(zip: Buffer): CentralEntry[] {
  const minEnd = Math.max(0, zip.length - 22 - 0xffff)
  let end = -1
  for (let i = zip.length - 22; i >= minEnd; i -= 1) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      end = i
      break
    }
  }
  if (end < 0) throw new Error('Not a ZIP file: no end of central directory')
  const count = zip.readUInt16LE(end + 10)
  let offset = zip.readUInt32LE(end + 16)
  const entries: CentralEntry[] = []
  for (let i = 0; i < count; i += 1) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== 0x02014b50)
      throw new Error('Broken ZIP directory')
    const nameLength = zip.readUInt16LE(offset + 28)
    const extraLength = zip.readUInt16LE(offset + 30)
    const commentLength = zip.readUInt16LE(offset + 32)
    entries.push({
      name: zip.toString('utf8', offset + 46, offset + 46 + nameLength),
      method: zip.readUInt16LE(offset + 10),
      compressedSize: zip.readUInt32LE(offset + 20),
      localHeaderOffset: zip.readUInt32LE(offset + 42),
    })
    offset += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

function entryData(zip: Buffer, entry: CentralEntry): Buffer {
  const local = entry.localHeaderOffset
  if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error('Broken ZIP entry')
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
  const raw = zip.subarray(start, start + entry.compressedSize)
  if (entry.method === 0) return raw
  if (entry.method === 8) return inflateRawSync(raw, { maxOutputLength: MAX_XML_BYTES })
  throw new Error(`Unsupported ZIP compression method ${entry.method}`)
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    if (entity[0] === '#') {
      const code =
        entity[1] === 'x' || entity[1] === 'X'
          ? Number.parseInt(entity.slice(2), 16)
          : Number(entity.slice(1))
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ''
    }
    return ENTITIES[entity.toLowerCase()] ?? ''
  })
}

/** The words of a WordprocessingML part: runs of text, with tabs, line breaks and paragraph ends. */
export function wordXmlText(xml: string): string {
  const out: string[] = []
  for (const match of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>|<w:cr\/>|<\/w:p>/g)) {
    const tag = match[0]
    if (match[1] !== undefined) out.push(decodeEntities(match[1]))
    else if (tag === '<w:tab/>') out.push('\t')
    else out.push('\n')
  }
  return out
    .join('')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** The text of a Word (.docx) file: the body, then footnotes and endnotes when there are any. */
export function docxText(zip: Buffer): string {
  const entries = centralDirectory(zip)
  const parts = ['word/document.xml', 'word/footnotes.xml', 'word/endnotes.xml']
  const body = entries.find((entry) => entry.name === parts[0])
  if (!body) throw new Error('Not a Word document: no word/document.xml')
  return parts
    .map((name) => entries.find((entry) => entry.name === name))
    .filter((entry): entry is CentralEntry => entry !== undefined)
    .map((entry) => wordXmlText(entryData(zip, entry).toString('utf8')))
    .filter((text) => text !== '')
    .join('\n\n')
}

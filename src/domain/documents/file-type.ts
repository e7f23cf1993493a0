/**
 * Which files Pathway keeps, decided by their first bytes ("magic numbers"), never by their name
 * or the type the browser claims. Only these kinds are accepted; everything else is refused.
 */
export const ACCEPTED_FILE_TYPES = [
  { id: 'pdf', mediaType: 'application/pdf', extension: 'pdf' },
  { id: 'png', mediaType: 'image/png', extension: 'png' },
  { id: 'jpeg', mediaType: 'image/jpeg', extension: 'jpg' },
  { id: 'heic', mediaType: 'image/heic', extension: 'heic' },
  {
    id: 'docx',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
  },
  { id: 'text', mediaType: 'text/plain; charset=utf-8', extension: 'txt' },
] as const
export type AcceptedFileType = (typeof ACCEPTED_FILE_TYPES)[number]
export type FileTypeId = AcceptedFileType['id']

export function fileTypeById(id: FileTypeId): AcceptedFileType {
  const found = ACCEPTED_FILE_TYPES.find((type) => type.id === id)
  if (!found) throw new Error(`Unknown file type ${id}`)
  return found
}

export function fileTypeByMediaType(mediaType: string): AcceptedFileType | undefined {
  return ACCEPTED_FILE_TYPES.find((type) => type.mediaType === mediaType)
}

/** How many first bytes the sniffer wants to see (a Word file's table of contents sits early). */
export const SNIFF_BYTES = 64 * 1024

const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis'])
const HEIF_GENERIC_BRANDS = new Set(['mif1', 'msf1'])
const WORD_MAIN_PART = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false
  return signature.every((byte, i) => bytes[offset + i] === byte)
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)))
}

/**
 * Decompresses one deflated ZIP entry (given by the caller, so the domain stays free of I/O
 * libraries); returns undefined when the data is not valid.
 */
export type Inflate = (compressed: Uint8Array) => Uint8Array | undefined

/**
 * The accepted type of a file from its first bytes, or undefined when it is not one Pathway keeps.
 * A file that starts as text is only text if all of it is: the caller checks the rest with
 * `TextChecker` as it streams in.
 */
export function sniffFileType(head: Uint8Array, inflate: Inflate): FileTypeId | undefined {
  if (head.length === 0) return undefined
  // PDF readers accept the header anywhere in the first kilobyte.
  if (ascii(head, 0, 1024).includes('%PDF-')) return 'pdf'
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png'
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg'
  if (isHeic(head)) return 'heic'
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return isWordDocument(head, inflate) ? 'docx' : undefined
  if (isPlainTextStart(head)) return 'text'
  return undefined
}

/** HEIC/HEIF photos (iPhones): an ISO media file whose brand is one of the HEVC image brands. */
function isHeic(head: Uint8Array): boolean {
  if (head.length < 16 || ascii(head, 4, 8) !== 'ftyp') return false
  const boxSize = ((head[0] ?? 0) << 24) | ((head[1] ?? 0) << 16) | ((head[2] ?? 0) << 8) | (head[3] ?? 0)
  const major = ascii(head, 8, 12)
  if (HEIC_BRANDS.has(major)) return true
  if (!HEIF_GENERIC_BRANDS.has(major)) return false
  // A generic HEIF brand: accept only when an HEVC brand is listed and it is not an AVIF image.
  const brands: string[] = []
  for (let offset = 16; offset + 4 <= Math.min(boxSize, head.length); offset += 4)
    brands.push(ascii(head, offset, offset + 4))
  return brands.some((brand) => HEIC_BRANDS.has(brand)) && !brands.includes('avif')
}

interface ZipEntryHead {
  readonly name: string
  readonly method: number
  readonly data: Uint8Array | undefined
}

/** The entries whose local headers lie in `head` (a ZIP file is a run of them from byte 0). */
function zipEntriesInHead(head: Uint8Array): ZipEntryHead[] {
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength)
  const entries: ZipEntryHead[] = []
  let offset = 0
  while (offset + 30 <= head.length && view.getUint32(offset, true) === 0x04034b50) {
    const flags = view.getUint16(offset + 6, true)
    const method = view.getUint16(offset + 8, true)
    const compressedSize = view.getUint32(offset + 18, true)
    const nameLength = view.getUint16(offset + 26, true)
    const extraLength = view.getUint16(offset + 28, true)
    const nameStart = offset + 30
    const dataStart = nameStart + nameLength + extraLength
    if (nameStart + nameLength > head.length) break
    const name = new TextDecoder().decode(head.subarray(nameStart, nameStart + nameLength))
    // Bit 3: sizes follow the data, so the data's end is unknown here; hand the rest of the head over.
    const sizeKnown = (flags & 0x08) === 0
    const dataEnd = sizeKnown ? dataStart + compressedSize : head.length
    const data = dataEnd <= head.length ? head.subarray(dataStart, dataEnd) : undefined
    entries.push({ name, method, data })
    if (!sizeKnown) break
    offset = dataEnd
  }
  return entries
}

/**
 * A Word document (.docx) is a ZIP whose `[Content_Types].xml` names the Word main part. Other
 * ZIP files (archives, spreadsheets, macro-enabled .docm files) are refused.
 */
function isWordDocument(head: Uint8Array, inflate: Inflate): boolean {
  const entries = zipEntriesInHead(head)
  const types = entries.find((entry) => entry.name === '[Content_Types].xml')
  if (types?.data) {
    const xml = types.method === 0 ? types.data : types.method === 8 ? inflate(types.data) : undefined
    if (xml) return new TextDecoder().decode(xml).includes(WORD_MAIN_PART)
  }
  // Some writers put the table of types later; then the Word part's own folder must show up first.
  return !types && entries.some((entry) => entry.name === 'word/document.xml')
}

/** Control characters allowed in a plain text file: tab, line feed, form feed, carriage return. */
function isAllowedControl(byte: number): boolean {
  return byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d
}

/**
 * Plain text is UTF-8 (with or without a byte-order mark) and has no control characters other
 * than tabs and line breaks. Checks a whole chunk sequence; multi-byte characters may span chunks.
 */
export class TextChecker {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true })
  private ok = true

  push(chunk: Uint8Array): boolean {
    if (!this.ok) return false
    for (const byte of chunk) {
      if (byte < 0x20 && !isAllowedControl(byte)) {
        this.ok = false
        return false
      }
      if (byte === 0x7f) {
        this.ok = false
        return false
      }
    }
    try {
      this.decoder.decode(chunk, { stream: true })
    } catch {
      this.ok = false
    }
    return this.ok
  }

  /** True when everything pushed was plain UTF-8 text, ending on a whole character. */
  end(): boolean {
    if (!this.ok) return false
    try {
      this.decoder.decode()
      return true
    } catch {
      return false
    }
  }
}

function isPlainTextStart(head: Uint8Array): boolean {
  const checker = new TextChecker()
  // A multi-byte character may be cut at the end of the head; the full check runs on the stream.
  return checker.push(head)
}

import { Unzip, UnzipInflate, Zip, ZipDeflate, ZipPassThrough } from 'fflate'
import { DomainError, problem } from '../../domain/problems.ts'

/**
 * Writing and reading the export ZIP with fflate. Writing streams: each entry's bytes are yielded
 * as soon as they are compressed, so a large record never sits in memory whole. Reading checks
 * every limit while it inflates (not from the sizes an archive claims, which can lie): a zip bomb,
 * an oversized or malformed archive, or an entry name that tries to leave its folder is refused
 * with a message naming what is wrong.
 */
export class ZipWriter {
  private readonly pending: Uint8Array[] = []
  private failure: Error | undefined
  private readonly zip: Zip
  private readonly mtime: Date

  constructor(mtime: string) {
    this.mtime = new Date(mtime)
    this.zip = new Zip((error, chunk) => {
      if (error) this.failure = error
      else this.pending.push(chunk)
    })
  }

  /** The bytes ready to send. */
  *take(): Generator<Uint8Array> {
    if (this.failure) throw this.failure
    while (this.pending.length > 0) {
      const next = this.pending.shift()
      if (next) yield next
    }
  }

  /** Adds a whole entry (compressed unless `stored`). */
  add(name: string, data: Uint8Array, options: { stored?: boolean } = {}): void {
    const entry = options.stored ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 6 })
    entry.mtime = this.mtime
    this.zip.add(entry)
    entry.push(data, true)
  }

  /** Starts an entry whose bytes arrive in pieces; call `push` on it, the last with `final`. */
  open(name: string): { push(data: Uint8Array, final?: boolean): void } {
    const entry = new ZipDeflate(name, { level: 6 })
    entry.mtime = this.mtime
    this.zip.add(entry)
    return { push: (data, final = false) => entry.push(data, final) }
  }

  end(): void {
    this.zip.end()
  }
}

export interface ZipLimits {
  /** The archive as uploaded. */
  readonly archiveBytes: number
  /** How many entries it may hold. */
  readonly entries: number
  /** All entries together, inflated. */
  readonly totalBytes: number
}

/** Entry names: plain relative paths of letters, digits, dot, dash and underscore. */
const SAFE_NAME = /^(?!\/)(?!.*\/\/)[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/

export function isSafeEntryName(name: string): boolean {
  return SAFE_NAME.test(name) && !name.split('/').some((part) => part === '..' || part === '.')
}

function refused(message: string, params?: Record<string, string | number>): DomainError {
  return new DomainError('INVALID_INPUT', undefined, [problem('file', message, params)])
}

/**
 * Reads an archive into memory, entry by entry, within `limits`. Directories are skipped.
 * Throws INVALID_INPUT with one problem on the `file` field when anything is wrong.
 */
export async function readZip(
  source: AsyncIterable<Uint8Array>,
  limits: ZipLimits,
  truncated: () => boolean = () => false,
): Promise<Map<string, Uint8Array>> {
  const entries = new Map<string, Uint8Array>()
  let failure: DomainError | undefined
  let archiveBytes = 0
  let totalBytes = 0
  let count = 0
  const unzip = new Unzip((file) => {
    if (failure) return
    count += 1
    if (count > limits.entries) {
      failure = refused('privacy.import.problems.tooManyEntries', { max: limits.entries })
      return
    }
    if (file.name.endsWith('/')) return
    if (!isSafeEntryName(file.name)) {
      failure = refused('privacy.import.problems.badName')
      return
    }
    if (entries.has(file.name)) {
      failure = refused('privacy.import.problems.malformed')
      return
    }
    if (file.compression !== 0 && file.compression !== 8) {
      failure = refused('privacy.import.problems.malformed')
      return
    }
    const chunks: Uint8Array[] = []
    file.ondata = (error, chunk, final) => {
      if (failure) return
      if (error) {
        failure = refused('privacy.import.problems.malformed')
        return
      }
      totalBytes += chunk.byteLength
      if (totalBytes > limits.totalBytes) {
        failure = refused('privacy.import.problems.tooLarge', { max: megabytes(limits.totalBytes) })
        file.terminate()
        return
      }
      chunks.push(chunk)
      if (final) entries.set(file.name, concat(chunks))
    }
    file.start()
  })
  unzip.register(UnzipInflate)
  try {
    for await (const chunk of source) {
      archiveBytes += chunk.byteLength
      if (archiveBytes > limits.archiveBytes) {
        failure ??= refused('privacy.import.problems.tooLarge', { max: megabytes(limits.archiveBytes) })
      }
      if (failure) continue // read the rest of the upload, keep nothing
      unzip.push(chunk)
    }
    if (!failure) unzip.push(new Uint8Array(0), true)
  } catch {
    failure ??= truncated()
      ? refused('privacy.import.problems.tooLarge', { max: megabytes(limits.archiveBytes) })
      : refused('privacy.import.problems.malformed')
  }
  if (!failure && truncated())
    failure = refused('privacy.import.problems.tooLarge', { max: megabytes(limits.archiveBytes) })
  if (failure) throw failure
  if (archiveBytes === 0) throw refused('privacy.import.problems.empty')
  if (entries.size === 0) throw refused('privacy.import.problems.notAnExport')
  return entries
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0]
  const size = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0)
  const out = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.byteLength
  }
  return out
}

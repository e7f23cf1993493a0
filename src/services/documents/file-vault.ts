import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes, randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { PassThrough, type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { Config } from '../../config.ts'
import { loadOrCreateKeyFile } from '../../key-file.ts'

/**
 * Files at rest (docs/documents.md, "Encryption"): every file gets its own random AES-256-GCM key;
 * that key is stored in the database only wrapped (encrypted) by the master key, which comes from
 * FILES_MASTER_KEY or a key file created in DATA_DIR at first start with mode 0600. The encrypted
 * file is named by the SHA-256 of its bytes (content-addressed) under DATA_DIR/files. Both the file
 * and the wrapped key are bound to the document id, so neither can be swapped onto another row.
 *
 * File layout: "PWF1" · 12-byte IV · ciphertext · 16-byte GCM tag.
 */
const MAGIC = Buffer.from('PWF1')
const IV_BYTES = 12
const TAG_BYTES = 16
const HEADER_BYTES = MAGIC.length + IV_BYTES

export interface StoredFile {
  readonly blobHash: string
  readonly wrappedKey: string
  readonly sizeBytes: number
}

export interface FileVault {
  /** Where the encrypted files live (DATA_DIR/files). */
  readonly root: string
  /**
   * Encrypts what `source` yields into the store. If `source` throws (a wrong type, too large), the
   * partial file is removed and the error passes on: a failed upload leaves nothing behind.
   */
  store(documentId: string, source: AsyncIterable<Uint8Array>): Promise<StoredFile>
  /** The plaintext of a stored file, as a stream (authenticated when the stream ends). */
  open(documentId: string, file: { blobHash: string; wrappedKey: string }): Promise<Readable>
  /** Removes an encrypted file (after its row is gone). Missing files are not an error. */
  remove(blobHash: string): Promise<void>
  /** The path of an encrypted file (tests read it to prove it is not plaintext). */
  pathOf(blobHash: string): string
}

function aad(documentId: string): Buffer {
  return Buffer.from(`pathway-document:${documentId}`)
}

/** 32 bytes derived from the configured secret, whatever its length, and a short id to name it. */
function masterKeyFrom(secret: string): { key: Buffer; keyId: string } {
  const key = Buffer.from(
    hkdfSync('sha256', Buffer.from(secret), Buffer.alloc(0), 'pathway files master key v1', 32),
  )
  const keyId = createHash('sha256').update(key).digest('hex').slice(0, 12)
  return { key, keyId }
}

function wrapKey(master: { key: Buffer; keyId: string }, fileKey: Buffer, documentId: string): string {
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv('aes-256-gcm', master.key, iv)
  cipher.setAAD(aad(documentId))
  const sealed = Buffer.concat([iv, cipher.update(fileKey), cipher.final(), cipher.getAuthTag()])
  return `v1:${master.keyId}:${sealed.toString('base64url')}`
}

function unwrapKey(master: { key: Buffer; keyId: string }, wrapped: string, documentId: string): Buffer {
  const [version, keyId, sealedText] = wrapped.split(':')
  if (version !== 'v1' || !sealedText) throw new Error('Unknown wrapped-key format')
  if (keyId !== master.keyId) throw new Error('This file was encrypted with a different master key')
  const sealed = Buffer.from(sealedText, 'base64url')
  const decipher = createDecipheriv('aes-256-gcm', master.key, sealed.subarray(0, IV_BYTES))
  decipher.setAAD(aad(documentId))
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES))
  return Buffer.concat([
    decipher.update(sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES)),
    decipher.final(),
  ])
}

const vaults = new Map<string, FileVault>()

/** The vault for a configuration (one per DATA_DIR and key, created on first use). */
export function fileVaultFor(config: Pick<Config, 'dataDir' | 'filesMasterKey'>): FileVault {
  const cacheKey = `${config.dataDir}\u0000${config.filesMasterKey ?? ''}`
  const cached = vaults.get(cacheKey)
  if (cached) return cached
  const secret = config.filesMasterKey ?? loadOrCreateKeyFile(config.dataDir, 'files-master-key')
  const vault = createFileVault(path.join(config.dataDir, 'files'), secret)
  vaults.set(cacheKey, vault)
  return vault
}

export function createFileVault(root: string, secret: string): FileVault {
  const master = masterKeyFrom(secret)
  const tmpDir = path.join(root, 'tmp')
  const pathOf = (blobHash: string) => {
    if (!/^[0-9a-f]{64}$/.test(blobHash)) throw new Error('Not a file hash')
    return path.join(root, blobHash.slice(0, 2), blobHash.slice(2, 4), blobHash)
  }

  return {
    root,
    pathOf,

    async store(documentId, source) {
      await fs.promises.mkdir(tmpDir, { recursive: true, mode: 0o700 })
      const tmpFile = path.join(tmpDir, `${randomUUID()}.part`)
      const fileKey = randomBytes(32)
      const iv = randomBytes(IV_BYTES)
      const cipher = createCipheriv('aes-256-gcm', fileKey, iv)
      cipher.setAAD(aad(documentId))
      const hash = createHash('sha256')
      let sizeBytes = 0
      const out = fs.createWriteStream(tmpFile, { mode: 0o600, flags: 'wx' })
      const write = (chunk: Buffer) => {
        hash.update(chunk)
        if (!out.write(chunk)) return new Promise<void>((resolve) => out.once('drain', () => resolve()))
        return undefined
      }
      try {
        const header = Buffer.concat([MAGIC, iv])
        await write(header)
        for await (const chunk of source) {
          sizeBytes += chunk.byteLength
          await write(cipher.update(chunk))
        }
        await write(cipher.final())
        await write(cipher.getAuthTag())
        await new Promise<void>((resolve, reject) =>
          out.end((error?: Error | null) => (error ? reject(error) : resolve())),
        )
        const blobHash = hash.digest('hex')
        const target = pathOf(blobHash)
        await fs.promises.mkdir(path.dirname(target), { recursive: true, mode: 0o700 })
        await fs.promises.rename(tmpFile, target)
        return { blobHash, wrappedKey: wrapKey(master, fileKey, documentId), sizeBytes }
      } catch (error) {
        // The stream opens its file asynchronously: wait until it is closed, or a refusal that comes
        // before the open finishes would remove nothing and leave the file behind.
        await new Promise<void>((resolve) => {
          if (out.closed) resolve()
          else {
            out.once('close', () => resolve())
            out.destroy()
          }
        })
        await fs.promises.rm(tmpFile, { force: true })
        throw error
      } finally {
        fileKey.fill(0)
      }
    },

    async open(documentId, file) {
      const fileKey = unwrapKey(master, file.wrappedKey, documentId)
      const target = pathOf(file.blobHash)
      const handle = await fs.promises.open(target, 'r')
      try {
        const { size } = await handle.stat()
        if (size < HEADER_BYTES + TAG_BYTES) throw new Error('Encrypted file is too short')
        const header = Buffer.alloc(HEADER_BYTES)
        await handle.read(header, 0, HEADER_BYTES, 0)
        if (!header.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error('Not a Pathway encrypted file')
        const tag = Buffer.alloc(TAG_BYTES)
        await handle.read(tag, 0, TAG_BYTES, size - TAG_BYTES)
        const decipher = createDecipheriv('aes-256-gcm', fileKey, header.subarray(MAGIC.length))
        decipher.setAAD(aad(documentId))
        decipher.setAuthTag(tag)
        const output = new PassThrough()
        const input = fs.createReadStream(target, { start: HEADER_BYTES, end: size - TAG_BYTES - 1 })
        pipeline(input, decipher, output).catch((error: unknown) => output.destroy(error as Error))
        return output
      } finally {
        fileKey.fill(0)
        await handle.close()
      }
    },

    async remove(blobHash) {
      await fs.promises.rm(pathOf(blobHash), { force: true })
    },
  }
}

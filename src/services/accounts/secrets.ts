import { createHash, randomBytes } from 'node:crypto'
import { hash, verify } from '@node-rs/argon2'

/** A random token for links, sessions and API access: 32 bytes, URL-safe. Only its hash is stored. */
export function newToken(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`
}

/** SHA-256 of a high-entropy token. Enough for random tokens (not for passwords). */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** argon2id with the library's defaults (19 MiB, 2 passes), the OWASP recommendation. */
export function hashPassword(password: string): Promise<string> {
  return hash(password)
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password)
  } catch {
    return false
  }
}

let dummyHash: Promise<string> | undefined

/**
 * Checks a password against a hash that matches nothing, so signing in with an unknown e-mail
 * takes as long as with a known one (no timing hint about which addresses have accounts).
 */
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword(newToken())
  await verifyPassword(await dummyHash, password)
}

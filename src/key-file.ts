import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * A secret kept in a file in DATA_DIR, created on first start with permissions only the app's
 * user can read (0600). Several instances that share DATA_DIR share the secret.
 */
export function loadOrCreateKeyFile(dataDir: string, name: string): string {
  const file = path.join(dataDir, name)
  fs.mkdirSync(dataDir, { recursive: true })
  try {
    fs.writeFileSync(file, randomBytes(48).toString('base64url'), { flag: 'wx', mode: 0o600 })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  const secret = fs.readFileSync(file, 'utf8').trim()
  if (secret.length < 32) throw new Error(`The key file ${file} is too short; delete it to create a new one`)
  return secret
}

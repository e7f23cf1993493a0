import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { loadConfig } from '../../../src/config.ts'
import { buildApp } from '../../../src/http/build-app.ts'
import { openServices } from '../../../src/main.ts'
import type { Deps } from '../../../src/services/deps.ts'

export interface E2eServer {
  readonly baseUrl: string
  readonly deps: Deps
  readonly dataDir: string
  close(): Promise<void>
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

/**
 * The real app listening on 127.0.0.1, on a SQLite file in a temporary DATA_DIR, with the
 * development mailbox (so a journey can open its e-mails in the browser) and the system clock.
 */
export async function startE2eServer(env: Record<string, string> = {}): Promise<E2eServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pathway-e2e-'))
  const port = await freePort()
  const config = loadConfig(
    {
      NODE_ENV: 'test',
      DATA_DIR: dataDir,
      PORT: String(port),
      BASE_URL: `http://127.0.0.1:${port}`,
      DEV_MAILBOX: 'on',
      ...env,
    },
    process.cwd(),
  )
  const { deps, database } = await openServices(config)
  const app = await buildApp({ deps, cookieSecret: 'e2e-cookie-secret-that-is-long-enough-0123456' })
  await app.listen({ port, host: '127.0.0.1' })
  return {
    baseUrl: config.baseUrl,
    deps,
    dataDir,
    async close() {
      await app.close()
      await database.close()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

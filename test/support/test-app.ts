import { type Config, loadConfig } from '../../src/config.ts'
import type { App } from '../../src/http/build-app.ts'
import { buildApp } from '../../src/http/build-app.ts'
import { createDeps, type Deps } from '../../src/services/deps.ts'
import type { Mailer, OutgoingMail } from '../../src/services/mail/mailer.ts'
import type { Dialect } from '../../src/storage/database.ts'
import { type TestClock, testClock } from './clock.ts'
import { createTestDatabase, type TestDatabase } from './test-database.ts'

/** Keeps every e-mail in memory, so a test can read the link in it. */
export interface CapturingMailer extends Mailer {
  readonly sent: OutgoingMail[]
  /** The last message to an address (throws when there is none). */
  lastTo(address: string): OutgoingMail
}

export function capturingMailer(): CapturingMailer {
  const sent: OutgoingMail[] = []
  return {
    sent,
    async send(mail) {
      sent.push(mail)
    },
    lastTo(address) {
      const found = [...sent].reverse().find((m) => m.to === address)
      if (!found) throw new Error(`No e-mail was sent to ${address}`)
      return found
    },
  }
}

export interface TestApp {
  readonly app: App
  readonly deps: Deps
  readonly clock: TestClock
  readonly mail: CapturingMailer
  readonly database: TestDatabase
  close(): Promise<void>
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig(
    { NODE_ENV: 'test', BASE_URL: 'http://localhost:3000', TIME_ZONE: 'America/Chicago', ...overrides },
    process.cwd(),
  )
}

/** The whole app on a fresh database, with a test clock and a capturing mailer. Never listens. */
export async function buildTestApp(
  options: { dialect?: Dialect; now?: string; env?: Record<string, string>; mailer?: Mailer } = {},
): Promise<TestApp> {
  const database = await createTestDatabase(options.dialect ?? 'sqlite')
  const clock = testClock(options.now)
  const mail = capturingMailer()
  const config = testConfig(options.env)
  const deps = createDeps({
    db: database.db,
    dialect: database.dialect,
    clock,
    mailer: options.mailer ?? mail,
    config,
  })
  const app = await buildApp({ deps, cookieSecret: 'test-cookie-secret-that-is-long-enough-0123456789' })
  return {
    app,
    deps,
    clock,
    mail,
    database,
    async close() {
      await app.close()
      await database.dispose()
    },
  }
}

import { fileURLToPath } from 'node:url'
import { type Config, loadConfig } from './config.ts'
import { buildApp } from './http/build-app.ts'
import { JOB_HANDLERS, RECURRING_JOBS } from './jobs/handlers.ts'
import { startJobWorker } from './jobs/run-jobs.ts'
import { loadOrCreateKeyFile } from './key-file.ts'
import { createDeps, type Deps, systemClock } from './services/deps.ts'
import { createMailer } from './services/mail/mailer.ts'
import { type OpenDatabase, openDatabase } from './storage/database.ts'
import { migrateToLatest } from './storage/migrate.ts'

/** Opens the database, applies migrations, and composes the services' dependencies. */
export async function openServices(config: Config): Promise<{ deps: Deps; database: OpenDatabase }> {
  const database = openDatabase(config.database)
  try {
    await migrateToLatest(database.db)
  } catch (error) {
    await database.close()
    throw error
  }
  const mailer = createMailer(config, database.db, systemClock.now)
  const deps = createDeps({ db: database.db, dialect: database.dialect, clock: systemClock, mailer, config })
  return { deps, database }
}

/**
 * The composition root: configuration → database → app → listen. On SIGTERM or SIGINT the server
 * stops taking new connections, finishes the requests in flight, then closes the database.
 */
export async function startServer(env: NodeJS.ProcessEnv, cwd: string): Promise<void> {
  const config = loadConfig(env, cwd)
  const { deps, database } = await openServices(config)
  const cookieSecret = config.sessionSecret ?? loadOrCreateKeyFile(config.dataDir, 'cookie-secret')
  const app = await buildApp({
    deps,
    cookieSecret,
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
  })
  const worker = config.jobsWorker
    ? startJobWorker(deps, {
        handlers: JOB_HANDLERS,
        recurring: RECURRING_JOBS,
        pollMs: config.jobsPollMs,
        log: (entry, message) => app.log.error(entry, message),
      })
    : undefined
  let closing = false
  const shutdown = async (signal: string) => {
    if (closing) return
    closing = true
    app.log.info({ signal }, 'shutting down')
    await app.close()
    await worker?.stop()
    await database.close()
    process.exit(0)
  }
  process.on('SIGTERM', () => void shutdown('SIGTERM'))
  process.on('SIGINT', () => void shutdown('SIGINT'))
  await app.listen({ port: config.port, host: config.host })
  app.log.info(
    {
      url: config.baseUrl,
      database: config.database.kind,
      mail: config.smtpUrl ? 'smtp' : 'development mailbox',
    },
    'Pathway is running',
  )
}

// `tsx src/main.ts` (npm start) serves the app.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  startServer(process.env, process.cwd()).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    if (error instanceof Error && error.cause) console.error(error.cause)
    process.exit(1)
  })
}

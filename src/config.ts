import path from 'node:path'

/**
 * Configuration, read once from the environment at start-up. Nothing else reads process.env.
 * Defaults suit a developer's machine; production is stricter (see `requireInProduction`).
 */
export interface Config {
  readonly env: 'development' | 'production' | 'test'
  readonly port: number
  readonly host: string
  readonly baseUrl: string
  readonly dataDir: string
  readonly database:
    | { readonly kind: 'sqlite'; readonly file: string }
    | { readonly kind: 'postgres'; readonly url: string }
  readonly smtpUrl: string | undefined
  readonly mailFrom: string
  readonly sessionSecret: string | undefined
  readonly sessionIdleMinutes: number
  readonly sessionAbsoluteHours: number
  readonly timeZone: string
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'
  readonly trustProxy: boolean
  readonly devMailbox: boolean
  readonly uploadMaxBytes: number
  /** Whether this instance runs background jobs (JOBS=off for a web-only instance). */
  readonly jobsWorker: boolean
  /** How often the worker looks for due jobs. */
  readonly jobsPollMs: number
  /** Wraps each file's own key (FILES_MASTER_KEY); unset: a key file in DATA_DIR, made at first start. */
  readonly filesMasterKey: string | undefined
  /** Memory for finished pages kept per instance (PAGE_CACHE_MB; 0 turns keeping pages off). */
  readonly pageCacheBytes: number
}

export class ConfigError extends Error {
  readonly problems: readonly string[]
  constructor(problems: readonly string[]) {
    super(`Pathway cannot start. Fix these settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'ConfigError'
    this.problems = problems
  }
}

type Env = Readonly<Record<string, string | undefined>>

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const

/** Reads every variable, collects every problem, and throws one ConfigError listing all of them. */
export function loadConfig(env: Env, cwd: string): Config {
  const problems: string[] = []
  const nodeEnv = env.NODE_ENV ?? 'development'
  if (nodeEnv !== 'development' && nodeEnv !== 'production' && nodeEnv !== 'test') {
    problems.push(`NODE_ENV must be development, production or test (got "${nodeEnv}")`)
  }
  const production = nodeEnv === 'production'

  const port = readInteger(env, 'PORT', 3000, 0, 65535, problems)
  const host = env.HOST ?? (production ? '0.0.0.0' : '127.0.0.1')
  const dataDir = path.resolve(cwd, env.DATA_DIR ?? 'data')

  let baseUrl = env.BASE_URL ?? `http://localhost:${port}`
  try {
    const url = new URL(baseUrl)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol')
    baseUrl = baseUrl.replace(/\/+$/, '')
  } catch {
    problems.push(
      `BASE_URL must be an http or https address such as https://pathway.example.org (got "${baseUrl}")`,
    )
  }
  if (production && env.BASE_URL === undefined) problems.push('BASE_URL is required when NODE_ENV=production')

  let database: Config['database'] = { kind: 'sqlite', file: path.join(dataDir, 'pathway.sqlite') }
  const databaseUrl = env.DATABASE_URL
  if (databaseUrl !== undefined && databaseUrl !== '') {
    if (/^postgres(ql)?:\/\//.test(databaseUrl)) database = { kind: 'postgres', url: databaseUrl }
    else if (databaseUrl.startsWith('sqlite:')) {
      const file = databaseUrl.slice('sqlite:'.length)
      database = { kind: 'sqlite', file: file === ':memory:' ? file : path.resolve(cwd, file) }
    } else
      problems.push(
        'DATABASE_URL must start with postgres:// or sqlite: (leave it unset for the SQLite file in DATA_DIR)',
      )
  }

  const smtpUrl = env.SMTP_URL === '' ? undefined : env.SMTP_URL
  if (smtpUrl !== undefined && !/^smtps?:\/\//.test(smtpUrl)) {
    problems.push(
      'SMTP_URL must start with smtp:// or smtps:// (for example smtp://user:pass@mail.example.org:587)',
    )
  }
  if (production && smtpUrl === undefined) problems.push('SMTP_URL is required when NODE_ENV=production')

  const sessionSecret = env.SESSION_SECRET === '' ? undefined : env.SESSION_SECRET
  if (sessionSecret !== undefined && sessionSecret.length < 32) {
    problems.push(
      'SESSION_SECRET must be at least 32 characters (or leave it unset to use a key file in DATA_DIR)',
    )
  }

  const filesMasterKey = env.FILES_MASTER_KEY === '' ? undefined : env.FILES_MASTER_KEY
  if (filesMasterKey !== undefined && filesMasterKey.length < 32) {
    problems.push(
      'FILES_MASTER_KEY must be at least 32 characters (or leave it unset to use a key file in DATA_DIR)',
    )
  }

  const timeZone = env.TIME_ZONE ?? 'America/New_York'
  try {
    new Intl.DateTimeFormat('en-US', { timeZone })
  } catch {
    problems.push(`TIME_ZONE must be an IANA time zone such as America/Chicago (got "${timeZone}")`)
  }

  const logLevel = (env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info')) as Config['logLevel']
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`)

  const devMailboxSetting = env.DEV_MAILBOX
  if (devMailboxSetting !== undefined && devMailboxSetting !== 'on' && devMailboxSetting !== 'off') {
    problems.push('DEV_MAILBOX must be on or off')
  }
  if (production && devMailboxSetting === 'on')
    problems.push('DEV_MAILBOX cannot be on when NODE_ENV=production')

  const jobs = env.JOBS ?? 'on'
  if (jobs !== 'on' && jobs !== 'off') problems.push('JOBS must be on or off')

  const config: Config = {
    env: nodeEnv as Config['env'],
    port,
    host,
    baseUrl,
    dataDir,
    database,
    smtpUrl,
    mailFrom: env.MAIL_FROM ?? 'Pathway <no-reply@pathway.localhost>',
    sessionSecret,
    sessionIdleMinutes: readInteger(env, 'SESSION_IDLE_MINUTES', 120, 5, 24 * 60, problems),
    sessionAbsoluteHours: readInteger(env, 'SESSION_ABSOLUTE_HOURS', 24, 1, 24 * 30, problems),
    timeZone,
    logLevel,
    trustProxy: env.TRUST_PROXY === 'true',
    devMailbox: !production && devMailboxSetting !== 'off' && smtpUrl === undefined,
    uploadMaxBytes: readInteger(env, 'UPLOAD_MAX_MB', 25, 1, 1024, problems) * 1024 * 1024,
    jobsWorker: jobs === 'on',
    jobsPollMs: readInteger(env, 'JOBS_POLL_MS', 5000, 100, 600_000, problems),
    filesMasterKey,
    pageCacheBytes: readInteger(env, 'PAGE_CACHE_MB', 32, 0, 4096, problems) * 1024 * 1024,
  }
  if (problems.length > 0) throw new ConfigError(problems)
  return config
}

function readInteger(
  env: Env,
  name: string,
  fallback: number,
  min: number,
  max: number,
  problems: string[],
): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`)
    return fallback
  }
  return value
}

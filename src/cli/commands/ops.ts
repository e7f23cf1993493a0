import { ConfigError, loadConfig } from '../../config.ts'
import { DomainError } from '../../domain/problems.ts'
import { openServices, startServer } from '../../main.ts'
import { createApiTokenForEmail } from '../../services/accounts/api-tokens.ts'
import { seedDemo } from '../../services/demo/seed-demo.ts'
import { openDatabase } from '../../storage/database.ts'
import { migrateToLatest } from '../../storage/migrate.ts'
import {
  type CliCommand,
  type CliIo,
  EXIT_BAD_INPUT,
  EXIT_FAILURE,
  EXIT_OK,
  flag,
  option,
} from '../command.ts'

function configOrExit(io: CliIo) {
  try {
    return loadConfig(io.env, io.cwd)
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(error.message)
      return undefined
    }
    throw error
  }
}

export const serveCommand: CliCommand = {
  name: 'serve',
  summary: 'Run the web app (migrations are applied first).',
  usage: 'pathway serve            # PORT, DATABASE_URL, SMTP_URL … from the environment (see README)',
  async run(_args, io) {
    const config = configOrExit(io)
    if (!config) return EXIT_BAD_INPUT
    await startServer(io.env as NodeJS.ProcessEnv, io.cwd)
    // The server keeps the process alive until SIGTERM.
    return await new Promise<number>(() => {})
  },
}

export const migrateCommand: CliCommand = {
  name: 'migrate',
  summary: 'Bring the database schema up to date.',
  usage: 'pathway migrate',
  async run(_args, io) {
    const config = configOrExit(io)
    if (!config) return EXIT_BAD_INPUT
    const database = openDatabase(config.database)
    try {
      const report = await migrateToLatest(database.db)
      io.stdout(
        report.applied.length === 0
          ? 'The database is up to date.'
          : `Applied ${report.applied.length} migration(s):\n${report.applied.map((m) => `  ${m}`).join('\n')}`,
      )
      return EXIT_OK
    } finally {
      await database.close()
    }
  },
}

export const seedCommand: CliCommand = {
  name: 'seed',
  summary: 'Create demo data (--demo). Refused when NODE_ENV=production.',
  usage: 'pathway seed --demo',
  async run(args, io) {
    if (!flag(args, 'demo')) {
      io.stderr('Say what to seed: pathway seed --demo')
      return EXIT_BAD_INPUT
    }
    const config = configOrExit(io)
    if (!config) return EXIT_BAD_INPUT
    if (config.env === 'production') {
      io.stderr('The demo data is never created when NODE_ENV=production.')
      return EXIT_FAILURE
    }
    const { deps, database } = await openServices(config)
    try {
      const report = await seedDemo(deps)
      io.stdout(
        [
          report.created ? 'Demo data created.' : 'The demo data was already there; nothing changed.',
          '',
          `Open ${config.baseUrl}/sign-in and sign in as the demo parent:`,
          `  e-mail:   ${report.email}`,
          `  password: ${report.password}`,
          '',
          `The demo household has ${report.children} children.`,
          '',
          'Or as the demo advocate (the same password), whose practice Mateo is shared with:',
          `  e-mail:   ${report.advocateEmail}`,
        ].join('\n'),
      )
      return EXIT_OK
    } finally {
      await database.close()
    }
  },
}

export const tokenCommand: CliCommand = {
  name: 'token',
  summary: 'Create a personal access token for an account (token create --email E --name N).',
  usage: 'pathway token create --email person@example.org --name "Nightly export"',
  async run(args, io) {
    const email = option(args, 'email')
    const name = option(args, 'name')
    if (args[0] !== 'create' || !email || !name) {
      io.stderr(`Usage: ${this.usage}`)
      return EXIT_BAD_INPUT
    }
    const config = configOrExit(io)
    if (!config) return EXIT_BAD_INPUT
    const { deps, database } = await openServices(config)
    try {
      const token = await createApiTokenForEmail(deps, email, name)
      io.stdout(token)
      return EXIT_OK
    } catch (error) {
      if (error instanceof DomainError && error.code === 'NOT_FOUND') {
        io.stderr(`There is no account with the e-mail address ${email}.`)
        return EXIT_BAD_INPUT
      }
      if (error instanceof DomainError && error.code === 'INVALID_INPUT') {
        io.stderr('Give the token a name of 1 to 80 characters with --name.')
        return EXIT_BAD_INPUT
      }
      throw error
    } finally {
      await database.close()
    }
  },
}

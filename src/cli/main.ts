import { type CliCommand, type CliIo, EXIT_BAD_INPUT, EXIT_OK, processIo } from './command.ts'
import { deadlinesCommand } from './commands/deadlines.ts'
import { goalsCommand } from './commands/goals.ts'
import { importCommand } from './commands/import.ts'
import { jobsCommand } from './commands/jobs.ts'
import { migrateCommand, seedCommand, serveCommand, tokenCommand } from './commands/ops.ts'
import { plansCommand } from './commands/plans.ts'
import { progressCommand } from './commands/progress.ts'
import { screenCommand } from './commands/screen.ts'
import { servicesCommand } from './commands/services.ts'
import { slotsCommand } from './commands/slots.ts'

/** Every `pathway` subcommand, in the order --help lists them. */
export const COMMANDS: readonly CliCommand[] = [
  serveCommand,
  migrateCommand,
  seedCommand,
  tokenCommand,
  jobsCommand,
  screenCommand,
  deadlinesCommand,
  plansCommand,
  goalsCommand,
  progressCommand,
  servicesCommand,
  slotsCommand,
  importCommand,
]

export function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length))
  return [
    'Pathway — IEP and 504 plans, deadlines and evidence for families and advocates.',
    '',
    'Usage: pathway <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Examples:',
    // Only the command lines of each usage; the notes under them belong to "pathway <command> --help".
    ...COMMANDS.flatMap((c) =>
      c.usage
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.startsWith('pathway '))
        .map((line) => `  ${line}`),
    ),
    '',
    'Run "pathway <command> --help" for one command. Settings come from the environment (see README).',
  ].join('\n')
}

/** Runs one command and returns the exit status. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...args] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText())
    return name === undefined ? EXIT_BAD_INPUT : EXIT_OK
  }
  const command = COMMANDS.find((c) => c.name === name)
  if (!command) {
    io.stderr(`Unknown command "${name}".\n\n${helpText()}`)
    return EXIT_BAD_INPUT
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`${command.summary}\n\nUsage: ${command.usage}`)
    return EXIT_OK
  }
  return command.run(args, io)
}

import fs from 'node:fs/promises'
import type { Problem } from '../domain/problems.ts'
import { renderMessage } from '../i18n/i18n.ts'

/** What a command may touch: its arguments, standard streams, and files. Tests pass fakes. */
export interface CliIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  readonly readStdin: () => Promise<string>
  readonly readFile: (path: string) => Promise<string>
  readonly env: Readonly<Record<string, string | undefined>>
  readonly cwd: string
}

/** One `pathway <name>` subcommand. `run` returns the exit status: 0 ok, 1 failure, 2 bad input. */
export interface CliCommand {
  readonly name: string
  readonly summary: string
  readonly usage: string
  run(args: readonly string[], io: CliIo): Promise<number>
}

export const EXIT_OK = 0
export const EXIT_FAILURE = 1
export const EXIT_BAD_INPUT = 2

export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    readStdin: async () => {
      const chunks: Buffer[] = []
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
      return Buffer.concat(chunks).toString('utf8')
    },
    readFile: (path) => fs.readFile(path, 'utf8'),
    env: process.env,
    cwd: process.cwd(),
  }
}

/** The value after `--name`, or undefined. `--name=value` also works. */
export function option(args: readonly string[], name: string): string | undefined {
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]
    if (arg === `--${name}`) return args[i + 1]
    if (arg?.startsWith(`--${name}=`)) return arg.slice(name.length + 3)
  }
  return undefined
}

export function flag(args: readonly string[], name: string): boolean {
  return args.includes(`--${name}`)
}

/**
 * Reads `--input file.json` (or `--input -` for standard input) and parses it as JSON.
 * On failure writes a plain message to stderr and returns undefined (the caller exits with 2).
 */
export async function readJsonInput(
  args: readonly string[],
  io: CliIo,
): Promise<{ value: unknown } | undefined> {
  const input = option(args, 'input')
  if (input === undefined) {
    io.stderr('Give the input with --input FILE (or --input - to read standard input).')
    return undefined
  }
  let text: string
  try {
    text = input === '-' ? await io.readStdin() : await io.readFile(input)
  } catch (error) {
    io.stderr(
      `Could not read ${input}: ${(error as NodeJS.ErrnoException).code ?? 'unknown error'}. Check the path.`,
    )
    return undefined
  }
  try {
    return { value: JSON.parse(text) as unknown }
  } catch (error) {
    io.stderr(`${input} is not valid JSON (${(error as Error).message}). Fix the file and try again.`)
    return undefined
  }
}

/** Prints problems as JSON on stderr, each naming its field, with the message in English. */
export function printProblems(io: CliIo, problems: readonly Problem[]): void {
  io.stderr(
    JSON.stringify(
      {
        error: {
          code: 'INVALID_INPUT',
          problems: problems.map((p) => ({
            field: p.field,
            message: renderMessage('en', { key: p.message, ...(p.params ? { params: p.params } : {}) }),
          })),
        },
      },
      null,
      2,
    ),
  )
}

export function printJson(io: CliIo, value: unknown): void {
  io.stdout(JSON.stringify(value, null, 2))
}

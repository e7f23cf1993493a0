import { z } from 'zod'
import { isLang, type Lang } from '../../i18n/i18n.ts'
import {
  checkGoalsBatchSchema,
  checkGoalText,
  checkGoalTexts,
  goalTextSchema,
} from '../../services/goals/check-goals.ts'
import { parseInput } from '../../services/validation.ts'
import {
  type CliCommand,
  type CliIo,
  EXIT_BAD_INPUT,
  EXIT_OK,
  option,
  printJson,
  printProblems,
  readJsonInput,
} from '../command.ts'

const USAGE = `pathway goals check --text "…" [--lang en|es]
pathway goals check --input goals.json [--lang en|es]   (a JSON array of goal texts; - reads standard input)

Prints { "parts", "flags", "suggestions" } for one goal, or an array of them for --input.`

/** `pathway goals check`: is each annual goal measurable, and what is missing. */
export const goalsCommand: CliCommand = {
  name: 'goals',
  summary: 'Check whether annual goals are measurable and say what each one is missing.',
  usage: USAGE,
  async run(args, io) {
    if (args[0] !== 'check') return usageError(io, 'Say what to do: pathway goals check …')
    const rest = args.slice(1)
    const lang = readLang(rest, io)
    if (lang === undefined) return EXIT_BAD_INPUT
    const text = option(rest, 'text')
    const hasInput = option(rest, 'input') !== undefined
    if (text !== undefined && hasInput) return usageError(io, 'Give either --text or --input, not both.')

    if (text !== undefined) {
      const parsed = parseInput(z.object({ text: goalTextSchema }), { text })
      if (!parsed.ok) {
        printProblems(io, parsed.problems)
        return EXIT_BAD_INPUT
      }
      printJson(io, checkGoalText(parsed.value.text, lang))
      return EXIT_OK
    }
    if (!hasInput)
      return usageError(io, 'Give the goal with --text "…" or a file of goals with --input FILE.')

    const input = await readJsonInput(rest, io)
    if (!input) return EXIT_BAD_INPUT
    const parsed = parseInput(checkGoalsBatchSchema, input.value)
    if (!parsed.ok) {
      printProblems(io, parsed.problems)
      return EXIT_BAD_INPUT
    }
    printJson(io, checkGoalTexts(parsed.value, lang))
    return EXIT_OK
  },
}

function readLang(args: readonly string[], io: CliIo): Lang | undefined {
  const lang = option(args, 'lang') ?? 'en'
  if (isLang(lang)) return lang
  io.stderr(`--lang must be en or es (got ${lang}).`)
  return undefined
}

function usageError(io: CliIo, problem: string): number {
  io.stderr(`${problem}\n\n${USAGE}`)
  return EXIT_BAD_INPUT
}

import { DomainError } from '../../domain/problems.ts'
import { isLang } from '../../i18n/i18n.ts'
import { ComputeDeadlinesInputSchema, computeDeadlines } from '../../services/deadlines/compute-deadlines.ts'
import { parseInput } from '../../services/validation.ts'
import {
  type CliCommand,
  EXIT_BAD_INPUT,
  EXIT_OK,
  option,
  printJson,
  printProblems,
  readJsonInput,
} from '../command.ts'

/**
 * `pathway deadlines --input scenario.json` (or `--input -` for standard input): prints every
 * deadline a child's events start, as JSON (docs/deadlines.md). `--lang es` writes the titles and
 * explanations in Spanish. Bad input prints problems naming each field and exits with 2.
 */
export const deadlinesCommand: CliCommand = {
  name: 'deadlines',
  summary: "Work out the legal deadlines a child's events start, with the reasons for each date.",
  usage: 'pathway deadlines --input scenario.json|- [--lang en|es]',
  async run(args, io) {
    const lang = option(args, 'lang') ?? 'en'
    if (!isLang(lang)) {
      io.stderr('Choose --lang en or --lang es.')
      return EXIT_BAD_INPUT
    }
    const input = await readJsonInput(args, io)
    if (!input) return EXIT_BAD_INPUT
    const parsed = parseInput(ComputeDeadlinesInputSchema, input.value)
    if (!parsed.ok) {
      printProblems(io, parsed.problems)
      return EXIT_BAD_INPUT
    }
    try {
      printJson(io, computeDeadlines(parsed.value, lang))
      return EXIT_OK
    } catch (error) {
      // A school-day rule with no calendar to count on: the input needs fixing, not the program.
      if (error instanceof DomainError && error.code === 'INVALID_INPUT') {
        printProblems(io, error.problems)
        return EXIT_BAD_INPUT
      }
      throw error
    }
  },
}

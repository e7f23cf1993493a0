import { isLang } from '../../i18n/i18n.ts'
import { ScreenerAnswersSchema, screenChild } from '../../services/screener/screen-child.ts'
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

/** `pathway screen --input answers.json` — which plan may fit a child, why, and what to do next. */
export const screenCommand: CliCommand = {
  name: 'screen',
  summary:
    'Say which plan may fit a child (IEP, 504 plan, evaluation or neither), with reasons and next steps.',
  usage: 'pathway screen --input answers.json|- [--lang en|es]',
  async run(args, io) {
    const lang = option(args, 'lang') ?? 'en'
    if (!isLang(lang)) {
      io.stderr(`Choose a language with --lang en or --lang es (got "${lang}").`)
      return EXIT_BAD_INPUT
    }
    const input = await readJsonInput(args, io)
    if (!input) return EXIT_BAD_INPUT
    const parsed = parseInput(ScreenerAnswersSchema, input.value)
    if (!parsed.ok) {
      printProblems(io, parsed.problems)
      return EXIT_BAD_INPUT
    }
    printJson(io, screenChild(parsed.value, lang))
    return EXIT_OK
  },
}

import { isLang } from '../../i18n/i18n.ts'
import { analyzeProgressSeries, parseProgressInput } from '../../services/progress/analyze-progress.ts'
import {
  type CliCommand,
  EXIT_BAD_INPUT,
  EXIT_OK,
  option,
  printJson,
  printProblems,
  readJsonInput,
} from '../command.ts'

const USAGE = `pathway progress --input series.json [--lang en|es]   (- reads standard input)

series.json is one object, or an array of them:
  { "baseline": { "date": "YYYY-MM-DD", "value": n }, "target": { "date": "YYYY-MM-DD", "value": n },
    "direction": "increase" | "decrease", "points": [ { "date": "YYYY-MM-DD", "value": n } ],
    "phaseChanges": ["YYYY-MM-DD"], "trendMethod": "least-squares" | "split-middle" }
Prints { "trendSlopePerWeek", "aimSlopePerWeek", "decision", "rule", "projectedValueAtGoalDate",
"projectedDateTargetReached" } (or an array). Slopes are per 7 calendar days.`

/** `pathway progress`: aim line, trend, decision and projection for goal data. */
export const progressCommand: CliCommand = {
  name: 'progress',
  summary: 'Analyse progress data for a goal: trend against aim line, a decision and a projection.',
  usage: USAGE,
  async run(args, io) {
    const lang = option(args, 'lang') ?? 'en'
    if (!isLang(lang)) {
      io.stderr(`--lang must be en or es (got ${lang}).`)
      return EXIT_BAD_INPUT
    }
    const input = await readJsonInput(args, io)
    if (!input) return EXIT_BAD_INPUT
    const parsed = parseProgressInput(input.value)
    if (!parsed.ok) {
      printProblems(io, parsed.problems)
      return EXIT_BAD_INPUT
    }
    const value = parsed.value
    printJson(
      io,
      Array.isArray(value)
        ? value.map((series) => analyzeProgressSeries(series, lang))
        : analyzeProgressSeries(value, lang),
    )
    return EXIT_OK
  },
}

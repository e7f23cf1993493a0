import { LIBRARY, libraryKeys } from '../../domain/plans/library.ts'
import { isLang, type Lang, translator } from '../../i18n/i18n.ts'
import { checkPlanRequest, findingsToJson } from '../../services/plans/check-plan.ts'
import { diffPlansRequest } from '../../services/plans/diff-plans.ts'
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

const USAGE = `pathway plans check --input plan.json [--date-of-birth YYYY-MM-DD] [--state XX] [--lang en|es]
    What the plan lacks, with citations: { "findings": [ { "code", "message", "citation", "path" } ] }.
    The input is a plan, or { "plan", "childDateOfBirth", "stateCode", "transitionAge", "ageOfMajority" }.
pathway plans diff --input plans.json
    What changed from { "before": plan, "after": plan }: the same JSON the API returns.
pathway plans library [--lang en|es]
    The accommodations and services library, grouped by need, with plain explanations.
Exit status: 0 done, 2 bad input (each problem names its field).`

function language(args: readonly string[], io: CliIo): Lang | undefined {
  const lang = option(args, 'lang') ?? 'en'
  if (isLang(lang)) return lang
  io.stderr(`--lang must be en or es, not ${lang}.`)
  return undefined
}

/** A plan on its own, or a request object that holds one under "plan". */
function asCheckRequest(value: unknown, args: readonly string[]): unknown {
  const isRequest = typeof value === 'object' && value !== null && !Array.isArray(value) && 'plan' in value
  const request: Record<string, unknown> = isRequest
    ? { ...(value as Record<string, unknown>) }
    : { plan: value }
  const dateOfBirth = option(args, 'date-of-birth')
  const state = option(args, 'state')
  if (dateOfBirth !== undefined) request.childDateOfBirth = dateOfBirth
  if (state !== undefined) request.stateCode = state
  return request
}

async function check(args: readonly string[], io: CliIo): Promise<number> {
  const lang = language(args, io)
  if (lang === undefined) return EXIT_BAD_INPUT
  const input = await readJsonInput(args, io)
  if (input === undefined) return EXIT_BAD_INPUT
  const result = checkPlanRequest(asCheckRequest(input.value, args))
  if (!result.ok) {
    printProblems(io, result.problems)
    return EXIT_BAD_INPUT
  }
  printJson(io, { findings: findingsToJson(result.findings, lang) })
  return EXIT_OK
}

async function diff(args: readonly string[], io: CliIo): Promise<number> {
  const input = await readJsonInput(args, io)
  if (input === undefined) return EXIT_BAD_INPUT
  const result = diffPlansRequest(input.value)
  if (!result.ok) {
    printProblems(io, result.problems)
    return EXIT_BAD_INPUT
  }
  printJson(io, result.diff)
  return EXIT_OK
}

function library(args: readonly string[], io: CliIo): number {
  const lang = language(args, io)
  if (lang === undefined) return EXIT_BAD_INPUT
  const t = translator(lang)
  const entries = LIBRARY.map((entry) => {
    const keys = libraryKeys(entry.id)
    return { ...entry, name: t(keys.name), explanation: t(keys.explain) }
  })
  printJson(io, { library: entries })
  return EXIT_OK
}

export const plansCommand: CliCommand = {
  name: 'plans',
  summary: 'Check a plan for what it lacks, compare two plans, or list the accommodations library.',
  usage: USAGE,
  async run(args, io) {
    const [subcommand, ...rest] = args
    switch (subcommand) {
      case 'check':
        return check(rest, io)
      case 'diff':
        return diff(rest, io)
      case 'library':
        return library(rest, io)
      default:
        io.stderr(USAGE)
        return EXIT_BAD_INPUT
    }
  },
}

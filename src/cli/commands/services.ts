import type { Message } from '../../domain/messages.ts'
import { isLang, renderMessage } from '../../i18n/i18n.ts'
import {
  ComputeComplianceSchema,
  computeCompliance,
} from '../../services/services-delivered/compute-compliance.ts'
import { parseInput } from '../../services/validation.ts'
import {
  type CliCommand,
  EXIT_BAD_INPUT,
  EXIT_OK,
  flag,
  option,
  printJson,
  printProblems,
  readJsonInput,
} from '../command.ts'

/**
 * `pathway services --input file.json`: for each service of a plan, the minutes required so far,
 * given, missed (school's reasons, child's or family's reasons) and owed. With `"today"` in the
 * input it also lists the 90 % alerts, written in English or, with `--lang es`, in Spanish.
 */
export const servicesCommand: CliCommand = {
  name: 'services',
  summary: 'Minutes each service should have had, was given, missed and is owed, from a service log.',
  usage: 'pathway services --input FILE.json [--weekly] [--lang en|es]',
  async run(args, io) {
    const lang = option(args, 'lang') ?? 'en'
    if (!isLang(lang)) {
      io.stderr('Choose --lang en or --lang es.')
      return EXIT_BAD_INPUT
    }
    const input = await readJsonInput(args, io)
    if (!input) return EXIT_BAD_INPUT
    const parsed = parseInput(ComputeComplianceSchema, input.value)
    if (!parsed.ok) {
      printProblems(io, parsed.problems)
      return EXIT_BAD_INPUT
    }
    const report = computeCompliance(parsed.value, { weekly: flag(args, 'weekly') })
    printJson(io, {
      services: report.services,
      ...(report.alerts && {
        alerts: report.alerts.map((alert) => ({
          ...alert,
          // The JSON schema types a date parameter as a plain string; the service built it from a LocalDate.
          title: renderMessage(lang, alert.title as Message),
          message: renderMessage(lang, alert.message as Message),
        })),
      }),
    })
    return EXIT_OK
  },
}

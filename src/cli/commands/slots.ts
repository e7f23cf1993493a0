import { computeSlots } from '../../services/consultations/compute-slots.ts'
import {
  type CliCommand,
  EXIT_BAD_INPUT,
  EXIT_OK,
  printJson,
  printProblems,
  readJsonInput,
} from '../command.ts'

/** `pathway slots --input file.json`: an advocate's open consultation times, on the viewer's clock. */
export const slotsCommand: CliCommand = {
  name: 'slots',
  summary: "List an advocate's open consultation times in the viewer's time zone.",
  usage: 'pathway slots --input FILE.json   (or --input - to read standard input)',
  async run(args, io) {
    const input = await readJsonInput(args, io)
    if (!input) return EXIT_BAD_INPUT
    const result = computeSlots(input.value)
    if (!result.ok) {
      printProblems(io, result.problems)
      return EXIT_BAD_INPUT
    }
    printJson(io, result.value)
    return EXIT_OK
  },
}

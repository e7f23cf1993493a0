import { evaluateDeadlines } from '../src/domain/deadlines/evaluate.ts'
import { law } from '../src/services/deadlines/law.ts'
import { syntheticChildren } from './suites/deadlines.ts'

/**
 * A driver for profiling the deadline engine alone, on the bench's synthetic children:
 * `TZ=UTC node --import tsx --cpu-prof --cpu-prof-dir=/tmp bench/profile-deadlines.ts [children] [passes]`.
 * Prints children per CPU second for each pass, then the median of the passes after the first two.
 */
const count = Number(process.argv[2] ?? 20_000)
const passes = Number(process.argv[3] ?? 8)
const children = syntheticChildren(count)
const compiled = law()
let sink = 0
// As the bench does: warm up with every explanation built (EXPLAIN_WARMUP=0 to skip).
if (process.env.EXPLAIN_WARMUP !== '0') {
  for (const child of children.slice(0, 5_000))
    for (const deadline of evaluateDeadlines(compiled, child).deadlines) sink += deadline.explanation.length
}
const rates: number[] = []
for (let pass = 0; pass < passes; pass += 1) {
  const cpu = process.cpuUsage()
  for (const child of children) {
    const evaluation = evaluateDeadlines(compiled, child)
    for (const deadline of evaluation.deadlines)
      if (deadline.status === 'overdue' && deadline.due !== null) sink += 1
  }
  const used = process.cpuUsage(cpu)
  rates.push(Math.round(count / ((used.user + used.system) / 1e6)))
}
const steady = rates.slice(2).sort((a, b) => a - b)
process.stdout.write(
  `${rates.join(' ')} children/s; median after warm-up ${steady[Math.floor(steady.length / 2)]} (${sink} overdue)\n`,
)

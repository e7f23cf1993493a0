import type { Actor } from '../../src/domain/access/actor.ts'
import { addDays, localDate } from '../../src/domain/dates/local-date.ts'
import type { Deps } from '../../src/services/deps.ts'
import { addProgressPoints } from '../../src/services/progress/progress-data.ts'

/** Twelve weekly scores on the bench plan's reading goal, so the chart page draws points and a trend. */
export async function addBenchProgressPoints(deps: Deps, actor: Actor, childId: string): Promise<void> {
  const first = localDate('2026-09-07')
  await addProgressPoints(
    deps,
    actor,
    childId,
    'goal-reading-fluency',
    Array.from({ length: 12 }, (_, week) => ({
      measuredOn: addDays(first, week * 7),
      value: String(52 + week * 0.8 + ((week * 7) % 5) - 2),
      unit: '',
      source: 'teacher',
      note: '',
    })),
  )
}

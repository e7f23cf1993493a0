import { DomainError } from '../problems.ts'

/**
 * Optimistic concurrency for plan versions: a save says which version it was editing; when someone
 * else saved a newer one in the meantime, the save is refused with VERSION_CONFLICT (the page keeps
 * the person's changes in the form and shows the newer version). details: { expected, latest }.
 */
export function assertLatestVersion(latest: number, expected: number): void {
  if (latest !== expected) throw new DomainError('VERSION_CONFLICT', { expected, latest })
}

/** The number the next saved version gets. Versions start at 1 and never change once saved. */
export function nextVersionNumber(latest: number | undefined): number {
  return latest === undefined ? 1 : latest + 1
}

/**
 * Rounding of the figures shown to people (docs/services-delivered.md, "Rounding").
 * Sums are kept exact until the end; only the shown figure is rounded. The small allowance absorbs
 * binary floating-point error (24.000000000000004 is 24; 32.49999999999999 is 32.5).
 */
const EPSILON = 1e-9

/** Whole minutes, halves rounded up: 33.5 → 34, 33.33 → 33. */
export function roundMinutes(minutes: number): number {
  return Math.round(minutes + EPSILON)
}

/**
 * A percentage with one decimal, always rounded down, so 89.96 % shows as 89.9 % and never looks
 * like the 90 % that would stop the alert. Undefined when nothing was required.
 */
export function percentOf(part: number, whole: number): number | undefined {
  if (whole <= 0) return undefined
  return Math.floor((part * 1000) / whole + EPSILON * 1000) / 10
}

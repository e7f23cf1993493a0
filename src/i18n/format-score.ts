/** A score as people read it: at most two decimals, no trailing zeros ("14", "14.5", "0.33"). */
export function formatScore(value: number): string {
  return String(Math.round(value * 100) / 100)
}

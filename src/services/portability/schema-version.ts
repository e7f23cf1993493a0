import { migrations } from '../../storage/migrations/index.ts'

/** The migrations this Pathway has run, in order: an export names them so an import can tell its age. */
export function migrationNames(): string[] {
  return Object.keys(migrations)
}

import { type Compilable, type CompiledQuery, PostgresAdapter } from 'kysely'
import type { DbOrTx } from './database.ts'

const MARKER = '\u0000pathway-argument-'

/**
 * A query run on every request, built and compiled once per database kind instead of on every call
 * (building and compiling is most of a simple query's cost in the app; measured with --cpu-prof).
 * `build` receives one marker string per argument and must pass each, unchanged, as a value (a list
 * goes as one value: `= any(…)` on PostgreSQL, `json_each(…)` on SQLite); the markers in the
 * compiled parameters are then replaced by the arguments of each call.
 */
export function preparedQuery<Row, Args extends readonly unknown[]>(
  arity: Args['length'],
  build: (db: DbOrTx, postgres: boolean, ...markers: string[]) => Compilable<Row>,
): (db: DbOrTx, ...args: Args) => Promise<Row[]> {
  const compiled = new Map<boolean, { query: CompiledQuery<Row>; slots: (number | undefined)[] }>()
  return async (db, ...args) => {
    const postgres = db.getExecutor().adapter instanceof PostgresAdapter
    let entry = compiled.get(postgres)
    if (!entry) {
      const markers = Array.from({ length: arity }, (_, i) => `${MARKER}${i}`)
      const query = build(db, postgres, ...markers).compile()
      const slots = query.parameters.map((value) =>
        typeof value === 'string' && value.startsWith(MARKER)
          ? Number(value.slice(MARKER.length))
          : undefined,
      )
      if (slots.filter((slot) => slot !== undefined).length !== arity)
        throw new Error('preparedQuery: every argument must appear once as a value')
      entry = { query, slots }
      compiled.set(postgres, entry)
    }
    const { query, slots } = entry
    const parameters = query.parameters.map((value, i) => {
      const slot = slots[i]
      return slot === undefined ? value : args[slot]
    })
    return (await db.executeQuery<Row>({ ...query, parameters })).rows
  }
}

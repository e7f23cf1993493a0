import { describe, expect, test } from 'vitest'
import { buildTestApp } from '../../test/support/test-app.ts'
import { testDialects } from '../../test/support/test-database.ts'
import { generateDataset } from './dataset.ts'

/** What a generated data set holds, without its random ids: counts and the values that were drawn. */
async function generate(dialect: 'sqlite' | 'postgres', children: number) {
  const t = await buildTestApp({ dialect, now: '2026-11-29T15:00:00.000Z' })
  try {
    const dataset = await generateDataset(t.deps, { children })
    const db = t.deps.db
    const points = await db
      .selectFrom('progress_points')
      .select(['measured_on', 'value', 'source'])
      .orderBy('measured_on')
      .orderBy('value')
      .orderBy('source')
      .execute()
    const sessions = await db
      .selectFrom('service_sessions')
      .select(['session_date', 'minutes', 'status'])
      .execute()
    const documents = await db.selectFrom('documents').select(['kind', 'document_date']).execute()
    const practices = await db
      .selectFrom('organizations')
      .select('name')
      .where('kind', '=', 'practice')
      .execute()
    const { apiToken: _token, parent: _parent, advocate, ...counts } = dataset
    expect(advocate.practiceId).not.toBe('')
    return { counts, points, sessions: sessions.length, documents: documents.length, practices }
  } finally {
    await t.close()
  }
}

for (const dialect of testDialects()) {
  describe(`the bench data set on ${dialect}`, () => {
    test('holds progress points, service log entries, documents and practices, and is the same every run', {
      timeout: 120_000,
    }, async () => {
      const first = await generate(dialect, 1_200)
      expect(first.counts.children).toBe(1_200)
      expect(first.counts.practices).toBe(2)
      expect(first.practices).toHaveLength(2)
      // About ten weekly points on one or two goals, 10–20 sessions and 2–6 documents per child.
      expect(first.counts.progressPoints).toBeGreaterThan(1_199 * 6)
      expect(first.counts.serviceSessions).toBeGreaterThanOrEqual(1_199 * 10)
      expect(first.counts.documents).toBeGreaterThanOrEqual(1_199 * 2)
      expect(first.sessions).toBe(first.counts.serviceSessions)
      expect(first.documents).toBe(first.counts.documents)
      // The plan's progress points for the first child come on top of the generated ones.
      expect(first.points).toHaveLength(first.counts.progressPoints + 12)
      const second = await generate(dialect, 1_200)
      expect(second.counts).toEqual(first.counts)
      expect(second.points).toEqual(first.points)
    })
  })
}

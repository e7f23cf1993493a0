import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { bookingForm, createAdvocate } from '../../../test/support/practice-factories.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { testDialects } from '../../../test/support/test-database.ts'
import { DomainError } from '../../domain/problems.ts'
import { insertConsultation, isSlotConflict } from '../../storage/consultations-store.ts'
import { bookConsultation, getPublicAdvocate } from './bookings.ts'

// Monday 2 March 2026, 12:00 UTC; Tuesday 3 March 09:00 in New York is 14:00 UTC.
const NOW = '2026-03-02T12:00:00.000Z'
const TUESDAY_NINE = '2026-03-03T14:00:00.000Z'

for (const dialect of testDialects()) {
  describe(`booking a consultation on ${dialect}`, () => {
    let t: TestApp
    beforeAll(async () => {
      t = await buildTestApp({ dialect, now: NOW })
    })
    afterAll(async () => {
      await t.close()
    })

    test('fifty concurrent requests for one slot give exactly one booking and forty-nine "just taken" answers with the nearest open times', async () => {
      const { slug, profileId } = await createAdvocate(t.deps)
      const advocate = await getPublicAdvocate(t.deps, slug)
      const results = await Promise.allSettled(
        Array.from({ length: 50 }, (_, i) =>
          bookConsultation(
            t.deps,
            undefined,
            advocate,
            bookingForm(TUESDAY_NINE, { email: `family${i}@example.org` }),
            'en',
          ),
        ),
      )
      const booked = results.filter((r) => r.status === 'fulfilled')
      const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')
      expect(booked).toHaveLength(1)
      expect(refused).toHaveLength(49)
      for (const r of refused) {
        expect(r.reason).toBeInstanceOf(DomainError)
        expect((r.reason as DomainError).code).toBe('SLOT_TAKEN')
        const nearest = (r.reason as DomainError).details?.nearest as { start: string }[]
        expect(nearest).toHaveLength(3)
        expect(nearest.map((s) => s.start)).not.toContain('2026-03-03T07:00:00-07:00')
      }
      const rows = await t.deps.db
        .selectFrom('consultations')
        .select(['start_at'])
        .where('advocate_id', '=', profileId)
        .execute()
      expect(rows).toEqual([{ start_at: TUESDAY_NINE }])
    })

    test('the database itself refuses a second active consultation at the same time', async () => {
      const { profileId, organizationId } = await createAdvocate(t.deps)
      const row = (id: string, start: string, end: string) => ({
        id,
        organization_id: organizationId,
        advocate_id: profileId,
        start_at: start,
        end_at: end,
        length_minutes: 30,
        family_name: 'A',
        family_email: 'a@example.org',
        family_phone: null,
        child_grade: null,
        child_state: null,
        reason: 'r',
        viewer_time_zone: 'America/New_York',
        language: 'en',
        child_id: null,
        child_detached_at: null,
        booked_by: null,
        manage_token_hash: `hash-${id}`,
        manage_expires_at: start,
        sequence: 0,
        cancelled_at: null,
        created_at: NOW,
        updated_at: NOW,
      })
      await insertConsultation(t.deps.db, row(t.deps.newId(), TUESDAY_NINE, '2026-03-03T14:30:00.000Z'))
      const error = await insertConsultation(
        t.deps.db,
        row(t.deps.newId(), TUESDAY_NINE, '2026-03-03T14:30:00.000Z'),
      ).catch((e: unknown) => e)
      expect(isSlotConflict(error)).toBe(true)
      if (dialect === 'postgres') {
        // Overlapping but not starting at the same moment: the exclusion constraint refuses it.
        const overlap = await insertConsultation(
          t.deps.db,
          row(t.deps.newId(), '2026-03-03T14:15:00.000Z', '2026-03-03T14:45:00.000Z'),
        ).catch((e: unknown) => e)
        expect((overlap as { code?: string }).code).toBe('23P01')
        expect(isSlotConflict(overlap)).toBe(true)
      }
    })
  })
}

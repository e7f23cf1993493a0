import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createChildFor, createUser, type TestUser } from '../../../test/support/factories.ts'
import { EVALUATE_FAMILY, PLAN_504_FAMILY } from '../../../test/support/screener.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { testDialects } from '../../../test/support/test-database.ts'
import { localDate } from '../../domain/dates/local-date.ts'
import { archiveChild } from '../children/children.ts'
import { addEvent, listEvents } from '../children/events.ts'
import { getSavedScreenerResult, saveScreenerResult } from './save-screener-result.ts'

for (const dialect of testDialects()) {
  describe(`saving screener results on ${dialect}`, () => {
    let t: TestApp
    let parent: TestUser
    let stranger: TestUser

    beforeAll(async () => {
      t = await buildTestApp({ dialect, now: '2026-11-29T15:00:00.000Z' })
      parent = await createUser(t.deps)
      stranger = await createUser(t.deps)
    })
    afterAll(async () => {
      await t.close()
    })

    const notFound = expect.objectContaining({ code: 'NOT_FOUND' })

    test('a saved result reads back with every answer, on the child’s timeline', async () => {
      const child = await createChildFor(t.deps, parent)
      const event = await saveScreenerResult(t.deps, parent.actor, child.id, EVALUATE_FAMILY)
      expect(event).toMatchObject({
        childId: child.id,
        organizationId: parent.householdId,
        type: 'screener-completed',
        date: '2026-11-29',
        note: null,
        createdBy: parent.id,
      })
      expect(event.details).toEqual({
        answers: JSON.parse(JSON.stringify(EVALUATE_FAMILY)),
        recommendation: 'evaluate',
        evaluationFocus: 'idea',
      })
      const saved = await getSavedScreenerResult(t.deps, parent.actor, child.id, event.id)
      expect(saved.answers).toEqual(EVALUATE_FAMILY)
      expect((await listEvents(t.deps, parent.actor, child.id)).map((e) => e.id)).toContain(event.id)
    })

    test('a date can be given (the demo family screened before asking for an evaluation)', async () => {
      const child = await createChildFor(t.deps, parent)
      const event = await saveScreenerResult(t.deps, parent.actor, child.id, PLAN_504_FAMILY, {
        date: localDate('2026-09-01'),
      })
      expect(event.date).toBe('2026-09-01')
    })

    test('another household can neither save to nor read the child: NOT_FOUND, nothing written', async () => {
      const child = await createChildFor(t.deps, parent)
      await expect(saveScreenerResult(t.deps, stranger.actor, child.id, PLAN_504_FAMILY)).rejects.toEqual(
        notFound,
      )
      expect(await listEvents(t.deps, parent.actor, child.id)).toEqual([])
      const event = await saveScreenerResult(t.deps, parent.actor, child.id, PLAN_504_FAMILY)
      await expect(getSavedScreenerResult(t.deps, stranger.actor, child.id, event.id)).rejects.toEqual(
        notFound,
      )
      const other = await createChildFor(t.deps, parent)
      await expect(getSavedScreenerResult(t.deps, parent.actor, other.id, event.id)).rejects.toEqual(notFound)
    })

    test('an archived child takes no new results', async () => {
      const child = await createChildFor(t.deps, parent)
      await archiveChild(t.deps, parent.actor, child.id)
      await expect(saveScreenerResult(t.deps, parent.actor, child.id, PLAN_504_FAMILY)).rejects.toEqual(
        expect.objectContaining({ code: 'INVALID_STATE' }),
      )
      expect(await listEvents(t.deps, parent.actor, child.id)).toEqual([])
    })

    test('an event without answers is not a saved result', async () => {
      const child = await createChildFor(t.deps, parent)
      const typed = await addEvent(t.deps, parent.actor, child.id, {
        type: 'screener-completed',
        date: '2026-11-01',
        note: '',
      })
      const meeting = await addEvent(t.deps, parent.actor, child.id, {
        type: 'iep-meeting-held',
        date: '2026-11-01',
        note: '',
      })
      for (const id of [typed.id, meeting.id])
        await expect(getSavedScreenerResult(t.deps, parent.actor, child.id, id)).rejects.toEqual(notFound)
    })
  })
}

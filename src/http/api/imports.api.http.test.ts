import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createChildFor, createUser, type TestUser } from '../../../test/support/factories.ts'
import { corpusIep } from '../../../test/support/import-corpus.ts'
import { uploadPdf } from '../../../test/support/imports.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { testDialects } from '../../../test/support/test-database.ts'
import type { ProposedField } from '../../domain/imports/proposal.ts'
import { JOB_HANDLERS } from '../../jobs/handlers.ts'
import { runDueJobs } from '../../jobs/run-jobs.ts'
import { createApiToken } from '../../services/accounts/api-tokens.ts'
import { getGoalsInEffect, getPlanInEffect } from '../../services/plans/plan-records.ts'

interface ImportJson {
  id: string
  status: string
  version: number
  planId: string | null
  fields: ProposedField[]
}

for (const dialect of testDialects()) {
  describe(`confirming an import through the API on ${dialect}`, () => {
    let t: TestApp
    let parent: TestUser
    let token: string
    let strangerToken: string
    let dataDir: string

    beforeAll(async () => {
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pathway-import-api-'))
      t = await buildTestApp({ dialect, now: '2026-11-29T15:00:00.000Z', env: { DATA_DIR: dataDir } })
      parent = await createUser(t.deps)
      token = (await createApiToken(t.deps, parent.id, 'tests')).token ?? ''
      const stranger = await createUser(t.deps)
      strangerToken = (await createApiToken(t.deps, stranger.id, 'tests')).token ?? ''
    })
    afterAll(async () => {
      await t.close()
      fs.rmSync(dataDir, { recursive: true, force: true })
    })

    function call(method: 'GET' | 'POST', url: string, body?: object, bearer = token) {
      return t.app.inject({
        method,
        url,
        headers: { authorization: `Bearer ${bearer}` },
        ...(body ? { payload: body } : {}),
      })
    }

    /** A child with last year's IEP uploaded, read by the job: the import as the API shows it. */
    async function readIep(): Promise<{ childId: string; found: ImportJson }> {
      const child = await createChildFor(t.deps, parent)
      const document = await uploadPdf(t.deps, parent, child.id, (await corpusIep(0)).bytes)
      const started = await call('POST', `/api/v1/children/${child.id}/documents/${document.id}/import`)
      expect(started.statusCode).toBe(202)
      await runDueJobs(t.deps, { handlers: JOB_HANDLERS })
      const read = await call('GET', `/api/v1/children/${child.id}/imports/${started.json().id}`)
      return { childId: child.id, found: read.json() as ImportJson }
    }

    const keep = (fields: readonly ProposedField[]) => fields.map((f) => ({ path: f.path, value: f.value }))

    test('confirming with a corrected field creates the plan, its goals and services in one go', async () => {
      const { childId, found } = await readIep()
      expect(found.status).toBe('ready')
      const fields = keep(found.fields).map((f) =>
        f.path === 'dates.end' ? { ...f, value: '2026-09-01' } : f,
      )
      const confirmed = await call('POST', `/api/v1/children/${childId}/imports/${found.id}/confirm`, {
        version: found.version,
        kind: 'iep',
        fields,
      })
      expect(confirmed.statusCode).toBe(201)
      const { planId } = confirmed.json() as { planId: string; eventIds: string[] }
      const plan = await getPlanInEffect(t.deps, parent.actor, childId, '2026-01-01' as never)
      expect(plan?.record.id).toBe(planId)
      expect(plan?.version.plan).toMatchObject({
        kind: 'iep',
        dates: { meeting: '2025-09-10', end: '2026-09-01' },
      })
      expect(plan?.version.plan.services.length).toBe(2)
      const goals = await getGoalsInEffect(t.deps, parent.actor, childId, '2026-01-01' as never)
      expect(goals?.goals.length).toBe(2)
      const after = await call('GET', `/api/v1/children/${childId}/imports/${found.id}`)
      expect(after.json()).toMatchObject({ status: 'confirmed', planId, version: 2 })
      // The same confirmation again is a conflict, and makes nothing.
      const again = await call('POST', `/api/v1/children/${childId}/imports/${found.id}/confirm`, {
        version: found.version,
        kind: 'iep',
        fields,
      })
      expect(again.statusCode).toBe(409)
      expect(again.json().code).toBe('VERSION_CONFLICT')
    })

    test('a value that cannot be used answers 400 naming the field, and nothing is created', async () => {
      const { childId, found } = await readIep()
      const fields = keep(found.fields)
      const meeting = fields.findIndex((f) => f.path === 'dates.meeting')
      fields[meeting] = { path: 'dates.meeting', value: 'sometime in fall' }
      const refused = await call('POST', `/api/v1/children/${childId}/imports/${found.id}/confirm`, {
        version: found.version,
        kind: 'iep',
        fields,
      })
      expect(refused.statusCode).toBe(400)
      expect(refused.json()).toMatchObject({
        code: 'INVALID_INPUT',
        problems: [expect.objectContaining({ field: `fields[${meeting}].value` })],
      })
      expect(await getPlanInEffect(t.deps, parent.actor, childId, '2026-01-01' as never)).toBeUndefined()
      const unknownKind = await call('POST', `/api/v1/children/${childId}/imports/${found.id}/confirm`, {
        version: found.version,
        kind: 'diary',
        fields,
      })
      expect(unknownKind.statusCode).toBe(400)
      expect(JSON.stringify(unknownKind.json().problems)).toContain('kind')
    })

    test('an import still reading cannot be confirmed yet; another family gets 404', async () => {
      const child = await createChildFor(t.deps, parent)
      const document = await uploadPdf(t.deps, parent, child.id, (await corpusIep(1)).bytes)
      const started = await call('POST', `/api/v1/children/${child.id}/documents/${document.id}/import`)
      const id = started.json().id
      const early = await call('POST', `/api/v1/children/${child.id}/imports/${id}/confirm`, {
        version: 1,
        kind: 'iep',
        fields: [],
      })
      expect(early.statusCode).toBe(409)
      const stranger = await call(
        'POST',
        `/api/v1/children/${child.id}/imports/${id}/confirm`,
        { version: 1, kind: 'iep', fields: [] },
        strangerToken,
      )
      expect(stranger.statusCode).toBe(404)
    })
  })
}

import { GRADES } from '../../src/domain/children/child.ts'
import { US_STATES } from '../../src/domain/children/us-states.ts'
import { addDays, localDate } from '../../src/domain/dates/local-date.ts'
import { createApiToken } from '../../src/services/accounts/api-tokens.ts'
import { hashPassword } from '../../src/services/accounts/secrets.ts'
import type { Deps } from '../../src/services/deps.ts'
import { createPlan } from '../../src/services/plans/save-plan.ts'
import { listMemberships } from '../../src/storage/accounts-store.ts'
import { buildIep } from '../../test/support/plan-factories.ts'
import { addBenchProgressPoints } from './progress-points.ts'
import { integer, pick, seededRandom } from './random.ts'

export interface Dataset {
  readonly children: number
  readonly events: number
  readonly parent: {
    readonly email: string
    readonly password: string
    readonly childId: string
    /** An IEP in effect for that child, saved through the plans service (its pages are measured). */
    readonly planId: string
  }
  readonly apiToken: string
}

const FIRST = [
  'Ana',
  'Ben',
  'Carla',
  'Dev',
  'Elena',
  'Farah',
  'Gabe',
  'Hana',
  'Ivan',
  'Jada',
  'Kai',
  'Lena',
  'Mateo',
  'Nia',
  'Omar',
]
const LAST = ['Rivera', 'Okafor', 'Nguyen', 'Smith', 'García', 'Kim', 'Patel', 'Lopez', 'Brown', 'Haddad']
const EVENT_TYPES = [
  'evaluation-requested',
  'consent-to-evaluate-signed',
  'evaluation-completed',
  'eligibility-determined',
  'iep-meeting-held',
  'iep-in-effect',
  'progress-report-sent',
  'records-request-received',
  'iep-meeting-scheduled',
  'prior-written-notice-sent',
] as const

/**
 * A repeatable data set for `npm run bench`: households of one to three children across all states,
 * each child with about ten events. Rows go in through multi-row inserts in transactions (the
 * product's own services would hash a password per user and take minutes). The bench parent owns
 * the first household, so its pages are measured against a full database.
 */
export async function generateDataset(
  deps: Deps,
  options: { children: number; seed?: number },
): Promise<Dataset> {
  const random = seededRandom(options.seed ?? 20261129)
  const now = deps.clock.now()
  const passwordHash = await hashPassword('bench-password-2026')
  const today = localDate(now.slice(0, 10))
  let made = 0
  let events = 0
  let household = 0
  let firstChildId = ''
  let parentId = ''
  const batch = 500
  while (made < options.children) {
    const users: Record<string, unknown>[] = []
    const organizations: Record<string, unknown>[] = []
    const memberships: Record<string, unknown>[] = []
    const children: Record<string, unknown>[] = []
    const eventRows: Record<string, unknown>[] = []
    while (made < options.children && children.length < batch) {
      household += 1
      const userId = deps.newId()
      const orgId = deps.newId()
      const email = household === 1 ? 'bench.parent@example.org' : `bench.parent.${household}@example.org`
      if (household === 1) parentId = userId
      users.push({
        id: userId,
        email,
        name: `${pick(random, FIRST)} ${pick(random, LAST)}`,
        password_hash: passwordHash,
        email_verified_at: now,
        locale: random() < 0.3 ? 'es' : 'en',
        created_at: now,
        updated_at: now,
      })
      organizations.push({ id: orgId, kind: 'family', name: `Household ${household}`, created_at: now })
      memberships.push({ organization_id: orgId, user_id: userId, role: 'owner', created_at: now })
      const size = household === 1 ? 3 : integer(random, 1, 3)
      for (let c = 0; c < size && made < options.children; c += 1) {
        const childId = deps.newId()
        if (!firstChildId) firstChildId = childId
        made += 1
        const [state] = pick(random, US_STATES)
        children.push({
          id: childId,
          organization_id: orgId,
          legal_name: `${pick(random, FIRST)} ${pick(random, LAST)}`,
          preferred_name: null,
          date_of_birth: addDays(today, -integer(random, 4 * 365, 18 * 365)),
          grade: pick(random, GRADES),
          school: 'Bench Elementary School',
          district: 'Bench Unified School District',
          state,
          home_language: null,
          notes: null,
          archived_at: null,
          version: 1,
          created_at: now,
          updated_at: now,
        })
        const count = integer(random, 8, 12)
        for (let e = 0; e < count; e += 1) {
          eventRows.push({
            id: deps.newId(),
            organization_id: orgId,
            child_id: childId,
            type: pick(random, EVENT_TYPES),
            date: addDays(today, -integer(random, 0, 3 * 365)),
            note: random() < 0.5 ? 'Noted during the bench run.' : null,
            details: null,
            created_by: userId,
            created_at: now,
            updated_at: now,
          })
        }
        events += count
      }
    }
    await deps.db.transaction().execute(async (tx) => {
      const insert = async (table: string, rows: Record<string, unknown>[]) => {
        for (let i = 0; i < rows.length; i += 200)
          await tx
            .insertInto(table as never)
            .values(rows.slice(i, i + 200) as never)
            .execute()
      }
      await insert('users', users)
      await insert('organizations', organizations)
      await insert('memberships', memberships)
      await insert('children', children)
      await insert('events', eventRows)
    })
  }
  const token = await createApiToken(deps, parentId, 'bench')
  const actor = {
    kind: 'user' as const,
    userId: parentId,
    memberships: await listMemberships(deps.db, parentId),
  }
  const plan = await createPlan(deps, actor, firstChildId, JSON.parse(JSON.stringify(buildIep())))
  await addBenchProgressPoints(deps, actor, firstChildId)
  return {
    children: made,
    events,
    parent: {
      email: 'bench.parent@example.org',
      password: 'bench-password-2026',
      childId: firstChildId,
      planId: plan.record.id,
    },
    apiToken: token.token ?? '',
  }
}

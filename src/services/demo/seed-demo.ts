import type { Actor } from '../../domain/access/actor.ts'
import { addDays, type LocalDate } from '../../domain/dates/local-date.ts'
import {
  findUserCredentials,
  insertMembership,
  insertOrganization,
  insertUser,
  listMemberships,
} from '../../storage/accounts-store.ts'
import { listChildrenOfOrganizations } from '../../storage/children-store.ts'
import { hashPassword } from '../accounts/secrets.ts'
import { createChild } from '../children/children.ts'
import { addEvent } from '../children/events.ts'
import { type Deps, today } from '../deps.ts'
import { saveScreenerResult } from '../screener/save-screener-result.ts'
import { DEMO_ADVOCATE_EMAIL, seedDemoAdvocate } from './seed-demo-advocate.ts'
import { seedDemoFollowThrough } from './seed-demo-follow-through.ts'
import { seedDemoPlans } from './seed-demo-plans.ts'
import { seedMateoRecords } from './seed-demo-records.ts'

export const DEMO_PARENT_EMAIL = 'demo.parent@example.org'
export const DEMO_PASSWORD = 'demo-pathway-2026'

export interface DemoSeedReport {
  readonly created: boolean
  readonly email: string
  readonly password: string
  readonly children: number
  /** The demo advocate, who signs in with the same password. */
  readonly advocateEmail: string
}

/**
 * A demo family: a parent and two children with events, so every page has something to show, and
 * a demo advocate whose practice Mateo's record is shared with.
 * Dates are relative to today, so the demo always has deadlines coming up. Running it twice
 * changes nothing. Never in production (the command refuses).
 */
export async function seedDemo(deps: Deps): Promise<DemoSeedReport> {
  const existing = await findUserCredentials(deps.db, DEMO_PARENT_EMAIL)
  if (existing) {
    const memberships = await listMemberships(deps.db, existing.user.id)
    const children = await listChildrenOfOrganizations(
      deps.db,
      memberships.map((m) => m.organizationId),
      { archived: false },
    )
    return {
      created: false,
      email: DEMO_PARENT_EMAIL,
      password: DEMO_PASSWORD,
      children: children.length,
      advocateEmail: DEMO_ADVOCATE_EMAIL,
    }
  }
  const now = deps.clock.now()
  const userId = deps.newId()
  const householdId = deps.newId()
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  await deps.db.transaction().execute(async (tx) => {
    await insertUser(tx, {
      id: userId,
      email: DEMO_PARENT_EMAIL,
      name: 'Maria Lopez',
      passwordHash,
      locale: null,
      now,
    })
    await tx.updateTable('users').set({ email_verified_at: now }).where('id', '=', userId).execute()
    await insertOrganization(tx, { id: householdId, kind: 'family', name: 'Lopez household', now })
    await insertMembership(tx, { organizationId: householdId, userId, role: 'owner', now })
  })
  const actor: Actor = {
    kind: 'user',
    userId,
    memberships: [{ organizationId: householdId, organizationKind: 'family', role: 'owner' }],
  }
  const day = today(deps)
  const ago = (days: number): LocalDate => addDays(day, -days)

  const sofia = await createChild(deps, actor, {
    legalName: 'Sofia Lopez',
    preferredName: 'Sofi',
    dateOfBirth: addDays(day, -(9 * 365 + 120)),
    grade: '3',
    school: 'Lincoln Elementary School',
    district: 'Riverside Unified School District',
    state: 'TX',
    homeLanguage: 'Spanish and English',
    notes: 'Loves drawing. Reading is hard for her, and she gets tired by the afternoon.',
  })
  // Before writing to the school, Sofia's mother used the screener: it said to ask for an evaluation.
  await saveScreenerResult(
    deps,
    actor,
    sofia.id,
    {
      age: 9,
      school: 'public',
      currentPlan: 'none',
      basis: 'impairment',
      conditions: [
        {
          name: 'Trouble reading',
          diagnosed: false,
          temporary: false,
          expectedDurationMonths: null,
          episodic: false,
          inRemission: false,
        },
      ],
      ideaCategories: ['specific-learning-disability'],
      ideaCategoriesUnsure: false,
      adverseEffectOnEducation: 'yes',
      needsSpecializedInstruction: 'unsure',
      majorLifeActivities: ['reading', 'learning'],
      mitigatingMeasures: ['learned-behavioral-adaptations'],
      substantialLimitation: 'yes',
      needsAccommodations: 'unsure',
      schoolResponse: 'evaluation-delayed-for-interventions',
    },
    { date: ago(75) },
  )
  for (const [type, date, note] of [
    ['evaluation-requested', ago(70), 'Wrote to the principal asking for a full evaluation for dyslexia.'],
    ['consent-to-evaluate-signed', ago(55), 'Signed the consent form at the school office.'],
  ] as const) {
    await addEvent(deps, actor, sofia.id, { type, date, note })
  }

  const mateo = await createChild(deps, actor, {
    legalName: 'Mateo Lopez',
    preferredName: '',
    dateOfBirth: addDays(day, -(13 * 365 + 200)),
    grade: '7',
    school: 'Washington Middle School',
    district: 'Riverside Unified School District',
    state: 'TX',
    homeLanguage: 'Spanish and English',
    notes: 'ADHD. Has had an IEP since 2nd grade. Speech therapy twice a week.',
  })
  await addEvent(deps, actor, mateo.id, {
    type: 'evaluation-completed',
    date: ago(800),
    note: 'Three-year reevaluation completed.',
  })
  // Last year's IEP and this year's: the IEP meetings and "in effect" events come from the plans.
  await seedDemoPlans(deps, actor, mateo.id)
  // Documents, log entries, and the records request sent 20 days ago (it records records-request-received).
  await seedMateoRecords(deps, actor, mateo)
  // After the plan: school calendar, service sessions, an accommodation not followed, a meeting, a dispute.
  await seedDemoFollowThrough(deps, actor, mateo)
  // An advocate's practice that Mateo's record is shared with: the workspace pages.
  await seedDemoAdvocate(deps, actor, mateo, passwordHash)
  return {
    created: true,
    email: DEMO_PARENT_EMAIL,
    password: DEMO_PASSWORD,
    children: 2,
    advocateEmail: DEMO_ADVOCATE_EMAIL,
  }
}

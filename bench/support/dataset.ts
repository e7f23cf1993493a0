import { GRADES } from '../../src/domain/children/child.ts'
import { US_STATES } from '../../src/domain/children/us-states.ts'
import { addDays, type LocalDate, localDate } from '../../src/domain/dates/local-date.ts'
import { DOCUMENT_KINDS } from '../../src/domain/documents/document.ts'
import { PROGRESS_SOURCES } from '../../src/domain/progress/progress-point.ts'
import { SESSION_SOURCES } from '../../src/domain/services-delivered/session-entry.ts'
import { SESSION_STATUSES } from '../../src/domain/services-delivered/session-status.ts'
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
  /** Advocates' practices (organizations of kind `practice`), one per 1,000 children, each with its advocate. */
  readonly practices: number
  readonly progressPoints: number
  readonly serviceSessions: number
  /** Document rows (metadata only: no file is stored, so nothing may open them). */
  readonly documents: number
  readonly parent: {
    readonly email: string
    readonly password: string
    readonly childId: string
    /** An IEP in effect for that child, saved through the plans service (its pages are measured). */
    readonly planId: string
  }
  readonly apiToken: string
  /** The first practice's advocate (children are shared with it by shareWithPractice). */
  readonly advocate: { readonly email: string; readonly password: string; readonly practiceId: string }
}

/** Shares these children (read) with a practice, as a family does from the sharing page. */
export async function shareWithPractice(
  deps: Deps,
  practiceId: string,
  children: readonly { readonly id: string; readonly organization_id: string }[],
): Promise<void> {
  const now = deps.clock.now()
  for (let i = 0; i < children.length; i += 200) {
    await deps.db
      .insertInto('child_shares')
      .values(
        children.slice(i, i + 200).map((c) => ({
          id: deps.newId(),
          organization_id: c.organization_id,
          child_id: c.id,
          grantee_user_id: null,
          grantee_organization_id: practiceId,
          scope: 'read' as const,
          expires_on: null,
          created_by: null,
          created_at: now,
          revoked_at: null,
        })),
      )
      .execute()
  }
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

// Goal and service ids as plans name them (the bench IEP in test/support/plan-factories.ts has the
// first of each). Generated children have no saved plan: these rows give the tables a caseload's volume.
const GOAL_IDS = ['goal-reading-fluency', 'goal-written-expression'] as const
const SERVICE_IDS = ['svc-reading', 'svc-speech'] as const

/** What one generated child has besides its events: progress points, service log entries, documents. */
function childRecords(
  random: () => number,
  ids: { newId: () => string; orgId: string; childId: string; userId: string },
  today: LocalDate,
  now: string,
) {
  const { newId, orgId, childId, userId } = ids
  const progress: Record<string, unknown>[] = []
  const sessions: Record<string, unknown>[] = []
  const documents: Record<string, unknown>[] = []
  // Weekly scores on one or two goals since the start of the school year.
  for (const goalId of GOAL_IDS.slice(0, integer(random, 1, 2))) {
    const weeks = integer(random, 6, 14)
    const base = integer(random, 20, 60)
    for (let week = 0; week < weeks; week += 1)
      progress.push({
        id: newId(),
        organization_id: orgId,
        child_id: childId,
        goal_id: goalId,
        measured_on: addDays(today, -7 * (weeks - week)),
        value: base + week + integer(random, -3, 3),
        unit: 'wcpm',
        source: pick(random, PROGRESS_SOURCES),
        note: null,
        entered_by_user_id: userId,
        entered_by_link_id: null,
        entered_by_name: null,
        version: 1,
        created_at: now,
        updated_at: now,
      })
  }
  // Twice-weekly sessions of one service over the last ten weeks, some missed.
  const serviceId = pick(random, SERVICE_IDS)
  for (let n = 0; n < integer(random, 10, 20); n += 1)
    sessions.push({
      id: newId(),
      organization_id: orgId,
      child_id: childId,
      service_id: serviceId,
      session_date: addDays(today, -integer(random, 1, 70)),
      minutes: pick(random, [20, 30, 45] as const),
      status: random() < 0.8 ? SESSION_STATUSES[0] : pick(random, SESSION_STATUSES),
      provider: random() < 0.5 ? 'Ms. Bench' : null,
      note: null,
      source: pick(random, SESSION_SOURCES),
      unconfirmed: 0,
      entered_by: userId,
      entered_via_link: null,
      version: 1,
      created_at: now,
      updated_at: now,
    })
  // A few papers in the binder: rows only, as a listing or search reads them.
  for (let n = 0; n < integer(random, 2, 6); n += 1) {
    const kind = pick(random, DOCUMENT_KINDS)
    documents.push({
      id: newId(),
      organization_id: orgId,
      child_id: childId,
      title: `Bench ${kind} ${n + 1}`,
      kind,
      document_date: addDays(today, -integer(random, 0, 3 * 365)),
      notes: null,
      tags: '[]',
      file_name: `bench-${n + 1}.pdf`,
      media_type: 'application/pdf',
      size_bytes: integer(random, 20_000, 2_000_000),
      blob_hash: `bench-${childId}-${n}`,
      wrapped_key: 'bench-no-file',
      text_status: 'none',
      text_chars: 0,
      version: 1,
      created_by: userId,
      created_at: now,
      updated_at: now,
    })
  }
  return { progress, sessions, documents }
}

/**
 * A repeatable data set for `npm run bench`: households of one to three children across all states,
 * each child with about ten events, weekly progress points on one or two goals, service log
 * entries, a few documents (metadata), and advocates' practices (one per 1,000 children). The first
 * child's pages are measured, so it gets only its saved plan and the bench progress points. Rows go in through multi-row inserts in transactions (the
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
  let practices = 0
  let firstPracticeId = ''
  let progressPoints = 0
  let serviceSessions = 0
  let documents = 0
  const batch = 500
  while (made < options.children) {
    const users: Record<string, unknown>[] = []
    const organizations: Record<string, unknown>[] = []
    const memberships: Record<string, unknown>[] = []
    const children: Record<string, unknown>[] = []
    const eventRows: Record<string, unknown>[] = []
    const progressRows: Record<string, unknown>[] = []
    const sessionRows: Record<string, unknown>[] = []
    const documentRows: Record<string, unknown>[] = []
    while (made < options.children && children.length < batch) {
      if (made >= practices * 1000) {
        // An advocate's practice for every 1,000 children (the caseload suite adds its own advocate).
        practices += 1
        const advocateId = deps.newId()
        const practiceId = deps.newId()
        if (!firstPracticeId) firstPracticeId = practiceId
        users.push({
          id: advocateId,
          email: `bench.advocate.${practices}@example.org`,
          name: `${pick(random, FIRST)} ${pick(random, LAST)}`,
          password_hash: passwordHash,
          email_verified_at: now,
          locale: 'en',
          created_at: now,
          updated_at: now,
        })
        organizations.push({
          id: practiceId,
          kind: 'practice',
          name: `Practice ${practices}`,
          created_at: now,
        })
        memberships.push({ organization_id: practiceId, user_id: advocateId, role: 'admin', created_at: now })
      }
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
        if (childId === firstChildId) continue
        const more = childRecords(random, { newId: deps.newId, orgId, childId, userId }, today, now)
        progressRows.push(...more.progress)
        sessionRows.push(...more.sessions)
        documentRows.push(...more.documents)
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
      await insert('progress_points', progressRows)
      await insert('service_sessions', sessionRows)
      await insert('documents', documentRows)
    })
    progressPoints += progressRows.length
    serviceSessions += sessionRows.length
    documents += documentRows.length
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
    practices,
    progressPoints,
    serviceSessions,
    documents,
    parent: {
      email: 'bench.parent@example.org',
      password: 'bench-password-2026',
      childId: firstChildId,
      planId: plan.record.id,
    },
    apiToken: token.token ?? '',
    advocate: {
      email: 'bench.advocate.1@example.org',
      password: 'bench-password-2026',
      practiceId: firstPracticeId,
    },
  }
}

import type { UserActor } from '../../src/domain/access/actor.ts'
import type { Child, ChildDetailsDraft } from '../../src/domain/children/child.ts'
import { hashPassword } from '../../src/services/accounts/secrets.ts'
import { loadSignedIn } from '../../src/services/accounts/sessions.ts'
import { createChild } from '../../src/services/children/children.ts'
import type { Deps } from '../../src/services/deps.ts'
import {
  insertMembership,
  insertOrganization,
  insertUser,
  updateUser,
} from '../../src/storage/accounts-store.ts'
import type { TestBrowser } from './browser.ts'

let counter = 0

export interface TestUser {
  readonly id: string
  readonly email: string
  readonly password: string
  readonly householdId: string
  readonly actor: UserActor
}

/** A verified user with their own household, made directly through the stores (fast). */
export async function createUser(
  deps: Deps,
  overrides: { email?: string; name?: string; verified?: boolean } = {},
): Promise<TestUser> {
  counter += 1
  const email = overrides.email ?? `parent${counter}.${Date.now()}@example.org`
  const password = 'correct horse battery staple'
  const id = deps.newId()
  const householdId = deps.newId()
  const now = deps.clock.now()
  await insertUser(deps.db, {
    id,
    email,
    name: overrides.name ?? `Parent ${counter}`,
    passwordHash: await hashPassword(password),
    locale: null,
    now,
  })
  if (overrides.verified !== false) await updateUser(deps.db, id, { emailVerifiedAt: now, now })
  await insertOrganization(deps.db, { id: householdId, kind: 'family', name: `Household ${counter}`, now })
  await insertMembership(deps.db, { organizationId: householdId, userId: id, role: 'owner', now })
  const signedIn = await loadSignedIn(deps, id)
  if (!signedIn) throw new Error('user vanished')
  return { id, email, password, householdId, actor: signedIn.actor }
}

export function childDraft(overrides: Partial<ChildDetailsDraft> = {}): ChildDetailsDraft {
  return {
    legalName: 'Ana Rivera',
    preferredName: 'Ana',
    dateOfBirth: '2015-04-12',
    grade: '5',
    school: 'Lincoln Elementary',
    district: 'Springfield Public Schools',
    state: 'TX',
    homeLanguage: 'Spanish',
    notes: '',
    ...overrides,
  }
}

export async function createChildFor(
  deps: Deps,
  user: TestUser,
  overrides: Partial<ChildDetailsDraft> = {},
): Promise<Child> {
  return createChild(deps, user.actor, childDraft(overrides))
}

/** Signs a browser in through the real sign-in form. */
export async function signInBrowser(
  browser: TestBrowser,
  user: { email: string; password: string },
): Promise<void> {
  const response = await browser.post('/sign-in', { email: user.email, password: user.password })
  if (response.statusCode !== 303) throw new Error(`Sign-in failed with ${response.statusCode}`)
}

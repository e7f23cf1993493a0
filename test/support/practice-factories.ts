import type { UserActor } from '../../src/domain/access/actor.ts'
import type { Availability } from '../../src/domain/consultations/availability.ts'
import { loadSignedIn } from '../../src/services/accounts/sessions.ts'
import type { Deps } from '../../src/services/deps.ts'
import { createPractice, STARTING_AVAILABILITY } from '../../src/services/practices/practices.ts'
import { findAdvocateProfileOfUser, updateAdvocateProfile } from '../../src/storage/practices-store.ts'
import { createUser, type TestUser } from './factories.ts'

export interface TestAdvocate {
  readonly user: TestUser
  /** The actor after joining the practice (memberships reloaded). */
  readonly actor: UserActor
  readonly organizationId: string
  readonly profileId: string
  readonly slug: string
}

/** Actors are read at sign-in; reload one after a membership changes. */
export async function reloadActor(deps: Deps, userId: string): Promise<UserActor> {
  const signedIn = await loadSignedIn(deps, userId)
  if (!signedIn) throw new Error('user vanished')
  return signedIn.actor
}

/** A user who runs a practice, with published availability (Monday to Friday 09:00–17:00 New York by default). */
export async function createAdvocate(
  deps: Deps,
  options: { availability?: Partial<Availability>; name?: string; email?: string; published?: boolean } = {},
): Promise<TestAdvocate> {
  const user = await createUser(deps, { name: options.name ?? 'Dana Advocate', email: options.email })
  const organizationId = await createPractice(deps, user.actor, { name: 'Bright Path Advocacy' })
  const profile = await findAdvocateProfileOfUser(deps.db, organizationId, user.id)
  if (!profile) throw new Error('no profile')
  const availability = { ...STARTING_AVAILABILITY, minimumNoticeMinutes: 0, ...options.availability }
  await updateAdvocateProfile(
    deps.db,
    profile.id,
    profile.version,
    {
      display_name: profile.display_name,
      availability: JSON.stringify(availability),
      intake_question: null,
      published_at: options.published === false ? null : deps.clock.now(),
    },
    deps.clock.now(),
  )
  return {
    user,
    actor: await reloadActor(deps, user.id),
    organizationId,
    profileId: profile.id,
    slug: profile.slug,
  }
}

/** A filled-in booking form for a start time. */
export function bookingForm(start: string, overrides: Record<string, string> = {}) {
  return {
    start,
    length: '30',
    timeZone: 'America/Phoenix',
    name: 'Rosa Diaz',
    email: 'rosa@example.org',
    phone: '',
    grade: '4',
    state: 'AZ',
    reason: 'We want to talk about the evaluation request.',
    childId: '',
    ...overrides,
  }
}

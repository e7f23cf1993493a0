import type { UserActor } from '../../domain/access/actor.ts'
import type { Child } from '../../domain/children/child.ts'
import { addDays } from '../../domain/dates/local-date.ts'
import { findUserCredentials, insertUser } from '../../storage/accounts-store.ts'
import { findAdvocateProfileOfUser, updateAdvocateProfile } from '../../storage/practices-store.ts'
import { loadSignedIn } from '../accounts/sessions.ts'
import {
  bookableDates,
  bookConsultation,
  getPublicAdvocate,
  listAdvocateSlots,
} from '../consultations/bookings.ts'
import { type Deps, today } from '../deps.ts'
import { addPracticeNote, addPracticeTask } from '../practices/notes-and-tasks.ts'
import { createPractice, STARTING_AVAILABILITY } from '../practices/practices.ts'
import { shareWithOrganization } from '../sharing/shares.ts'

export const DEMO_ADVOCATE_EMAIL = 'demo.advocate@example.org'

/** The family books in their own zone (Texas). */
const FAMILY_TIME_ZONE = 'America/Chicago'

/**
 * The demo advocate: a practice with published availability, Mateo's record shared with it by his
 * mother, a call she booked about him, a private note and a task, so every workspace page has
 * something to show. Skipped when the advocate already exists.
 */
export async function seedDemoAdvocate(
  deps: Deps,
  parent: UserActor,
  mateo: Child,
  passwordHash: string,
): Promise<void> {
  if (await findUserCredentials(deps.db, DEMO_ADVOCATE_EMAIL)) return
  const now = deps.clock.now()
  const userId = deps.newId()
  await deps.db.transaction().execute(async (tx) => {
    await insertUser(tx, {
      id: userId,
      email: DEMO_ADVOCATE_EMAIL,
      name: 'Grace Okafor',
      passwordHash,
      locale: null,
      now,
    })
    await tx.updateTable('users').set({ email_verified_at: now }).where('id', '=', userId).execute()
  })
  const organizationId = await createPractice(
    deps,
    { kind: 'user', userId, memberships: [] },
    {
      name: 'Riverside Family Advocacy',
    },
  )
  const profile = await findAdvocateProfileOfUser(deps.db, organizationId, userId)
  if (!profile) throw new Error('The demo advocate has no booking profile')
  await updateAdvocateProfile(
    deps.db,
    profile.id,
    profile.version,
    {
      display_name: profile.display_name,
      availability: JSON.stringify(STARTING_AVAILABILITY),
      intake_question:
        'What would you like to talk about? Tell us your child’s grade and any meeting coming up.',
      published_at: now,
    },
    now,
  )
  await shareWithOrganization(deps, parent, mateo.id, {
    adminEmail: DEMO_ADVOCATE_EMAIL,
    scope: 'read',
    expiresOn: '',
  })
  const advocate = (await loadSignedIn(deps, userId))?.actor
  if (!advocate) throw new Error('The demo advocate vanished')

  // Mateo's mother booked an hour about the speech therapy cut, three or more days from now.
  const publicAdvocate = await getPublicAdvocate(deps, profile.slug)
  const dates = bookableDates(deps, publicAdvocate, FAMILY_TIME_ZONE)
  const slots = await listAdvocateSlots(deps, publicAdvocate, {
    length: 60,
    viewerTimeZone: FAMILY_TIME_ZONE,
    from: addDays(dates.from, 3),
    to: dates.to,
  })
  const slot = slots[0]
  if (slot)
    await bookConsultation(
      deps,
      parent,
      publicAdvocate,
      {
        start: slot.start,
        length: '60',
        timeZone: FAMILY_TIME_ZONE,
        name: 'Maria Lopez',
        email: 'demo.parent@example.org',
        phone: '',
        grade: mateo.grade ?? '',
        state: mateo.state,
        reason: 'The school cut speech therapy from 60 to 30 minutes a week. We want to ask for it back.',
        childId: mateo.id,
      },
      'en',
    )
  await addPracticeNote(
    deps,
    advocate,
    mateo.id,
    'First call with his mother. Speech therapy went from 60 to 30 minutes a week in the new IEP, with no data given. Ask for the progress reports and the prior written notice.',
  )
  await addPracticeTask(deps, advocate, {
    title: 'Draft a records request for the speech therapy data',
    dueOn: addDays(today(deps), 7),
    childId: mateo.id,
    assigneeId: '',
  })
}

import { randomUUID } from 'node:crypto'
import type { StateCode } from '../../src/domain/children/us-states.ts'
import { localDate } from '../../src/domain/dates/local-date.ts'
import { insertMembership, insertOrganization, insertUser } from '../../src/storage/accounts-store.ts'
import { insertChild } from '../../src/storage/children-store.ts'
import type { Db } from '../../src/storage/database.ts'

export interface StoreHousehold {
  readonly userId: string
  readonly organizationId: string
  readonly childId: string
}

/**
 * A parent, their household and one child written straight through the stores: the starting rows of a
 * storage test, with no service rules in between. Every call makes new ids.
 */
export async function insertHousehold(
  db: Db,
  now: string,
  options: { readonly parentName?: string; readonly state?: StateCode } = {},
): Promise<StoreHousehold> {
  const userId = randomUUID()
  const organizationId = randomUUID()
  const childId = randomUUID()
  await insertUser(db, {
    id: userId,
    email: `${userId}@example.org`,
    name: options.parentName ?? 'Rosa',
    passwordHash: 'hash',
    locale: null,
    now,
  })
  await insertOrganization(db, { id: organizationId, kind: 'family', name: 'Household', now })
  await insertMembership(db, { organizationId, userId, role: 'owner', now })
  await insertChild(db, {
    id: childId,
    organizationId,
    now,
    details: {
      legalName: 'Maya Ruiz',
      preferredName: null,
      dateOfBirth: localDate('2016-05-10'),
      grade: '4',
      school: null,
      district: null,
      state: options.state ?? 'OR',
      homeLanguage: null,
      notes: null,
    },
  })
  return { userId, organizationId, childId }
}

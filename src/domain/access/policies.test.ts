import { describe, expect, test } from 'vitest'
import { localDate } from '../dates/local-date.ts'
import type { ChildNeed, LinkActor, UserActor } from './actor.ts'
import { householdOf, userIdOf } from './actor.ts'
import { allows, childAccessLevel, isGrantActive, mayAccessChild } from './policies.ts'

const parent: UserActor = {
  kind: 'user',
  userId: 'u1',
  memberships: [{ organizationId: 'h1', organizationKind: 'family', role: 'owner' }],
}
const child = { id: 'c1', organizationId: 'h1' }
const NEEDS: readonly ChildNeed[] = ['glance', 'calendar', 'enter-data', 'read', 'edit']

describe('who may see a child', () => {
  test('members of the child’s household have full access; anyone else none', () => {
    expect(childAccessLevel(parent, { organizationId: 'h1' })).toBe('full')
    expect(childAccessLevel(parent, { organizationId: 'h2' })).toBe('none')
  })

  test.each([
    ['full', ['glance', 'calendar', 'enter-data', 'read', 'edit']],
    ['read', ['glance', 'calendar', 'read']],
    ['glance', ['glance']],
    ['data-entry', ['enter-data']],
    ['calendar', ['calendar']],
    ['none', []],
  ] as const)('%s access allows exactly %j', (level, allowed) => {
    expect(NEEDS.filter((need) => allows(level, need))).toEqual(allowed)
  })

  test('a share gives its scope for its child only', () => {
    const advocate: UserActor = {
      kind: 'user',
      userId: 'u2',
      memberships: [{ organizationId: 'p1', organizationKind: 'practice', role: 'member' }],
      grants: [{ childId: 'c1', organizationId: 'h1', scope: 'read', expiresOn: null }],
    }
    expect(childAccessLevel(advocate, child)).toBe('read')
    expect(mayAccessChild(advocate, child, 'read')).toBe(true)
    expect(mayAccessChild(advocate, child, 'edit')).toBe(false)
    expect(childAccessLevel(advocate, { id: 'c2', organizationId: 'h1' })).toBe('none')
  })

  test('several sources add up: a read share and a data-entry share allow both', () => {
    const both: UserActor = {
      ...parent,
      memberships: [],
      grants: [
        { childId: 'c1', organizationId: 'h1', scope: 'read', expiresOn: null },
        { childId: 'c1', organizationId: 'h1', scope: 'data-entry', expiresOn: null },
      ],
    }
    expect(mayAccessChild(both, child, 'read')).toBe(true)
    expect(mayAccessChild(both, child, 'enter-data')).toBe(true)
    expect(mayAccessChild(both, child, 'edit')).toBe(false)
  })

  test('a share works through its last day', () => {
    const today = localDate('2027-03-01')
    expect(isGrantActive({ expiresOn: null }, today)).toBe(true)
    expect(isGrantActive({ expiresOn: localDate('2027-03-01') }, today)).toBe(true)
    expect(isGrantActive({ expiresOn: localDate('2027-02-28') }, today)).toBe(false)
  })

  test('a link reaches only its own child, for its purpose', () => {
    const link: LinkActor = {
      kind: 'link',
      linkId: 'l1',
      childId: 'c1',
      organizationId: 'h1',
      purpose: 'data-entry',
    }
    expect(NEEDS.filter((need) => mayAccessChild(link, child, need))).toEqual(['enter-data'])
    expect(mayAccessChild(link, { id: 'c2', organizationId: 'h1' }, 'enter-data')).toBe(false)
    const feed: LinkActor = { ...link, purpose: 'calendar-feed' }
    expect(NEEDS.filter((need) => mayAccessChild(feed, child, need))).toEqual(['calendar'])
    expect(userIdOf(feed)).toBeNull()
    expect(householdOf(feed)).toBeUndefined()
  })

  test('new children go to the household the person owns', () => {
    expect(householdOf(parent)).toBe('h1')
    expect(householdOf({ ...parent, memberships: [] })).toBeUndefined()
  })
})

import { describe, expect, test } from 'vitest'
import type { Actor } from './actor.ts'
import { householdOf } from './actor.ts'
import { allows, childAccessLevel } from './policies.ts'

const parent: Actor = {
  kind: 'user',
  userId: 'u1',
  memberships: [{ organizationId: 'h1', organizationKind: 'family', role: 'owner' }],
}

describe('who may see a child', () => {
  test('members of the child’s household have full access; anyone else none', () => {
    expect(childAccessLevel(parent, { organizationId: 'h1' })).toBe('full')
    expect(childAccessLevel(parent, { organizationId: 'h2' })).toBe('none')
  })

  test('full access allows reading and editing; none allows nothing', () => {
    expect(allows('full', 'read')).toBe(true)
    expect(allows('full', 'edit')).toBe(true)
    expect(allows('none', 'read')).toBe(false)
    expect(allows('none', 'edit')).toBe(false)
  })

  test('new children go to the household the person owns', () => {
    expect(householdOf(parent)).toBe('h1')
    expect(householdOf({ ...parent, memberships: [] })).toBeUndefined()
  })
})

import { describe, expect, test } from 'vitest'
import type { LinkActor, UserActor } from '../access/actor.ts'
import { auditObjectOf, isAudited } from './audit.ts'

describe('what the audit trail records', () => {
  const owner: UserActor = {
    kind: 'user',
    userId: 'u1',
    memberships: [{ organizationId: 'h1', organizationKind: 'family', role: 'owner' }],
  }
  const advocate: UserActor = { kind: 'user', userId: 'u2', memberships: [] }
  const link: LinkActor = {
    kind: 'link',
    linkId: 'l1',
    childId: 'c1',
    organizationId: 'h1',
    purpose: 'data-entry',
  }
  const child = { organizationId: 'h1' }

  test('every change, and reads by anyone outside the household', () => {
    expect(isAudited(owner, child, 'read')).toBe(false)
    expect(isAudited(owner, child, 'change')).toBe(true)
    expect(isAudited(advocate, child, 'read')).toBe(true)
    expect(isAudited(link, child, 'read')).toBe(true)
  })

  test.each([
    ['/children/:childId', {}, 'child', null],
    ['/children/:childId/documents', {}, 'documents', null],
    ['/children/:childId/plans/:planId/edit/:list/:itemId', { planId: 'p', itemId: 'i' }, 'item', 'i'],
    ['/api/v1/children/:childId/plans/:planId', { planId: 'p' }, 'plan', 'p'],
    ['/enter/:token/progress', { token: 'secret' }, 'progress', null],
  ])('%s touches %s', (route, params, kind, id) => {
    expect(auditObjectOf(route, params)).toEqual({ kind, id })
  })
})

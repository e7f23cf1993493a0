import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { ShareScope } from '../src/domain/access/actor.ts'
import { allows } from '../src/domain/access/policies.ts'
import type { RouteAccess } from '../src/http/fastify-types.ts'
import { createPractice } from '../src/services/practices/practices.ts'
import { insertShare } from '../src/storage/shares-store.ts'
import { TestBrowser } from './support/browser.ts'
import { createChildFor, createUser, signInBrowser } from './support/factories.ts'
import { buildTestApp, type TestApp } from './support/test-app.ts'

/**
 * The authorization matrix, generated from the route table: every route × every kind of person,
 * with the expected answer. Denials and sign-in demands are exercised on every route; allowed
 * reads are exercised where the route needs no other record than the child. `docs/authorization.md`
 * is this matrix written out; a new route changes it, so the test fails until it is regenerated
 * (UPDATE_AUTHORIZATION_DOC=1 TZ=UTC npx vitest run test/authorization-matrix.test.ts) and reviewed.
 */

const SCOPES: readonly ShareScope[] = ['full', 'read', 'glance', 'data-entry']
const ROLES = [
  'owner',
  ...SCOPES.map((scope) => `co-parent (${scope})` as const),
  ...SCOPES.map((scope) => `advocate (${scope})` as const),
  'other household',
  'signed out',
] as const
type Role = (typeof ROLES)[number]
type Outcome = 'allowed' | 'not found' | 'sign in' | 'link only'

const CHILD_NEEDS = {
  'child-read': 'read',
  'child-edit': 'edit',
  'child-glance': 'glance',
  'child-enter-data': 'enter-data',
} as const

function scopeOf(role: Role): ShareScope | 'none' {
  if (role === 'owner') return 'full'
  const match = /\((.+)\)/.exec(role)
  return (match?.[1] as ShareScope | undefined) ?? 'none'
}

/** What a person in `role` gets from a route with `access`. */
function expectedOutcome(access: RouteAccess, role: Role, url = ''): Outcome {
  if (access === 'public' || access === 'signed-out' || access === 'dev') return 'allowed'
  if (access === 'data-entry-link' || access === 'calendar-link') return 'link only'
  if (role === 'signed out') return 'sign in'
  if (access === 'signed-in') return 'allowed'
  // Only the advocates of this matrix belong to a practice (with the role `advocate`).
  // A family's page in the practice needs the child shared with the practice to read.
  if (access === 'practice-member') {
    const reads = !url.includes(':childId') || allows(scopeOf(role), 'read')
    return role.startsWith('advocate') && reads ? 'allowed' : 'not found'
  }
  const scope = scopeOf(role)
  return scope !== 'none' && allows(scope, CHILD_NEEDS[access]) ? 'allowed' : 'not found'
}

let t: TestApp
const browsers = new Map<Role, TestBrowser>()
let childId = ''

beforeAll(async () => {
  t = await buildTestApp({ now: '2026-11-29T15:00:00.000Z' })
  const owner = await createUser(t.deps, { name: 'Owner' })
  const child = await createChildFor(t.deps, owner)
  childId = child.id
  const now = t.deps.clock.now()
  for (const role of ROLES) {
    const browser = new TestBrowser(t.app)
    browsers.set(role, browser)
    if (role === 'signed out') continue
    const user = role === 'owner' ? owner : await createUser(t.deps)
    const scope = scopeOf(role)
    if (role.startsWith('co-parent') && scope !== 'none') {
      await insertShare(t.deps.db, {
        id: t.deps.newId(),
        organizationId: owner.householdId,
        childId,
        granteeUserId: user.id,
        granteeOrganizationId: null,
        scope,
        expiresOn: null,
        createdBy: owner.id,
        createdAt: now,
      })
    }
    if (role.startsWith('advocate') && scope !== 'none') {
      // A practice started as a person starts one (its admin, with a booking profile).
      const practiceId = await createPractice(t.deps, user.actor, { name: `Practice ${scope}` })
      await insertShare(t.deps.db, {
        id: t.deps.newId(),
        organizationId: owner.householdId,
        childId,
        granteeUserId: null,
        granteeOrganizationId: practiceId,
        scope,
        expiresOn: null,
        createdBy: owner.id,
        createdAt: now,
      })
    }
    await signInBrowser(browser, user)
  }
}, 60_000)
afterAll(async () => {
  await t.close()
})

function routes() {
  return [...t.app.routeTable]
    .filter((route) => !route.url.includes('*'))
    .sort((a, b) => a.url.localeCompare(b.url) || a.method.localeCompare(b.method))
}

function urlFor(pattern: string): string {
  return pattern.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    if (name === 'childId') return childId
    if (name === 'token') return 'no-such-token'
    return 'no-such-id'
  })
}

function otherParams(pattern: string): boolean {
  return [...pattern.matchAll(/:([A-Za-z]+)/g)].some((m) => m[1] !== 'childId')
}

const SYMBOL: Record<Outcome, string> = {
  allowed: 'yes',
  'not found': '404',
  'sign in': 'sign in',
  'link only': 'link',
}

function matrixMarkdown(): string {
  const lines = [
    '# Authorization matrix',
    '',
    'Generated by `test/authorization-matrix.test.ts` from the route table; do not edit by hand.',
    'Regenerate with `UPDATE_AUTHORIZATION_DOC=1 TZ=UTC npx vitest run test/authorization-matrix.test.ts`.',
    '',
    '- **yes**: allowed (the page or operation may still answer 404 for a record that does not exist).',
    '- **404**: refused as "not found", exactly as for a child that does not exist.',
    '- **sign in**: pages redirect to sign-in; the API answers 401.',
    '- **link**: only with a secret access link in the URL (a data-entry link or a calendar feed).',
    '',
    '"Co-parent" is a person the child is shared with; "advocate" is a member of an organization the',
    'child is shared with; the scope is in brackets. Expired and ended shares give nothing.',
    '',
    `| method | route | access | ${ROLES.join(' | ')} |`,
    `| --- | --- | --- | ${ROLES.map(() => '---').join(' | ')} |`,
  ]
  for (const route of routes()) {
    const cells = ROLES.map((role) => SYMBOL[expectedOutcome(route.access, role, route.url)])
    lines.push(`| ${route.method} | \`${route.url}\` | ${route.access} | ${cells.join(' | ')} |`)
  }
  lines.push(
    '',
    `${routes().length} routes × ${ROLES.length} kinds of person = ${routes().length * ROLES.length} cells.`,
    '',
  )
  return lines.join('\n')
}

describe('the authorization matrix', () => {
  test('docs/authorization.md is the matrix of the current route table', () => {
    const file = path.join(process.cwd(), 'docs/authorization.md')
    const generated = matrixMarkdown()
    if (process.env.UPDATE_AUTHORIZATION_DOC) fs.writeFileSync(file, generated)
    const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''
    expect(committed, 'a route changed: regenerate docs/authorization.md and review it').toBe(generated)
  })

  test('every route answers each kind of person as the matrix says', async () => {
    const failures: string[] = []
    let exercised = 0
    for (const route of routes()) {
      for (const role of ROLES) {
        const outcome = expectedOutcome(route.access, role, route.url)
        const safe = route.method === 'GET'
        // Allowed changes are not made here (each has its own tests); allowed reads only where the
        // child is the only record the route needs.
        if (outcome === 'allowed' && (!safe || otherParams(route.url))) continue
        const browser = browsers.get(role)
        if (!browser) throw new Error(role)
        const url = urlFor(route.url)
        const session = browser.cookie('pathway_session')
        const response = safe
          ? await browser.get(url)
          : await t.app.inject({
              method: route.method as 'POST',
              url,
              headers: session ? { cookie: `pathway_session=${session}` } : {},
            })
        exercised += 1
        const status = response.statusCode
        const api = route.url.startsWith('/api/')
        const ok =
          outcome === 'not found' || outcome === 'link only'
            ? status === 404
            : outcome === 'sign in'
              ? api
                ? status === 401
                : status === 302 && String(response.headers.location).startsWith('/sign-in')
              : status !== 404 &&
                status !== 401 &&
                status < 500 &&
                // A public page may send a person to sign in (the second step with nothing pending).
                (route.access === 'public' || !String(response.headers.location ?? '').startsWith('/sign-in'))
        if (!ok) failures.push(`${route.method} ${route.url} as ${role}: expected ${outcome}, got ${status}`)
      }
    }
    expect(failures).toEqual([])
    expect(exercised).toBeGreaterThan(500)
  }, 300_000)
})

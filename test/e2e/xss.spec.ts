import type { Browser, Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { createApiToken } from '../../src/services/accounts/api-tokens.ts'
import { createPlan } from '../../src/services/plans/save-plan.ts'
import { createUser } from '../support/factories.ts'
import { multipartBody } from '../support/files.ts'
import { buildGoal, buildIep } from '../support/plan-factories.ts'
import { newContext } from './support/browser.ts'
import type { E2eServer } from './support/server.ts'
import { startServerAndBrowser } from './support/setup.ts'

/**
 * Cross-site scripting: a list of payloads (script tags, attribute breakouts, javascript: URLs, SVG
 * onload) typed into every family of free-text field — the child's details, notes, plan text,
 * document titles and tags, meetings, communications, letters, disputes — then every page of the
 * child's record is opened in Chromium. No payload may run: no dialog, no flag set on `window`, no
 * element or attribute injected into the page, and no script refused by the Content-Security-Policy
 * (a refusal would mean markup got through and only the CSP stopped it).
 */

const PAYLOADS = [
  '<script>window.__xss="script"</script>',
  '"><img src=x onerror="window.__xss=\'img\'">',
  "'><svg onload=\"window.__xss='svg'\"></svg>",
  '<a href="javascript:window.__xss=\'href\'">javascript link</a>',
  'javascript:window.__xss="url"',
  '</textarea><script>alert("textarea")</script>',
  '{{constructor.constructor("window.__xss=1")()}}',
]
const PAYLOAD = PAYLOADS.join(' ')
/** Fields of up to 200 characters. */
const MEDIUM = PAYLOADS.slice(0, 3).join(' ')
/** Short fields get the shortest payload that would still break out of an attribute or element. */
const SHORT = '"><svg onload=alert(1)>'

let server: E2eServer
let browser: Browser

startServerAndBrowser((started) => {
  ;({ server, browser } = started)
})

async function api(
  token: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<Record<string, unknown>> {
  const response = await fetch(`${server.baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = (await response.json()) as Record<string, unknown>
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`)
  return json
}

/** Enters the payloads in every kind of free text, through the same API any client uses. */
async function enterPayloads(token: string, userActor: Parameters<typeof createPlan>[1]): Promise<string> {
  const child = await api(token, 'POST', '/api/v1/children', {
    legalName: `Lucía ${SHORT}`,
    preferredName: SHORT,
    dateOfBirth: '2016-05-10',
    grade: '4',
    school: MEDIUM,
    district: MEDIUM,
    state: 'OR',
    homeLanguage: SHORT,
    notes: PAYLOAD,
  })
  const childId = String(child.id)
  const base = `/api/v1/children/${childId}`
  await api(token, 'POST', `${base}/events`, {
    type: 'consent-to-evaluate-signed',
    date: '2026-09-02',
    note: PAYLOAD,
  })
  await api(token, 'POST', `${base}/communications`, {
    occurredOn: '2026-11-02',
    channel: 'email',
    direction: 'both',
    subject: MEDIUM,
    summary: PAYLOAD,
    followUpOn: '2026-12-30',
    followUpNote: MEDIUM,
  })
  await api(token, 'POST', `${base}/meetings`, {
    kind: 'annual-review',
    date: '2026-12-20',
    startTime: '09:00',
    timeZone: 'America/Los_Angeles',
    place: MEDIUM,
    invitedOn: '2026-12-01',
    participants: [{ name: SHORT, role: 'special-education-teacher' }],
  })
  await api(token, 'POST', `${base}/disputes`, {
    road: 'state-complaint',
    title: MEDIUM,
    violationOn: '2026-10-02',
  })
  const letter = await api(token, 'POST', `${base}/letters`, {
    template: 'records',
    language: 'en',
    facts: { schoolName: MEDIUM, recipientName: SHORT, parentName: SHORT },
  })
  await api(token, 'PUT', `${base}/letters/${String(letter.id)}`, {
    version: 1,
    subject: MEDIUM,
    body: PAYLOAD,
  })
  const upload = multipartBody(
    { title: MEDIUM, kind: 'evaluation', date: '2026-03-14', tags: SHORT, notes: PAYLOAD },
    { fileName: "notes <svg onload=alert('file')>.txt", content: Buffer.from(`${PAYLOAD}\n`) },
  )
  const uploaded = await fetch(`${server.baseUrl}${base}/documents`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': upload.contentType },
    body: new Uint8Array(upload.payload),
  })
  if (!uploaded.ok) throw new Error(`document upload: ${uploaded.status} ${await uploaded.text()}`)
  const goal = buildGoal({ text: PAYLOAD, baseline: PAYLOAD })
  const plan = buildIep({ goals: [goal] })
  await createPlan(server.deps, userActor, childId, JSON.parse(JSON.stringify(plan)))
  return childId
}

/** What a page gave away: dialogs, flags, injected nodes and CSP refusals. */
async function findScriptsThatRan(page: Page, dialogs: string[]): Promise<string[]> {
  const found = await page.evaluate(() => {
    const problems: string[] = []
    const w = window as unknown as { __xss?: unknown; __cspRefusals?: string[] }
    if (w.__xss !== undefined) problems.push(`window.__xss = ${String(w.__xss)}`)
    for (const refusal of w.__cspRefusals ?? []) problems.push(`CSP refused ${refusal}`)
    for (const node of Array.from(
      document.querySelectorAll('script:not([src]), svg[onload], img[onerror], [onerror], [onload]'),
    ))
      problems.push(`injected <${node.tagName.toLowerCase()}>`)
    for (const link of Array.from(document.querySelectorAll('a[href], form[action], iframe[src]'))) {
      const target =
        link.getAttribute('href') ?? link.getAttribute('action') ?? link.getAttribute('src') ?? ''
      if (/^\s*javascript:/i.test(target)) problems.push(`javascript: URL in <${link.tagName.toLowerCase()}>`)
    }
    return problems
  })
  return [...found, ...dialogs.map((message) => `dialog "${message}"`)]
}

/** Same-site links from a page that lead to more of the child's record (no downloads, no sign-out). */
async function recordLinks(page: Page, childId: string): Promise<string[]> {
  const hrefs = await page.$$eval('a[href]', (links) => links.map((a) => a.getAttribute('href') ?? ''))
  return hrefs
    .map((href) => href.split('#')[0] ?? '')
    .filter((href) => href.startsWith(`/children/${childId}`))
    .filter(
      (href) => !/\/(file|export|pdf|ics|text|download|calendar)(\?|$|\/)|\.(pdf|ics|zip|csv|txt)/.test(href),
    )
}

describe('cross-site scripting', () => {
  test('payloads in every free-text field never run on any page of the record', async () => {
    const parent = await createUser(server.deps, { email: 'xss.parent@example.org', name: `Rosa ${SHORT}` })
    const { token } = await createApiToken(server.deps, parent.id, 'xss test')
    const childId = await enterPayloads(token ?? '', parent.actor)

    const context = await newContext(browser)
    await context.addInitScript(() => {
      const w = window as unknown as { __cspRefusals: string[] }
      w.__cspRefusals = []
      document.addEventListener('securitypolicyviolation', (event) =>
        w.__cspRefusals.push(`${event.violatedDirective} ${event.sourceFile}:${event.lineNumber}`),
      )
    })
    const page = await context.newPage()
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await page.goto(`${server.baseUrl}/sign-in`)
    await page.getByLabel('E-mail address').fill(parent.email)
    await page.getByLabel('Password').fill(parent.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect.poll(() => page.title()).toContain('Hello')

    const queue = ['/dashboard', `/children/${childId}`, `/children/${childId}/search?q=svg`]
    const seen = new Set<string>()
    const failures: string[] = []
    while (queue.length > 0 && seen.size < 80) {
      const url = queue.shift() ?? ''
      if (seen.has(url)) continue
      seen.add(url)
      const response = await page.goto(`${server.baseUrl}${url}`)
      if (!response || !(response.headers()['content-type'] ?? '').includes('text/html')) continue
      for (const problem of await findScriptsThatRan(page, dialogs.splice(0)))
        failures.push(`${url}: ${problem}`)
      for (const link of await recordLinks(page, childId)) if (!seen.has(link)) queue.push(link)
    }
    expect(failures).toEqual([])
    // The payloads are shown as text (escaped), on the pages that show them.
    await page.goto(`${server.baseUrl}/children/${childId}`)
    expect(await page.locator('main').textContent()).toContain(SHORT)
    // The crawl reached the record's pages: details, plans, documents, meetings, letters and more.
    expect(seen.size).toBeGreaterThan(20)
    await context.close()
  })
  test('the detector itself sees a payload that got through', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await page.setContent(
      `<p>${PAYLOADS[1]}</p><a href="javascript:void 0">x</a><script>alert('ran')</script>`,
    )
    await expect.poll(() => dialogs.length).toBe(1)
    const found = await findScriptsThatRan(page, dialogs)
    expect(found).toEqual(expect.arrayContaining(['window.__xss = img', 'injected <img>', 'dialog "ran"']))
    expect(found.some((problem) => problem.startsWith('javascript: URL'))).toBe(true)
    await context.close()
  })
})

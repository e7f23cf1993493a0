import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createDeps, systemClock } from '../../src/services/deps.ts'
import { queueEmail } from '../../src/services/jobs/enqueue.ts'
import { type OpenDatabase, openDatabase } from '../../src/storage/database.ts'
import { multipartBody } from '../support/files.ts'
import { bookingForm, createAdvocate } from '../support/practice-factories.ts'
import { freePort, type RunningServer, startServerProcess } from '../support/server-process.ts'
import { startSmtpServer } from '../support/smtp.ts'
import { capturingMailer, testConfig } from '../support/test-app.ts'

/**
 * Two app processes on one PostgreSQL database and one DATA_DIR, behind a small round-robin proxy:
 * what a parent center running several instances relies on.
 */
const baseUrl = process.env.PATHWAY_TEST_POSTGRES_URL ?? ''
let dbName: string
let dbUrl: string
let dataDir: string
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let instances: RunningServer[] = []
let proxy: http.Server
let proxyUrl: string
let database: OpenDatabase
const served = new Map<string, number>()

async function admin(query: string): Promise<void> {
  const url = new URL(baseUrl)
  url.pathname = '/postgres'
  const client = new pg.Client({ connectionString: url.toString() })
  await client.connect()
  await client.query(query)
  await client.end()
}

/** Round-robin over the instances that are up; each request goes to the next one. */
function startProxy(upstreams: () => RunningServer[]): Promise<{ server: http.Server; url: string }> {
  let next = 0
  const server = http.createServer((request, response) => {
    const live = upstreams()
    const target = live[next++ % live.length]
    if (!target) {
      response.writeHead(502).end()
      return
    }
    served.set(target.baseUrl, (served.get(target.baseUrl) ?? 0) + 1)
    const upstream = new URL(target.baseUrl)
    const forward = http.request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: request.method,
        path: request.url,
        headers: request.headers,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(response)
      },
    )
    forward.on('error', () => {
      if (!response.headersSent) response.writeHead(502)
      response.end()
    })
    request.pipe(forward)
  })
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}` }),
    ),
  )
}

/** A cookie-keeping client that fills in the CSRF token of the last page, like a browser. */
class Client {
  private readonly jar = new Map<string, string>()
  private token = ''
  private cookie() {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ')
  }
  private remember(response: Response, text: string) {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';')
      const [name, ...value] = (pair ?? '').split('=')
      if (!name) continue
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(header)) this.jar.delete(name.trim())
      else this.jar.set(name.trim(), value.join('='))
    }
    const token = /name="_csrf" value="([^"]+)"/.exec(text)?.[1]
    if (token) this.token = token
  }
  async get(pathname: string) {
    const response = await fetch(`${proxyUrl}${pathname}`, {
      headers: { cookie: this.cookie() },
      redirect: 'manual',
    })
    const text = await response.text()
    this.remember(response, text)
    return {
      status: response.status,
      text,
      location: response.headers.get('location'),
      kept: response.headers.get('x-page-cache'),
    }
  }
  /** Posts a file upload; the CSRF token goes in the query, since the handler reads the multipart body. */
  async upload(pathname: string, body: { payload: Buffer; contentType: string }) {
    if (!this.token) await this.get('/about')
    const response = await fetch(`${proxyUrl}${pathname}?_csrf=${encodeURIComponent(this.token)}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': body.contentType, cookie: this.cookie() },
      body: new Uint8Array(body.payload),
    })
    const text = await response.text()
    this.remember(response, text)
    return { status: response.status, text, location: response.headers.get('location') }
  }
  async getBytes(pathname: string) {
    const response = await fetch(`${proxyUrl}${pathname}`, { headers: { cookie: this.cookie() } })
    return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) }
  }
  async post(pathname: string, fields: Record<string, string>) {
    if (!this.token) await this.get('/about')
    const response = await fetch(`${proxyUrl}${pathname}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: this.cookie() },
      body: new URLSearchParams({ _csrf: this.token, ...fields }).toString(),
    })
    const text = await response.text()
    this.remember(response, text)
    return { status: response.status, text, location: response.headers.get('location') }
  }
}

describe.runIf(baseUrl !== '')('two instances on one PostgreSQL database', () => {
  beforeAll(async () => {
    dbName = `pathway_cluster_${Date.now()}`
    await admin(`create database ${dbName}`)
    const url = new URL(baseUrl)
    url.pathname = `/${dbName}`
    dbUrl = url.toString()
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pathway-cluster-'))
    smtp = await startSmtpServer()
    const proxyPort = await freePort()
    proxyUrl = `http://127.0.0.1:${proxyPort}`
    const env = {
      DATABASE_URL: dbUrl,
      DATA_DIR: dataDir,
      SESSION_SECRET: 'cluster-session-secret-that-is-long-enough-01',
      SMTP_URL: smtp.url,
      BASE_URL: proxyUrl,
      JOBS: 'on',
      JOBS_POLL_MS: '200',
    }
    // Started together: migrations must be safe when two instances start at once.
    instances = await Promise.all([startServerProcess(env), startServerProcess(env)])
    const started = await startProxyOn(proxyPort)
    proxy = started
    database = openDatabase({ kind: 'postgres', url: dbUrl, poolSize: 2 })
  }, 120_000)

  afterAll(async () => {
    await Promise.all(instances.map((i) => i.stop()))
    await new Promise<void>((resolve) => proxy?.close(() => resolve()))
    await database?.close()
    await smtp?.stop()
    await admin(`drop database if exists ${dbName} with (force)`)
    fs.rmSync(dataDir, { recursive: true, force: true })
  }, 60_000)

  async function startProxyOn(port: number): Promise<http.Server> {
    const { server } = await startProxy(() => instances)
    // Re-listen on the port the instances were told about (their BASE_URL).
    await new Promise<void>((resolve) => server.close(() => resolve()))
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
    return server
  }

  test('a session made on one instance is valid on the other', async () => {
    const client = new Client()
    const email = 'cluster.parent@example.org'
    expect(
      (await client.post('/sign-up', { name: 'Cluster Parent', email, password: 'a long cluster password' }))
        .status,
    ).toBe(303)
    const mail = smtp.received.find((m) => m.to.includes(email))
    const link = /\/verify-email\/[A-Za-z0-9_-]+/.exec((mail?.raw ?? '').replace(/=\r?\n/g, ''))?.[0] ?? ''
    expect((await client.post(link, {})).status).toBe(303)
    expect((await client.post('/sign-in', { email, password: 'a long cluster password' })).status).toBe(303)
    const before = new Map(served)
    for (let i = 0; i < 6; i += 1) expect((await client.get('/account')).status).toBe(200)
    for (const instance of instances)
      expect((served.get(instance.baseUrl) ?? 0) - (before.get(instance.baseUrl) ?? 0)).toBe(3)
  })

  test('queued e-mails are sent exactly once though both instances run workers', async () => {
    const deps = createDeps({
      db: database.db,
      dialect: 'postgres',
      clock: systemClock,
      mailer: capturingMailer(),
      config: testConfig(),
    })
    const subjects = Array.from({ length: 30 }, (_, i) => `Cluster reminder ${i}`)
    for (const subject of subjects)
      await queueEmail(deps, { to: 'once@example.org', subject, text: 'Sent once.' })
    const deadline = Date.now() + 30_000
    while (
      Date.now() < deadline &&
      smtp.received.filter((m) => m.to.includes('once@example.org')).length < 30
    ) {
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    // Give a duplicate the time to show up if there were one.
    await new Promise((resolve) => setTimeout(resolve, 1500))
    const received = smtp.received
      .filter((m) => m.to.includes('once@example.org'))
      .map((m) => /Subject: (.*)/.exec(m.raw)?.[1]?.trim())
    expect(received.sort()).toEqual([...subjects].sort())
  })

  test('a file uploaded through one instance can be downloaded from both', async () => {
    const client = new Client()
    await client.post('/sign-in', {
      email: 'cluster.parent@example.org',
      password: 'a long cluster password',
    })
    const created = await client.post('/children/new', {
      legalName: 'Upload Child',
      dateOfBirth: '2016-02-02',
      state: 'WA',
    })
    // A new child's record opens on "where are you now?".
    const childPath = /^(\/children\/[^/]+)\/starting-point$/.exec(created.location ?? '')?.[1] ?? ''
    expect(childPath).not.toBe('')
    const content = Buffer.from('Speech therapy notes from the fall meeting, kept on both instances.\n')
    const uploaded = await client.upload(
      `${childPath}/documents/new`,
      multipartBody(
        { title: 'Fall notes', kind: 'correspondence', date: '2026-10-01', tags: '', notes: '' },
        { fileName: 'notes.txt', content, contentType: 'text/plain' },
      ),
    )
    expect(uploaded.status).toBe(303)
    const documentPath = uploaded.location ?? ''
    expect(documentPath).toContain('/documents/')
    const before = new Map(served)
    // Two downloads in a row: the proxy sends one to each instance.
    for (let i = 0; i < 2; i += 1) {
      const download = await client.getBytes(`${documentPath.split('?')[0]}/file`)
      expect(download.status).toBe(200)
      expect(download.bytes.equals(content)).toBe(true)
    }
    for (const instance of instances)
      expect((served.get(instance.baseUrl) ?? 0) - (before.get(instance.baseUrl) ?? 0)).toBe(1)
  })

  test('a page kept by both instances is drawn anew on both after a write through either', async () => {
    const client = new Client()
    await client.post('/sign-in', {
      email: 'cluster.parent@example.org',
      password: 'a long cluster password',
    })
    const created = await client.post('/children/new', {
      legalName: 'Kept Page Child',
      dateOfBirth: '2016-03-03',
      state: 'OR',
    })
    const childPath = /^(\/children\/[^/]+)\/starting-point$/.exec(created.location ?? '')?.[1] ?? ''
    expect(childPath).not.toBe('')
    // The page after the redirect shows the one-time notice (never kept).
    expect((await client.get(created.location ?? '')).kept).toBeNull()
    // Four reads in a row, two on each instance: each instance draws the page once, then sends it again.
    const reads = []
    for (let i = 0; i < 4; i += 1) reads.push(await client.get(childPath))
    expect(reads.map((read) => read.status)).toEqual([200, 200, 200, 200])
    expect(reads.map((read) => read.kept)).toEqual(['miss', 'miss', 'hit', 'hit'])
    // A change through one instance (its redirect carries a one-time notice, read on the other).
    const saved = await client.post(`${childPath}/events/new`, {
      type: 'evaluation-requested',
      date: '2026-10-05',
      note: 'Letter handed to the principal',
    })
    expect(saved.status).toBe(303)
    await client.get(saved.location ?? childPath)
    for (let i = 0; i < 2; i += 1) {
      const after = await client.get(childPath)
      expect(after.kept).toBe('miss')
      expect(after.text).toContain('Letter handed to the principal')
    }
  })

  test('a booking is never doubled across instances', async () => {
    const deps = createDeps({
      db: database.db,
      dialect: 'postgres',
      clock: systemClock,
      mailer: capturingMailer(),
      config: testConfig(),
    })
    const every = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const
    const { slug, profileId } = await createAdvocate(deps, {
      email: 'cluster.advocate@example.org',
      availability: { weekly: every.map((day) => ({ day, start: '00:00', end: '24:00' })), horizonDays: 7 },
    })
    // The latest time the booking page offers, as a family would pick it.
    const page = await new Client().get(`/book/${slug}?tz=America/Phoenix`)
    const start = [...page.text.matchAll(/name="start" value="([^"]+)"/g)].at(-1)?.[1] ?? ''
    expect(start).not.toBe('')
    // Twenty: the most booking attempts one network address may make in an hour (all come from 127.0.0.1 here).
    const families = Array.from({ length: 20 }, () => new Client())
    // Each family opens a page first (its CSRF token), then all post the same time at once.
    for (const family of families)
      await family.get(`/book/${slug}/details?start=${encodeURIComponent(start)}`)
    const before = new Map(served)
    const answers = await Promise.all(
      families.map((family, i) =>
        family.post(`/book/${slug}/details`, bookingForm(start, { email: `cluster.family${i}@example.org` })),
      ),
    )
    // The proxy sent the requests to both instances.
    for (const instance of instances)
      expect((served.get(instance.baseUrl) ?? 0) - (before.get(instance.baseUrl) ?? 0)).toBe(10)
    expect(answers.filter((a) => a.status === 303)).toHaveLength(1)
    const refused = answers.filter((a) => a.status !== 303)
    expect(refused).toHaveLength(19)
    for (const answer of refused) {
      expect(answer.status).toBe(409)
      expect(answer.text).toContain('Someone booked that time just before you')
    }
    const rows = await database.db
      .selectFrom('consultations')
      .select('start_at')
      .where('advocate_id', '=', profileId)
      .where('cancelled_at', 'is', null)
      .execute()
    expect(rows).toEqual([{ start_at: new Date(start).toISOString() }])
  })

  test('an instance killed mid-request loses no write it acknowledged', async () => {
    const client = new Client()
    await client.post('/sign-in', {
      email: 'cluster.parent@example.org',
      password: 'a long cluster password',
    })
    const names = Array.from({ length: 40 }, (_, i) => `Kill Test ${String(i).padStart(2, '0')}`)
    const requests = names.map(async (legalName, i) => {
      await new Promise((resolve) => setTimeout(resolve, i * 10))
      try {
        return {
          legalName,
          status: (await client.post('/children/new', { legalName, dateOfBirth: '2015-05-05', state: 'OR' }))
            .status,
        }
      } catch {
        return { legalName, status: 0 }
      }
    })
    setTimeout(() => instances[0]?.kill(), 120)
    const results = await Promise.all(requests)
    const acknowledged = results.filter((r) => r.status === 303).map((r) => r.legalName)
    expect(acknowledged.length).toBeGreaterThan(0)
    // The kill happened while requests were in flight: some of them never got an answer.
    expect(results.some((r) => r.status !== 303)).toBe(true)
    const stored = await database.db
      .selectFrom('children')
      .select('legal_name')
      .where('legal_name', 'like', 'Kill Test %')
      .execute()
    const storedNames = new Set(stored.map((r) => r.legal_name))
    for (const name of acknowledged) expect(storedNames, name).toContain(name)
    // The survivor keeps serving: the remaining instance answers every request.
    instances = instances.slice(1)
    expect((await client.get('/children')).status).toBe(200)
  })
})

import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { sampleAnswers } from '../src/domain/screener/sample-answers.ts'
import { type RunningServer, startServerProcess } from './support/server-process.ts'

/**
 * SIGTERM, as a process manager sends it: the server stops taking connections, finishes the request
 * it is in the middle of, closes the database and exits with status 0. The server runs as `npm start`
 * runs it, on a fresh SQLite file.
 */
let dataDir: string
let server: RunningServer

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pathway-shutdown-'))
  server = await startServerProcess({ DATA_DIR: dataDir })
}, 90_000)

afterAll(async () => {
  await server.stop()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

/** Sends a request's head and the first half of its body, and returns the raw response when it ends. */
function startSlowRequest(body: string): { finish: () => void; response: Promise<string> } {
  const url = new URL(server.baseUrl)
  const socket = net.connect(Number(url.port), url.hostname)
  const half = Math.floor(body.length / 2)
  socket.write(
    [
      'POST /api/v1/screener HTTP/1.1',
      `Host: ${url.host}`,
      'Content-Type: application/json',
      `Content-Length: ${Buffer.byteLength(body)}`,
      'Connection: close',
      '',
      body.slice(0, half),
    ].join('\r\n'),
  )
  const chunks: Buffer[] = []
  socket.on('data', (chunk: Buffer) => chunks.push(chunk))
  const response = new Promise<string>((resolve, reject) => {
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    socket.on('error', reject)
  })
  return { finish: () => socket.write(body.slice(half)), response }
}

async function refused(): Promise<boolean> {
  try {
    await fetch(`${server.baseUrl}/healthz`)
    return false
  } catch {
    return true
  }
}

test('on SIGTERM the request in flight is answered, new connections are refused, the database is closed and the exit status is 0', async () => {
  expect((await fetch(`${server.baseUrl}/readyz`)).status).toBe(200)
  // SQLite runs in WAL mode: the -wal file exists while the database is open and is removed on close.
  const wal = path.join(dataDir, 'pathway.sqlite-wal')
  expect(fs.existsSync(wal)).toBe(true)

  const request = startSlowRequest(JSON.stringify(sampleAnswers()))
  await new Promise((resolve) => setTimeout(resolve, 300))
  process.kill(server.pid, 'SIGTERM')

  // While the request is unfinished the process waits for it, and takes no new connections.
  await expect.poll(refused, { timeout: 10_000 }).toBe(true)
  const early = await Promise.race([server.exited.then(() => 'exited'), delay(500, 'running')])
  expect(early).toBe('running')

  request.finish()
  const response = await request.response
  expect(response).toMatch(/^HTTP\/1\.1 200 /)
  expect(response).toContain('"recommendation":"iep"')

  expect(await server.exited).toBe(0)
  expect(fs.existsSync(wal)).toBe(false)
}, 60_000)

function delay<T>(ms: number, value: T): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms))
}

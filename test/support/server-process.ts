import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

export interface RunningServer {
  readonly baseUrl: string
  readonly pid: number
  /** Settles with the exit code when the process ends (null when a signal ended it unhandled). */
  readonly exited: Promise<number | null>
  /** Ends the process at once, as a crash would (no graceful shutdown). */
  kill(): void
  /** Peak resident memory so far (VmHWM), in MB. */
  peakRssMb(): number
  stop(): Promise<void>
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

/**
 * Starts the server as production runs it (the `dist/server` build of `src/main.ts`) in its own process: for the bench (the load generator must not share its
 * CPU) and the cluster test (several instances on one database).
 */
let bundle: Promise<string> | undefined

/** The production build of the server (what `npm start` runs), built once per test run from the sources. */
function serverBundle(): Promise<string> {
  bundle ??= import(path.resolve(import.meta.dirname, '../../scripts/build-server.mjs')).then(
    (module: { buildServer: () => string }) => module.buildServer(),
  )
  return bundle
}

/**
 * The Node flags `npm start` runs the server with (package.json; why in docs/operations.md, "Memory"):
 * a heap ceiling, which also makes V8 collect before the heap grows far past what is live.
 */
export const SERVER_NODE_FLAGS = ['--max-old-space-size=512'] as const

export async function startServerProcess(
  env: Record<string, string>,
  options: { port?: number; nodeFlags?: readonly string[] } = {},
): Promise<RunningServer> {
  const port = options.port ?? (await freePort())
  const root = path.resolve(import.meta.dirname, '../..')
  const child: ChildProcess = spawn(
    process.execPath,
    [...SERVER_NODE_FLAGS, ...(options.nodeFlags ?? []), await serverBundle()],
    {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        BASE_URL: `http://127.0.0.1:${port}`,
        LOG_LEVEL: process.env.SERVER_LOG_LEVEL ?? 'silent',
        JOBS: 'off',
        DEV_MAILBOX: 'off',
        ...env,
      },
      stdio: ['ignore', process.env.SERVER_STDOUT ? 'inherit' : 'ignore', 'inherit'],
    },
  )
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const baseUrl = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 60_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The bench server exited with ${child.exitCode}`)
    try {
      const response = await fetch(`${baseUrl}/healthz`)
      if (response.ok) break
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error('The bench server did not start within 60 s')
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  const pid = child.pid ?? 0
  return {
    baseUrl,
    pid,
    exited,
    kill() {
      child.kill('SIGKILL')
    },
    peakRssMb() {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0)
      return Math.round(kb / 1024)
    },
    async stop() {
      if (child.exitCode !== null) return
      child.kill('SIGTERM')
      await exited
    },
  }
}

/** Signs in through the real form (CSRF token and cookies) and returns the Cookie header to send. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>()
  const remember = (response: Response) => {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';')
      const [name, ...value] = (pair ?? '').split('=')
      if (name) jar.set(name.trim(), value.join('='))
    }
  }
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ')
  const page = await fetch(`${baseUrl}/sign-in`)
  remember(page)
  const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? ''
  const response = await fetch(`${baseUrl}/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookie() },
    body: new URLSearchParams({ _csrf: token, email, password }).toString(),
  })
  remember(response)
  if (response.status !== 303) throw new Error(`Bench sign-in failed with ${response.status}`)
  return cookie()
}

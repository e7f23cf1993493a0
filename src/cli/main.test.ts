import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import type { CliIo } from './command.ts'
import { main } from './main.ts'

function fakeIo(env: Record<string, string>, cwd: string): CliIo & { out: string[]; err: string[] } {
  const out: string[] = []
  const err: string[] = []
  return {
    out,
    err,
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readStdin: async () => '',
    readFile: async (file) => fs.readFileSync(path.resolve(cwd, file), 'utf8'),
    env,
    cwd,
  }
}

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pathway-cli-'))
})
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('pathway', () => {
  test('--help lists the commands', async () => {
    const io = fakeIo({}, dir)
    expect(await main(['--help'], io)).toBe(0)
    for (const name of ['serve', 'migrate', 'seed', 'token']) expect(io.out.join('\n')).toContain(name)
    // Every example is one indented command line; each command's notes stay in its own --help.
    const help = io.out.join('\n')
    const examples = help.slice(
      help.indexOf('Examples:\n') + 'Examples:\n'.length,
      help.indexOf('\n\nRun "pathway'),
    )
    for (const line of examples.split('\n')) expect(line).toMatch(/^ {2}pathway [a-z]/)
    for (const command of [
      'seed --demo',
      'token create --email',
      'plans diff',
      'plans library',
      'goals check --input',
    ])
      expect(examples).toContain(`pathway ${command}`)
    const plans = fakeIo({}, dir)
    expect(await main(['plans', '--help'], plans)).toBe(0)
    expect(plans.out.join('\n')).toContain('What changed from')
  })

  test('an unknown command says so and exits 2', async () => {
    const io = fakeIo({}, dir)
    expect(await main(['fly'], io)).toBe(2)
    expect(io.err.join('\n')).toContain('Unknown command "fly"')
  })

  test('bad settings are listed and the command exits 2', async () => {
    const io = fakeIo({ PORT: 'x' }, dir)
    expect(await main(['migrate'], io)).toBe(2)
    expect(io.err.join('\n')).toContain('PORT must be a whole number')
  })

  test('migrate, seed --demo twice, then token create for the demo parent', async () => {
    const env = { NODE_ENV: 'test', DATA_DIR: dir }
    const migrate = fakeIo(env, dir)
    expect(await main(['migrate'], migrate)).toBe(0)
    expect(migrate.out.join('\n')).toContain('Applied')
    expect(fs.existsSync(path.join(dir, 'pathway.sqlite'))).toBe(true)

    const seed = fakeIo(env, dir)
    expect(await main(['seed', '--demo'], seed)).toBe(0)
    expect(seed.out.join('\n')).toContain('demo.parent@example.org')
    expect(seed.out.join('\n')).toContain('demo-pathway-2026')
    const again = fakeIo(env, dir)
    expect(await main(['seed', '--demo'], again)).toBe(0)
    expect(again.out.join('\n')).toContain('already there')

    const token = fakeIo(env, dir)
    expect(
      await main(['token', 'create', '--email', 'demo.parent@example.org', '--name', 'Automation'], token),
    ).toBe(0)
    expect(token.out[0]).toMatch(/^pwy_[A-Za-z0-9_-]{40,}$/)

    const nobody = fakeIo(env, dir)
    expect(await main(['token', 'create', '--email', 'nobody@example.org', '--name', 'x'], nobody)).toBe(2)
    expect(nobody.err.join('\n')).toContain('no account')
  })

  test('seed refuses to run in production', async () => {
    const io = fakeIo(
      { NODE_ENV: 'production', BASE_URL: 'https://p.example.org', SMTP_URL: 'smtp://m:25', DATA_DIR: dir },
      dir,
    )
    expect(await main(['seed', '--demo'], io)).toBe(1)
    expect(io.err.join('\n')).toContain('never created when NODE_ENV=production')
  })
})

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { filledForms, fixturePath } from '../../../test/support/import-corpus.ts'
import type { CliIo } from '../command.ts'
import { importCommand } from './import.ts'

let dir: string

function fakeIo() {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readStdin: async () => '',
    readFile: async () => '',
    env: {},
    cwd: dir,
  }
  return { io, out, err }
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pathway-import-cli-'))
  const [filled] = await filledForms()
  fs.writeFileSync(path.join(dir, 'iep.pdf'), filled?.bytes ?? new Uint8Array())
  fs.writeFileSync(path.join(dir, 'data.bin'), Buffer.from([0, 1, 2, 3, 255, 254]))
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('pathway import --file', () => {
  test('prints the kind and each proposed field with its confidence and source', async () => {
    const { io, out } = fakeIo()
    expect(await importCommand.run(['--file', 'iep.pdf'], io)).toBe(0)
    const result = JSON.parse(out.join(''))
    expect(result.kind).toBe('iep')
    expect(result.fields).toContainEqual(
      expect.objectContaining({
        path: 'dates.meeting',
        value: '2025-09-10',
        confidence: expect.any(Number),
        source: expect.objectContaining({ page: 1, text: expect.stringContaining('iep-meeting') }),
      }),
    )
  })

  test('a blank district form proposes nothing about a child', async () => {
    const { io, out } = fakeIo()
    expect(await importCommand.run(['--file', fixturePath('utah-district-iep-form-sped-5-1.pdf')], io)).toBe(
      0,
    )
    const result = JSON.parse(out.join(''))
    expect(result.kind).toBe('iep')
    expect(result.fields).toEqual([])
  })

  test('a missing option, a missing file and an unknown type are bad input', async () => {
    const none = fakeIo()
    expect(await importCommand.run([], none.io)).toBe(2)
    expect(none.err.join('')).toContain('--file')
    const missing = fakeIo()
    expect(await importCommand.run(['--file', 'nope.pdf'], missing.io)).toBe(2)
    const binary = fakeIo()
    expect(await importCommand.run(['--file', 'data.bin'], binary.io)).toBe(2)
    expect(binary.err.join('')).toContain('PDF')
  })
})

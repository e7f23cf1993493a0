import { describe, expect, test } from 'vitest'
import { sampleAnswers } from '../../domain/screener/sample-answers.ts'
import type { CliIo } from '../command.ts'
import { screenCommand } from './screen.ts'

/** A CliIo that records what the command writes and serves files and stdin from memory. */
function fakeIo(files: Record<string, string> = {}, stdin = '') {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readStdin: async () => stdin,
    readFile: async (path) => {
      const text = files[path]
      if (text === undefined) throw Object.assign(new Error('not found'), { code: 'ENOENT' })
      return text
    },
    env: {},
    cwd: '/',
  }
  return { io, stdout: () => out.join('\n'), stderr: () => err.join('\n') }
}

const answersJson = JSON.stringify(sampleAnswers({ needsSpecializedInstruction: 'no' }))

describe('pathway screen', () => {
  test('reads answers from a file and prints the result as JSON', async () => {
    const run = fakeIo({ 'answers.json': answersJson })
    expect(await screenCommand.run(['--input', 'answers.json'], run.io)).toBe(0)
    const result = JSON.parse(run.stdout())
    expect(result.recommendation).toBe('504')
    expect(result.reasons[0]).toEqual({
      id: 'disabilityDefinition',
      text: expect.any(String),
      citation: expect.any(String),
    })
    expect(result.nextSteps.every((s: unknown) => typeof s === 'string')).toBe(true)
  })

  test('reads answers from standard input with --input -', async () => {
    const run = fakeIo({}, answersJson)
    expect(await screenCommand.run(['--input', '-'], run.io)).toBe(0)
    expect(JSON.parse(run.stdout()).recommendation).toBe('504')
  })

  test('writes the result in Spanish with --lang es', async () => {
    const run = fakeIo({ 'a.json': answersJson })
    expect(await screenCommand.run(['--input', 'a.json', '--lang', 'es'], run.io)).toBe(0)
    expect(JSON.parse(run.stdout()).title).toBe('Un plan 504 parece lo más adecuado')
  })

  test('bad answers exit with status 2 and a message naming each field', async () => {
    const bad = { ...sampleAnswers(), age: 40, basis: 'rumour' }
    const run = fakeIo({ 'bad.json': JSON.stringify(bad) })
    expect(await screenCommand.run(['--input', 'bad.json'], run.io)).toBe(2)
    const problems = JSON.parse(run.stderr()).error.problems
    expect(problems.map((p: { field: string }) => p.field)).toEqual(['age', 'basis'])
    expect(problems[1].message).toContain('impairment, record-of, regarded-as')
    expect(run.stdout()).toBe('')
  })

  test.each([
    ['no --input', [], {}],
    ['a file that does not exist', ['--input', 'missing.json'], {}],
    ['a file that is not JSON', ['--input', 'x.json'], { 'x.json': '{ not json' }],
    ['a language Pathway does not speak', ['--input', 'a.json', '--lang', 'fr'], { 'a.json': answersJson }],
  ])('%s exits with status 2 and says what to do', async (_, args, files) => {
    const run = fakeIo(files)
    expect(await screenCommand.run(args, run.io)).toBe(2)
    expect(run.stderr()).toMatch(/\S/)
  })
})

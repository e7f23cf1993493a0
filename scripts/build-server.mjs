// Builds the server for production: one ES module bundle of src/main.ts (and the Word reader that
// runs in its own process) in dist/server, with the packages left to node_modules. Running plain
// JavaScript saves the TypeScript loader's memory and start-up time (see docs/operations.md).
// `npm start` runs this first, so the bundle never lags the sources; tests that start server
// processes call it too (test/support/server-process.ts).
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildSync } from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export function buildServer() {
  // Built beside, then moved into place file by file (a rename is atomic), so a test process that
  // starts a server while another process builds never reads a half-written file.
  const staging = path.join(root, 'dist', `.server-${process.pid}-${Date.now()}`)
  const target = path.join(root, 'dist/server')
  buildSync({
    absWorkingDir: root,
    entryPoints: ['src/main.ts', 'src/services/documents/docx-text-process.ts'],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    outdir: staging,
    entryNames: '[name]',
    outExtension: { '.js': '.mjs' },
    logLevel: 'warning',
  })
  fs.mkdirSync(target, { recursive: true })
  for (const file of fs.readdirSync(staging)) fs.renameSync(path.join(staging, file), path.join(target, file))
  fs.rmSync(staging, { recursive: true, force: true })
  return path.join(target, 'main.mjs')
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) buildServer()

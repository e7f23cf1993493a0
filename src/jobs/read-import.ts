import { z } from 'zod'
import { failImportReading, readImport } from '../services/imports/imports.ts'
import type { JobHandler } from './job-handler.ts'

const ReadImportPayload = z.object({ importId: z.string() })

/**
 * Reads a document the parent asked Pathway to read (issue 13), off the request that asked. A file
 * that cannot be read is an answer, not a failure; an outage is retried, and after the last attempt
 * the import is marked failed so the review page stops saying "still reading".
 */
export const readImportJob: JobHandler = async (deps, job) => {
  const { importId } = ReadImportPayload.parse(job.payload)
  try {
    await readImport(deps, importId)
  } catch (error) {
    if (job.attempts >= job.maxAttempts) await failImportReading(deps, importId)
    throw error
  }
}

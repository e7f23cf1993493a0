import { purgeDueDeletions } from '../services/deletion/delete-record.ts'
import type { JobHandler } from './job-handler.ts'

/** Every hour: removes the records (and accounts) whose 14-day grace period has ended. */
export const purgeDeletedRecordsJob: JobHandler = async (deps) => {
  await purgeDueDeletions(deps)
}

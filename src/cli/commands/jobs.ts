import { loadConfig } from '../../config.ts'
import { JOB_HANDLERS, RECURRING_JOBS } from '../../jobs/handlers.ts'
import { runDueJobs } from '../../jobs/run-jobs.ts'
import { openServices } from '../../main.ts'
import { countJobs, listProblemRuns } from '../../storage/jobs-store.ts'
import { type CliCommand, EXIT_BAD_INPUT, EXIT_OK } from '../command.ts'

/** `pathway jobs run` (one pass now, for cron or a web-only deployment) and `pathway jobs status`. */
export const jobsCommand: CliCommand = {
  name: 'jobs',
  summary: 'Background work: "jobs run" does one pass now; "jobs status" lists counts and recent failures.',
  usage: 'pathway jobs run | pathway jobs status',
  async run(args, io) {
    const action = args[0]
    if (action !== 'run' && action !== 'status') {
      io.stderr(`Usage: ${this.usage}`)
      return EXIT_BAD_INPUT
    }
    const config = loadConfig(io.env, io.cwd)
    const { deps, database } = await openServices(config)
    try {
      if (action === 'run') {
        const report = await runDueJobs(deps, {
          handlers: JOB_HANDLERS,
          recurring: RECURRING_JOBS,
          workerId: `cli-${process.pid}`,
        })
        io.stdout(JSON.stringify(report))
        return EXIT_OK
      }
      const counts = await countJobs(deps.db)
      const problems = await listProblemRuns(deps.db, 20)
      io.stdout(JSON.stringify({ ...counts, recentProblems: problems }, null, 2))
      return EXIT_OK
    } finally {
      await database.close()
    }
  },
}

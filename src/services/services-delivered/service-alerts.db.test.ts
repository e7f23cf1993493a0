import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { testClock } from '../../../test/support/clock.ts'
import { createChildFor, createUser } from '../../../test/support/factories.ts'
import { buildIep, buildService } from '../../../test/support/plan-factories.ts'
import { openSecondInstance } from '../../../test/support/second-instance.ts'
import { startSmtpServer, subjectOf } from '../../../test/support/smtp.ts'
import { testConfig } from '../../../test/support/test-app.ts'
import { testDialects, useTestDatabase } from '../../../test/support/test-database.ts'
import { localDate } from '../../domain/dates/local-date.ts'
import { JOB_HANDLERS, RECURRING_JOBS } from '../../jobs/handlers.ts'
import { runDueJobs } from '../../jobs/run-jobs.ts'
import { insertMembership, updateUser } from '../../storage/accounts-store.ts'
import { saveReminderSettings } from '../../storage/deadlines-store.ts'
import { addSchoolYear } from '../deadlines/school-years.ts'
import { createDeps, type Deps } from '../deps.ts'
import { smtpMailer } from '../mail/mailer.ts'
import { createPlan } from '../plans/save-plan.ts'
import { getServiceAlertsDashboard, sendServiceAlertEmails } from './service-alerts.ts'
import { addSession } from './service-log.ts'

const SPEECH = 'svc-speech'

for (const dialect of testDialects()) {
  describe(`service delivery alerts on ${dialect}`, () => {
    const database = useTestDatabase(dialect)
    let smtp: Awaited<ReturnType<typeof startSmtpServer>>
    beforeAll(async () => {
      smtp = await startSmtpServer()
    })
    afterAll(async () => {
      await smtp.stop()
    })

    /** Speech therapy, 30 minutes twice a week from Monday 14 September 2026; today Monday 19 October. */
    async function family(deps: Deps) {
      const parent = await createUser(deps, { name: 'Rosa' })
      const child = await createChildFor(deps, parent, { legalName: 'Maya Ruiz', preferredName: '' })
      const plan = buildIep({
        services: [
          buildService({
            id: SPEECH,
            name: 'Speech therapy',
            minutes: 30,
            frequency: { times: 2, per: 'week' },
            start: localDate('2026-09-14'),
            end: localDate('2027-06-15'),
          }),
        ],
      })
      await createPlan(deps, parent.actor, child.id, JSON.parse(JSON.stringify(plan)))
      const log = async (dates: readonly string[]) => {
        for (const date of dates)
          await addSession(deps, parent.actor, child.id, {
            serviceId: SPEECH,
            date,
            minutes: '30',
            status: 'delivered',
            provider: '',
            note: '',
            source: 'family',
          })
      }
      return { parent, child, log }
    }

    test('the dashboard alert skips a week the school was closed, by the school year entered', async () => {
      const clock = testClock('2026-10-19T15:00:00.000Z')
      const config = testConfig()
      const deps = createDeps({
        db: database().db,
        dialect,
        clock,
        mailer: smtpMailer(smtp.url, config.mailFrom),
        config,
      })
      const { parent, child, log } = await family(deps)
      // Both sessions given in every week but the week of 5 October.
      await log(['2026-09-15', '2026-09-17', '2026-09-22', '2026-09-24', '2026-09-29', '2026-10-01'])
      await log(['2026-10-13', '2026-10-15'])
      // Without the school's calendar that week counts: 180 of 240 minutes (75 %).
      const before = await getServiceAlertsDashboard(deps, parent.actor)
      expect(before.map((a) => [a.alert.service, a.alert.deliveredMinutes, a.alert.expectedMinutes])).toEqual(
        [[SPEECH, 180, 240]],
      )
      // The school year says the school was closed that week (fall break): nothing is missing.
      await addSchoolYear(
        deps,
        parent.actor,
        { childId: child.id },
        {
          firstDay: '2026-09-14',
          lastDay: '2027-06-10',
          closures: '2026-10-05, 2026-10-09, break, Fall break',
        },
      )
      expect(await getServiceAlertsDashboard(deps, parent.actor)).toEqual([])
    })

    test('each family member gets one e-mail per service per period, in their language, even with two instances; "off" gets none', async () => {
      const clock = testClock('2026-10-19T15:00:00.000Z')
      const config = testConfig()
      const deps = createDeps({
        db: database().db,
        dialect,
        clock,
        mailer: smtpMailer(smtp.url, config.mailFrom),
        config,
      })
      const { parent, log } = await family(deps)
      const partner = await createUser(deps, { name: 'Luis' })
      const quiet = await createUser(deps, { name: 'Quiet' })
      const now = clock.now()
      for (const user of [partner, quiet])
        await insertMembership(deps.db, {
          organizationId: parent.householdId,
          userId: user.id,
          role: 'member',
          now,
        })
      await updateUser(deps.db, partner.id, { locale: 'es', now })
      await saveReminderSettings(deps.db, quiet.id, 0, { daysBefore: [14, 3], off: true }, now)
      // One of the two sessions a week: 50 %.
      await log(['2026-09-22', '2026-09-29', '2026-10-06', '2026-10-13'])

      const second = await openSecondInstance(deps, dialect)
      const run = () =>
        Promise.all([
          runDueJobs(deps, { handlers: JOB_HANDLERS, recurring: RECURRING_JOBS, workerId: 'a' }),
          runDueJobs(second.deps, { handlers: JOB_HANDLERS, recurring: RECURRING_JOBS, workerId: 'b' }),
        ])
      try {
        // A week of days: the same four weeks are judged, so one e-mail each.
        for (let day = 0; day < 7; day += 1) {
          await Promise.all([sendServiceAlertEmails(deps), sendServiceAlertEmails(second.deps)])
          await run()
          await run()
          clock.advanceDays(1)
        }
        const to = (address: string) =>
          smtp.received.filter((mail) => mail.to.includes(address)).map((mail) => subjectOf(mail.raw))
        expect(to(parent.email)).toEqual([
          'Services for Maya Ruiz: Speech therapy: fewer minutes than the plan promises',
        ])
        const body = smtp.received.find((mail) => mail.to.includes(parent.email))?.raw.replace(/=\r?\n/g, '')
        expect(body).toContain('120 of the 240 minutes')
        expect(body).toContain('/services')
        expect(body).toContain('not legal advice')
        expect(to(partner.email)).toEqual([
          'Servicios de Maya Ruiz: Speech therapy: menos minutos de los que promete el plan',
        ])
        expect(to(quiet.email)).toEqual([])

        // A new week: a new period judged (21 September to 18 October), a new e-mail.
        await log(['2026-10-20'])
        await Promise.all([sendServiceAlertEmails(deps), sendServiceAlertEmails(second.deps)])
        await run()
        await run()
        expect(to(parent.email)).toHaveLength(2)
      } finally {
        await second.close()
      }
    })
  })
}

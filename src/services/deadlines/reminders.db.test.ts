import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { testClock } from '../../../test/support/clock.ts'
import { createChildFor, createUser } from '../../../test/support/factories.ts'
import { openSecondInstance } from '../../../test/support/second-instance.ts'
import { startSmtpServer, subjectOf } from '../../../test/support/smtp.ts'
import { testConfig } from '../../../test/support/test-app.ts'
import { testDialects, useTestDatabase } from '../../../test/support/test-database.ts'
import { localDate } from '../../domain/dates/local-date.ts'
import { JOB_HANDLERS, RECURRING_JOBS } from '../../jobs/handlers.ts'
import { runDueJobs } from '../../jobs/run-jobs.ts'
import { insertMembership, updateUser } from '../../storage/accounts-store.ts'
import { saveReminderSettings } from '../../storage/deadlines-store.ts'
import { addEvent } from '../children/events.ts'
import { addCommunication } from '../communications/communications.ts'
import { createDeps } from '../deps.ts'
import { smtpMailer } from '../mail/mailer.ts'
import { reminderWindow, sendDeadlineReminders } from './reminders.ts'

describe('reminder windows', () => {
  test.each([
    [[14, 3], '2026-11-20', '2026-12-10', undefined],
    [[14, 3], '2026-11-26', '2026-12-10', 14],
    [[14, 3], '2026-12-06', '2026-12-10', 14],
    [[14, 3], '2026-12-07', '2026-12-10', 3],
    [[14, 3], '2026-12-10', '2026-12-10', 3],
    [[14, 3], '2026-12-11', '2026-12-10', undefined],
    [[30, 7, 1], '2026-12-09', '2026-12-10', 1],
  ])('%j on %s, due %s → %s days', (days, on, due, expected) => {
    expect(reminderWindow(days, localDate(on), localDate(due))).toBe(expected)
  })
})

for (const dialect of testDialects()) {
  describe(`deadline reminders on ${dialect}`, () => {
    const database = useTestDatabase(dialect)
    let smtp: Awaited<ReturnType<typeof startSmtpServer>>
    beforeAll(async () => {
      smtp = await startSmtpServer()
    })
    afterAll(async () => {
      await smtp.stop()
    })

    test('each household member gets each reminder once, in their language, at 14 and 3 days; "off" gets none', async () => {
      const clock = testClock('2026-11-20T15:00:00.000Z')
      const config = testConfig()
      const deps = createDeps({
        db: database().db,
        dialect,
        clock,
        mailer: smtpMailer(smtp.url, config.mailFrom),
        config,
      })
      const parent = await createUser(deps, { name: 'Rosa' })
      const partner = await createUser(deps, { name: 'Luis' })
      const quiet = await createUser(deps, { name: 'Quiet' })
      const now = clock.now()
      await insertMembership(deps.db, {
        organizationId: parent.householdId,
        userId: partner.id,
        role: 'member',
        now,
      })
      await insertMembership(deps.db, {
        organizationId: parent.householdId,
        userId: quiet.id,
        role: 'member',
        now,
      })
      await updateUser(deps.db, partner.id, { locale: 'es', now })
      await saveReminderSettings(deps.db, quiet.id, 0, { daysBefore: [14, 3], off: true }, now)
      const child = await createChildFor(deps, parent, {
        legalName: 'Mateo Cruz',
        preferredName: '',
        state: 'NY',
      })
      // The annual review is due on 10 December 2026.
      await addEvent(deps, parent.actor, child.id, { type: 'iep-meeting-held', date: '2025-12-10', note: '' })
      // A follow-up the family set in the communications log, due on 4 December 2026.
      await addCommunication(deps, parent.actor, child.id, {
        occurredOn: '2026-11-18',
        channel: 'call',
        direction: 'from-school',
        people: 'Ms. Ruiz',
        subject: 'Speech minutes cut',
        summary: 'Speech therapy will drop to 30 minutes a week.',
        emailText: '',
        followUpOn: '2026-12-04',
        followUpNote: 'Ask for prior written notice',
        documentIds: [],
      })

      // A second app instance on the same database.
      const second = await openSecondInstance(deps, dialect)
      const other = second.deps
      try {
        for (let day = 0; day < 22; day += 1) {
          // Both instances scan at once; each reminder is queued once.
          await Promise.all([sendDeadlineReminders(deps), sendDeadlineReminders(other)])
          await Promise.all([
            runDueJobs(deps, { handlers: JOB_HANDLERS, recurring: RECURRING_JOBS, workerId: 'a' }),
            runDueJobs(other, { handlers: JOB_HANDLERS, recurring: RECURRING_JOBS, workerId: 'b' }),
          ])
          await runDueJobs(deps, { handlers: JOB_HANDLERS, recurring: RECURRING_JOBS, workerId: 'a' })
          clock.advanceDays(1)
        }
      } finally {
        await second.close()
      }
      const to = (address: string) =>
        smtp.received.filter((mail) => mail.to.includes(address)).map((mail) => subjectOf(mail.raw))
      expect(to(parent.email).filter((subject) => subject.includes('Annual IEP review'))).toEqual([
        'Reminder: Annual IEP review for Mateo Cruz, Thursday 10 December 2026',
        'Reminder: Annual IEP review for Mateo Cruz, Thursday 10 December 2026',
      ])
      // The follow-up: once 14 days before (already inside the window on the first day) and once at 3 days.
      expect(to(parent.email).filter((subject) => subject.includes('follow up'))).toEqual([
        'Reminder: follow up on “Speech minutes cut” by Friday 4 December 2026',
        'Reminder: follow up on “Speech minutes cut” by Friday 4 December 2026',
      ])
      const english = smtp.received
        .filter((mail) => mail.to.includes(parent.email) && subjectOf(mail.raw).includes('Annual'))
        .map((m) => m.raw.replace(/=\r?\n/g, ''))
      expect(english[0]).toContain('in 14 days')
      expect(english[1]).toContain('in 3 days')
      expect(english[0]).toContain('/account/reminders')
      const spanish = to(partner.email)
      expect(spanish).toHaveLength(4)
      expect(spanish).toContain(
        'Recordatorio: Revisión anual del IEP de Mateo Cruz, jueves 10 de diciembre de 2026',
      )
      expect(to(quiet.email)).toEqual([])
    })
  })
}

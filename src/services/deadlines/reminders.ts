import type { Child } from '../../domain/children/child.ts'
import { displayName } from '../../domain/children/child.ts'
import type { Communication } from '../../domain/communications/communication.ts'
import { addDays, daysBetween, type LocalDate } from '../../domain/dates/local-date.ts'
import type { Deadline } from '../../domain/deadlines/deadline.ts'
import { DomainError, invalidInput, type Problem, problem } from '../../domain/problems.ts'
import { formatDate, type Lang, renderMessage, translator } from '../../i18n/i18n.ts'
import { absoluteUrl, paths } from '../../paths.ts'
import { listOpenFollowUpsDueBy } from '../../storage/communications-store.ts'
import {
  findReminderSettings,
  listReminderRecipientIds,
  type ReminderSettings,
  saveReminderSettings,
} from '../../storage/deadlines-store.ts'
import { loadSignedIn } from '../accounts/sessions.ts'
import { listChildren } from '../children/children.ts'
import { type Deps, today } from '../deps.ts'
import { queueEmail } from '../jobs/enqueue.ts'
import { getChildDeadlines } from './child-deadlines.ts'

/** The times a person may choose to be reminded, in days before the date. */
export const REMINDER_DAY_CHOICES = [30, 14, 7, 3, 1] as const

export async function getReminderSettings(deps: Deps, userId: string): Promise<ReminderSettings> {
  return findReminderSettings(deps.db, userId)
}

export interface ReminderSettingsDraft {
  /** `yes` or `no`. */
  readonly enabled: string
  readonly days: readonly string[]
}

export function checkReminderSettings(draft: ReminderSettingsDraft): {
  value: { daysBefore: number[]; off: boolean } | undefined
  problems: Problem[]
} {
  const problems: Problem[] = []
  if (draft.enabled !== 'yes' && draft.enabled !== 'no') {
    problems.push(problem('enabled', 'deadlines.ui.reminders.problems.onOffMissing'))
  }
  const days = draft.days.map(Number)
  if (days.some((day) => !(REMINDER_DAY_CHOICES as readonly number[]).includes(day))) {
    problems.push(problem('days', 'deadlines.ui.reminders.problems.daysInvalid'))
  } else if (draft.enabled === 'yes' && days.length === 0) {
    problems.push(problem('days', 'deadlines.ui.reminders.problems.daysMissing'))
  }
  if (problems.length > 0) return { value: undefined, problems }
  return {
    value: { daysBefore: [...new Set(days)].sort((a, b) => b - a), off: draft.enabled === 'no' },
    problems,
  }
}

/** Saves a person's reminder settings; VERSION_CONFLICT when they were saved meanwhile elsewhere. */
export async function updateReminderSettings(
  deps: Deps,
  userId: string,
  expectedVersion: number,
  draft: ReminderSettingsDraft,
): Promise<void> {
  const { value, problems } = checkReminderSettings(draft)
  if (!value) throw invalidInput(problems)
  const saved = await saveReminderSettings(deps.db, userId, expectedVersion, value, deps.clock.now())
  if (!saved) throw new DomainError('VERSION_CONFLICT')
}

/**
 * The reminder a date is in on `on`: the smallest chosen number of days that is at least the days
 * left. A date first seen 2 days ahead gets the 3-day reminder only, not the 14-day one too.
 */
export function reminderWindow(
  daysBefore: readonly number[],
  on: LocalDate,
  due: LocalDate,
): number | undefined {
  const left = daysBetween(on, due)
  if (left < 0) return undefined
  let window: number | undefined
  for (const days of daysBefore) if (left <= days && (window === undefined || days < window)) window = days
  return window
}

function deadlineEmail(
  lang: Lang,
  input: {
    person: string
    child: Child
    deadline: Deadline
    due: LocalDate
    on: LocalDate
    baseUrl: string
  },
): { subject: string; text: string } {
  const t = translator(lang)
  const name = displayName(input.child)
  const title = renderMessage(lang, input.deadline.title)
  const date = formatDate(lang, input.due)
  const left = daysBetween(input.on, input.due)
  const dueLine =
    left === 0
      ? t('deadlines.ui.email.dueToday', { title, name, date })
      : left === 1
        ? t('deadlines.ui.email.dueOne', { title, name, date })
        : t('deadlines.ui.email.due', { title, name, date, days: left })
  const text = [
    t('deadlines.ui.email.intro', { person: input.person }),
    '',
    dueLine,
    renderMessage(lang, { key: `deadlines.rules.${input.deadline.rule}.what` }),
    '',
    t('deadlines.ui.email.why'),
    ...input.deadline.explanation.map((step) => `- ${renderMessage(lang, step)}`),
    t('deadlines.ui.email.citation', { citation: input.deadline.citation }),
    '',
    t('deadlines.ui.email.link', {
      name,
      url: absoluteUrl(input.baseUrl, paths.childDeadlines(input.child.id)),
    }),
    t('deadlines.ui.email.settings', { url: absoluteUrl(input.baseUrl, paths.reminderSettings()) }),
    '',
    t('deadlines.ui.email.notAdvice'),
  ].join('\n')
  return { subject: t('deadlines.ui.email.subject', { title, name, date }), text }
}

function followUpEmail(
  lang: Lang,
  input: {
    person: string
    child: Child
    communication: Communication & { followUpOn: LocalDate }
    baseUrl: string
  },
): { subject: string; text: string } {
  const t = translator(lang)
  const params = {
    subject: input.communication.subject,
    name: displayName(input.child),
    date: formatDate(lang, input.communication.followUpOn),
  }
  const text = [
    t('deadlines.ui.email.intro', { person: input.person }),
    '',
    t('deadlines.ui.email.followUp', params),
    ...(input.communication.followUpNote ? [input.communication.followUpNote] : []),
    '',
    t('deadlines.ui.email.followUpLink', {
      url: absoluteUrl(input.baseUrl, paths.communication(input.child.id, input.communication.id)),
    }),
    t('deadlines.ui.email.settings', { url: absoluteUrl(input.baseUrl, paths.reminderSettings()) }),
  ].join('\n')
  return { subject: t('deadlines.ui.email.followUpSubject', params), text }
}

/**
 * The recurring reminder pass: for each person with a verified e-mail, each child they can see,
 * each open deadline (and each open follow-up) whose date has entered one of their reminder
 * windows, queue one e-mail in their language. The dedupe key (person, child, rule, starting event,
 * date, window) makes this safe to run again and on several app instances at once: each reminder
 * is queued once, so it is sent once.
 */
export async function sendDeadlineReminders(deps: Deps): Promise<{ queued: number }> {
  const on = today(deps)
  const horizon = addDays(on, Math.max(...REMINDER_DAY_CHOICES))
  const followUps = await listOpenFollowUpsDueBy(deps.db, horizon)
  let queued = 0
  for (const userId of await listReminderRecipientIds(deps.db)) {
    const settings = await findReminderSettings(deps.db, userId)
    if (settings.off || settings.daysBefore.length === 0) continue
    const signedIn = await loadSignedIn(deps, userId)
    if (!signedIn || signedIn.user.emailVerifiedAt === null) continue
    const { user, actor } = signedIn
    const lang: Lang = user.locale ?? 'en'
    const mailOptions = { baseUrl: deps.config.baseUrl, person: user.name }
    for (const listed of await listChildren(deps, actor, { archived: false })) {
      const { child, deadlines } = await getChildDeadlines(deps, actor, listed.id)
      for (const deadline of deadlines) {
        if (deadline.kind !== 'deadline' || deadline.due === null) continue
        if (deadline.status !== 'upcoming' && deadline.status !== 'due-soon') continue
        const window = reminderWindow(settings.daysBefore, on, deadline.due)
        if (window === undefined) continue
        const mail = deadlineEmail(lang, {
          ...mailOptions,
          child,
          deadline,
          due: deadline.due,
          on,
        })
        const sent = await queueEmail(
          deps,
          { to: user.email, ...mail },
          {
            dedupeKey: `deadline-reminder:${userId}:${child.id}:${deadline.rule}:${deadline.trigger}:${deadline.due}:${window}`,
            organizationId: child.organizationId,
          },
        )
        if (sent) queued += 1
      }
      // Only follow-ups of this child, which getChildDeadlines has just checked the person may read.
      for (const communication of followUps) {
        if (communication.childId !== child.id || communication.followUpOn === null) continue
        const window = reminderWindow(settings.daysBefore, on, communication.followUpOn)
        if (window === undefined) continue
        const mail = followUpEmail(lang, {
          ...mailOptions,
          child,
          communication: { ...communication, followUpOn: communication.followUpOn },
        })
        const sent = await queueEmail(
          deps,
          { to: user.email, ...mail },
          {
            dedupeKey: `follow-up-reminder:${userId}:${communication.id}:${communication.followUpOn}:${window}`,
            organizationId: child.organizationId,
          },
        )
        if (sent) queued += 1
      }
    }
  }
  return { queued }
}

/**
 * Every URL the app links to, built in one place (pages, e-mails and redirects use these).
 * Ids are encoded so a value can never change the shape of a path.
 */
import { practicePaths } from './practice-paths.ts'

const e = encodeURIComponent

/** Where a school calendar's years are reached from: a child's page, or the calendar's own page. */
export type CalendarTarget = { readonly childId: string } | { readonly calendarId: string }

const GUIDE_PATHS = {
  comparison: '/guides/iep-or-504-plan',
  questions: '/guides/questions-families-ask',
  glossary: '/guides/glossary',
} as const

export const paths = {
  home: () => '/',
  dashboard: () => '/dashboard',
  signUp: () => '/sign-up',
  signUpDone: () => '/sign-up/check-email',
  signIn: (next?: string) => (next ? `/sign-in?next=${e(next)}` : '/sign-in'),
  signOut: () => '/sign-out',
  verifyEmail: (token: string) => `/verify-email/${e(token)}`,
  resendVerification: () => '/verify-email/resend',
  forgotPassword: () => '/forgot-password',
  forgotPasswordDone: () => '/forgot-password/check-email',
  resetPassword: (token: string) => `/reset-password/${e(token)}`,
  account: () => '/account',
  changePassword: () => '/account/password',
  accountLanguage: () => '/account/language',
  apiTokens: () => '/account/tokens',
  revokeApiToken: (id: string) => `/account/tokens/${e(id)}/revoke`,
  language: () => '/language',
  children: () => '/children',
  archivedChildren: () => '/children/archived',
  newChild: () => '/children/new',
  child: (childId: string) => `/children/${e(childId)}`,
  editChild: (childId: string) => `/children/${e(childId)}/edit`,
  archiveChild: (childId: string) => `/children/${e(childId)}/archive`,
  restoreChild: (childId: string) => `/children/${e(childId)}/restore`,
  newEvent: (childId: string, type?: string) =>
    `/children/${e(childId)}/events/new${type ? `?type=${e(type)}` : ''}`,
  editEvent: (childId: string, eventId: string) => `/children/${e(childId)}/events/${e(eventId)}/edit`,
  deleteEvent: (childId: string, eventId: string) => `/children/${e(childId)}/events/${e(eventId)}/delete`,
  // Plans (issue 6)
  childPlans: (childId: string) => `/children/${e(childId)}/plans`,
  newPlan: (childId: string, kind?: 'iep' | '504') =>
    `/children/${e(childId)}/plans/new${kind ? `?kind=${e(kind)}` : ''}`,
  plan: (childId: string, planId: string, version?: number) =>
    `/children/${e(childId)}/plans/${e(planId)}${version === undefined ? '' : `?version=${version}`}`,
  planPart: (childId: string, planId: string, part: string) =>
    `/children/${e(childId)}/plans/${e(planId)}/edit/${e(part)}`,
  newPlanItem: (childId: string, planId: string, list: string, libraryId?: string) =>
    `/children/${e(childId)}/plans/${e(planId)}/edit/${e(list)}/new${libraryId ? `?library=${e(libraryId)}` : ''}`,
  planItem: (childId: string, planId: string, list: string, itemId: string) =>
    `/children/${e(childId)}/plans/${e(planId)}/edit/${e(list)}/${e(itemId)}`,
  removePlanItem: (childId: string, planId: string, list: string, itemId: string) =>
    `/children/${e(childId)}/plans/${e(planId)}/edit/${e(list)}/${e(itemId)}/remove`,
  planLibrary: (childId: string, planId: string, list: string) =>
    `/children/${e(childId)}/plans/${e(planId)}/edit/${e(list)}/library`,
  planStep: (childId: string, planId: string) => `/children/${e(childId)}/plans/${e(planId)}/step`,
  amendPlan: (childId: string, planId: string) => `/children/${e(childId)}/plans/${e(planId)}/amend`,
  nextPlan: (childId: string, planId: string) => `/children/${e(childId)}/plans/${e(planId)}/next`,
  deletePlan: (childId: string, planId: string) => `/children/${e(childId)}/plans/${e(planId)}/delete`,
  planVersions: (childId: string, planId: string) => `/children/${e(childId)}/plans/${e(planId)}/versions`,
  comparePlans: (
    childId: string,
    before?: { planId: string; version: number },
    after?: { planId: string; version: number },
  ) =>
    `/children/${e(childId)}/plans/compare${
      before && after
        ? `?before=${e(`${before.planId}@${before.version}`)}&after=${e(`${after.planId}@${after.version}`)}`
        : ''
    }`,
  planAtAGlance: (childId: string, planId: string, version?: number) =>
    `/children/${e(childId)}/plans/${e(planId)}/at-a-glance${version === undefined ? '' : `?version=${version}`}`,
  planAtAGlancePdf: (childId: string, planId: string, version?: number) =>
    `/children/${e(childId)}/plans/${e(planId)}/at-a-glance.pdf${version === undefined ? '' : `?version=${version}`}`,
  planMoves: (childId: string) => `/children/${e(childId)}/plans/moves`,
  // Documents, communications and letters (issue 9)
  documents: (childId: string) => `/children/${e(childId)}/documents`,
  imports: (childId: string) => `/children/${e(childId)}/imports`,
  documentImport: (childId: string, importId: string) => `/children/${e(childId)}/imports/${e(importId)}`,
  /** The import's status in JSON (the reading page's script asks it how far the reading got). */
  apiImport: (childId: string, importId: string) => `/api/v1/children/${e(childId)}/imports/${e(importId)}`,
  uploadDocument: (childId: string, csrfToken?: string) =>
    `/children/${e(childId)}/documents/new${csrfToken ? `?_csrf=${e(csrfToken)}` : ''}`,
  document: (childId: string, documentId: string) => `/children/${e(childId)}/documents/${e(documentId)}`,
  documentFile: (childId: string, documentId: string) =>
    `/children/${e(childId)}/documents/${e(documentId)}/file`,
  editDocument: (childId: string, documentId: string) =>
    `/children/${e(childId)}/documents/${e(documentId)}/edit`,
  deleteDocument: (childId: string, documentId: string) =>
    `/children/${e(childId)}/documents/${e(documentId)}/delete`,
  searchChild: (childId: string, query?: string) =>
    `/children/${e(childId)}/search${query ? `?q=${e(query)}` : ''}`,
  communications: (childId: string) => `/children/${e(childId)}/communications`,
  newCommunication: (childId: string) => `/children/${e(childId)}/communications/new`,
  pasteEmail: (childId: string) => `/children/${e(childId)}/communications/paste`,
  communication: (childId: string, communicationId: string) =>
    `/children/${e(childId)}/communications/${e(communicationId)}`,
  editCommunication: (childId: string, communicationId: string) =>
    `/children/${e(childId)}/communications/${e(communicationId)}/edit`,
  deleteCommunication: (childId: string, communicationId: string) =>
    `/children/${e(childId)}/communications/${e(communicationId)}/delete`,
  followUpDone: (childId: string, communicationId: string) =>
    `/children/${e(childId)}/communications/${e(communicationId)}/follow-up`,
  letters: (childId: string) => `/children/${e(childId)}/letters`,
  newLetter: (childId: string, template: string) => `/children/${e(childId)}/letters/new/${e(template)}`,
  letter: (childId: string, letterId: string) => `/children/${e(childId)}/letters/${e(letterId)}`,
  letterPdf: (childId: string, letterId: string) =>
    `/children/${e(childId)}/letters/${e(letterId)}/letter.pdf`,
  letterText: (childId: string, letterId: string) =>
    `/children/${e(childId)}/letters/${e(letterId)}/letter.txt`,
  markLetterSent: (childId: string, letterId: string) =>
    `/children/${e(childId)}/letters/${e(letterId)}/sent`,
  deleteLetter: (childId: string, letterId: string) =>
    `/children/${e(childId)}/letters/${e(letterId)}/delete`,
  // Meetings and disputes (issue 10)
  meetings: (childId: string) => `/children/${e(childId)}/meetings`,
  newMeeting: (childId: string) => `/children/${e(childId)}/meetings/new`,
  meeting: (childId: string, meetingId: string) => `/children/${e(childId)}/meetings/${e(meetingId)}`,
  meetingPart: (
    childId: string,
    meetingId: string,
    part: 'edit' | 'prepare' | 'record' | 'delete' | 'letter' | 'packet.pdf' | 'meeting.ics',
  ) => `/children/${e(childId)}/meetings/${e(meetingId)}/${part}`,
  disputes: (childId: string, road?: string) =>
    `/children/${e(childId)}/disputes${road ? `#road-${e(road)}` : ''}`,
  newDispute: (childId: string, road?: string) =>
    `/children/${e(childId)}/disputes/new${road ? `?road=${e(road)}` : ''}`,
  dispute: (childId: string, disputeId: string) => `/children/${e(childId)}/disputes/${e(disputeId)}`,
  disputePart: (childId: string, disputeId: string, part: 'stage' | 'outcome' | 'papers') =>
    `/children/${e(childId)}/disputes/${e(disputeId)}/${part}`,
  // Sharing, access links and the audit trail (issue 3)
  enterData: (token: string) => `/enter/${e(token)}`,
  enterProgress: (token: string) => `/enter/${e(token)}/progress`,
  enterServices: (token: string) => `/enter/${e(token)}/services`,
  childSharing: (childId: string) => `/children/${e(childId)}/sharing`,
  shareInvite: (childId: string) => `/children/${e(childId)}/sharing/invite`,
  shareOrganization: (childId: string) => `/children/${e(childId)}/sharing/organization`,
  newAccessLink: (childId: string, purpose?: 'data-entry' | 'calendar-feed') =>
    `/children/${e(childId)}/sharing/links/new${purpose ? `?purpose=${e(purpose)}` : ''}`,
  endShare: (childId: string, shareId: string) => `/children/${e(childId)}/sharing/shares/${e(shareId)}/end`,
  withdrawInvitation: (childId: string, invitationId: string) =>
    `/children/${e(childId)}/sharing/invitations/${e(invitationId)}/withdraw`,
  endAccessLink: (childId: string, linkId: string) =>
    `/children/${e(childId)}/sharing/links/${e(linkId)}/end`,
  invitation: (token: string) => `/invitations/${e(token)}`,
  acceptInvitation: (token: string) => `/invitations/${e(token)}/accept`,
  declineInvitation: (token: string) => `/invitations/${e(token)}/decline`,
  acceptWaitingInvitation: (invitationId: string) => `/invitations/waiting/${e(invitationId)}/accept`,
  childActivity: (childId: string, page?: number) =>
    `/children/${e(childId)}/activity${page && page > 1 ? `?page=${page}` : ''}`,
  // Services delivered (issue 8): the compliance page, the service log, accommodations not provided.
  services: (childId: string, query?: { from?: string; to?: string; closed?: string }) =>
    `/children/${e(childId)}/services${serviceQuery(query)}`,
  serviceLog: (childId: string) => `/children/${e(childId)}/services/log`,
  newSession: (childId: string) => `/children/${e(childId)}/services/log/new`,
  sessionWeek: (childId: string, week?: string) =>
    `/children/${e(childId)}/services/log/week${week ? `?week=${e(week)}` : ''}`,
  importSessions: (childId: string) => `/children/${e(childId)}/services/log/import`,
  editSession: (childId: string, sessionId: string) =>
    `/children/${e(childId)}/services/log/${e(sessionId)}/edit`,
  deleteSession: (childId: string, sessionId: string) =>
    `/children/${e(childId)}/services/log/${e(sessionId)}/delete`,
  newIncident: (childId: string) => `/children/${e(childId)}/services/accommodations/new`,
  deleteIncident: (childId: string, incidentId: string) =>
    `/children/${e(childId)}/services/accommodations/${e(incidentId)}/delete`,
  compensatoryLetter: (childId: string) => `/children/${e(childId)}/services/letter`,
  // Deadlines (issue 4)
  childDeadlines: (childId: string, show?: string) =>
    `/children/${e(childId)}/deadlines${show ? `?show=${e(show)}` : ''}`,
  childDeadlinesIcs: (childId: string) => `/children/${e(childId)}/deadlines.ics`,
  schoolCalendar: (childId: string) => paths.schoolCalendarOf({ childId }),
  newSchoolYear: (childId: string) => paths.newSchoolYearIn({ childId }),
  schoolYear: (childId: string, yearId: string) => paths.schoolYearIn({ childId }, yearId),
  deleteSchoolYear: (childId: string, yearId: string) => paths.deleteSchoolYearIn({ childId }, yearId),
  // A school calendar's years, reached from a child's page or from the calendar's own page.
  schoolCalendarOf: (target: CalendarTarget) =>
    'childId' in target
      ? `/children/${e(target.childId)}/school-calendar`
      : `/school-calendars/${e(target.calendarId)}`,
  newSchoolYearIn: (target: CalendarTarget) => `${paths.schoolCalendarOf(target)}/new`,
  schoolYearIn: (target: CalendarTarget, yearId: string) => `${paths.schoolCalendarOf(target)}/${e(yearId)}`,
  deleteSchoolYearIn: (target: CalendarTarget, yearId: string) =>
    `${paths.schoolCalendarOf(target)}/${e(yearId)}/delete`,
  importSchoolYearIn: (target: CalendarTarget, csrfToken?: string) =>
    `${paths.schoolCalendarOf(target)}/import${csrfToken ? `?_csrf=${e(csrfToken)}` : ''}`,
  schoolCalendars: () => '/school-calendars',
  newSchoolCalendar: () => '/school-calendars/new',
  sharedSchoolCalendar: (calendarId: string) => paths.schoolCalendarOf({ calendarId }),
  renameSchoolCalendar: (calendarId: string) => `/school-calendars/${e(calendarId)}/name`,
  deleteSchoolCalendar: (calendarId: string) => `/school-calendars/${e(calendarId)}/delete`,
  chooseSchoolCalendar: (childId: string) => `/children/${e(childId)}/school-calendar/choose`,
  reminderSettings: () => '/account/reminders',
  calendarFeed: (token: string) => `/feeds/${e(token)}.ics`,
  importSchoolCalendar: (childId: string, csrfToken?: string) =>
    paths.importSchoolYearIn({ childId }, csrfToken),
  personFeeds: () => '/account/calendar-feeds',
  revokePersonFeed: (feedId: string) => `/account/calendar-feeds/${e(feedId)}/revoke`,
  personFeed: (token: string) => `/feeds/all/${e(token)}.ics`,
  startingPoint: (childId: string) => `/children/${e(childId)}/starting-point`,
  startingPointStep: (childId: string, slug: string) =>
    slug === '' ? paths.startingPoint(childId) : `/children/${e(childId)}/starting-point/${e(slug)}`,
  startingPointCheck: (childId: string) => `/children/${e(childId)}/starting-point/check`,
  // Goals and progress (issue 7)
  goalChecker: () => '/goals/check',
  childProgress: (childId: string) => `/children/${e(childId)}/progress`,
  goalProgress: (childId: string, goalId: string) => `/children/${e(childId)}/progress/${e(goalId)}`,
  addProgressPoint: (childId: string, goalId: string) =>
    `/children/${e(childId)}/progress/${e(goalId)}/points`,
  importProgressPoints: (childId: string, goalId: string, csrfToken?: string) =>
    `/children/${e(childId)}/progress/${e(goalId)}/import${csrfToken ? `?_csrf=${e(csrfToken)}` : ''}`,
  editProgressPoint: (childId: string, goalId: string, pointId: string) =>
    `/children/${e(childId)}/progress/${e(goalId)}/points/${e(pointId)}/edit`,
  deleteProgressPoint: (childId: string, goalId: string, pointId: string) =>
    `/children/${e(childId)}/progress/${e(goalId)}/points/${e(pointId)}/delete`,
  addProgressNote: (childId: string, goalId: string) => `/children/${e(childId)}/progress/${e(goalId)}/notes`,
  deleteProgressNote: (childId: string, goalId: string, noteId: string) =>
    `/children/${e(childId)}/progress/${e(goalId)}/notes/${e(noteId)}/delete`,
  calendarLinks: (childId: string) => `/children/${e(childId)}/deadlines/calendar-links`,
  revokeCalendarLink: (childId: string, linkId: string) =>
    `/children/${e(childId)}/deadlines/calendar-links/${e(linkId)}/revoke`,
  devMailbox: () => '/dev/mailbox',
  devMail: (id: string) => `/dev/mailbox/${e(id)}`,
  apiReference: () => '/api/v1/docs',
  openApi: () => '/api/v1/openapi.json',
  privacy: () => '/privacy',
  about: () => '/about',
  // The screener (public, one question per page) and saving its result to a child's record.
  screener: () => '/screener',
  screenerStep: (slug: string, options: { change?: boolean } = {}) =>
    `/screener/${e(slug)}${options.change ? '?change=yes' : ''}`,
  screenerCheckAnswers: () => '/screener/check-answers',
  screenerResult: () => '/screener/result',
  screenerStartAgain: () => '/screener/start-again',
  screenerRemoveCondition: () => '/screener/remove-condition',
  screenerSave: () => '/screener/save',
  screenerReopen: () => '/screener/reopen',
  savedScreenerResult: (childId: string, eventId: string) =>
    `/children/${e(childId)}/screener-results/${e(eventId)}`,
  // The public guides; `anchor` is a row, question or term id from web/guides/guide-structure.ts.
  guides: () => '/guides',
  guide: (page: 'comparison' | 'questions' | 'glossary', anchor?: string) =>
    `${GUIDE_PATHS[page]}${anchor ? `#${e(anchor)}` : ''}`,
  ...practicePaths,
  // Export, import, deletion and two-step sign-in (issue 3: privacy)
  childExport: (childId: string) => `/children/${e(childId)}/export`,
  accountExport: () => '/account/export',
  importRecord: (csrfToken?: string) => `/import${csrfToken ? `?_csrf=${e(csrfToken)}` : ''}`,
  deleteChild: (childId: string) => `/children/${e(childId)}/delete`,
  deletions: () => '/account/deletions',
  undoChildDeletion: (childId: string) => `/account/deletions/children/${e(childId)}/undo`,
  deleteAccount: () => '/account/delete',
  undoAccountDeletion: () => '/account/deletions/account/undo',
  twoStep: () => '/account/two-step',
  twoStepSetup: () => '/account/two-step/set-up',
  twoStepOff: () => '/account/two-step/turn-off',
  twoStepRecoveryCodes: () => '/account/two-step/recovery-codes',
  signInTwoStep: () => '/sign-in/two-step',
} as const

/** `?from=…&to=…&closed=…` for the services page, leaving out what is empty. */
function serviceQuery(query: { from?: string; to?: string; closed?: string } | undefined): string {
  const parts = Object.entries(query ?? {})
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}=${e(value as string)}`)
  return parts.length > 0 ? `?${parts.join('&')}` : ''
}

/** An absolute URL for e-mails: the configured BASE_URL plus a path. */
export function absoluteUrl(baseUrl: string, path: string): string {
  return `${baseUrl}${path}`
}

/**
 * A `next=` target is only followed when it is a path on this site, so a crafted sign-in link
 * cannot send someone to another site after they sign in.
 */
export function safeNextPath(next: unknown): string | undefined {
  if (typeof next !== 'string') return undefined
  if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return undefined
  if (/[\r\n]/.test(next)) return undefined
  return next
}

/**
 * URLs of the advocate workspace and consultation booking (issue 11), spread into `paths`.
 * Ids and tokens are encoded so a value can never change the shape of a path.
 */
const e = encodeURIComponent

function query(params: Readonly<Record<string, string | number | undefined>>): string {
  const parts = Object.entries(params)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${e(key)}=${e(String(value))}`)
  return parts.length > 0 ? `?${parts.join('&')}` : ''
}

export const practicePaths = {
  practice: () => '/practice',
  newPractice: () => '/practice/new',
  invitePracticeMember: () => '/practice/members/invite',
  practiceMemberRole: (userId: string) => `/practice/members/${e(userId)}/role`,
  acceptPracticeInvitation: (token: string) => `/practice/invitations/${e(token)}`,
  practiceAvailability: () => '/practice/availability',
  caseload: (params: Readonly<Record<string, string | number | undefined>> = {}) =>
    `/practice/caseload${query(params)}`,
  caseloadCsv: (params: Readonly<Record<string, string | number | undefined>> = {}) =>
    `/practice/caseload.csv${query(params)}`,
  practiceFamily: (childId: string) => `/practice/families/${e(childId)}`,
  practiceNotes: (childId: string) => `/practice/families/${e(childId)}/notes`,
  practiceTasks: () => '/practice/tasks',
  practiceTaskDone: (taskId: string) => `/practice/tasks/${e(taskId)}/done`,
  bookConsultation: (slug: string, params: Readonly<Record<string, string | number | undefined>> = {}) =>
    `/book/${e(slug)}${query(params)}`,
  bookingDetails: (slug: string, params: Readonly<Record<string, string | number | undefined>> = {}) =>
    `/book/${e(slug)}/details${query(params)}`,
  bookingConfirmed: (slug: string) => `/book/${e(slug)}/booked`,
  manageBooking: (token: string, params: Readonly<Record<string, string | number | undefined>> = {}) =>
    `/bookings/${e(token)}${query(params)}`,
  cancelBooking: (token: string) => `/bookings/${e(token)}/cancel`,
  rescheduleBooking: (token: string, params: Readonly<Record<string, string | number | undefined>> = {}) =>
    `/bookings/${e(token)}/reschedule${query(params)}`,
} as const

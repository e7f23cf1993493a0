import { IEP_TEAM_KINDS, type MeetingDetails, type ParticipantRole } from './meeting.ts'

/**
 * The members an IEP team must have (34 CFR 300.321(a)(2)-(5)), besides the parents. The person who
 * can interpret evaluation results may be one of the others (300.321(a)(5)), so a role tagged on
 * anyone counts.
 */
export const REQUIRED_IEP_ROLES = [
  'general-education-teacher',
  'special-education-teacher',
  'district-representative',
  'evaluation-interpreter',
] as const satisfies readonly ParticipantRole[]
export type RequiredIepRole = (typeof REQUIRED_IEP_ROLES)[number]

/** What the check says about one required member. */
export interface TeamFinding {
  readonly role: RequiredIepRole
  /**
   * `missing`: nobody in that role is on the list; `excused`: everyone in that role is excused, which
   * the law allows only with the parent's written agreement or consent (34 CFR 300.321(e)).
   */
  readonly status: 'missing' | 'excused'
  readonly citation: string
}

const CITATIONS: Readonly<Record<RequiredIepRole, string>> = {
  'general-education-teacher': '34 CFR 300.321(a)(2)',
  'special-education-teacher': '34 CFR 300.321(a)(3)',
  'district-representative': '34 CFR 300.321(a)(4)',
  'evaluation-interpreter': '34 CFR 300.321(a)(5)',
}

/** True when the 300.321 membership check applies to this kind of meeting. */
export function isIepTeamMeeting(meeting: Pick<MeetingDetails, 'kind'>): boolean {
  return IEP_TEAM_KINDS.includes(meeting.kind)
}

/**
 * Checks the people invited to an IEP meeting against 34 CFR 300.321(a): each required member who
 * is not on the list, or is on it only as excused, is a finding. Other meetings give no findings.
 */
export function checkIepTeam(meeting: Pick<MeetingDetails, 'kind' | 'participants'>): TeamFinding[] {
  if (!isIepTeamMeeting(meeting)) return []
  const findings: TeamFinding[] = []
  for (const role of REQUIRED_IEP_ROLES) {
    const inRole = meeting.participants.filter((p) => p.role === role)
    if (inRole.length === 0) findings.push({ role, status: 'missing', citation: CITATIONS[role] })
    else if (inRole.every((p) => p.excused))
      findings.push({ role, status: 'excused', citation: '34 CFR 300.321(e)' })
  }
  return findings
}

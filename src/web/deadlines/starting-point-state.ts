import type { FastifyReply, FastifyRequest } from 'fastify'
import {
  STARTING_POINT_FIELDS,
  type StartingPointDraft,
  type StartingPointField,
} from '../../domain/children/starting-point.ts'
import { paths } from '../../paths.ts'

/**
 * Where "where are you now?" keeps the answers between its pages: a signed cookie sent only to
 * that child's setup pages, so the back button and a refresh never lose an answer, and nothing is
 * saved until the family checks their answers. It lives until the browser closes. A cookie whose
 * signature or content does not check out counts as no answers.
 */
const SETUP_COOKIE = 'pathway_setup'
const MOST_ANSWER_CHARS = 40

export const EMPTY_STARTING_POINT: StartingPointDraft = Object.fromEntries(
  STARTING_POINT_FIELDS.map((field) => [field, '']),
) as StartingPointDraft

/** Each question's part of the URL (the first question is the setup page itself). */
const STEP_SLUGS: Readonly<Record<StartingPointField, string>> = {
  stage: '',
  disputeKind: 'dispute-kind',
  requestedOn: 'asked-on',
  consentOn: 'consent-on',
  evaluatedOn: 'evaluated-on',
  iepMeetingOn: 'iep-meeting-on',
  plan504On: '504-meeting-on',
  lastEvaluationOn: 'last-evaluation-on',
  disputeOn: 'complaint-on',
}

export function stepOfSlug(slug: string): StartingPointField | undefined {
  return STARTING_POINT_FIELDS.find((field) => field !== 'stage' && STEP_SLUGS[field] === slug)
}

/** A question's page; `change` brings the family back to "check your answers" after it. */
export function stepPath(childId: string, field: StartingPointField, change = false): string {
  const base = paths.startingPointStep(childId, STEP_SLUGS[field])
  return change ? `${base}?change=yes` : base
}

export function readSetupAnswers(request: FastifyRequest): StartingPointDraft {
  const raw = request.cookies[SETUP_COOKIE]
  if (!raw) return EMPTY_STARTING_POINT
  const unsigned = request.unsignCookie(raw)
  if (!unsigned.valid || !unsigned.value) return EMPTY_STARTING_POINT
  try {
    const parsed = JSON.parse(unsigned.value) as Record<string, unknown>
    const draft: Record<string, string> = { ...EMPTY_STARTING_POINT }
    for (const field of STARTING_POINT_FIELDS) {
      const value = parsed[field]
      if (typeof value === 'string') draft[field] = value.slice(0, MOST_ANSWER_CHARS)
    }
    return draft as StartingPointDraft
  } catch {
    return EMPTY_STARTING_POINT
  }
}

export function saveSetupAnswers(
  reply: FastifyReply,
  childId: string,
  draft: StartingPointDraft,
  secure: boolean,
): void {
  const kept = Object.fromEntries(
    STARTING_POINT_FIELDS.map((field) => [field, draft[field].slice(0, MOST_ANSWER_CHARS)]),
  )
  reply.setCookie(SETUP_COOKIE, JSON.stringify(kept), {
    signed: true,
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: paths.startingPoint(childId),
  })
}

export function clearSetupAnswers(reply: FastifyReply, childId: string): void {
  reply.clearCookie(SETUP_COOKIE, { path: paths.startingPoint(childId) })
}

import type { FastifyReply } from 'fastify'
import { DomainError, type Problem } from '../domain/problems.ts'
import { setFlash } from '../http/plugins/request-context.ts'

/** Runs a save; returns its problems (INVALID_INPUT) or the conflict (VERSION_CONFLICT); rethrows the rest. */
export async function trySave(
  save: () => Promise<unknown>,
): Promise<{ problems?: readonly Problem[]; conflict?: true }> {
  try {
    await save()
    return {}
  } catch (error) {
    if (error instanceof DomainError && error.code === 'INVALID_INPUT') return { problems: error.problems }
    if (error instanceof DomainError && error.code === 'VERSION_CONFLICT') return { conflict: true }
    throw error
  }
}

/** Why a save did not happen: 400 with the problems, or 409 after someone else's newer save. */
export interface SaveRefused {
  readonly status: 400 | 409
  readonly problems: readonly Problem[]
  readonly conflict: boolean
}

/**
 * A form post on a versioned record: save, then redirect with a notice (303); or show the form
 * again with what was typed, its problems or the conflict.
 */
export async function saveOrShowAgain(
  reply: FastifyReply,
  post: {
    readonly save: () => Promise<unknown>
    /** The notice's catalog key. */
    readonly flash: string
    readonly redirectTo: string
    readonly showAgain: (refused: SaveRefused) => Promise<unknown>
  },
): Promise<unknown> {
  const result = await trySave(post.save)
  if (!result.problems && !result.conflict) {
    setFlash(reply, { key: post.flash, kind: 'success' })
    return reply.redirect(post.redirectTo, 303)
  }
  return post.showAgain({
    status: result.conflict ? 409 : 400,
    problems: result.problems ?? [],
    conflict: result.conflict ?? false,
  })
}

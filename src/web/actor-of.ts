import type { FastifyRequest } from 'fastify'
import type { UserActor } from '../domain/access/actor.ts'
import { DomainError } from '../domain/problems.ts'

/**
 * The person signed in on a page request. Routes that call this declare an access kind that needs an account,
 * so the access plugin has already answered a visitor; the error is the backstop.
 */
export function actorOf(request: FastifyRequest): UserActor {
  if (!request.signedIn) throw new DomainError('UNAUTHENTICATED')
  return request.signedIn.actor
}

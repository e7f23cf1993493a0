import type { FastifyRequest } from 'fastify'
import type { Actor } from '../domain/access/actor.ts'
import { DomainError } from '../domain/problems.ts'

/** The signed-in person's actor; UNAUTHENTICATED when nobody is signed in (the access rules stop that first). */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.signedIn) throw new DomainError('UNAUTHENTICATED')
  return request.signedIn.actor
}

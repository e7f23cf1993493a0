import type { LinkActor } from '../domain/access/actor.ts'
import type { Lang } from '../i18n/i18n.ts'
import type { SignedIn } from '../services/accounts/sessions.ts'
import type { RouteEntry } from './plugins/access.ts'

/**
 * Who may call a route. Every route declares one (build-app refuses to start otherwise), and the
 * authorization test walks this table.
 * - `public`: anyone, signed in or not;
 * - `signed-out`: pages for people who are not signed in (sign-in, sign-up);
 * - `signed-in`: any signed-in person;
 * - `practice-member`: signed in; the practice's pages then answer 404 to anyone who is not a member
 *   of a practice with a role that may use them (checked in the practice services);
 * - `child-read` / `child-edit`: signed in, and the `:childId` in the path must pass the access check
 *   for `read` / `edit` (checked before the handler runs; the services check again);
 * - `child-glance` / `child-enter-data`: the same for the plan at a glance and for adding progress
 *   data or service sessions (a `glance` or `data-entry` share is enough);
 * - `data-entry-link` / `calendar-link`: no account; the `:token` in the path must be an active
 *   access link for that purpose (unknown, ended or expired answers 404), see `request.linkActor`;
 * - `dev`: development tools, only when the dev mailbox is on.
 */
export type RouteAccess =
  | 'public'
  | 'signed-out'
  | 'signed-in'
  | 'practice-member'
  | 'child-read'
  | 'child-edit'
  | 'child-glance'
  | 'child-enter-data'
  | 'data-entry-link'
  | 'calendar-link'
  | 'dev'

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route with the access it declares (for the authorization tests). */
    routeTable: readonly RouteEntry[]
  }
  interface FastifyRequest {
    /** The signed-in person, from a session cookie or an API token. */
    signedIn: SignedIn | undefined
    /** How the request was authenticated: CSRF applies to cookie sessions, not to bearer tokens. */
    authKind: 'session' | 'token' | undefined
    sessionToken: string | undefined
    /** On child and link routes: the child the access rules let through (for the audit trail). */
    auditSubject: { readonly childId: string; readonly organizationId: string } | undefined
    /** On `data-entry-link` and `calendar-link` routes: the link the `:token` belongs to. */
    linkActor: LinkActor | undefined
    lang: Lang
    /** A one-time notice carried across a redirect (see http/plugins/flash.ts). */
    flash: Flash | undefined
  }
  interface FastifyContextConfig {
    access?: RouteAccess
    /** A page that may be kept and sent again while nothing it shows has changed (plugins/page-cache.ts). */
    pageCache?: boolean
  }
}

export interface Flash {
  readonly key: string
  readonly params?: Readonly<Record<string, string | number>>
  readonly kind: 'success' | 'info'
}

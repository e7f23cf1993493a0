import { createHash, randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import fastifyCookie from '@fastify/cookie'
import fastifyCsrf from '@fastify/csrf-protection'
import fastifyFormbody from '@fastify/formbody'
import fastifyStatic from '@fastify/static'
import Fastify, { type FastifyInstance, LogController } from 'fastify'
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod'
import type { Deps } from '../services/deps.ts'
import { registerAccountPages } from '../web/accounts/accounts.pages.tsx'
import { registerApiDocsPage } from '../web/api-docs/api-docs.pages.tsx'
import { registerBookingPages } from '../web/booking/booking.pages.tsx'
import { registerChildPages } from '../web/children/children.pages.tsx'
import { registerDeadlinePages } from '../web/deadlines/deadlines.pages.tsx'
import { registerSchoolCalendarPages } from '../web/deadlines/school-calendars.pages.tsx'
import { registerStartingPointPages } from '../web/deadlines/starting-point.pages.tsx'
import { registerMailboxPages } from '../web/dev/mailbox.pages.tsx'
import { registerGoalCheckerPages } from '../web/goals/goal-checker.pages.tsx'
import { registerGuidePages } from '../web/guides/guides.pages.tsx'
import { registerHomePages } from '../web/home/home.pages.tsx'
import { registerImportPages } from '../web/imports/imports.pages.tsx'
import { registerPlanPages } from '../web/plans/plans.pages.tsx'
import { registerCaseloadPages } from '../web/practices/caseload.pages.tsx'
import { registerPracticePages } from '../web/practices/practice.pages.tsx'
import { registerEnterProgressPages } from '../web/progress/enter-progress.pages.tsx'
import { registerProgressPages } from '../web/progress/progress.pages.tsx'
import type { RenderSettings } from '../web/render.tsx'
import { registerScreenerPages } from '../web/screener/screener.pages.tsx'
import { registerServicePages } from '../web/services-delivered/services.pages.tsx'
import { registerEnterPages } from '../web/sharing/enter.pages.tsx'
import { registerSharingPages } from '../web/sharing/sharing.pages.tsx'
import type { Assets } from '../web/ui.ts'
import { registerImportsApi } from './api/imports.routes.ts'
import { registerApi } from './api/register-api.ts'
import { registerErrorHandling } from './errors.tsx'
import './fastify-types.ts'
import { withReadMemo } from '../storage/read-memo.ts'
import { registerAccessRules } from './plugins/access.ts'
import { csrfTokenOf } from './plugins/csrf-token.ts'
import { registerPageCache } from './plugins/page-cache.ts'
import { registerRequestContext } from './plugins/request-context.ts'
import { registerSecurityHeaders } from './plugins/security.ts'
import { registerMeetingsAndDisputes } from './register-meetings.ts'
import { registerPrivacy } from './register-privacy.ts'
import { registerRecords } from './register-records.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const assetsDir = path.join(root, 'src/web/assets')
const clientDir = path.join(root, 'dist/client')

export interface AppOptions {
  readonly deps: Deps
  /** Signs cookies (session, CSRF secret, notices). At least 32 characters. */
  readonly cookieSecret: string
  /** Fastify's logger settings; tests pass false. */
  readonly logger?: boolean | object
}

export type App = FastifyInstance

/**
 * Builds the whole app — plugins, pages and API, in order, top to bottom — without listening.
 * main.ts listens; tests call `inject`.
 */
export async function buildApp(options: AppOptions): Promise<App> {
  const { deps } = options
  const https = deps.config.baseUrl.startsWith('https:')
  const app = Fastify({
    logger: options.logger ?? false,
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: () => randomUUID(),
    trustProxy: deps.config.trustProxy,
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
  })
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)

  // Logs carry the request id, method, route pattern (never the URL: it can hold tokens), status and time.
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? '(no route)',
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    )
  })
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id)
  })

  await registerSecurityHeaders(app, { https })
  await app.register(fastifyCookie, { secret: options.cookieSecret })
  await app.register(fastifyFormbody)
  await app.register(fastifyCsrf, {
    cookieKey: 'pathway_csrf',
    cookieOpts: { signed: true, httpOnly: true, sameSite: 'lax', path: '/', secure: https },
    getToken: csrfTokenOf,
  })
  await app.register(fastifyStatic, {
    root: [assetsDir, clientDir],
    prefix: '/assets/',
    index: false,
    wildcard: false,
    maxAge: '365d',
    immutable: true,
  })

  const settings: RenderSettings = {
    assets: assetUrls(),
    devMailbox: deps.config.devMailbox,
    timeZone: deps.config.timeZone,
  }
  registerErrorHandling(app, settings)
  // Order matters: the request context (who, which language) runs before the access rules read it.
  // A GET changes nothing, so a read made twice while answering it (the child the access rules
  // checked, read again by the page's services) is made once. The hooks and handler that follow run
  // inside it.
  app.addHook('onRequest', (request, _reply, done) => {
    if (request.method === 'GET' || request.method === 'HEAD') withReadMemo(deps.db, done)
    else done()
  })
  registerRequestContext(app, deps)
  const routeTable = registerAccessRules(app, { devMailbox: deps.config.devMailbox, deps })
  registerCsrfCheck(app)
  registerPageCache(app, deps)

  app.get('/healthz', { config: { access: 'public' } }, async () => ({ status: 'ok' }))
  app.get('/readyz', { config: { access: 'public' } }, async (_request, reply) => {
    try {
      await deps.db.selectFrom('organizations').select('id').limit(1).execute()
      return { status: 'ready' }
    } catch {
      return reply.status(503).send({ status: 'database unreachable' })
    }
  })

  registerHomePages(app, deps, settings)
  registerAccountPages(app, deps, settings)
  registerChildPages(app, deps, settings)
  registerScreenerPages(app, deps, settings)
  registerGuidePages(app, settings)
  registerGoalCheckerPages(app, settings)
  registerPlanPages(app, deps, settings)
  registerServicePages(app, deps, settings)
  registerDeadlinePages(app, deps, settings)
  registerSchoolCalendarPages(app, deps, settings)
  registerStartingPointPages(app, deps, settings)
  registerProgressPages(app, deps, settings)
  registerEnterProgressPages(app, deps, settings)
  registerMailboxPages(app, deps, settings)
  registerBookingPages(app, deps, settings)
  registerPracticePages(app, deps, settings)
  registerCaseloadPages(app, deps, settings)
  registerEnterPages(app, deps, settings)
  registerSharingPages(app, deps, settings)
  await registerApi(app, deps)
  await registerRecords(app, deps, settings)
  registerMeetingsAndDisputes(app, deps, settings)
  await registerPrivacy(app, deps, settings)
  registerImportPages(app, deps, settings)
  registerImportsApi(app, deps)
  registerApiDocsPage(app, deps, settings)

  app.decorate('routeTable', routeTable)
  await app.ready()
  return app
}

/**
 * CSRF on every state-changing request that relies on a cookie. API calls authenticated by a
 * bearer token carry no ambient authority, and unauthenticated API calls have none to abuse.
 * A request that matches no route changes nothing, so it gets its 404 (a form posted to an ended
 * link answers "not found", as the link's page does, rather than "expired form"). It runs before
 * the schema validation, so a forged API call is refused as forged (403), never as malformed (400).
 */
function registerCsrfCheck(app: FastifyInstance): void {
  app.addHook('preValidation', (request, reply, done) => {
    const unsafe = request.method !== 'GET' && request.method !== 'HEAD' && request.method !== 'OPTIONS'
    if (!unsafe || request.is404) return done()
    const api = request.url.startsWith('/api/')
    if (request.authKind === 'token' || (api && request.authKind !== 'session')) return done()
    app.csrfProtection(request, reply, done)
  })
}

/** Versioned asset URLs, so browsers can cache them for a year and still get each new release. */
function assetUrls(): Assets {
  const version = (file: string) =>
    createHash('sha256').update(fs.readFileSync(file)).digest('hex').slice(0, 10)
  const cssFile = path.join(assetsDir, 'app.css')
  const jsFile = path.join(clientDir, 'enhance.js')
  return {
    css: `/assets/app.css?v=${version(cssFile)}`,
    js: fs.existsSync(jsFile) ? `/assets/enhance.js?v=${version(jsFile)}` : undefined,
  }
}

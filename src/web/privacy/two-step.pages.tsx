import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { DomainError } from '../../domain/problems.ts'
import { setRetryAfter } from '../../http/errors.tsx'
import { setFlash, setSessionCookie } from '../../http/plugins/request-context.ts'
import { paths, safeNextPath } from '../../paths.ts'
import {
  completeSignIn,
  confirmTwoStep,
  mustSetUpTwoStep,
  newRecoveryCodes,
  noteSignInDevice,
  organizationsRequiringTwoStep,
  setOrganizationTwoStepRule,
  startTwoStepSetup,
  turnOffTwoStep,
  twoStepStatus,
} from '../../services/accounts/two-step.ts'
import type { Deps } from '../../services/deps.ts'
import { formText } from '../forms.ts'
import { type RenderSettings, sendPage, uiFor } from '../render.tsx'
import {
  type OwnedOrganization,
  RecoveryCodesPage,
  SecondStepPage,
  TwoStepPage,
  TwoStepSetupPage,
} from './two-step-views.tsx'

export const PENDING_COOKIE = 'pathway_pending'
export const DEVICE_COOKIE = 'pathway_device'

type NextQuery = { Querystring: { next?: string } }

/** After a right password, when two steps are on: the pending cookie, then the code page. */
export function startSecondStep(
  reply: FastifyReply,
  pendingToken: string,
  next: string | undefined,
  secure: boolean,
) {
  reply.setCookie(PENDING_COOKIE, pendingToken, {
    signed: true,
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/sign-in',
    maxAge: 600,
  })
  return reply.redirect(
    next ? `${paths.signInTwoStep()}?next=${encodeURIComponent(next)}` : paths.signInTwoStep(),
    303,
  )
}

/** After every full sign-in: note the browser, e-mail the person when it is a new one. */
export async function rememberDevice(
  deps: Deps,
  request: FastifyRequest,
  reply: FastifyReply,
  userId: string,
  secure: boolean,
): Promise<void> {
  const raw = request.cookies[DEVICE_COOKIE]
  const unsigned = raw ? request.unsignCookie(raw) : undefined
  const token = await noteSignInDevice(deps, {
    userId,
    deviceToken: unsigned?.valid ? (unsigned.value ?? undefined) : undefined,
    userAgent: request.headers['user-agent'],
    lang: request.lang,
  })
  reply.setCookie(DEVICE_COOKIE, token, {
    signed: true,
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: 400 * 24 * 60 * 60,
  })
}

function pendingToken(request: FastifyRequest): string | undefined {
  const raw = request.cookies[PENDING_COOKIE]
  const unsigned = raw ? request.unsignCookie(raw) : undefined
  return unsigned?.valid ? (unsigned.value ?? undefined) : undefined
}

const SETUP_PATHS = new Set(['/account/two-step/set-up', '/sign-out', '/language'])

/** Two-step sign-in: the code page after the password, setting it up, turning it off, the rule. */
export function registerTwoStepPages(app: FastifyInstance, deps: Deps, settings: RenderSettings): void {
  const ui = (request: FastifyRequest, reply: FastifyReply) => uiFor(request, reply, settings)
  const secure = deps.config.baseUrl.startsWith('https:')
  const userOf = (request: FastifyRequest) => {
    if (!request.signedIn) throw new DomainError('UNAUTHENTICATED')
    return request.signedIn.user
  }

  // Members of an organization that requires two steps are sent to set them up before anything else.
  app.addHook('preHandler', async (request, reply) => {
    if (request.authKind !== 'session' || !request.signedIn) return
    const route = request.routeOptions.url ?? ''
    if (SETUP_PATHS.has(route) || route.startsWith('/assets/') || route.startsWith('/api/')) return
    // Read with the session: most people's organizations require nothing, and no query is needed.
    if (request.signedIn.twoStepRequired === false) return
    if (!(await mustSetUpTwoStep(deps, request.signedIn.user.id))) return
    return reply.redirect(paths.twoStepSetup(), 303)
  })

  app.get<NextQuery>('/sign-in/two-step', { config: { access: 'public' } }, async (request, reply) => {
    if (!pendingToken(request)) return reply.redirect(paths.signIn(), 303)
    return sendPage(
      reply,
      200,
      ui(request, reply),
      <SecondStepPage next={safeNextPath(request.query.next)} />,
    )
  })

  app.post<NextQuery>('/sign-in/two-step', { config: { access: 'public' } }, async (request, reply) => {
    const next = safeNextPath(request.query.next)
    const result = await completeSignIn(deps, {
      pendingToken: pendingToken(request),
      code: formText(request.body, 'code'),
      ip: request.ip,
      previousSessionToken: request.sessionToken,
    })
    switch (result.outcome) {
      case 'expired':
        reply.clearCookie(PENDING_COOKIE, { path: '/sign-in' })
        setFlash(reply, { key: 'privacy.twoStep.expired', kind: 'info' })
        return reply.redirect(paths.signIn(next), 303)
      case 'rate-limited':
        setRetryAfter(reply, result)
        return sendPage(reply, 429, ui(request, reply), <SecondStepPage next={next} rateLimited />)
      case 'problems':
        return sendPage(
          reply,
          400,
          ui(request, reply),
          <SecondStepPage next={next} problems={result.problems} />,
        )
      case 'signed-in':
        reply.clearCookie(PENDING_COOKIE, { path: '/sign-in' })
        setSessionCookie(reply, result.sessionToken, secure)
        await rememberDevice(deps, request, reply, result.userId, secure)
        if (result.usedRecoveryCode)
          setFlash(reply, { key: 'privacy.twoStep.usedRecoveryCode', kind: 'info' })
        return reply.redirect(next ?? paths.dashboard(), 303)
    }
  })

  const ownedPractices = async (request: FastifyRequest): Promise<OwnedOrganization[]> => {
    const actor = request.signedIn?.actor
    if (!actor) return []
    const owned = actor.memberships.filter((m) => m.role === 'owner' && m.organizationKind === 'practice')
    if (owned.length === 0) return []
    const rows = await deps.db
      .selectFrom('organizations as o')
      .leftJoin('organization_policies as p', 'p.organization_id', 'o.id')
      .select(['o.id', 'o.name', 'p.two_step_required_at'])
      .where(
        'o.id',
        'in',
        owned.map((m) => m.organizationId),
      )
      .execute()
    return rows.map((row) => ({ id: row.id, name: row.name, required: row.two_step_required_at != null }))
  }

  const statusPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    problems = [] as never[],
  ) => {
    const user = userOf(request)
    return sendPage(
      reply,
      status,
      ui(request, reply),
      <TwoStepPage
        status={await twoStepStatus(deps, user.id)}
        organizations={await ownedPractices(request)}
        problems={problems}
      />,
    )
  }

  app.get('/account/two-step', { config: { access: 'signed-in' } }, async (request, reply) =>
    statusPage(request, reply, 200),
  )

  app.post('/account/two-step', { config: { access: 'signed-in' } }, async (request, reply) => {
    const user = userOf(request)
    await setOrganizationTwoStepRule(
      deps,
      user.id,
      formText(request.body, 'organizationId'),
      formText(request.body, 'required') === 'yes',
    )
    setFlash(reply, { key: 'privacy.twoStep.organizationSaved', kind: 'success' })
    return reply.redirect(paths.twoStep(), 303)
  })

  app.get('/account/two-step/set-up', { config: { access: 'signed-in' } }, async (request, reply) => {
    const user = userOf(request)
    const status = await twoStepStatus(deps, user.id)
    if (status.on) return reply.redirect(paths.twoStep(), 303)
    const required = await organizationsRequiringTwoStep(deps, user.id)
    return sendPage(
      reply,
      200,
      ui(request, reply),
      <TwoStepSetupPage
        setup={await startTwoStepSetup(deps, user.id)}
        mustSetUp={required.join(', ') || undefined}
      />,
    )
  })

  app.post('/account/two-step/set-up', { config: { access: 'signed-in' } }, async (request, reply) => {
    const user = userOf(request)
    try {
      const codes = await confirmTwoStep(deps, user.id, formText(request.body, 'code'))
      return sendPage(reply, 200, ui(request, reply), <RecoveryCodesPage codes={codes} />)
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'INVALID_INPUT') throw error
      return sendPage(
        reply,
        400,
        ui(request, reply),
        <TwoStepSetupPage setup={await startTwoStepSetup(deps, user.id)} problems={error.problems} />,
      )
    }
  })

  app.post('/account/two-step/turn-off', { config: { access: 'signed-in' } }, async (request, reply) => {
    const user = userOf(request)
    try {
      await turnOffTwoStep(deps, user.id, formText(request.body, 'passwordOff'))
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'INVALID_INPUT') throw error
      const problems = error.problems.map((p) => ({ ...p, field: 'passwordOff' }))
      return statusPage(request, reply, 400, problems as never[])
    }
    setFlash(reply, { key: 'privacy.twoStep.turnedOff', kind: 'success' })
    return reply.redirect(paths.twoStep(), 303)
  })

  app.post(
    '/account/two-step/recovery-codes',
    { config: { access: 'signed-in' } },
    async (request, reply) => {
      const user = userOf(request)
      try {
        const codes = await newRecoveryCodes(deps, user.id, formText(request.body, 'password'))
        return sendPage(reply, 200, ui(request, reply), <RecoveryCodesPage codes={codes} />)
      } catch (error) {
        if (!(error instanceof DomainError) || error.code !== 'INVALID_INPUT') throw error
        return statusPage(request, reply, 400, error.problems as never[])
      }
    },
  )
}

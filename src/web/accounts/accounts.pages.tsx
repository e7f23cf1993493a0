import type { FastifyInstance, FastifyRequest } from 'fastify'
import { DomainError } from '../../domain/problems.ts'
import { setRetryAfter } from '../../http/errors.tsx'
import {
  clearSessionCookie,
  LANG_COOKIE,
  setFlash,
  setSessionCookie,
} from '../../http/plugins/request-context.ts'
import { isLang } from '../../i18n/i18n.ts'
import { paths, safeNextPath } from '../../paths.ts'
import { createApiToken, listApiTokens, revokeApiToken } from '../../services/accounts/api-tokens.ts'
import { changePassword } from '../../services/accounts/change-password.ts'
import {
  checkResetLink,
  requestPasswordReset,
  resetPassword,
} from '../../services/accounts/password-reset.ts'
import { setPreferredLanguage } from '../../services/accounts/preferences.ts'
import { endSession } from '../../services/accounts/sessions.ts'
import { signIn } from '../../services/accounts/sign-in.ts'
import { signUp } from '../../services/accounts/sign-up.ts'
import { verifyEmail } from '../../services/accounts/verify-email.ts'
import type { Deps } from '../../services/deps.ts'
import { formText, readForm } from '../forms.ts'
import { rememberDevice, startSecondStep } from '../privacy/two-step.pages.tsx'
import { type RenderSettings, sendPage, uiFor } from '../render.tsx'
import {
  AccountPage,
  ApiTokensPage,
  ChangePasswordPage,
  CheckEmailPage,
  ForgotPasswordPage,
  ResetPasswordPage,
  SignInPage,
  SignUpPage,
  VerifyEmailPage,
} from './accounts-views.tsx'

type TokenParams = { Params: { token: string } }

/** Signing up, in and out; confirming an address; resetting and changing a password; API tokens. */
export function registerAccountPages(app: FastifyInstance, deps: Deps, settings: RenderSettings): void {
  const secure = deps.config.baseUrl.startsWith('https:')
  const page = (request: FastifyRequest, reply: Parameters<typeof uiFor>[1]) =>
    uiFor(request, reply, settings)
  const signedInUser = (request: FastifyRequest) => {
    if (!request.signedIn) throw new DomainError('UNAUTHENTICATED')
    return request.signedIn.user
  }

  app.get('/sign-up', { config: { access: 'signed-out' } }, async (request, reply) =>
    sendPage(reply, 200, page(request, reply), <SignUpPage values={{ name: '', email: '' }} />),
  )

  app.post('/sign-up', { config: { access: 'signed-out' } }, async (request, reply) => {
    const values = readForm(request.body, ['name', 'email', 'password'])
    const result = await signUp(deps, { ...values, lang: request.lang, ip: request.ip })
    if (result.problems.length > 0) {
      return sendPage(
        reply,
        400,
        page(request, reply),
        <SignUpPage values={values} problems={result.problems} />,
      )
    }
    if (result.rateLimited) throw new DomainError('RATE_LIMITED', { ...result.rateLimited })
    return reply.redirect(paths.signUpDone(), 303)
  })

  app.get('/sign-up/check-email', { config: { access: 'public' } }, async (request, reply) =>
    sendPage(reply, 200, page(request, reply), <CheckEmailPage kind="sign-up" />),
  )

  // The link in the e-mail shows a button rather than acting at once: mail scanners open links.
  app.get<TokenParams>('/verify-email/:token', { config: { access: 'public' } }, async (request, reply) =>
    sendPage(reply, 200, page(request, reply), <VerifyEmailPage token={request.params.token} />),
  )

  app.post<TokenParams>('/verify-email/:token', { config: { access: 'public' } }, async (request, reply) => {
    await verifyEmail(deps, request.params.token)
    setFlash(reply, { key: 'accounts.verify.done', kind: 'success' })
    return reply.redirect(request.signedIn ? paths.dashboard() : paths.signIn(), 303)
  })

  app.get<{ Querystring: { next?: string } }>(
    '/sign-in',
    { config: { access: 'signed-out' } },
    async (request, reply) =>
      sendPage(
        reply,
        200,
        page(request, reply),
        <SignInPage values={{ email: '' }} next={safeNextPath(request.query.next)} />,
      ),
  )

  app.post<{ Querystring: { next?: string } }>(
    '/sign-in',
    { config: { access: 'signed-out' } },
    async (request, reply) => {
      const values = readForm(request.body, ['email', 'password'])
      const next = safeNextPath(request.query.next)
      const result = await signIn(deps, {
        ...values,
        ip: request.ip,
        lang: request.lang,
        previousSessionToken: request.sessionToken,
      })
      switch (result.outcome) {
        case 'problems':
          return sendPage(
            reply,
            400,
            page(request, reply),
            <SignInPage values={{ email: values.email }} next={next} problems={result.problems} />,
          )
        case 'rate-limited':
          setRetryAfter(reply, result)
          return sendPage(
            reply,
            429,
            page(request, reply),
            <SignInPage values={{ email: values.email }} next={next} rateLimited />,
          )
        case 'unverified':
          return sendPage(reply, 200, page(request, reply), <CheckEmailPage kind="unverified" />)
        case 'two-step':
          return startSecondStep(reply, result.pendingToken, next, secure)
        case 'signed-in':
          setSessionCookie(reply, result.sessionToken, secure)
          await rememberDevice(deps, request, reply, result.userId, secure)
          return reply.redirect(next ?? paths.dashboard(), 303)
      }
    },
  )

  app.post('/sign-out', { config: { access: 'public' } }, async (request, reply) => {
    if (request.sessionToken) await endSession(deps, request.sessionToken)
    clearSessionCookie(reply)
    setFlash(reply, { key: 'accounts.signOut.done', kind: 'info' })
    return reply.redirect(paths.signIn(), 303)
  })

  app.get('/forgot-password', { config: { access: 'public' } }, async (request, reply) =>
    sendPage(reply, 200, page(request, reply), <ForgotPasswordPage values={{ email: '' }} />),
  )

  app.post('/forgot-password', { config: { access: 'public' } }, async (request, reply) => {
    const values = readForm(request.body, ['email'])
    const result = await requestPasswordReset(deps, {
      email: values.email,
      ip: request.ip,
      lang: request.lang,
    })
    if (result.problems.length > 0) {
      return sendPage(
        reply,
        400,
        page(request, reply),
        <ForgotPasswordPage values={values} problems={result.problems} />,
      )
    }
    if (result.rateLimited) {
      setRetryAfter(reply, result.rateLimited)
      return sendPage(reply, 429, page(request, reply), <ForgotPasswordPage values={values} rateLimited />)
    }
    return reply.redirect(paths.forgotPasswordDone(), 303)
  })

  app.get('/forgot-password/check-email', { config: { access: 'public' } }, async (request, reply) =>
    sendPage(reply, 200, page(request, reply), <CheckEmailPage kind="reset" />),
  )

  app.get<TokenParams>('/reset-password/:token', { config: { access: 'public' } }, async (request, reply) => {
    await checkResetLink(deps, request.params.token)
    return sendPage(reply, 200, page(request, reply), <ResetPasswordPage token={request.params.token} />)
  })

  app.post<TokenParams>(
    '/reset-password/:token',
    { config: { access: 'public' } },
    async (request, reply) => {
      const result = await resetPassword(deps, request.params.token, formText(request.body, 'password'))
      if (result.problems.length > 0) {
        return sendPage(
          reply,
          400,
          page(request, reply),
          <ResetPasswordPage token={request.params.token} problems={result.problems} />,
        )
      }
      clearSessionCookie(reply)
      setFlash(reply, { key: 'accounts.reset.done', kind: 'success' })
      return reply.redirect(paths.signIn(), 303)
    },
  )

  app.get('/account', { config: { access: 'signed-in' } }, async (request, reply) =>
    sendPage(reply, 200, page(request, reply), <AccountPage />),
  )

  app.get('/account/password', { config: { access: 'signed-in' } }, async (request, reply) =>
    sendPage(reply, 200, page(request, reply), <ChangePasswordPage />),
  )

  app.post('/account/password', { config: { access: 'signed-in' } }, async (request, reply) => {
    const user = signedInUser(request)
    const values = readForm(request.body, ['currentPassword', 'newPassword'])
    const result = await changePassword(deps, {
      userId: user.id,
      ...values,
      currentSessionToken: request.sessionToken,
    })
    if (result.problems.length > 0) {
      return sendPage(reply, 400, page(request, reply), <ChangePasswordPage problems={result.problems} />)
    }
    setFlash(reply, { key: 'accounts.changePassword.done', kind: 'success' })
    return reply.redirect(paths.account(), 303)
  })

  app.get('/account/tokens', { config: { access: 'signed-in' } }, async (request, reply) => {
    const tokens = await listApiTokens(deps, signedInUser(request).id)
    return sendPage(reply, 200, page(request, reply), <ApiTokensPage tokens={tokens} values={{ name: '' }} />)
  })

  app.post('/account/tokens', { config: { access: 'signed-in' } }, async (request, reply) => {
    const user = signedInUser(request)
    const values = readForm(request.body, ['name'])
    const result = await createApiToken(deps, user.id, values.name)
    const tokens = await listApiTokens(deps, user.id)
    if (result.problems.length > 0) {
      return sendPage(
        reply,
        400,
        page(request, reply),
        <ApiTokensPage tokens={tokens} values={values} problems={result.problems} />,
      )
    }
    // The token is shown once, on this response, and never again.
    return sendPage(
      reply,
      201,
      page(request, reply),
      <ApiTokensPage tokens={tokens} values={{ name: '' }} created={result.token} />,
    )
  })

  app.post<{ Params: { tokenId: string } }>(
    '/account/tokens/:tokenId/revoke',
    { config: { access: 'signed-in' } },
    async (request, reply) => {
      await revokeApiToken(deps, signedInUser(request).id, request.params.tokenId)
      setFlash(reply, { key: 'accounts.tokens.revoked', kind: 'success' })
      return reply.redirect(paths.apiTokens(), 303)
    },
  )

  app.post('/language', { config: { access: 'public' } }, async (request, reply) => {
    const lang = formText(request.body, 'lang')
    const back = safeNextPath(formText(request.body, 'back')) ?? paths.home()
    if (!isLang(lang)) return reply.redirect(back, 303)
    reply.setCookie(LANG_COOKIE, lang, {
      path: '/',
      sameSite: 'lax',
      httpOnly: true,
      maxAge: 365 * 24 * 3600,
      secure,
    })
    if (request.signedIn) await setPreferredLanguage(deps, request.signedIn.user.id, lang)
    return reply.redirect(back, 303)
  })
}

import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto'
import { Secret, TOTP } from 'otpauth'
import { DomainError, problem } from '../../domain/problems.ts'
import { type Lang, translator } from '../../i18n/i18n.ts'
import { loadOrCreateKeyFile } from '../../key-file.ts'
import { absoluteUrl, paths } from '../../paths.ts'
import { findPasswordHash, findUserById } from '../../storage/accounts-store.ts'
import type { DbOrTx } from '../../storage/database.ts'
import { type Deps, minutesFromNow } from '../deps.ts'
import { queueEmail } from '../jobs/enqueue.ts'
import { hitRateLimits, type RateLimited } from './rate-limit.ts'
import { hashToken, newToken, verifyPassword } from './secrets.ts'
import { createSession, endSession } from './sessions.ts'

/**
 * Two-step sign-in (issue 3): a time-based code from an authenticator app (TOTP, RFC 6238: SHA-1,
 * 6 digits, 30 seconds, one step of clock drift either way), or one of ten one-time recovery codes.
 * The secret is kept sealed (AES-256-GCM under a key derived from the server's master secret);
 * recovery codes only as hashes. A code is accepted once: the step it matched is remembered.
 */
const ISSUER = 'Pathway'
const RECOVERY_CODES = 10
const PENDING_MINUTES = 10

function sealingKey(deps: Pick<Deps, 'config'>): Buffer {
  const secret = deps.config.filesMasterKey ?? loadOrCreateKeyFile(deps.config.dataDir, 'files-master-key')
  return Buffer.from(
    hkdfSync('sha256', Buffer.from(secret), Buffer.alloc(0), 'pathway two-step secrets v1', 32),
  )
}

function seal(deps: Pick<Deps, 'config'>, userId: string, plain: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', sealingKey(deps), iv)
  cipher.setAAD(Buffer.from(`pathway-two-step:${userId}`))
  const sealed = Buffer.concat([iv, cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()])
  return `v1:${sealed.toString('base64url')}`
}

function unseal(deps: Pick<Deps, 'config'>, userId: string, sealedText: string): string {
  const sealed = Buffer.from(sealedText.slice(3), 'base64url')
  const decipher = createDecipheriv('aes-256-gcm', sealingKey(deps), sealed.subarray(0, 12))
  decipher.setAAD(Buffer.from(`pathway-two-step:${userId}`))
  decipher.setAuthTag(sealed.subarray(sealed.length - 16))
  return Buffer.concat([decipher.update(sealed.subarray(12, sealed.length - 16)), decipher.final()]).toString(
    'utf8',
  )
}

function totpFor(secretBase32: string, label: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secretBase32),
  })
}

async function findFactor(db: DbOrTx, userId: string) {
  return db.selectFrom('two_step_factors').selectAll().where('user_id', '=', userId).executeTakeFirst()
}

/** True when the person has confirmed an authenticator app. */
export async function hasTwoStep(deps: Pick<Deps, 'db'>, userId: string): Promise<boolean> {
  const factor = await findFactor(deps.db, userId)
  return factor?.confirmed_at != null
}

export interface TwoStepStatus {
  readonly on: boolean
  readonly recoveryCodesLeft: number
  /** Organizations of the person that require two steps (their names). */
  readonly requiredBy: readonly string[]
}

export async function twoStepStatus(deps: Pick<Deps, 'db'>, userId: string): Promise<TwoStepStatus> {
  const on = await hasTwoStep(deps, userId)
  const left = await deps.db
    .selectFrom('recovery_codes')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow()
  return {
    on,
    recoveryCodesLeft: Number(left.n),
    requiredBy: await organizationsRequiringTwoStep(deps, userId),
  }
}

/** Names of the person's organizations that require two-step sign-in. */
export async function organizationsRequiringTwoStep(
  deps: Pick<Deps, 'db'>,
  userId: string,
): Promise<string[]> {
  const rows = await deps.db
    .selectFrom('memberships as m')
    .innerJoin('organization_policies as p', 'p.organization_id', 'm.organization_id')
    .innerJoin('organizations as o', 'o.id', 'm.organization_id')
    .select('o.name')
    .where('m.user_id', '=', userId)
    .where('p.two_step_required_at', 'is not', null)
    .execute()
  return rows.map((row) => row.name)
}

/** True when an organization requires two steps and the person has not set them up. */
export async function mustSetUpTwoStep(deps: Pick<Deps, 'db'>, userId: string): Promise<boolean> {
  if ((await organizationsRequiringTwoStep(deps, userId)).length === 0) return false
  return !(await hasTwoStep(deps, userId))
}

export interface TwoStepSetup {
  readonly secret: string
  readonly uri: string
  /** The otpauth URI as a QR code, an SVG document. */
  readonly qrSvg: string
}

/** Starts (or resumes) setting up an authenticator app: a new secret, not yet on. */
export async function startTwoStepSetup(deps: Deps, userId: string): Promise<TwoStepSetup> {
  const user = await findUserById(deps.db, userId)
  if (!user) throw new DomainError('NOT_FOUND')
  const factor = await findFactor(deps.db, userId)
  if (factor?.confirmed_at) throw new DomainError('INVALID_STATE')
  let secret: string
  if (factor) secret = unseal(deps, userId, factor.secret_sealed)
  else {
    secret = new Secret({ size: 20 }).base32
    await deps.db
      .insertInto('two_step_factors')
      .values({
        user_id: userId,
        secret_sealed: seal(deps, userId, secret),
        confirmed_at: null,
        last_step: null,
        created_at: deps.clock.now(),
      })
      .execute()
  }
  const uri = totpFor(secret, user.email).toString()
  // Loaded on first use, like pdfkit: only two-step setup draws a QR code (about 7 MB resident).
  const { default: QRCode } = await import('qrcode')
  const qrSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
  return { secret: secret.replace(/(.{4})/g, '$1 ').trim(), uri, qrSvg }
}

/** The step a code matches (within one step of drift), if it has not been used yet. */
function matchStep(
  deps: Pick<Deps, 'clock'>,
  secret: string,
  code: string,
  lastStep: number | null,
): number | undefined {
  const token = code.replace(/\s+/g, '')
  if (!/^\d{6}$/.test(token)) return undefined
  const now = Date.parse(deps.clock.now())
  const delta = totpFor(secret, 'check').validate({ token, timestamp: now, window: 1 })
  if (delta === null) return undefined
  const step = Math.floor(now / 30_000) + delta
  if (lastStep !== null && step <= lastStep) return undefined
  return step
}

function newRecoveryCode(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789'
  const bytes = randomBytes(10)
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join('')
  return `${chars.slice(0, 5)}-${chars.slice(5)}`
}

function hashRecoveryCode(code: string): string {
  return createHash('sha256')
    .update(`pathway-recovery:${code.trim().toLowerCase().replace(/\s+/g, '')}`)
    .digest('hex')
}

async function replaceRecoveryCodes(deps: Deps, db: DbOrTx, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode)
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute()
  const now = deps.clock.now()
  for (const code of codes)
    await db
      .insertInto('recovery_codes')
      .values({
        id: deps.newId(),
        user_id: userId,
        code_hash: hashRecoveryCode(code),
        used_at: null,
        created_at: now,
      })
      .execute()
  return codes
}

/** Turns two steps on with the first right code; returns the recovery codes (shown once). */
export async function confirmTwoStep(deps: Deps, userId: string, code: string): Promise<string[]> {
  const factor = await findFactor(deps.db, userId)
  if (!factor || factor.confirmed_at) throw new DomainError('INVALID_STATE')
  if (code.trim() === '')
    throw new DomainError('INVALID_INPUT', undefined, [
      problem('code', 'privacy.twoStep.problems.codeMissing'),
    ])
  const step = matchStep(deps, unseal(deps, userId, factor.secret_sealed), code, null)
  if (step === undefined)
    throw new DomainError('INVALID_INPUT', undefined, [problem('code', 'privacy.twoStep.problems.codeWrong')])
  return deps.db.transaction().execute(async (tx) => {
    await tx
      .updateTable('two_step_factors')
      .set({ confirmed_at: deps.clock.now(), last_step: step })
      .where('user_id', '=', userId)
      .execute()
    return replaceRecoveryCodes(deps, tx, userId)
  })
}

async function checkPassword(deps: Deps, userId: string, password: string): Promise<void> {
  if (password === '')
    throw new DomainError('INVALID_INPUT', undefined, [
      problem('password', 'privacy.twoStep.problems.passwordMissing'),
    ])
  const hash = await findPasswordHash(deps.db, userId)
  if (!hash || !(await verifyPassword(hash, password)))
    throw new DomainError('INVALID_INPUT', undefined, [
      problem('password', 'privacy.twoStep.problems.passwordWrong'),
    ])
}

/** Turns two steps off; the password confirms it. Refused while an organization requires them. */
export async function turnOffTwoStep(deps: Deps, userId: string, password: string): Promise<void> {
  await checkPassword(deps, userId, password)
  if ((await organizationsRequiringTwoStep(deps, userId)).length > 0) throw new DomainError('INVALID_STATE')
  await deps.db.transaction().execute(async (tx) => {
    await tx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute()
    await tx.deleteFrom('two_step_factors').where('user_id', '=', userId).execute()
  })
}

/** New recovery codes (the old ones stop working); the password confirms it. */
export async function newRecoveryCodes(deps: Deps, userId: string, password: string): Promise<string[]> {
  await checkPassword(deps, userId, password)
  if (!(await hasTwoStep(deps, userId))) throw new DomainError('INVALID_STATE')
  return deps.db.transaction().execute((tx) => replaceRecoveryCodes(deps, tx, userId))
}

/** After a right password: a sign-in waiting for its second step. Returns the token for its cookie. */
export async function startPendingSignIn(deps: Deps, userId: string): Promise<string> {
  const token = newToken()
  await deps.db
    .insertInto('pending_sign_ins')
    .values({
      id_hash: hashToken(token),
      user_id: userId,
      created_at: deps.clock.now(),
      expires_at: minutesFromNow(deps, PENDING_MINUTES),
    })
    .execute()
  return token
}

export async function pendingSignInUser(
  deps: Pick<Deps, 'db' | 'clock'>,
  token: string | undefined,
): Promise<string | undefined> {
  if (!token) return undefined
  const row = await deps.db
    .selectFrom('pending_sign_ins')
    .selectAll()
    .where('id_hash', '=', hashToken(token))
    .executeTakeFirst()
  if (!row || row.expires_at <= deps.clock.now()) return undefined
  return row.user_id
}

export type SecondStepResult =
  | {
      readonly outcome: 'signed-in'
      readonly sessionToken: string
      readonly userId: string
      readonly usedRecoveryCode: boolean
    }
  | { readonly outcome: 'problems'; readonly problems: ReturnType<typeof problem>[] }
  | ({ readonly outcome: 'rate-limited' } & RateLimited)
  | { readonly outcome: 'expired' }

/**
 * The second step: a code from the app or a recovery code. Five tries per person and fifty per
 * network address every fifteen minutes. Success ends the pending sign-in and any earlier
 * session, and starts a new session (a new id, so a planted id is worth nothing).
 */
export async function completeSignIn(
  deps: Deps,
  input: {
    pendingToken: string | undefined
    code: string
    ip: string
    previousSessionToken: string | undefined
  },
): Promise<SecondStepResult> {
  const userId = await pendingSignInUser(deps, input.pendingToken)
  if (!userId || !input.pendingToken) return { outcome: 'expired' }
  if (input.code.trim() === '')
    return { outcome: 'problems', problems: [problem('code', 'privacy.twoStep.problems.codeMissing')] }
  const limited = await hitRateLimits(deps, [
    { key: `two-step:user:${hashToken(userId)}`, limit: 5, windowSeconds: 900 },
    { key: `two-step:ip:${hashToken(input.ip)}`, limit: 50, windowSeconds: 900 },
  ])
  if (limited) return { outcome: 'rate-limited', ...limited }
  const factor = await findFactor(deps.db, userId)
  if (!factor?.confirmed_at) return { outcome: 'expired' }
  let usedRecoveryCode = false
  const step = matchStep(deps, unseal(deps, userId, factor.secret_sealed), input.code, factor.last_step)
  if (step !== undefined) {
    const saved = await deps.db
      .updateTable('two_step_factors')
      .set({ last_step: step })
      .where('user_id', '=', userId)
      .where((eb) => eb.or([eb('last_step', 'is', null), eb('last_step', '<', step)]))
      .executeTakeFirst()
    if (Number(saved.numUpdatedRows) !== 1)
      return { outcome: 'problems', problems: [problem('code', 'privacy.twoStep.problems.codeWrong')] }
  } else {
    const used = await deps.db
      .updateTable('recovery_codes')
      .set({ used_at: deps.clock.now() })
      .where('user_id', '=', userId)
      .where('code_hash', '=', hashRecoveryCode(input.code))
      .where('used_at', 'is', null)
      .executeTakeFirst()
    if (Number(used.numUpdatedRows) !== 1)
      return { outcome: 'problems', problems: [problem('code', 'privacy.twoStep.problems.codeWrong')] }
    usedRecoveryCode = true
  }
  await deps.db.deleteFrom('pending_sign_ins').where('id_hash', '=', hashToken(input.pendingToken)).execute()
  if (input.previousSessionToken) await endSession(deps, input.previousSessionToken)
  const sessionToken = await createSession(deps, userId)
  return { outcome: 'signed-in', sessionToken, userId, usedRecoveryCode }
}

/** An owner turns the organization's two-step rule on or off. */
export async function setOrganizationTwoStepRule(
  deps: Deps,
  userId: string,
  organizationId: string,
  required: boolean,
): Promise<void> {
  const membership = await deps.db
    .selectFrom('memberships')
    .select('role')
    .where('user_id', '=', userId)
    .where('organization_id', '=', organizationId)
    .executeTakeFirst()
  if (membership?.role !== 'owner') throw new DomainError('NOT_FOUND')
  const now = deps.clock.now()
  await deps.db
    .insertInto('organization_policies')
    .values({ organization_id: organizationId, two_step_required_at: required ? now : null, updated_at: now })
    .onConflict((oc) =>
      oc
        .column('organization_id')
        .doUpdateSet({ two_step_required_at: required ? now : null, updated_at: now }),
    )
    .execute()
}

/**
 * Remembers the browser a person signed in from (a long-lived random cookie; only its hash is
 * kept) and e-mails them when it is one they have not used before. Returns the cookie to set.
 */
export async function noteSignInDevice(
  deps: Deps,
  input: { userId: string; deviceToken: string | undefined; userAgent: string | undefined; lang: Lang },
): Promise<string> {
  const now = deps.clock.now()
  const token =
    input.deviceToken && /^[A-Za-z0-9_-]{43}$/.test(input.deviceToken) ? input.deviceToken : newToken()
  const deviceHash = hashToken(`${input.userId}:${token}`)
  const known = await deps.db
    .selectFrom('known_devices')
    .select('id')
    .where('device_hash', '=', deviceHash)
    .executeTakeFirst()
  if (known) {
    await deps.db.updateTable('known_devices').set({ last_seen_at: now }).where('id', '=', known.id).execute()
    return token
  }
  const label = deviceLabel(input.userAgent)
  const firstDevice = await deps.db
    .selectFrom('known_devices')
    .select('id')
    .where('user_id', '=', input.userId)
    .executeTakeFirst()
  await deps.db
    .insertInto('known_devices')
    .values({
      id: deps.newId(),
      user_id: input.userId,
      device_hash: deviceHash,
      label,
      first_seen_at: now,
      last_seen_at: now,
    })
    .execute()
  const user = await findUserById(deps.db, input.userId)
  // The very first sign-in is the one that made the account: nothing to warn about.
  if (user && firstDevice) {
    const t = translator(user.locale ?? input.lang)
    const link = absoluteUrl(deps.config.baseUrl, paths.twoStep())
    await queueEmail(deps, {
      to: user.email,
      subject: t('privacy.newDevice.subject'),
      text: t('privacy.newDevice.body', {
        name: user.name,
        device: label,
        when: now.slice(0, 16).replace('T', ' '),
        link,
      }),
    })
  }
  return token
}

/** A plain name for a browser ("Firefox on Windows"), never the full user-agent string. */
export function deviceLabel(userAgent: string | undefined): string {
  const ua = userAgent ?? ''
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /Firefox\//.test(ua)
      ? 'Firefox'
      : /Chrome\//.test(ua)
        ? 'Chrome'
        : /Safari\//.test(ua)
          ? 'Safari'
          : 'A browser'
  const system = /Windows/.test(ua)
    ? 'Windows'
    : /Android/.test(ua)
      ? 'Android'
      : /iPhone|iPad/.test(ua)
        ? 'iOS'
        : /Mac OS X/.test(ua)
          ? 'macOS'
          : /Linux/.test(ua)
            ? 'Linux'
            : 'an unknown system'
  return `${browser} · ${system}`
}

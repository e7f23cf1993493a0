import type { Problem } from '../../domain/problems.ts'
import { paths } from '../../paths.ts'
import type { ApiTokenRecord } from '../../storage/api-tokens-store.ts'
import { NotificationBanner, Warning } from '../layout/banner.tsx'
import { SummaryList, Table } from '../layout/content.tsx'
import { EmailInput, PasswordInput, TextInput } from '../layout/fields.tsx'
import { Button, ButtonGroup, PostForm } from '../layout/form.tsx'
import { Page } from '../layout/page.tsx'
import { AccountPrivacySection } from '../privacy/portability-views.tsx'
import { useUi } from '../ui.ts'

type Values<K extends string> = Readonly<Record<K, string>>

export function SignUpPage({
  values,
  problems = [],
}: {
  values: Values<'name' | 'email'>
  problems?: readonly Problem[]
}) {
  const { t } = useUi()
  return (
    <Page title={t('accounts.signUp.title')} problems={problems} width="narrow">
      <p>{t('accounts.signUp.intro')}</p>
      <PostForm action={paths.signUp()}>
        <TextInput
          name="name"
          label={t('accounts.fields.name')}
          value={values.name}
          autocomplete="name"
          problems={problems}
        />
        <EmailInput
          name="email"
          label={t('accounts.fields.email')}
          hint={t('accounts.fields.emailHint')}
          value={values.email}
          problems={problems}
        />
        <PasswordInput
          name="password"
          label={t('accounts.fields.newPassword')}
          hint={t('accounts.fields.newPasswordHint')}
          autocomplete="new-password"
          problems={problems}
        />
        <Button>{t('accounts.signUp.submit')}</Button>
      </PostForm>
      <p>
        {t('accounts.signUp.haveAccount')} <a href={paths.signIn()}>{t('accounts.signUp.signInLink')}</a>
      </p>
    </Page>
  )
}

/** The same page whether or not the address already had an account (never reveal which). */
export function CheckEmailPage({ kind }: { kind: 'sign-up' | 'reset' | 'unverified' }) {
  const { t } = useUi()
  return (
    <Page title={t('accounts.checkEmail.title')} width="narrow">
      <p>{t(`accounts.checkEmail.${kind}`)}</p>
      <p>{t('accounts.checkEmail.spam')}</p>
      <p>
        <a href={paths.signIn()}>{t('accounts.checkEmail.backToSignIn')}</a>
      </p>
    </Page>
  )
}

export function VerifyEmailPage({ token }: { token: string }) {
  const { t } = useUi()
  return (
    <Page title={t('accounts.verify.title')} width="narrow">
      <p>{t('accounts.verify.intro')}</p>
      <PostForm action={paths.verifyEmail(token)}>
        <Button>{t('accounts.verify.submit')}</Button>
      </PostForm>
    </Page>
  )
}

export function SignInPage({
  values,
  next,
  problems = [],
  rateLimited = false,
}: {
  values: Values<'email'>
  next: string | undefined
  problems?: readonly Problem[]
  rateLimited?: boolean
}) {
  const { t } = useUi()
  return (
    <Page title={t('accounts.signIn.title')} problems={problems} width="narrow">
      {rateLimited ? <Warning>{t('errors.RATE_LIMITED')}</Warning> : null}
      <PostForm action={paths.signIn(next)}>
        <EmailInput
          name="email"
          label={t('accounts.fields.email')}
          value={values.email}
          problems={problems}
        />
        <PasswordInput
          name="password"
          label={t('accounts.fields.password')}
          autocomplete="current-password"
          problems={problems}
        />
        <Button>{t('accounts.signIn.submit')}</Button>
      </PostForm>
      <p>
        <a href={paths.forgotPassword()}>{t('accounts.signIn.forgot')}</a>
      </p>
      <h2 class="pw-heading-m">{t('accounts.signIn.newTitle')}</h2>
      <p>
        <a href={paths.signUp()}>{t('accounts.signIn.createLink')}</a>
      </p>
    </Page>
  )
}

export function ForgotPasswordPage({
  values,
  problems = [],
  rateLimited = false,
}: {
  values: Values<'email'>
  problems?: readonly Problem[]
  rateLimited?: boolean
}) {
  const { t } = useUi()
  return (
    <Page
      title={t('accounts.forgot.title')}
      problems={problems}
      width="narrow"
      back={{ href: paths.signIn() }}
    >
      {rateLimited ? <Warning>{t('errors.RATE_LIMITED')}</Warning> : null}
      <p>{t('accounts.forgot.intro')}</p>
      <PostForm action={paths.forgotPassword()}>
        <EmailInput
          name="email"
          label={t('accounts.fields.email')}
          value={values.email}
          problems={problems}
        />
        <Button>{t('accounts.forgot.submit')}</Button>
      </PostForm>
    </Page>
  )
}

export function ResetPasswordPage({
  token,
  problems = [],
}: {
  token: string
  problems?: readonly Problem[]
}) {
  const { t } = useUi()
  return (
    <Page title={t('accounts.reset.title')} problems={problems} width="narrow">
      <PostForm action={paths.resetPassword(token)}>
        <PasswordInput
          name="password"
          label={t('accounts.fields.newPassword')}
          hint={t('accounts.fields.newPasswordHint')}
          autocomplete="new-password"
          problems={problems}
        />
        <Button>{t('accounts.reset.submit')}</Button>
      </PostForm>
    </Page>
  )
}

export function AccountPage() {
  const { t, signedIn, lang } = useUi()
  if (!signedIn) return null
  return (
    <Page title={t('accounts.account.title')}>
      <SummaryList
        rows={[
          { key: t('accounts.fields.name'), value: signedIn.user.name },
          { key: t('accounts.fields.email'), value: signedIn.user.email },
          {
            key: t('accounts.account.language'),
            value: lang === 'es' ? 'Español' : 'English',
          },
          {
            key: t('accounts.fields.password'),
            value: '••••••••••',
            action: {
              href: paths.changePassword(),
              label: t('common.change'),
              hidden: t('accounts.fields.password'),
            },
          },
        ]}
      />
      <h2>{t('accounts.tokens.title')}</h2>
      <p>{t('accounts.tokens.intro')}</p>
      <p>
        <a href={paths.apiTokens()}>{t('accounts.tokens.manage')}</a>
      </p>
      <AccountPrivacySection />
    </Page>
  )
}

export function ChangePasswordPage({ problems = [] }: { problems?: readonly Problem[] }) {
  const { t } = useUi()
  return (
    <Page
      title={t('accounts.changePassword.title')}
      problems={problems}
      width="narrow"
      back={{ href: paths.account() }}
    >
      <PostForm action={paths.changePassword()}>
        <PasswordInput
          name="currentPassword"
          label={t('accounts.fields.currentPassword')}
          autocomplete="current-password"
          problems={problems}
        />
        <PasswordInput
          name="newPassword"
          label={t('accounts.fields.newPassword')}
          hint={t('accounts.fields.newPasswordHint')}
          autocomplete="new-password"
          problems={problems}
        />
        <p>{t('accounts.changePassword.otherSessions')}</p>
        <Button>{t('accounts.changePassword.submit')}</Button>
      </PostForm>
    </Page>
  )
}

export function ApiTokensPage({
  tokens,
  values,
  problems = [],
  created,
}: {
  tokens: readonly ApiTokenRecord[]
  values: Values<'name'>
  problems?: readonly Problem[]
  created?: string
}) {
  const { t, instant } = useUi()
  const active = tokens.filter((token) => token.revokedAt === null)
  return (
    <Page title={t('accounts.tokens.title')} problems={problems} back={{ href: paths.account() }}>
      {created ? (
        <NotificationBanner kind="success">
          {t('accounts.tokens.createdOnce')} <code class="pw-code">{created}</code>
        </NotificationBanner>
      ) : null}
      <p>{t('accounts.tokens.intro')}</p>
      <p>
        <a href={paths.apiReference()}>{t('accounts.tokens.reference')}</a>
      </p>
      {active.length > 0 ? (
        <Table
          caption={t('accounts.tokens.tableCaption')}
          head={[
            t('accounts.tokens.name'),
            t('accounts.tokens.starts'),
            t('accounts.tokens.created'),
            t('accounts.tokens.lastUsed'),
            '',
          ]}
          rows={active.map((token) => [
            token.name,
            <code class="pw-code" key="p">
              {token.tokenPrefix}…
            </code>,
            instant(token.createdAt),
            token.lastUsedAt ? instant(token.lastUsedAt) : t('accounts.tokens.never'),
            <PostForm action={paths.revokeApiToken(token.id)} key="r">
              <button type="submit" class="pw-link-button">
                {t('accounts.tokens.revoke')}
                <span class="pw-visually-hidden"> {token.name}</span>
              </button>
            </PostForm>,
          ])}
        />
      ) : (
        <p>{t('accounts.tokens.noneYet')}</p>
      )}
      <h2>{t('accounts.tokens.createTitle')}</h2>
      <PostForm action={paths.apiTokens()}>
        <TextInput
          name="name"
          label={t('accounts.tokens.name')}
          hint={t('accounts.tokens.nameHint')}
          value={values.name}
          width="half"
          problems={problems}
        />
        <ButtonGroup>
          <Button>{t('accounts.tokens.create')}</Button>
        </ButtonGroup>
      </PostForm>
    </Page>
  )
}

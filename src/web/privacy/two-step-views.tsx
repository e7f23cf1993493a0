import type { Problem } from '../../domain/problems.ts'
import { paths } from '../../paths.ts'
import type { TwoStepSetup, TwoStepStatus } from '../../services/accounts/two-step.ts'
import { Inset, Warning } from '../layout/banner.tsx'
import { Choices, PasswordInput, TextInput } from '../layout/fields.tsx'
import { Button, ButtonGroup, PostForm } from '../layout/form.tsx'
import { Page } from '../layout/page.tsx'
import { useUi } from '../ui.ts'

export interface OwnedOrganization {
  readonly id: string
  readonly name: string
  readonly required: boolean
}

export function TwoStepPage({
  status,
  organizations,
  problems = [],
}: {
  status: TwoStepStatus
  organizations: readonly OwnedOrganization[]
  problems?: readonly Problem[]
}) {
  const { t } = useUi()
  return (
    <Page
      title={t('privacy.twoStep.title')}
      problems={problems}
      back={{ href: paths.account() }}
      width="narrow"
    >
      <p>{t('privacy.twoStep.intro')}</p>
      <Inset>
        <p>{status.on ? t('privacy.twoStep.on') : t('privacy.twoStep.off')}</p>
        {status.on ? <p>{t('privacy.twoStep.codesLeft', { count: status.recoveryCodesLeft })}</p> : null}
        {status.requiredBy.length > 0 ? (
          <p>{t('privacy.twoStep.requiredBy', { names: status.requiredBy.join(', ') })}</p>
        ) : null}
      </Inset>
      {!status.on ? (
        <p>
          <a class="pw-button pw-button--primary" href={paths.twoStepSetup()}>
            {t('privacy.twoStep.setUp')}
          </a>
        </p>
      ) : (
        <>
          <h2>{t('privacy.twoStep.newCodes')}</h2>
          <p>{t('privacy.twoStep.newCodesHint')}</p>
          <PostForm action={paths.twoStepRecoveryCodes()}>
            <PasswordInput
              name="password"
              label={t('privacy.twoStep.password')}
              problems={problems.filter((p) => p.field === 'password')}
              autocomplete="current-password"
            />
            <Button variant="secondary">{t('privacy.twoStep.newCodes')}</Button>
          </PostForm>
          <h2>{t('privacy.twoStep.turnOff')}</h2>
          {status.requiredBy.length > 0 ? (
            <p>{t('privacy.twoStep.cannotTurnOff')}</p>
          ) : (
            <PostForm action={paths.twoStepOff()}>
              <PasswordInput
                name="passwordOff"
                label={t('privacy.twoStep.password')}
                problems={problems.filter((p) => p.field === 'passwordOff')}
                autocomplete="current-password"
              />
              <Button variant="warning">{t('privacy.twoStep.turnOff')}</Button>
            </PostForm>
          )}
        </>
      )}
      {organizations.length > 0 ? (
        <>
          <h2>{t('privacy.twoStep.organizationTitle')}</h2>
          {organizations.map((organization) => (
            <PostForm key={organization.id} action={paths.twoStep()}>
              <input type="hidden" name="organizationId" value={organization.id} />
              <Choices
                kind="checkbox"
                name="required"
                label={organization.name}
                options={[
                  {
                    value: 'yes',
                    label: t('privacy.twoStep.organizationRequire', { name: organization.name }),
                  },
                ]}
                values={organization.required ? ['yes'] : []}
              />
              <Button variant="secondary">{t('privacy.twoStep.organizationSave')}</Button>
            </PostForm>
          ))}
        </>
      ) : null}
    </Page>
  )
}

export function TwoStepSetupPage({
  setup,
  mustSetUp,
  problems = [],
}: {
  setup: TwoStepSetup
  mustSetUp?: string
  problems?: readonly Problem[]
}) {
  const { t } = useUi()
  return (
    <Page
      title={t('privacy.twoStep.setUpTitle')}
      problems={problems}
      back={{ href: paths.twoStep() }}
      width="narrow"
    >
      {mustSetUp ? <Warning>{t('privacy.twoStep.mustSetUp', { names: mustSetUp })}</Warning> : null}
      <p>{t('privacy.twoStep.step1')}</p>
      <div
        class="pw-qr-code"
        role="img"
        aria-label={t('privacy.twoStep.qrLabel')}
        // The SVG is drawn by the qrcode library from our own otpauth URI: no input from anyone.
        dangerouslySetInnerHTML={{ __html: setup.qrSvg }}
        style="max-width: 14rem"
      />
      <p>{t('privacy.twoStep.step2')}</p>
      <p>
        <code class="pw-secret">{setup.secret}</code>
      </p>
      <p>{t('privacy.twoStep.step3')}</p>
      <PostForm action={paths.twoStepSetup()}>
        <TextInput
          name="code"
          label={t('privacy.twoStep.code')}
          hint={t('privacy.twoStep.codeHint')}
          value=""
          problems={problems}
          autocomplete="one-time-code"
          inputMode="numeric"
          width="short"
          spellcheck={false}
        />
        <Button>{t('privacy.twoStep.confirm')}</Button>
      </PostForm>
    </Page>
  )
}

export function RecoveryCodesPage({ codes }: { codes: readonly string[] }) {
  const { t } = useUi()
  return (
    <Page title={t('privacy.twoStep.recoveryTitle')} width="narrow">
      <p>{t('privacy.twoStep.recoveryIntro')}</p>
      <ul class="pw-plain-list">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <ButtonGroup>
        <a class="pw-button pw-button--primary" href={paths.twoStep()}>
          {t('privacy.twoStep.recoveryDone')}
        </a>
      </ButtonGroup>
    </Page>
  )
}

export function SecondStepPage({
  next,
  problems = [],
  rateLimited,
}: {
  next: string | undefined
  problems?: readonly Problem[]
  rateLimited?: boolean
}) {
  const { t } = useUi()
  const action = next ? `${paths.signInTwoStep()}?next=${encodeURIComponent(next)}` : paths.signInTwoStep()
  return (
    <Page title={t('privacy.twoStep.signInTitle')} problems={problems} width="narrow">
      {rateLimited ? <Warning>{t('privacy.twoStep.rateLimited')}</Warning> : null}
      <p>{t('privacy.twoStep.signInIntro')}</p>
      <PostForm action={action}>
        <TextInput
          name="code"
          label={t('privacy.twoStep.signInCode')}
          value=""
          problems={problems}
          autocomplete="one-time-code"
          width="half"
          spellcheck={false}
        />
        <Button>{t('privacy.twoStep.signInSubmit')}</Button>
      </PostForm>
    </Page>
  )
}

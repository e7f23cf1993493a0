import type { LinkPurpose } from '../../domain/access/actor.ts'
import { type Child, displayName } from '../../domain/children/child.ts'
import type { LocalDate } from '../../domain/dates/local-date.ts'
import type { Problem } from '../../domain/problems.ts'
import { type AccessLink, isLinkActive } from '../../domain/sharing/access-link.ts'
import {
  type ChildShare,
  isInvitationOpen,
  isShareActive,
  SHARE_SCOPES,
  type ShareInvitation,
} from '../../domain/sharing/share.ts'
import { paths } from '../../paths.ts'
import { Inset } from '../layout/banner.tsx'
import { Details, Table } from '../layout/content.tsx'
import { Choices, DateInput, Select, TextInput } from '../layout/fields.tsx'
import { Button, ButtonGroup, PostForm } from '../layout/form.tsx'
import { Page } from '../layout/page.tsx'
import { RecordNav } from '../records/record-nav.tsx'
import { useUi } from '../ui.ts'

export const INVITE_FIELDS = ['email', 'scope', 'expiresOn', 'language'] as const
export const ORGANIZATION_FIELDS = ['adminEmail', 'scope', 'expiresOn'] as const
export const LINK_FIELDS = ['purpose', 'label', 'expiresOn'] as const
export type FormValues<K extends string> = Readonly<Record<K, string>>

function ScopeChoices({ values, problems }: { values: { scope: string }; problems?: readonly Problem[] }) {
  const { t } = useUi()
  return (
    <Choices
      kind="radio"
      name="scope"
      label={t('sharing.form.scope')}
      values={[values.scope]}
      problems={problems}
      options={SHARE_SCOPES.map((scope) => ({
        value: scope,
        label: t(`sharing.scopes.${scope}.label`),
        hint: t(`sharing.scopes.${scope}.hint`, { name: t('sharing.form.theChild') }),
      }))}
    />
  )
}

function LastDayInput({ value, problems }: { value: string; problems?: readonly Problem[] }) {
  const { t } = useUi()
  return (
    <DateInput
      name="expiresOn"
      label={t('sharing.form.expiresOn')}
      hint={t('sharing.form.expiresOnHint')}
      value={value}
      problems={problems}
    />
  )
}

function EndButton({ action, label, hidden }: { action: string; label: string; hidden: string }) {
  return (
    <form method="post" action={action} class="pw-inline-form">
      <CsrfHidden />
      <button type="submit" class="pw-button pw-button--warning">
        {label}
        <span class="pw-visually-hidden"> {hidden}</span>
      </button>
    </form>
  )
}

function CsrfHidden() {
  const { csrfToken } = useUi()
  return <input type="hidden" name="_csrf" value={csrfToken} />
}

function untilText(
  t: ReturnType<typeof useUi>['t'],
  date: (d: LocalDate) => string,
  expiresOn: LocalDate | null,
) {
  return expiresOn ? t('sharing.page.until', { date: date(expiresOn) }) : t('sharing.page.noEnd')
}

/** "Who can see this child": every person, organization and link with access, and the way to end each. */
export function SharingPage({
  child,
  shares,
  invitations,
  links,
  today,
  now,
}: {
  child: Child
  shares: readonly ChildShare[]
  invitations: readonly ShareInvitation[]
  links: readonly AccessLink[]
  today: LocalDate
  now: string
}) {
  const { t, date, instant } = useUi()
  const name = displayName(child)
  const activeShares = shares.filter((share) => isShareActive(share, today))
  const openInvitations = invitations.filter((invitation) => isInvitationOpen(invitation, now))
  const activeLinks = links.filter((link) => isLinkActive(link, today))
  const ended = [
    ...shares.filter((share) => !isShareActive(share, today)).map((share) => share.grantee.name),
    ...links.filter((link) => !isLinkActive(link, today)).map((link) => link.label),
  ]
  return (
    <Page title={t('sharing.page.title')} caption={name} back={{ href: paths.child(child.id), label: name }}>
      <RecordNav child={child} current="sharing" />
      <p class="pw-lead">{t('sharing.page.intro', { name })}</p>
      <Inset>{t('sharing.page.household')}</Inset>

      <h2 class="pw-heading-m">{t('sharing.page.peopleTitle')}</h2>
      {activeShares.length === 0 ? (
        <p>{t('sharing.page.noPeople')}</p>
      ) : (
        <Table
          caption={t('sharing.page.peopleCaption', { name })}
          captionHidden
          head={[
            t('sharing.page.headWho'),
            t('sharing.page.headCan'),
            t('sharing.page.headUntil'),
            t('sharing.page.headAction'),
          ]}
          rows={activeShares.map((share) => [
            share.grantee.kind === 'user' ? (
              <>
                {share.grantee.name}
                <br />
                <span class="pw-secondary">{share.grantee.email}</span>
              </>
            ) : (
              <>
                {share.grantee.name}
                <br />
                <span class="pw-secondary">{t('sharing.page.organization')}</span>
              </>
            ),
            t(`sharing.scopes.${share.scope}.label`),
            untilText(t, date, share.expiresOn),
            <EndButton
              key={share.id}
              action={paths.endShare(child.id, share.id)}
              label={t('sharing.page.end')}
              hidden={share.grantee.name}
            />,
          ])}
        />
      )}
      <ButtonGroup>
        <a class="pw-button pw-button--secondary" href={paths.shareInvite(child.id)}>
          {t('sharing.page.invite')}
        </a>
        <a class="pw-button pw-button--secondary" href={paths.shareOrganization(child.id)}>
          {t('sharing.page.shareOrganization')}
        </a>
      </ButtonGroup>

      {openInvitations.length > 0 ? (
        <>
          <h2 class="pw-heading-m">{t('sharing.page.invitationsTitle')}</h2>
          <Table
            caption={t('sharing.page.invitationsTitle')}
            captionHidden
            head={[
              t('sharing.page.headWho'),
              t('sharing.page.headCan'),
              t('sharing.page.headUntil'),
              t('sharing.page.headAction'),
            ]}
            rows={openInvitations.map((invitation) => [
              invitation.email,
              t(`sharing.scopes.${invitation.scope}.label`),
              untilText(t, date, invitation.expiresOn),
              <EndButton
                key={invitation.id}
                action={paths.withdrawInvitation(child.id, invitation.id)}
                label={t('sharing.page.withdraw')}
                hidden={invitation.email}
              />,
            ])}
          />
        </>
      ) : null}

      <h2 class="pw-heading-m">{t('sharing.page.linksTitle')}</h2>
      <p>{t('sharing.page.linksIntro')}</p>
      {activeLinks.length === 0 ? (
        <p>{t('sharing.page.noLinks')}</p>
      ) : (
        <Table
          caption={t('sharing.page.linksTitle')}
          captionHidden
          head={[
            t('sharing.page.headLink'),
            t('sharing.page.headFor'),
            t('sharing.page.headUntil'),
            t('sharing.page.headLastUsed'),
            t('sharing.page.headAction'),
          ]}
          rows={activeLinks.map((link) => [
            link.label,
            t(`sharing.purposes.${link.purpose}.label`),
            untilText(t, date, link.expiresOn),
            link.lastUsedAt ? instant(link.lastUsedAt) : t('sharing.page.neverUsed'),
            <EndButton
              key={link.id}
              action={paths.endAccessLink(child.id, link.id)}
              label={t('sharing.page.end')}
              hidden={link.label}
            />,
          ])}
        />
      )}
      <ButtonGroup>
        <a class="pw-button pw-button--secondary" href={paths.newAccessLink(child.id, 'data-entry')}>
          {t('sharing.page.newDataEntryLink')}
        </a>
        <a class="pw-button pw-button--secondary" href={paths.newAccessLink(child.id, 'calendar-feed')}>
          {t('sharing.page.newCalendarLink')}
        </a>
      </ButtonGroup>

      {ended.length > 0 ? (
        <Details summary={t('sharing.page.endedTitle', { count: ended.length })}>
          <ul>
            {ended.map((label, index) => (
              <li key={index}>{label}</li>
            ))}
          </ul>
        </Details>
      ) : null}

      <h2 class="pw-heading-m">{t('sharing.page.activityTitle')}</h2>
      <p>
        <a href={paths.childActivity(child.id)}>{t('sharing.page.activityLink', { name })}</a>
      </p>
    </Page>
  )
}

export function InvitePage({
  child,
  values,
  problems,
}: {
  child: Child
  values: FormValues<(typeof INVITE_FIELDS)[number]>
  problems?: readonly Problem[]
}) {
  const { t } = useUi()
  const name = displayName(child)
  return (
    <Page
      title={t('sharing.invite.title', { name })}
      caption={name}
      problems={problems}
      back={{ href: paths.childSharing(child.id), label: t('sharing.page.title') }}
      width="narrow"
    >
      <p>{t('sharing.invite.intro')}</p>
      <PostForm action={paths.shareInvite(child.id)}>
        <TextInput
          name="email"
          type="email"
          autocomplete="off"
          spellcheck={false}
          label={t('sharing.invite.email')}
          value={values.email}
          problems={problems}
        />
        <ScopeChoices values={values} problems={problems} />
        <LastDayInput value={values.expiresOn} problems={problems} />
        <Select
          name="language"
          label={t('sharing.invite.language')}
          hint={t('sharing.invite.languageHint')}
          value={values.language}
          problems={problems}
          options={[
            { value: '', label: t('sharing.invite.languageAuto') },
            { value: 'en', label: 'English' },
            { value: 'es', label: 'Español' },
          ]}
        />
        <Button>{t('sharing.invite.submit')}</Button>
      </PostForm>
    </Page>
  )
}

export function OrganizationSharePage({
  child,
  values,
  problems,
}: {
  child: Child
  values: FormValues<(typeof ORGANIZATION_FIELDS)[number]>
  problems?: readonly Problem[]
}) {
  const { t } = useUi()
  const name = displayName(child)
  return (
    <Page
      title={t('sharing.organization.title', { name })}
      caption={name}
      problems={problems}
      back={{ href: paths.childSharing(child.id), label: t('sharing.page.title') }}
      width="narrow"
    >
      <p>{t('sharing.organization.intro')}</p>
      <PostForm action={paths.shareOrganization(child.id)}>
        <TextInput
          name="adminEmail"
          type="email"
          autocomplete="off"
          spellcheck={false}
          label={t('sharing.organization.adminEmail')}
          hint={t('sharing.organization.adminEmailHint')}
          value={values.adminEmail}
          problems={problems}
        />
        <ScopeChoices values={values} problems={problems} />
        <LastDayInput value={values.expiresOn} problems={problems} />
        <Button>{t('sharing.organization.submit')}</Button>
      </PostForm>
    </Page>
  )
}

export function NewLinkPage({
  child,
  values,
  problems,
}: {
  child: Child
  values: FormValues<(typeof LINK_FIELDS)[number]>
  problems?: readonly Problem[]
}) {
  const { t } = useUi()
  const name = displayName(child)
  const purposes: readonly LinkPurpose[] = ['data-entry', 'calendar-feed']
  return (
    <Page
      title={t('sharing.link.title')}
      caption={name}
      problems={problems}
      back={{ href: paths.childSharing(child.id), label: t('sharing.page.title') }}
      width="narrow"
    >
      <PostForm action={paths.newAccessLink(child.id)}>
        <Choices
          kind="radio"
          name="purpose"
          label={t('sharing.link.purpose')}
          values={[values.purpose]}
          problems={problems}
          options={purposes.map((purpose) => ({
            value: purpose,
            label: t(`sharing.purposes.${purpose}.label`),
            hint: t(`sharing.purposes.${purpose}.hint`),
          }))}
        />
        <TextInput
          name="label"
          label={t('sharing.link.label')}
          hint={t('sharing.link.labelHint')}
          value={values.label}
          problems={problems}
        />
        <LastDayInput value={values.expiresOn} problems={problems} />
        <Button>{t('sharing.link.submit')}</Button>
      </PostForm>
    </Page>
  )
}

/** Shown once, right after a link is made: the only time the secret address can be seen. */
export function LinkCreatedPage({ child, link, url }: { child: Child; link: AccessLink; url: string }) {
  const { t } = useUi()
  const name = displayName(child)
  return (
    <Page title={t('sharing.link.createdTitle')} caption={name} width="narrow">
      <p>{t(`sharing.purposes.${link.purpose}.created`, { label: link.label })}</p>
      <div class="pw-form-group">
        <label class="pw-label" for="link-url">
          {t('sharing.link.address')}
        </label>
        <div class="pw-hint" id="link-url-hint">
          {t('sharing.link.onlyOnce')}
        </div>
        <input
          class="pw-input pw-code"
          id="link-url"
          type="text"
          readOnly
          value={url}
          aria-describedby="link-url-hint"
        />
      </div>
      <p>
        <a href={paths.childSharing(child.id)}>{t('sharing.link.back')}</a>
      </p>
    </Page>
  )
}

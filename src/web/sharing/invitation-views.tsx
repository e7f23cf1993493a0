import { displayName } from '../../domain/children/child.ts'
import { paths } from '../../paths.ts'
import type { ReachableChild } from '../../services/access/child-access.ts'
import type { InvitationView } from '../../services/sharing/shares.ts'
import { Button, ButtonGroup, ButtonLink, PostForm } from '../layout/form.tsx'
import { Page } from '../layout/page.tsx'
import { useUi } from '../ui.ts'

/** The page an invitation e-mail links to: accept (after signing in or up) or decline. */
export function InvitationPage({ token, view }: { token: string; view: InvitationView }) {
  const { t, date, signedIn } = useUi()
  const { invitation } = view
  const name = view.childFirstName
  return (
    <Page title={t('sharing.invitation.title', { name })} width="narrow">
      {view.open ? (
        <>
          <p class="pw-lead">{t('sharing.invitation.intro', { inviter: view.inviterName, name })}</p>
          <p>
            <strong>{t(`sharing.scopes.${invitation.scope}.label`)}.</strong>{' '}
            {t(`sharing.scopes.${invitation.scope}.hint`, { name })}
          </p>
          <p>
            {invitation.expiresOn
              ? t('sharing.page.until', { date: date(invitation.expiresOn) })
              : t('sharing.page.noEnd')}
          </p>
          {signedIn ? (
            <ButtonGroup>
              <PostForm action={paths.acceptInvitation(token)}>
                <Button>{t('sharing.invitation.accept')}</Button>
              </PostForm>
              <PostForm action={paths.declineInvitation(token)}>
                <Button variant="secondary">{t('sharing.invitation.decline')}</Button>
              </PostForm>
            </ButtonGroup>
          ) : (
            <>
              <p>{t('sharing.invitation.signInFirst', { email: invitation.email })}</p>
              <ButtonGroup>
                <ButtonLink href={paths.signIn(paths.invitation(token))}>
                  {t('sharing.invitation.signIn')}
                </ButtonLink>
                <ButtonLink href={paths.signUp()} variant="secondary">
                  {t('sharing.invitation.signUp')}
                </ButtonLink>
              </ButtonGroup>
              <p class="pw-hint">{t('sharing.invitation.signUpHint', { email: invitation.email })}</p>
              <PostForm action={paths.declineInvitation(token)}>
                <Button variant="secondary">{t('sharing.invitation.decline')}</Button>
              </PostForm>
            </>
          )}
        </>
      ) : (
        <p>{t('sharing.invitation.closed')}</p>
      )}
    </Page>
  )
}

/** On the home page: invitations waiting for this person, and the children shared with them. */
export function SharedWithYou({
  children,
  invitations,
}: {
  children: readonly ReachableChild[]
  invitations: readonly InvitationView[]
}) {
  const { t } = useUi()
  const shared = children.filter((c) => c.shared)
  if (shared.length === 0 && invitations.length === 0) return null
  return (
    <section aria-labelledby="shared-with-you">
      <h2 id="shared-with-you">{t('sharing.home.title')}</h2>
      {invitations.length > 0 ? (
        <ul class="pw-card-list">
          {invitations.map((view) => (
            <li class="pw-card" key={view.invitation.id}>
              <h3 class="pw-card__title">
                {t('sharing.home.invitation', { inviter: view.inviterName, name: view.childFirstName })}
              </h3>
              <p>{t(`sharing.scopes.${view.invitation.scope}.label`)}</p>
              <PostForm action={paths.acceptWaitingInvitation(view.invitation.id)}>
                <Button>
                  {t('sharing.invitation.accept')}
                  <span class="pw-visually-hidden"> {view.childFirstName}</span>
                </Button>
              </PostForm>
            </li>
          ))}
        </ul>
      ) : null}
      {shared.length > 0 ? (
        <ul class="pw-card-list">
          {shared.map(({ child, access }) => (
            <li class="pw-card" key={child.id}>
              <h3 class="pw-card__title">
                {access === 'full' || access === 'read' ? (
                  <a href={paths.child(child.id)}>{displayName(child)}</a>
                ) : (
                  displayName(child)
                )}
              </h3>
              <p class="pw-secondary">
                {t(`sharing.scopes.${access === 'none' || access === 'calendar' ? 'glance' : access}.label`)}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}

import { WEEKDAYS } from '../../domain/consultations/availability.ts'
import type { LocalDate } from '../../domain/dates/local-date.ts'
import { PRACTICE_ROLES } from '../../domain/practices/practice.ts'
import type { Problem } from '../../domain/problems.ts'
import { absoluteUrl, paths } from '../../paths.ts'
import {
  type AvailabilityFormValues,
  OFFERED_LENGTHS,
  US_TIME_ZONES,
} from '../../services/consultations/availability-settings.ts'
import type { PracticeOverview } from '../../services/practices/practices.ts'
import { Inset } from '../layout/banner.tsx'
import { SummaryList, Table } from '../layout/content.tsx'
import { Choices, Select, Textarea, TextInput } from '../layout/fields.tsx'
import { Button, PostForm } from '../layout/form.tsx'
import { Page } from '../layout/page.tsx'
import { useUi } from '../ui.ts'

/** Links between the workspace pages. */
export function PracticeNav() {
  const { t } = useUi()
  return (
    <nav class="pw-sub-nav" aria-label={t('advocates.nav.practice')}>
      <ul class="pw-sub-nav__list">
        <li>
          <a href={paths.practice()}>{t('advocates.nav.practice')}</a>
        </li>
        <li>
          <a href={paths.caseload()}>{t('advocates.nav.caseload')}</a>
        </li>
        <li>
          <a href={paths.practiceTasks()}>{t('advocates.nav.tasks')}</a>
        </li>
        <li>
          <a href={paths.practiceAvailability()}>{t('advocates.nav.availability')}</a>
        </li>
      </ul>
    </nav>
  )
}

export function StartPracticePage({ name, problems = [] }: { name: string; problems?: readonly Problem[] }) {
  const { t } = useUi()
  return (
    <Page title={t('advocates.start.title')} problems={problems} width="narrow">
      <p>{t('advocates.start.lead')}</p>
      <PostForm action={paths.newPractice()}>
        <TextInput
          name="name"
          label={t('advocates.start.name')}
          hint={t('advocates.start.nameHint')}
          value={name}
          problems={problems}
        />
        <Button>{t('advocates.start.submit')}</Button>
      </PostForm>
    </Page>
  )
}

function roleOptions(t: (key: string) => string) {
  return PRACTICE_ROLES.map((role) => ({
    value: role,
    label: t(`advocates.roles.${role}`),
    hint: t(`advocates.roleHints.${role}`),
  }))
}

export function PracticePage({
  overview,
  bookingUrl,
  published,
  baseUrl,
  invite,
  problems = [],
}: {
  overview: PracticeOverview
  bookingUrl: string | undefined
  published: boolean
  baseUrl: string
  invite: { email: string; role: string }
  problems?: readonly Problem[]
}) {
  const ui = useUi()
  const { t } = ui
  const admin = overview.practice.role === 'admin'
  return (
    <Page title={overview.practice.name} problems={problems}>
      <PracticeNav />
      <SummaryList
        rows={[
          { key: t('advocates.overview.yourRole'), value: t(`advocates.roles.${overview.practice.role}`) },
          ...(bookingUrl
            ? [
                {
                  key: t('advocates.overview.bookingPage'),
                  value: published ? (
                    <a href={bookingUrl}>{absoluteUrl(baseUrl, bookingUrl)}</a>
                  ) : (
                    t('advocates.overview.notPublished')
                  ),
                },
              ]
            : []),
        ]}
      />
      <h2 class="pw-heading-m">{t('advocates.overview.membersHeading')}</h2>
      <Table
        caption={t('advocates.overview.membersHeading')}
        captionHidden
        head={[t('advocates.overview.name'), t('advocates.overview.email'), t('advocates.overview.role')]}
        rows={overview.members.map((m) => [
          m.name,
          m.email,
          admin ? (
            <form method="post" action={paths.practiceMemberRole(m.userId)} class="pw-inline-form">
              <input type="hidden" name="_csrf" value={ui.csrfToken} />
              <label class="pw-visually-hidden" for={`role-${m.userId}`}>
                {t('advocates.overview.role')} {m.name}
              </label>
              <select class="pw-select" id={`role-${m.userId}`} name="role">
                {PRACTICE_ROLES.map((role) => (
                  <option key={role} value={role} selected={role === m.role}>
                    {t(`advocates.roles.${role}`)}
                  </option>
                ))}
              </select>{' '}
              <button type="submit" class="pw-button pw-button--secondary">
                {t('advocates.overview.changeRole')}
                <span class="pw-visually-hidden"> {m.name}</span>
              </button>
            </form>
          ) : (
            t(`advocates.roles.${m.role}`)
          ),
        ])}
      />
      {admin ? (
        <>
          <h2 class="pw-heading-m">{t('advocates.overview.inviteHeading')}</h2>
          <PostForm action={paths.invitePracticeMember()}>
            <TextInput
              name="email"
              type="email"
              label={t('advocates.overview.inviteEmail')}
              value={invite.email}
              spellcheck={false}
              problems={problems}
            />
            <Choices
              kind="radio"
              name="role"
              label={t('advocates.overview.inviteRole')}
              options={roleOptions(t)}
              values={[invite.role]}
              problems={problems}
            />
            <Button>{t('advocates.overview.inviteSubmit')}</Button>
          </PostForm>
          {overview.invitations.length > 0 ? (
            <>
              <h2 class="pw-heading-m">{t('advocates.overview.invitationsHeading')}</h2>
              <ul class="pw-list">
                {overview.invitations.map((i) => (
                  <li key={i.id}>
                    {i.email} ({t(`advocates.roles.${i.role}`)}).{' '}
                    {t('advocates.overview.expires', {
                      date: ui.date(i.expires_at.slice(0, 10) as LocalDate),
                    })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
    </Page>
  )
}

export function AcceptInvitationPage({
  token,
  practice,
  role,
  wrongAccount,
}: {
  token: string
  practice: string
  role: string
  wrongAccount: boolean
}) {
  const { t } = useUi()
  return (
    <Page title={t('advocates.accept.title', { practice })} width="narrow">
      <p>{t('advocates.accept.body', { practice, role: t(`advocates.roles.${role}`) })}</p>
      {wrongAccount ? (
        <Inset>{t('advocates.accept.wrongAccount')}</Inset>
      ) : (
        <PostForm action={paths.acceptPracticeInvitation(token)}>
          <Button>{t('advocates.accept.submit')}</Button>
        </PostForm>
      )}
    </Page>
  )
}

export function AvailabilityPage({
  values,
  problems = [],
  upcoming,
}: {
  values: AvailabilityFormValues
  problems?: readonly Problem[]
  upcoming: readonly { id: string; when: string; family: string }[]
}) {
  const { t } = useUi()
  const f = values.fields
  const value = (name: string) => f[name] ?? ''
  const zones: string[] = [...US_TIME_ZONES]
  if (value('timeZone') !== '' && !zones.includes(value('timeZone'))) zones.push(value('timeZone'))
  return (
    <Page title={t('advocates.availability.title')} problems={problems}>
      <PracticeNav />
      <p>{t('advocates.availability.lead')}</p>
      <PostForm action={paths.practiceAvailability()}>
        <input type="hidden" name="version" value={value('version')} />
        <TextInput
          name="displayName"
          label={t('advocates.availability.displayName')}
          value={value('displayName')}
          problems={problems}
        />
        <Select
          name="timeZone"
          label={t('advocates.availability.timeZone')}
          value={value('timeZone')}
          options={zones.map((z) => ({ value: z, label: z.replace(/_/g, ' ') }))}
          problems={problems}
        />
        <fieldset class="pw-fieldset">
          <legend class="pw-fieldset__legend pw-fieldset__legend--m">
            {t('advocates.availability.weeklyHeading')}
          </legend>
          <div class="pw-hint">{t('advocates.availability.weeklyHint')}</div>
          {WEEKDAYS.map((day) => (
            <div class="pw-hours-row" key={day}>
              <TextInput
                name={`${day}Start`}
                label={t('advocates.availability.from', { day: t(`advocates.weekdays.${day}`) })}
                value={value(`${day}Start`)}
                width="short"
                problems={problems}
              />
              <TextInput
                name={`${day}End`}
                label={t('advocates.availability.to', { day: t(`advocates.weekdays.${day}`) })}
                value={value(`${day}End`)}
                width="short"
                problems={problems}
              />
            </div>
          ))}
        </fieldset>
        <Textarea
          name="exceptions"
          label={t('advocates.availability.exceptions')}
          hint={t('advocates.availability.exceptionsHint')}
          value={value('exceptions')}
          rows={4}
          problems={problems}
        />
        <Choices
          kind="checkbox"
          name="lengths"
          label={t('advocates.availability.lengths')}
          inline
          options={OFFERED_LENGTHS.map((l) => ({
            value: String(l),
            label: t('booking.page.minutes', { count: l }),
          }))}
          values={values.lengths}
          problems={problems}
        />
        <TextInput
          name="bufferMinutes"
          label={t('advocates.availability.bufferMinutes')}
          value={value('bufferMinutes')}
          inputMode="numeric"
          width="short"
          problems={problems}
        />
        <TextInput
          name="minimumNoticeMinutes"
          label={t('advocates.availability.minimumNoticeMinutes')}
          hint={t('advocates.availability.minimumNoticeHint')}
          value={value('minimumNoticeMinutes')}
          inputMode="numeric"
          width="short"
          problems={problems}
        />
        <TextInput
          name="horizonDays"
          label={t('advocates.availability.horizonDays')}
          value={value('horizonDays')}
          inputMode="numeric"
          width="short"
          problems={problems}
        />
        <TextInput
          name="maxPerDay"
          label={t('advocates.availability.maxPerDay')}
          value={value('maxPerDay')}
          inputMode="numeric"
          width="short"
          problems={problems}
        />
        <Textarea
          name="intakeQuestion"
          label={t('advocates.availability.intakeQuestion')}
          hint={t('advocates.availability.intakeQuestionHint')}
          value={value('intakeQuestion')}
          rows={2}
          problems={problems}
        />
        <Choices
          kind="checkbox"
          name="published"
          label={t('advocates.availability.published')}
          options={[
            {
              value: 'yes',
              label: t('advocates.availability.published'),
              hint: t('advocates.availability.publishedHint'),
            },
          ]}
          values={value('published') === 'yes' ? ['yes'] : []}
          problems={problems}
        />
        <Button>{t('advocates.availability.submit')}</Button>
      </PostForm>
      <h2 class="pw-heading-m">{t('advocates.availability.upcomingHeading')}</h2>
      {upcoming.length === 0 ? (
        <p>{t('advocates.availability.noUpcoming')}</p>
      ) : (
        <ul class="pw-list">
          {upcoming.map((u) => (
            <li key={u.id}>
              {u.when}: {u.family}
            </li>
          ))}
        </ul>
      )}
    </Page>
  )
}

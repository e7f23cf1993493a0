import { type Child, displayName } from '../../domain/children/child.ts'
import type { PlanRecord } from '../../domain/plans/plan-record.ts'
import type { Problem } from '../../domain/problems.ts'
import { paths } from '../../paths.ts'
import { Inset, Warning } from '../layout/banner.tsx'
import { ConfirmDeletePage } from '../layout/confirm-delete.tsx'
import { Choices, DateInput, Select } from '../layout/fields.tsx'
import { Button, ButtonGroup, PostForm } from '../layout/form.tsx'
import { Page } from '../layout/page.tsx'
import { useUi } from '../ui.ts'
import { recordTitle } from './plan-common.tsx'

export const AMEND_FIELDS = ['date', 'withoutMeeting'] as const
export type AmendValues = Readonly<Record<(typeof AMEND_FIELDS)[number], string>>

/** Starting an amendment of the plan in effect (34 CFR 300.324(a)(4)-(6)). */
export function AmendPage({
  child,
  record,
  version,
  values,
  problems = [],
  conflict = false,
}: {
  child: Child
  record: PlanRecord
  version: number
  values: AmendValues
  problems?: readonly Problem[]
  conflict?: boolean
}) {
  const ui = useUi()
  const { t } = ui
  return (
    <Page
      title={t('plans.ui.amend.title')}
      caption={`${displayName(child)} · ${recordTitle(ui, record)}`}
      problems={problems}
      back={{ href: paths.plan(child.id, record.id), label: t('plans.ui.backToPlan') }}
      width="narrow"
    >
      {conflict ? <Warning>{t('errors.VERSION_CONFLICT')}</Warning> : null}
      <p>{t('plans.ui.amend.intro')}</p>
      <p>{t('plans.ui.amend.how')}</p>
      <Inset>{t('plans.ui.amend.law')}</Inset>
      <PostForm action={paths.amendPlan(child.id, record.id)}>
        <input type="hidden" name="version" value={String(version)} />
        <Choices
          kind="radio"
          name="withoutMeeting"
          label={t('plans.ui.amend.meetingQuestion')}
          values={[values.withoutMeeting]}
          options={[
            { value: 'no', label: t('plans.ui.amend.withMeeting') },
            {
              value: 'yes',
              label: t('plans.ui.amend.withoutMeeting'),
              hint: t('plans.ui.amend.withoutMeetingHint'),
            },
          ]}
          problems={problems}
        />
        <DateInput
          name="date"
          label={t('plans.ui.amend.date')}
          hint={t('plans.ui.amend.dateHint')}
          value={values.date}
          problems={problems}
        />
        <ButtonGroup>
          <Button>{t('plans.ui.amend.submit')}</Button>
          <a href={paths.plan(child.id, record.id)}>{t('common.cancel')}</a>
        </ButtonGroup>
      </PostForm>
    </Page>
  )
}

export const NEXT_REASONS = ['annual-review', 'reevaluation', 'transfer', 'other'] as const

/** Starting next year's plan from this one: the same items, no dates. */
export function NextPlanPage({
  child,
  record,
  reason,
  problems = [],
}: {
  child: Child
  record: PlanRecord
  reason: string
  problems?: readonly Problem[]
}) {
  const ui = useUi()
  const { t } = ui
  return (
    <Page
      title={t('plans.ui.next.title')}
      caption={`${displayName(child)} · ${recordTitle(ui, record)}`}
      problems={problems}
      back={{ href: paths.plan(child.id, record.id), label: t('plans.ui.backToPlan') }}
      width="narrow"
    >
      <p>{t('plans.ui.next.intro')}</p>
      <p>{t('plans.ui.next.diff')}</p>
      <PostForm action={paths.nextPlan(child.id, record.id)}>
        <Select
          name="reason"
          label={t('plans.ui.next.reason')}
          value={reason}
          placeholder={t('plans.form.choose')}
          options={NEXT_REASONS.map((r) => ({ value: r, label: t(`plans.revisionReasons.${r}`) }))}
          problems={problems}
        />
        <ButtonGroup>
          <Button>{t('plans.ui.next.submit')}</Button>
          <a href={paths.plan(child.id, record.id)}>{t('common.cancel')}</a>
        </ButtonGroup>
      </PostForm>
    </Page>
  )
}

/** Asks before a draft entered by mistake is deleted. */
export function DeletePlanPage({ child, record }: { child: Child; record: PlanRecord }) {
  const ui = useUi()
  const { t } = ui
  return (
    <ConfirmDeletePage
      title={t('plans.ui.delete.title', { plan: recordTitle(ui, record) })}
      caption={displayName(child)}
      question={t('plans.ui.delete.explain')}
      warning={t('plans.ui.delete.warning')}
      submit={t('plans.ui.delete.submit')}
      action={paths.deletePlan(child.id, record.id)}
      cancelHref={paths.plan(child.id, record.id)}
      backLabel={t('plans.ui.backToPlan')}
      hidden={{ version: String(record.latestVersion) }}
    />
  )
}

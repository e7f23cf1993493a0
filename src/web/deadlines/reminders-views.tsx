import type { Problem } from '../../domain/problems.ts'
import { paths } from '../../paths.ts'
import { REMINDER_DAY_CHOICES } from '../../services/deadlines/reminders.ts'
import { Warning } from '../layout/banner.tsx'
import { Choices } from '../layout/fields.tsx'
import { Button, ButtonGroup, PostForm } from '../layout/form.tsx'
import { Page } from '../layout/page.tsx'
import { useUi } from '../ui.ts'

export interface ReminderFormValues {
  readonly enabled: string
  readonly days: readonly string[]
}

/** A person's deadline reminders: on or off, and how many days before. */
export function ReminderSettingsPage({
  values,
  version,
  problems = [],
  conflict,
}: {
  values: ReminderFormValues
  version: number
  problems?: readonly Problem[]
  conflict?: boolean
}) {
  const { t } = useUi()
  return (
    <Page
      title={t('deadlines.ui.reminders.title')}
      problems={problems}
      back={{ href: paths.account() }}
      width="narrow"
    >
      {conflict ? <Warning>{t('deadlines.ui.reminders.conflict')}</Warning> : null}
      <p class="pw-lead">{t('deadlines.ui.reminders.intro')}</p>
      <PostForm action={paths.reminderSettings()}>
        <input type="hidden" name="version" value={String(version)} />
        <Choices
          kind="radio"
          name="enabled"
          label={t('deadlines.ui.reminders.onOff')}
          options={[
            { value: 'yes', label: t('deadlines.ui.reminders.on') },
            { value: 'no', label: t('deadlines.ui.reminders.off') },
          ]}
          values={[values.enabled]}
          problems={problems}
        />
        <Choices
          kind="checkbox"
          name="days"
          label={t('deadlines.ui.reminders.days')}
          hint={t('deadlines.ui.reminders.daysHint')}
          options={REMINDER_DAY_CHOICES.map((days) => ({
            value: String(days),
            label:
              days === 1
                ? t('deadlines.ui.reminders.dayOptionOne')
                : t('deadlines.ui.reminders.dayOption', { count: days }),
          }))}
          values={values.days}
          problems={problems}
        />
        <ButtonGroup>
          <Button>{t('deadlines.ui.reminders.save')}</Button>
        </ButtonGroup>
      </PostForm>
    </Page>
  )
}

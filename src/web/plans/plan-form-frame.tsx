import type { ComponentChildren } from 'preact'
import { type Child, displayName } from '../../domain/children/child.ts'
import type { PlanRecord, SavedPlanVersion } from '../../domain/plans/plan-record.ts'
import type { Problem } from '../../domain/problems.ts'
import { paths } from '../../paths.ts'
import { Inset, Warning } from '../layout/banner.tsx'
import { SummaryList } from '../layout/content.tsx'
import { Button, ButtonGroup, PostForm } from '../layout/form.tsx'
import { Page } from '../layout/page.tsx'
import { useUi } from '../ui.ts'
import { type FormValues, labelKey } from './form-values.ts'
import { recordTitle } from './plan-common.tsx'

/** The newer version someone else saved while the person was editing, as that form's values. */
export interface Conflict {
  readonly version: SavedPlanVersion
  readonly values: FormValues
}

/** The label of any form field, row fields included ("Team member 2: Role"). */
export function useFieldLabel(scope = ''): (field: string) => string {
  const { t } = useUi()
  return (field) => {
    const row = /^([\w.]+)\[(\d+)\]/.exec(field)
    const label = t(labelKey(field, scope))
    if (!row?.[1] || !row[2]) return label
    return `${t(`plans.form.rows.${row[1]}.legend`, { number: Number(row[2]) + 1 })}: ${label}`
  }
}

/**
 * Shows that someone else saved first, and where their version differs from what this person typed.
 * The person's values stay in the form below; saving again puts them over the newer version.
 */
export function ConflictNotice({
  conflict,
  values,
  scope = '',
}: {
  conflict: Conflict
  values: FormValues
  scope?: string
}) {
  const { t, instant } = useUi()
  const label = useFieldLabel(scope)
  const names = [...new Set([...Object.keys(conflict.values), ...Object.keys(values)])].filter(
    (name) =>
      !name.endsWith('.id') &&
      name !== 'libraryId' &&
      (conflict.values[name] ?? '').trim() !== (values[name] ?? '').trim(),
  )
  return (
    <div class="pw-conflict">
      <Warning>{t('errors.VERSION_CONFLICT')}</Warning>
      <h2 class="pw-heading-m">
        {t('plans.form.conflict.title', {
          who: conflict.version.savedByName ?? t('plans.ui.someone'),
          when: instant(conflict.version.savedAt),
        })}
      </h2>
      {names.length === 0 ? (
        <p>{t('plans.form.conflict.same')}</p>
      ) : (
        <>
          <p>{t('plans.form.conflict.intro')}</p>
          <SummaryList
            rows={names.map((name) => ({
              key: label(name),
              value:
                (conflict.values[name] ?? '').trim() === ''
                  ? t('plans.form.conflict.empty')
                  : (conflict.values[name] ?? ''),
            }))}
          />
        </>
      )}
      <p>{t('plans.form.conflict.next')}</p>
    </div>
  )
}

/**
 * The frame of every plan form: the page, the conflict notice, the form with its version and
 * purpose, and a hidden default button so pressing Enter saves (rather than adding a row).
 * `problems` come localized (localizeProblems), the same list the fields get.
 */
export function PlanFormFrame({
  child,
  record,
  title,
  action,
  version,
  purpose,
  problems,
  conflict,
  values,
  scope,
  intro,
  submit,
  children,
}: {
  child: Child
  record: PlanRecord
  title: string
  action: string
  version: number
  purpose: 'edit' | 'correction'
  problems: readonly Problem[]
  conflict: Conflict | undefined
  values: FormValues
  scope?: string
  intro?: ComponentChildren
  submit?: string
  children: ComponentChildren
}) {
  const ui = useUi()
  const { t } = ui
  return (
    <Page
      title={title}
      caption={`${displayName(child)} · ${recordTitle(ui, record)}`}
      problems={problems}
      back={{ href: paths.plan(child.id, record.id), label: t('plans.ui.backToPlan') }}
      width="narrow"
    >
      {conflict ? <ConflictNotice conflict={conflict} values={values} scope={scope} /> : null}
      {intro}
      {purpose === 'correction' ? <Inset>{t('plans.form.correctionNote')}</Inset> : null}
      <PostForm action={action}>
        <input type="hidden" name="version" value={String(version)} />
        <input type="hidden" name="purpose" value={purpose} />
        <button type="submit" name="_action" value="save" hidden tabIndex={-1}>
          {submit ?? t('common.saveChanges')}
        </button>
        {children}
        <ButtonGroup>
          <Button name="_action" value="save">
            {submit ?? t('common.saveChanges')}
          </Button>
          <a href={paths.plan(child.id, record.id)}>{t('common.cancel')}</a>
        </ButtonGroup>
      </PostForm>
    </Page>
  )
}

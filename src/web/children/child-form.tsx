import { type Child, GRADES } from '../../domain/children/child.ts'
import { US_STATES } from '../../domain/children/us-states.ts'
import type { Problem } from '../../domain/problems.ts'
import { paths } from '../../paths.ts'
import { Warning } from '../layout/banner.tsx'
import { DateInput, Select, Textarea, TextInput } from '../layout/fields.tsx'
import { Button, ButtonGroup, PostForm } from '../layout/form.tsx'
import { Page } from '../layout/page.tsx'
import { useUi } from '../ui.ts'
import { ChildSummary } from './child-summary.tsx'

export const CHILD_FIELDS = [
  'legalName',
  'preferredName',
  'dateOfBirth',
  'grade',
  'school',
  'district',
  'state',
  'homeLanguage',
  'notes',
] as const

export type ChildFormValues = Readonly<Record<(typeof CHILD_FIELDS)[number], string>>

export function childFormValues(child: Child): ChildFormValues {
  return {
    legalName: child.legalName,
    preferredName: child.preferredName ?? '',
    dateOfBirth: child.dateOfBirth,
    grade: child.grade ?? '',
    school: child.school ?? '',
    district: child.district ?? '',
    state: child.state,
    homeLanguage: child.homeLanguage ?? '',
    notes: child.notes ?? '',
  }
}

export const EMPTY_CHILD_FORM: ChildFormValues = {
  legalName: '',
  preferredName: '',
  dateOfBirth: '',
  grade: '',
  school: '',
  district: '',
  state: '',
  homeLanguage: '',
  notes: '',
}

/**
 * Adding or editing a child. When editing, `version` is the version the person started from;
 * `conflict` is the newer record someone else saved meanwhile (their work stays in the form).
 */
export function ChildFormPage({
  mode,
  values,
  problems = [],
  childId,
  version,
  conflict,
}: {
  mode: 'new' | 'edit'
  values: ChildFormValues
  problems?: readonly Problem[]
  childId?: string
  version?: number
  conflict?: Child
}) {
  const { t } = useUi()
  const action = mode === 'new' || !childId ? paths.newChild() : paths.editChild(childId)
  const back = mode === 'new' || !childId ? paths.children() : paths.child(childId)
  return (
    <Page
      title={mode === 'new' ? t('children.form.newTitle') : t('children.form.editTitle')}
      problems={problems}
      back={{ href: back }}
      width="narrow"
    >
      {conflict ? (
        <>
          <Warning>{t('errors.VERSION_CONFLICT')}</Warning>
          <h2 class="pw-heading-m">{t('children.form.conflictSaved')}</h2>
          <ChildSummary child={conflict} />
        </>
      ) : null}
      {mode === 'new' ? <p>{t('children.form.newIntro')}</p> : null}
      <PostForm action={action}>
        {version !== undefined ? <input type="hidden" name="version" value={String(version)} /> : null}
        <TextInput
          name="legalName"
          label={t('children.fields.legalName')}
          hint={t('children.fields.legalNameHint')}
          value={values.legalName}
          autocomplete="off"
          problems={problems}
        />
        <TextInput
          name="preferredName"
          label={`${t('children.fields.preferredName')} ${t('common.optional')}`}
          hint={t('children.fields.preferredNameHint')}
          value={values.preferredName}
          autocomplete="off"
          width="half"
          problems={problems}
        />
        <DateInput
          name="dateOfBirth"
          label={t('children.fields.dateOfBirth')}
          hint={t('children.fields.dateHint')}
          value={values.dateOfBirth}
          problems={problems}
        />
        <Select
          name="state"
          label={t('children.fields.state')}
          hint={t('children.fields.stateHint')}
          value={values.state}
          placeholder={t('children.fields.choose')}
          options={US_STATES.map(([code, name]) => ({ value: code, label: name }))}
          problems={problems}
        />
        <Select
          name="grade"
          label={`${t('children.fields.grade')} ${t('common.optional')}`}
          value={values.grade}
          placeholder={t('children.fields.choose')}
          options={GRADES.map((grade) => ({ value: grade, label: t(`children.grades.${grade}`) }))}
          problems={problems}
        />
        <TextInput
          name="school"
          label={`${t('children.fields.school')} ${t('common.optional')}`}
          value={values.school}
          problems={problems}
        />
        <TextInput
          name="district"
          label={`${t('children.fields.district')} ${t('common.optional')}`}
          value={values.district}
          problems={problems}
        />
        <TextInput
          name="homeLanguage"
          label={`${t('children.fields.homeLanguage')} ${t('common.optional')}`}
          hint={t('children.fields.homeLanguageHint')}
          value={values.homeLanguage}
          width="half"
          problems={problems}
        />
        <Textarea
          name="notes"
          label={`${t('children.fields.notes')} ${t('common.optional')}`}
          hint={t('children.fields.notesHint')}
          value={values.notes}
          problems={problems}
        />
        <ButtonGroup>
          <Button>{mode === 'new' ? t('children.form.addSubmit') : t('common.saveChanges')}</Button>
          <a href={back}>{t('common.cancel')}</a>
        </ButtonGroup>
      </PostForm>
    </Page>
  )
}

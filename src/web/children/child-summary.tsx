import type { Child } from '../../domain/children/child.ts'
import { stateName } from '../../domain/children/us-states.ts'
import { ageOn, type LocalDate } from '../../domain/dates/local-date.ts'
import { paths } from '../../paths.ts'
import { SummaryList } from '../layout/content.tsx'
import { useUi } from '../ui.ts'

/** The child's details as a summary list; with `editable`, each row links to the edit form. */
export function ChildSummary({
  child,
  editable = false,
  today,
}: {
  child: Child
  editable?: boolean
  today?: LocalDate
}) {
  const { t, date } = useUi()
  const action = editable
    ? (label: string) => ({ href: paths.editChild(child.id), label: t('common.change'), hidden: label })
    : () => undefined
  const rows = [
    { key: t('children.fields.legalName'), value: child.legalName },
    { key: t('children.fields.preferredName'), value: child.preferredName ?? t('common.notGiven') },
    {
      key: t('children.fields.dateOfBirth'),
      value: today
        ? t('children.view.bornWithAge', {
            date: date(child.dateOfBirth),
            age: ageOn(child.dateOfBirth, today),
          })
        : date(child.dateOfBirth),
    },
    { key: t('children.fields.state'), value: stateName(child.state) },
    {
      key: t('children.fields.grade'),
      value: child.grade ? t(`children.grades.${child.grade}`) : t('common.notGiven'),
    },
    { key: t('children.fields.school'), value: child.school ?? t('common.notGiven') },
    { key: t('children.fields.district'), value: child.district ?? t('common.notGiven') },
    { key: t('children.fields.homeLanguage'), value: child.homeLanguage ?? t('common.notGiven') },
    { key: t('children.fields.notes'), value: child.notes ?? t('common.notGiven') },
  ]
  return <SummaryList rows={rows.map((row) => ({ ...row, action: action(row.key) }))} />
}

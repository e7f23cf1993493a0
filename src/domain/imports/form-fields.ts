import type { FormFieldValue, ImportDocumentKind, ProposedField } from './proposal.ts'
import { readCategory, readDate, tidy } from './values.ts'

/**
 * A fillable PDF's own fields, read by their names. Districts name fields in many ways
 * ("student", "student-name", "StudentName", "dob", "iep-meeting"): names are compared with their
 * punctuation and case dropped. A value typed into a field is what the school wrote, so these are
 * surer than values read from the page's words, but a date that does not read as a date is not
 * proposed at all.
 */

type Reader = 'text' | 'date' | 'category' | 'check'

const FIELD_NAMES: readonly (readonly [RegExp, string, Reader])[] = [
  [/^(student|studentname|nameofstudent|childname|student'?sname|name)$/, 'child.name', 'text'],
  [/^(dob|dateofbirth|birthdate|birthdate)$/, 'child.dateOfBirth', 'date'],
  [/^grade(level)?$/, 'child.grade', 'text'],
  [/^(school|attendingschool|schoolofattendance|campus)$/, 'child.school', 'text'],
  [/^district$/, 'school.district', 'text'],
  [/^(iepmeeting|iepmeetingdate|meetingdate|dateofmeeting)$/, 'dates.meeting', 'date'],
  [/^(startdate|iepstart|iepstartdate|effectivedate|initiationdate)$/, 'dates.start', 'date'],
  [/^(enddate|iepend|iependdate)$/, 'dates.end', 'date'],
  [/^(annualreview|nextannualreview|annualreviewdate|reviewdate)$/, 'dates.nextAnnualReview', 'date'],
  [/^(nextreevaluation|reevaluationdate|nextreeval|triennial)$/, 'dates.nextReevaluation', 'date'],
  [/^(eligibilitydate|dateofeligibility)$/, 'eligibility.determinedOn', 'date'],
  [
    /^(classification|primarydisability|eligibilitycategory|disabilitycategory|eligibility)$/,
    'eligibility.category',
    'category',
  ],
  [/^(plaafp|plaafp1|presentlevels|plep)$/, 'presentLevels.academic', 'text'],
  // A signed paper's date is the day it was signed.
  [/^(signdate|datesigned|parentsigndate|signaturedate)$/, 'notice.date', 'date'],
]

/** The check boxes of a prior written notice, and the action each one means. */
const NOTICE_ACTIONS: readonly (readonly [RegExp, string])[] = [
  [/^(evaluation|evaluate|initialevaluation)$/, 'evaluate'],
  [/^(reevaluation|reevaluate)$/, 'reevaluate'],
  [/^(implement|implementaccommodations|implementplan)$/, 'implement-plan'],
  [/^(exited|exit|exitfrom504|terminate)$/, 'exit'],
  [/^(leadecision|refuse|refusal|notinitiate)$/, 'refuse'],
]

function key(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9']/g, '')
}

function checked(value: string): boolean {
  const v = value.trim().toLowerCase()
  return v !== '' && v !== 'off' && v !== 'no' && v !== 'false' && v !== '0'
}

/** Fields proposed from a fillable form's values. */
export function proposeFromFormFields(
  fields: readonly FormFieldValue[],
  kind: ImportDocumentKind,
): ProposedField[] {
  const out: ProposedField[] = []
  const taken = new Map<string, number>()
  const push = (field: FormFieldValue, path: string, value: string, confidence: number) => {
    const before = taken.get(path)
    if (before !== undefined && before >= confidence) return
    taken.set(path, confidence)
    const at = out.findIndex((f) => f.path === path)
    if (at >= 0) out.splice(at, 1)
    out.push({
      path,
      value,
      confidence,
      source: { page: field.page ?? 1, line: 0, text: `${field.name}: ${field.value}`.slice(0, 500) },
      origin: 'form',
    })
  }
  const notice = kind !== 'iep' && kind !== '504-plan'
  for (const field of fields) {
    const name = key(field.name)
    const raw = tidy(field.value)
    if (raw === '') continue
    const action = NOTICE_ACTIONS.find(([pattern]) => pattern.test(name))
    if (action && kind === 'prior-written-notice') {
      if (checked(field.value)) push(field, 'notice.action', action[1], 0.9)
      continue
    }
    // On a notice or a consent, a bare "date" is the date of the paper.
    if (notice && /^(date|noticedate|datesent)$/.test(name)) {
      const date = readDate(raw)
      if (date) push(field, 'notice.date', date, 0.8)
      continue
    }
    if (kind === 'meeting-invitation' && /^(meetingdate|dateofmeeting)$/.test(name)) {
      const date = readDate(raw)
      if (date) push(field, 'notice.meetingDate', date, 0.9)
      continue
    }
    const known = FIELD_NAMES.find(([pattern]) => pattern.test(name))
    if (!known) continue
    const [, path, reader] = known
    if (reader === 'date') {
      const date = readDate(raw)
      if (date) push(field, path, date, 0.95)
    } else if (reader === 'category') {
      const category = readCategory(raw)
      if (category) push(field, path, category, 0.9)
    } else if (reader === 'text') push(field, path, raw, 0.95)
  }
  return out
}

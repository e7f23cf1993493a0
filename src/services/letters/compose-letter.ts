import { type Child, displayName } from '../../domain/children/child.ts'
import type { LocalDate } from '../../domain/dates/local-date.ts'
import type { LetterFacts, LetterLanguage } from '../../domain/letters/letter.ts'
import type { LetterFactName, LetterTemplateId } from '../../domain/letters/templates.ts'
import { formatDate, translator } from '../../i18n/i18n.ts'

/**
 * The paragraphs of each letter, in order. A paragraph that names a fact appears only when the
 * parent gave that fact. Words: `letters.templates.<id>.paragraphs.<key>` in both catalogs.
 */
const PARAGRAPHS: Record<LetterTemplateId, readonly { key: string; needs?: LetterFactName }[]> = {
  'initial-evaluation': [
    { key: 'request' },
    { key: 'concerns', needs: 'concerns' },
    { key: 'ask' },
    { key: 'law' },
  ],
  reevaluation: [{ key: 'request' }, { key: 'reasons', needs: 'reasons' }, { key: 'ask' }, { key: 'law' }],
  'independent-evaluation': [
    { key: 'request' },
    { key: 'reasons', needs: 'reasons' },
    { key: 'ask' },
    { key: 'law' },
  ],
  records: [
    { key: 'request' },
    { key: 'recordsWanted', needs: 'recordsWanted' },
    { key: 'copies' },
    { key: 'meeting', needs: 'meetingDate' },
    { key: 'law' },
  ],
  'iep-meeting': [
    { key: 'request' },
    { key: 'reasons', needs: 'reasons' },
    { key: 'availability', needs: 'availability' },
    { key: 'ask' },
    { key: 'law' },
  ],
  '504-meeting': [
    { key: 'request' },
    { key: 'reasons', needs: 'reasons' },
    { key: 'availability', needs: 'availability' },
    { key: 'ask' },
    { key: 'law' },
  ],
  'prior-written-notice': [{ key: 'request' }, { key: 'ask' }, { key: 'law' }],
  'meeting-confirmation': [
    { key: 'thanks' },
    { key: 'attendees', needs: 'attendees' },
    { key: 'agreements' },
    { key: 'ask' },
    { key: 'law' },
  ],
  disagreement: [{ key: 'decision' }, { key: 'disagree' }, { key: 'ask' }, { key: 'law' }],
  'state-complaint': [
    { key: 'intro' },
    { key: 'violation' },
    { key: 'facts' },
    { key: 'when' },
    { key: 'resolution' },
    { key: 'copy' },
    { key: 'law' },
  ],
  'ocr-complaint': [
    { key: 'intro' },
    { key: 'violation' },
    { key: 'facts' },
    { key: 'when' },
    { key: 'resolution' },
    { key: 'law' },
  ],
  'compensatory-services': [
    { key: 'request' },
    { key: 'facts', needs: 'facts' },
    { key: 'resolution', needs: 'resolution' },
    { key: 'ask' },
    { key: 'law' },
  ],
}

/** The first name the letter uses after introducing the child ("Mateo"). */
function shortName(child: Child): string {
  return child.preferredName ?? child.legalName.split(/\s+/)[0] ?? child.legalName
}

/** The values every letter's words may use, with dates written in full in the letter's language. */
function letterParams(child: Child, facts: LetterFacts, lang: LetterLanguage): Record<string, string> {
  const t = translator(lang)
  const params: Record<string, string> = {
    child: child.legalName,
    first: shortName(child),
    birth: formatDate(lang, child.dateOfBirth),
    school: child.school ?? '',
    grade: child.grade ? t(`children.grades.${child.grade}`) : '',
    agency: child.district ?? child.school ?? t('letters.common.theDistrict'),
  }
  for (const [name, value] of Object.entries(facts)) {
    if (value === undefined) continue
    params[name] = /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(lang, value as LocalDate) : value
  }
  return params
}

export interface ComposedLetter {
  readonly subject: string
  readonly body: string
}

/**
 * Writes a letter from a template, the child's record and the parent's facts, in English or
 * Spanish. The parent edits the result before producing it; this is only the first draft.
 */
export function composeLetter(
  template: LetterTemplateId,
  child: Child,
  facts: LetterFacts,
  lang: LetterLanguage,
): ComposedLetter {
  const t = translator(lang)
  const params = letterParams(child, facts, lang)
  const about = [t('letters.common.childBorn', params)]
  if (child.school && child.grade) about.push(t('letters.common.childSchoolGrade', params))
  else if (child.school) about.push(t('letters.common.childSchool', params))
  else if (child.grade) about.push(t('letters.common.childGrade', params))
  const paragraphs = [
    t('letters.common.greeting', { name: facts.recipientName ?? '' }),
    about.join(' '),
    ...PARAGRAPHS[template]
      .filter((paragraph) => !paragraph.needs || (facts[paragraph.needs] ?? '') !== '')
      .map((paragraph) => t(`letters.templates.${template}.paragraphs.${paragraph.key}`, params)),
    t('letters.common.thanks', params),
    [t('letters.common.signOff'), facts.parentName ?? '', facts.parentContact ?? '']
      .filter((line) => line !== '')
      .join('\n'),
  ]
  return {
    subject: t(`letters.templates.${template}.subject`, params),
    body: paragraphs.join('\n\n'),
  }
}

/** The lines above the greeting: the date in full, who the letter is to, and what it is about. */
export function letterHeading(
  letter: { subject: string; writtenOn: LocalDate; language: LetterLanguage; facts: LetterFacts },
  child: Child,
): string[] {
  const t = translator(letter.language)
  const to = [letter.facts.recipientName, letter.facts.recipientTitle, child.school, child.district].filter(
    (line): line is string => typeof line === 'string' && line !== '',
  )
  return [
    formatDate(letter.language, letter.writtenOn),
    '',
    ...to,
    '',
    t('letters.common.regarding', { subject: letter.subject, child: displayName(child) }),
  ]
}

/** The letter as plain text, ready to paste into an e-mail. */
export function letterPlainText(
  letter: {
    subject: string
    body: string
    writtenOn: LocalDate
    language: LetterLanguage
    facts: LetterFacts
  },
  child: Child,
): string {
  return `${[...letterHeading(letter, child), '', letter.body].join('\n')}\n`
}

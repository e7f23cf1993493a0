import { describe, expect, test } from 'vitest'
import { localDate } from '../dates/local-date.ts'
import { checkLetterFacts, checkLetterWords, checkSentDetails, deliveredOn } from './letter.ts'
import { LETTER_TEMPLATES, letterTemplate } from './templates.ts'

const today = localDate('2026-11-29')

describe('letter templates', () => {
  test('each rests on a law with a citation, and records only known events', () => {
    for (const template of LETTER_TEMPLATES) {
      expect(template.laws.length, template.id).toBeGreaterThan(0)
      expect(
        template.citations.every((c) => /CFR|U\.S\.C\./.test(c)),
        template.id,
      ).toBe(true)
    }
  })

  test('the records request starts the 45-day records rule; the evaluation request the referral clocks', () => {
    expect(letterTemplate('records').events.map((e) => e.type)).toEqual(['records-request-received'])
    expect(letterTemplate('initial-evaluation').events.map((e) => e.type)).toEqual([
      'evaluation-requested',
      '504-referral-or-suspected-disability',
    ])
    expect(letterTemplate('independent-evaluation').events.map((e) => e.type)).toEqual(['iee-requested'])
    expect(letterTemplate('state-complaint').events.map((e) => e.type)).toEqual(['state-complaint-filed'])
    expect(letterTemplate('ocr-complaint').events.map((e) => e.type)).toEqual(['ocr-complaint-filed'])
  })
})

describe('the facts of a letter', () => {
  test('name every missing required fact and keep optional ones optional', () => {
    const { value, problems } = checkLetterFacts(
      letterTemplate('independent-evaluation'),
      { language: 'de' },
      today,
    )
    expect(value).toBeUndefined()
    expect(problems.map((p) => p.field)).toEqual([
      'language',
      'recipientName',
      'parentName',
      'evaluationName',
      'evaluationDate',
    ])
    expect(problems.find((p) => p.field === 'evaluationDate')?.message).toBe(
      'letters.problems.missing.evaluationDate',
    )
  })

  test('dates must be real and past, except a coming meeting in a records request', () => {
    const base = { language: 'en', recipientName: 'A', parentName: 'B' }
    const iee = checkLetterFacts(
      letterTemplate('independent-evaluation'),
      { ...base, evaluationName: 'x', evaluationDate: '2026-02-30' },
      today,
    )
    expect(iee.problems).toEqual([{ field: 'evaluationDate', message: 'letters.problems.dateInvalid' }])
    const records = checkLetterFacts(letterTemplate('records'), { ...base, meetingDate: '2027-01-15' }, today)
    expect(records.value?.facts.meetingDate).toBe('2027-01-15')
    const future = checkLetterFacts(
      letterTemplate('meeting-confirmation'),
      { ...base, meetingDate: '2027-01-15', agreements: 'x' },
      today,
    )
    expect(future.problems).toEqual([{ field: 'meetingDate', message: 'letters.problems.dateInFuture' }])
  })

  test('one-line facts are tidied; long ones are refused', () => {
    const { value } = checkLetterFacts(
      letterTemplate('records'),
      { language: 'es', recipientName: '  Dr.   Flores ', parentName: 'B' },
      today,
    )
    expect(value).toEqual({ language: 'es', facts: { recipientName: 'Dr. Flores', parentName: 'B' } })
    const long = checkLetterFacts(
      letterTemplate('records'),
      { language: 'es', recipientName: 'x'.repeat(301), parentName: 'B' },
      today,
    )
    expect(long.problems).toEqual([
      { field: 'recipientName', message: 'letters.problems.tooLong', params: { max: 300 } },
    ])
  })

  test('edited words need a subject and a body', () => {
    expect(checkLetterWords({ subject: ' ', body: '\r\n' }).problems.map((p) => p.field)).toEqual([
      'subject',
      'body',
    ])
    expect(checkLetterWords({ subject: 'S', body: 'a\r\nb' }).value).toEqual({ subject: 'S', body: 'a\nb' })
  })
})

describe('sending a letter', () => {
  const written = localDate('2026-11-20')
  test('the clock starts on the day the school got it: e-mail and hand the same day, mail when known', () => {
    const email = checkSentDetails(
      { sentOn: '2026-11-21', sentVia: 'email', receivedOn: '2026-11-25' },
      today,
      written,
    )
    expect(email.value).toEqual({ sentOn: '2026-11-21', sentVia: 'email', receivedOn: null })
    const mail = checkSentDetails(
      { sentOn: '2026-11-21', sentVia: 'mail', receivedOn: '2026-11-24' },
      today,
      written,
    )
    expect(mail.value && deliveredOn(mail.value)).toBe('2026-11-24')
    const unknown = checkSentDetails(
      { sentOn: '2026-11-21', sentVia: 'mail', receivedOn: '' },
      today,
      written,
    )
    expect(unknown.value && deliveredOn(unknown.value)).toBe('2026-11-21')
  })

  test('dates in the wrong order or the future are named', () => {
    const fields = (draft: { sentOn: string; sentVia: string; receivedOn: string }) =>
      checkSentDetails(draft, today, written).problems.map((p) => p.message)
    expect(fields({ sentOn: '', sentVia: '', receivedOn: '' })).toEqual([
      'letters.problems.sentOnMissing',
      'letters.problems.sentViaMissing',
    ])
    expect(fields({ sentOn: '2026-11-19', sentVia: 'hand', receivedOn: '' })).toEqual([
      'letters.problems.sentBeforeWritten',
    ])
    expect(fields({ sentOn: '2026-11-30', sentVia: 'hand', receivedOn: '' })).toEqual([
      'letters.problems.sentInFuture',
    ])
    expect(fields({ sentOn: '2026-11-22', sentVia: 'mail', receivedOn: '2026-11-21' })).toEqual([
      'letters.problems.receivedBeforeSent',
    ])
  })
})

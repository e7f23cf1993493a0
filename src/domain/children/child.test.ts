import { describe, expect, test } from 'vitest'
import { localDate } from '../dates/local-date.ts'
import { type ChildDetailsDraft, checkChildDetails, displayName } from './child.ts'
import { checkEventDetails } from './event.ts'

const today = localDate('2026-11-29')
const draft: ChildDetailsDraft = {
  legalName: ' Ana Rivera ',
  preferredName: '',
  dateOfBirth: '2015-04-12',
  grade: '5',
  school: ' ',
  district: '',
  state: 'tx',
  homeLanguage: '',
  notes: '',
}

describe('checking a child’s details', () => {
  test('trims text, turns empty optional fields into nothing, and upper-cases the state', () => {
    const { value, problems } = checkChildDetails(draft, today)
    expect(problems).toEqual([])
    expect(value).toEqual({
      legalName: 'Ana Rivera',
      preferredName: null,
      dateOfBirth: '2015-04-12',
      grade: '5',
      school: null,
      district: null,
      state: 'TX',
      homeLanguage: null,
      notes: null,
    })
  })

  test.each([
    ['legalName', { legalName: '' }, 'children.problems.legalNameMissing'],
    ['legalName', { legalName: 'x'.repeat(121) }, 'children.problems.tooLong'],
    ['dateOfBirth', { dateOfBirth: '' }, 'children.problems.dateOfBirthMissing'],
    ['dateOfBirth', { dateOfBirth: '2015-02-29' }, 'children.problems.dateOfBirthInvalid'],
    ['dateOfBirth', { dateOfBirth: '2026-11-30' }, 'children.problems.dateOfBirthFuture'],
    ['dateOfBirth', { dateOfBirth: '1990-01-01' }, 'children.problems.dateOfBirthTooOld'],
    ['grade', { grade: '13' }, 'children.problems.gradeInvalid'],
    ['state', { state: '' }, 'children.problems.stateMissing'],
    ['state', { state: 'PR' }, 'children.problems.stateInvalid'],
  ])('%s: %o → %s', (field, change, message) => {
    const { value, problems } = checkChildDetails({ ...draft, ...change }, today)
    expect(value).toBeUndefined()
    expect(problems).toContainEqual(expect.objectContaining({ field, message }))
  })

  test('a child born today is accepted, and every problem is reported at once', () => {
    expect(checkChildDetails({ ...draft, dateOfBirth: '2026-11-29' }, today).problems).toEqual([])
    const { problems } = checkChildDetails({ ...draft, legalName: '', dateOfBirth: 'x', state: '' }, today)
    expect(problems.map((p) => p.field)).toEqual(['legalName', 'dateOfBirth', 'state'])
  })

  test('the preferred name is used when there is one', () => {
    expect(displayName({ legalName: 'Ana Rivera', preferredName: 'Annie' })).toBe('Annie')
    expect(displayName({ legalName: 'Ana Rivera', preferredName: null })).toBe('Ana Rivera')
  })
})

describe('checking an event', () => {
  test.each([
    [{ type: '', date: '2026-09-02', note: '' }, 'type', 'events.problems.typeMissing'],
    [{ type: 'birthday-party', date: '2026-09-02', note: '' }, 'type', 'events.problems.typeInvalid'],
    [{ type: 'iep-meeting-held', date: '', note: '' }, 'date', 'events.problems.dateMissing'],
    [{ type: 'iep-meeting-held', date: '2026-02-30', note: '' }, 'date', 'events.problems.dateInvalid'],
    [{ type: 'iep-meeting-held', date: '1989-12-31', note: '' }, 'date', 'events.problems.dateTooEarly'],
    [{ type: 'iep-meeting-held', date: '2032-01-01', note: '' }, 'date', 'events.problems.dateTooLate'],
    [
      { type: 'iep-meeting-held', date: '2026-09-02', note: 'x'.repeat(2001) },
      'note',
      'events.problems.noteTooLong',
    ],
  ])('%o → %s: %s', (input, field, message) => {
    expect(checkEventDetails(input, today).problems).toContainEqual(
      expect.objectContaining({ field, message }),
    )
  })

  test('a scheduled meeting a few years ahead is fine', () => {
    expect(
      checkEventDetails({ type: 'iep-meeting-scheduled', date: '2031-06-01', note: ' ' }, today).value,
    ).toEqual({
      type: 'iep-meeting-scheduled',
      date: '2031-06-01',
      note: null,
    })
  })
})

import { describe, expect, test } from 'vitest'
import {
  buildAccommodation,
  buildGoal,
  buildIep,
  buildItem,
  buildService,
} from '../../../test/support/plan-factories.ts'
import type { Problem } from '../../domain/problems.ts'
import { dateOf, labelKey, numberOf, readAction, rowCount, withoutRow } from './form-values.ts'
import { type ItemList, itemValues, readItem } from './read-item-forms.ts'
import { applySection, sectionValues } from './read-part-forms.ts'

describe('the plan form toolkit', () => {
  test.each([
    [undefined, { kind: 'save' }],
    ['save', { kind: 'save' }],
    ['add:team', { kind: 'add', list: 'team' }],
    ['add:transition.services', { kind: 'add', list: 'transition.services' }],
    ['remove:contacts:2', { kind: 'remove', list: 'contacts', index: 2 }],
    ['remove:contacts:x', { kind: 'save' }],
  ])('the button %s means %o', (action, expected) => {
    expect(readAction(action === undefined ? {} : { _action: action })).toEqual(expected)
  })

  test('rows are counted from the highest index, and removing one moves the rest up', () => {
    const values = { 'team[0].name': 'Ana', 'team[2].name': 'Lee', 'team[2].role': 'parent', notes: 'x' }
    expect(rowCount(values, 'team')).toBe(3)
    expect(rowCount(values, 'consents')).toBe(0)
    expect(withoutRow(values, 'team', 1)).toEqual({
      'team[0].name': 'Ana',
      'team[1].name': 'Lee',
      'team[1].role': 'parent',
      notes: 'x',
    })
    expect(rowCount({ 'transition.services[4].text': 'x' }, 'transition.services')).toBe(5)
  })

  test('labels come from the path without row numbers', () => {
    expect(labelKey('team[2].role')).toBe('plans.form.labels.team.role')
    expect(labelKey('objectives[0].text', 'goal')).toBe('plans.form.labels.goal.objectives.text')
  })

  test('dates and numbers: empty is not given, anything else must be real', () => {
    const problems: Problem[] = []
    expect(dateOf({ d: '' }, 'd', problems)).toBeUndefined()
    expect(dateOf({ d: '2026-02-29' }, 'd', problems)).toBeUndefined()
    expect(dateOf({ d: '2028-02-29' }, 'd', problems)).toBe('2028-02-29')
    expect(numberOf({ n: '2,5' }, 'n', problems)).toBe(2.5)
    expect(numberOf({ n: '2.5' }, 'n', problems, '', { whole: true })).toBeUndefined()
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['d', 'plans.form.problems.date'],
      ['n', 'plans.form.problems.wholeNumber'],
    ])
  })

  test('a section read back from its own values leaves the plan as it was', () => {
    const plan = buildIep({ status: 'draft' })
    for (const part of ['basics', 'summary', 'placement', 'transition', 'team'] as const) {
      const applied = applySection(part, plan, sectionValues(part, plan), () => 'new-id')
      expect(applied.problems, part).toEqual([])
      expect(JSON.parse(JSON.stringify(applied.plan)), part).toEqual(JSON.parse(JSON.stringify(plan)))
    }
  })

  test.each([
    [
      'goals',
      buildGoal({
        objectives: [{ id: 'o1', text: 'Read 60 words a minute', targetDate: '2027-01-15' as never }],
      }),
    ],
    ['services', buildService({ libraryId: 'resource-room', notes: 'Small group' })],
    ['accommodations', buildAccommodation()],
    ['staffSupports', buildItem({ libraryId: 'teacher-consultation', responsible: 'Reading specialist' })],
  ] as const)('a %s item read back from its own form is the same item, with the same id', (list, item) => {
    const settings = 'settings' in item ? [...item.settings] : []
    const read = readItem(
      list as ItemList,
      itemValues(list as ItemList, item),
      settings,
      item.id,
      () => 'new-id',
    )
    expect(read.problems).toEqual([])
    expect(JSON.parse(JSON.stringify(read.item))).toEqual(JSON.parse(JSON.stringify(item)))
  })
})

import { describe, expect, test } from 'vitest'
import { LIBRARY, LIBRARY_NEEDS, libraryByNeed, libraryEntry, libraryKeys } from './library.ts'

describe('the accommodations and services library', () => {
  test('holds at least 60 entries', () => {
    expect(LIBRARY.length).toBeGreaterThanOrEqual(60)
  })

  test('ids are unique and kebab-case, so plans can store them', () => {
    const ids = LIBRARY.map((entry) => entry.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })

  test('every need has entries, and grouping keeps every entry once', () => {
    const groups = libraryByNeed()
    for (const need of LIBRARY_NEEDS) expect(groups.get(need)?.length ?? 0).toBeGreaterThan(0)
    expect([...groups.values()].flat().length).toBe(LIBRARY.length)
  })

  test('accommodations say where they apply; services say what kind they are', () => {
    for (const entry of LIBRARY) {
      if (entry.type === 'accommodation') expect(entry.settings?.length ?? 0).toBeGreaterThan(0)
      if (entry.type === 'service') expect(entry.serviceKind).toBeDefined()
    }
  })

  test('a type filter keeps only that type', () => {
    const services = [...libraryByNeed('service').values()].flat()
    expect(services.length).toBeGreaterThan(10)
    expect(services.every((entry) => entry.type === 'service')).toBe(true)
  })

  test('an entry is found by id, and its words live under plans.library.items', () => {
    expect(libraryEntry('extended-time-tests')?.need).toBe('testing')
    expect(libraryEntry('no-such-thing')).toBeUndefined()
    expect(libraryKeys('calculator')).toEqual({
      name: 'plans.library.items.calculator.name',
      explain: 'plans.library.items.calculator.explain',
    })
  })
})

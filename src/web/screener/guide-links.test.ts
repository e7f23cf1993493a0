import { describe, expect, test } from 'vitest'
import { NEXT_STEP_IDS, REASON_IDS } from '../../domain/screener/screen.ts'
import { hasKey } from '../../i18n/i18n.ts'
import {
  guideEntryKey,
  guideLinkExists,
  NEXT_STEP_GUIDES,
  REASON_GUIDES,
  REQUEST_EVALUATION_GUIDE,
} from './guide-links.ts'

describe('links from a screener result to the guides', () => {
  test('every reason the engine can give is linked to a guide entry', () => {
    expect(Object.keys(REASON_GUIDES).sort()).toEqual([...REASON_IDS].sort())
  })

  test('every link lands on a row, question or term the guide pages show, with a name to read', () => {
    const links = [
      ...Object.values(REASON_GUIDES),
      ...Object.values(NEXT_STEP_GUIDES),
      REQUEST_EVALUATION_GUIDE,
    ]
    const broken = links.filter((link) => link && (!guideLinkExists(link) || !hasKey(guideEntryKey(link))))
    expect(broken).toEqual([])
  })

  test('next-step links are only for steps the engine has', () => {
    for (const id of Object.keys(NEXT_STEP_GUIDES)) expect(NEXT_STEP_IDS).toContain(id)
  })

  test('a wrong anchor would be caught', () => {
    expect(guideLinkExists({ page: 'glossary', anchor: 'no-such-term' })).toBe(false)
    expect(guideLinkExists({ page: 'questions', anchor: 'sdi' })).toBe(false)
    expect(guideLinkExists({ page: 'comparison', anchor: 'who-qualifies' })).toBe(true)
  })

  test('the evaluation guide is the one on asking in writing', () => {
    expect(REQUEST_EVALUATION_GUIDE).toEqual({ page: 'questions', anchor: 'request-evaluation' })
  })
})

import { describe, expect, test } from 'vitest'
import { localDate } from '../dates/local-date.ts'
import {
  datesThatWouldSharpen,
  STARTING_POINT_FIELDS,
  type StartingPointDraft,
  startingPointEvents,
  startingPointSteps,
  UNKNOWN_DATE,
  unknownDates,
} from './starting-point.ts'

const TODAY = localDate('2026-11-29')
const EMPTY = Object.fromEntries(STARTING_POINT_FIELDS.map((f) => [f, ''])) as StartingPointDraft

describe('"where are you now?" asks one question a page', () => {
  test.each([
    ['', '', ['stage']],
    ['no-plan', '', ['stage']],
    ['evaluation', '', ['stage', 'requestedOn', 'consentOn', 'evaluatedOn']],
    ['has-iep', '', ['stage', 'iepMeetingOn', 'lastEvaluationOn']],
    ['has-504', '', ['stage', 'plan504On', 'lastEvaluationOn']],
    ['in-dispute', 'state-complaint', ['stage', 'disputeKind', 'disputeOn']],
  ])('%s %s → %j', (stage, disputeKind, steps) => {
    expect(startingPointSteps({ stage, disputeKind })).toEqual(steps)
  })

  test('"I don\'t know" answers every date and adds no event; a date off the path is ignored', () => {
    const draft = {
      ...EMPTY,
      stage: 'has-iep',
      iepMeetingOn: '2025-12-10',
      lastEvaluationOn: UNKNOWN_DATE,
      consentOn: '2026-09-02',
    }
    expect(startingPointEvents(draft, TODAY)).toEqual({
      value: [{ type: 'iep-meeting-held', date: '2025-12-10', note: null }],
      problems: [],
    })
    expect(unknownDates(draft)).toEqual(['lastEvaluationOn'])
  })

  test('a dispute becomes the complaint of its kind; every unanswered question is named', () => {
    const filed = startingPointEvents(
      { ...EMPTY, stage: 'in-dispute', disputeKind: 'due-process', disputeOn: '2026-11-02' },
      TODAY,
    )
    expect(filed.value?.map((e) => e.type)).toEqual(['parent-due-process-complaint-received'])
    const empty = startingPointEvents({ ...EMPTY, stage: 'in-dispute' }, TODAY)
    expect(empty.problems.map((p) => p.field)).toEqual(['disputeKind', 'disputeOn'])
    expect(
      startingPointEvents({ ...EMPTY, stage: 'evaluation', requestedOn: '2026-12-01' }, TODAY).problems,
    ).toEqual([
      expect.objectContaining({ field: 'requestedOn', message: 'deadlines.ui.setup.problems.future' }),
      expect.objectContaining({ field: 'consentOn' }),
      expect.objectContaining({ field: 'evaluatedOn' }),
    ])
  })

  test.each([
    [['iep-meeting-held'], ['lastEvaluation']],
    [['iep-meeting-held', 'evaluation-completed'], []],
    [['504-plan-meeting-held'], ['last504Evaluation']],
    [['evaluation-requested'], ['consent']],
    [['evaluation-requested', 'consent-to-evaluate-signed'], []],
    [[], []],
  ])('events %j: the dates that would sharpen the timeline are %j', (types, missing) => {
    expect(datesThatWouldSharpen(new Set(types))).toEqual(missing)
  })
})

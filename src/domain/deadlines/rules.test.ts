import { describe, expect, test } from 'vitest'
import { deadlinesOf, type Scenario, testLaw } from './test-scenario.ts'

/**
 * Every federal rule with a fixed amount, as a table: the event that starts it, and the date it
 * gives. Calendar: test-scenario.ts (2026–27 with a winter break 21 Dec–1 Jan; holidays
 * 26 Nov, 25 Dec, 1 Jan, 18 Jan). Counting conventions: docs/deadlines.md. The trigger day is day 0.
 */
interface Row {
  readonly rule: string
  readonly case: string
  readonly scenario: Scenario
  readonly due: string
}

const on = (type: string, date: string): Scenario => ({ events: [['e1', type, date]] })
const born = (date: string): Scenario => ({ dateOfBirth: date })

// biome-ignore format: the table reads best one rule case per line
const rows: readonly Row[] = [
  // Evaluation and eligibility
  { rule: 'idea-initial-evaluation', case: '60 days from 15 January is 16 March', scenario: on('consent-to-evaluate-signed', '2027-01-15'), due: '2027-03-16' },
  { rule: 'idea-initial-evaluation', case: 'in a leap year', scenario: on('consent-to-evaluate-signed', '2028-01-15'), due: '2028-03-15' },
  { rule: 'idea-initial-evaluation', case: 'across the year end', scenario: on('consent-to-evaluate-signed', '2026-11-15'), due: '2027-01-14' },
  { rule: 'idea-iep-meeting-after-eligibility', case: 'from a month end', scenario: on('eligibility-determined', '2027-01-31'), due: '2027-03-02' },
  { rule: 'idea-iep-meeting-after-eligibility', case: 'from a month end in a leap year', scenario: on('eligibility-determined', '2028-01-31'), due: '2028-03-01' },
  { rule: 'idea-iep-in-effect-start-of-year', case: 'on the first day itself', scenario: { events: [['e0', 'iep-meeting-held', '2026-05-01'], ['e1', 'school-year-starts', '2026-08-17']] }, due: '2026-08-17' },
  // Annual review and reevaluation
  { rule: 'idea-annual-iep-review', case: 'an ordinary date', scenario: on('iep-meeting-held', '2026-03-14'), due: '2027-03-14' },
  { rule: 'idea-annual-iep-review', case: 'from 29 February', scenario: on('iep-meeting-held', '2028-02-29'), due: '2029-02-28' },
  { rule: 'idea-annual-iep-review', case: 'from New Year’s Eve', scenario: on('annual-iep-review-held', '2026-12-31'), due: '2027-12-31' },
  { rule: 'idea-reevaluation-max-interval', case: 'three years on', scenario: on('evaluation-completed', '2025-02-28'), due: '2028-02-28' },
  { rule: 'idea-reevaluation-max-interval', case: 'from 29 February', scenario: on('reevaluation-completed', '2024-02-29'), due: '2027-02-28' },
  { rule: 'idea-reevaluation-min-interval', case: 'one year on, as the earliest day', scenario: on('evaluation-completed', '2026-05-10'), due: '2027-05-10' },
  { rule: 'idea-exit-evaluation', case: 'before the proposal itself', scenario: on('termination-of-eligibility-proposed', '2027-04-01'), due: '2027-04-01' },
  // Ages
  { rule: 'idea-part-c-to-b-by-third-birthday', case: 'born on 29 February', scenario: { dateOfBirth: '2024-02-29', events: [['e1', 'evaluation-requested', '2026-06-01']] }, due: '2027-02-28' },
  { rule: 'idea-transition-services-by-16', case: 'leap day to leap day', scenario: { dateOfBirth: '2012-02-29', events: [['e1', 'iep-meeting-held', '2026-10-01']] }, due: '2028-02-29' },
  { rule: 'idea-transfer-of-rights-statement', case: 'a year before the recorded age of majority', scenario: { events: [['e0', 'iep-meeting-held', '2026-10-01'], ['e1', 'age-of-majority-date', '2030-05-01']] }, due: '2029-05-01' },
  { rule: 'idea-transfer-of-rights-statement', case: 'a year before 18 when no age is recorded', scenario: { dateOfBirth: '2012-02-29', events: [['e0', 'iep-meeting-held', '2026-10-01']] }, due: '2029-02-28' },
  { rule: 'ferpa-rights-transfer', case: 'the 18th birthday, from 29 February', scenario: born('2008-02-29'), due: '2026-02-28' },
  // Transfers, notices, records
  { rule: 'idea-transfer-comparable-services-in-state', case: 'from the first day', scenario: on('transfer-student-enrolled', '2026-10-05'), due: '2026-10-05' },
  { rule: 'idea-transfer-comparable-services-out-of-state', case: 'from the first day', scenario: on('transfer-student-enrolled-from-other-state', '2026-10-05'), due: '2026-10-05' },
  { rule: 'idea-safeguards-notice-annual', case: 'by the last day of the school year', scenario: on('school-year-starts', '2026-08-17'), due: '2027-05-28' },
  { rule: 's504-annual-child-find', case: 'by the last day of the school year', scenario: on('school-year-starts', '2026-08-17'), due: '2027-05-28' },
  { rule: 'idea-records-access', case: '45 days across the year end', scenario: on('records-request-received', '2026-11-20'), due: '2027-01-04' },
  { rule: 'ferpa-records-access', case: '45 days', scenario: on('records-request-received', '2026-12-01'), due: '2027-01-15' },
  // Discipline (school days skip the winter break)
  { rule: 'idea-discipline-notice-same-day', case: 'the same day', scenario: on('disciplinary-change-of-placement-decided', '2026-12-15'), due: '2026-12-15' },
  { rule: 'idea-manifestation-determination', case: '10 school days across the winter break', scenario: on('disciplinary-change-of-placement-decided', '2026-12-15'), due: '2027-01-12' },
  { rule: 'idea-iaes-special-circumstances', case: '45 school days past MLK Day and spring break', scenario: on('removal-for-weapon-drugs-or-serious-bodily-injury', '2027-01-04'), due: '2027-03-09' },
  { rule: 'idea-hearing-officer-iaes', case: '45 school days across two breaks', scenario: on('hearing-officer-orders-iaes', '2026-11-30'), due: '2027-02-16' },
  { rule: 'idea-expedited-resolution-meeting', case: '7 days across the year end', scenario: on('expedited-due-process-complaint-received', '2026-12-28'), due: '2027-01-04' },
  { rule: 'idea-expedited-resolution-period', case: '15 days', scenario: on('expedited-due-process-complaint-received', '2026-12-20'), due: '2027-01-04' },
  { rule: 'idea-expedited-hearing', case: '20 school days', scenario: on('expedited-due-process-complaint-received', '2027-02-01'), due: '2027-03-01' },
  { rule: 'idea-expedited-decision', case: '10 school days into the next school year', scenario: on('expedited-hearing-held', '2027-05-20'), due: '2027-08-19' },
  // State complaint and due process
  { rule: 'idea-state-complaint-filing-limit', case: 'one year', scenario: on('alleged-violation-occurred', '2026-02-28'), due: '2027-02-28' },
  { rule: 'idea-state-complaint-filing-limit', case: 'from 29 February', scenario: on('alleged-violation-occurred', '2028-02-29'), due: '2029-02-28' },
  { rule: 'idea-state-complaint-decision', case: '60 days across the year end', scenario: on('state-complaint-filed', '2026-11-10'), due: '2027-01-09' },
  { rule: 'idea-due-process-filing-limit', case: 'two years', scenario: on('parent-knew-or-should-have-known', '2026-09-30'), due: '2028-09-30' },
  { rule: 'idea-due-process-filing-limit', case: 'from 29 February', scenario: on('parent-knew-or-should-have-known', '2024-02-29'), due: '2026-02-28' },
  { rule: 'idea-due-process-sufficiency-challenge', case: '15 days', scenario: on('due-process-complaint-received', '2026-12-30'), due: '2027-01-14' },
  { rule: 'idea-due-process-sufficiency-ruling', case: '5 days into March', scenario: on('sufficiency-challenge-filed', '2027-02-26'), due: '2027-03-03' },
  { rule: 'idea-due-process-lea-response', case: '10 days', scenario: on('parent-due-process-complaint-received', '2026-12-25'), due: '2027-01-04' },
  { rule: 'idea-due-process-other-party-response', case: '10 days', scenario: on('due-process-complaint-received', '2026-12-27'), due: '2027-01-06' },
  { rule: 'idea-due-process-amendment-cutoff', case: '5 days before the hearing', scenario: on('due-process-hearing-date', '2027-03-01'), due: '2027-02-24' },
  { rule: 'idea-resolution-meeting', case: '15 days', scenario: on('parent-due-process-complaint-received', '2026-12-05'), due: '2026-12-20' },
  { rule: 'idea-resolution-period', case: '30 days', scenario: on('parent-due-process-complaint-received', '2027-01-31'), due: '2027-03-02' },
  { rule: 'idea-resolution-agreement-void-window', case: '3 business days past Thanksgiving', scenario: on('resolution-agreement-signed', '2026-11-25'), due: '2026-12-01' },
  { rule: 'idea-evidence-disclosure', case: '5 business days before, skipping two holidays', scenario: on('due-process-hearing-date', '2027-01-04'), due: '2026-12-24' },
  { rule: 'idea-hearing-decision', case: '45 days after the recorded end of the resolution period', scenario: on('resolution-period-ends', '2026-12-01'), due: '2027-01-15' },
  { rule: 'idea-hearing-decision', case: '75 days after the complaint when no end is recorded', scenario: on('parent-due-process-complaint-received', '2026-10-01'), due: '2026-12-15' },
  { rule: 'idea-state-review-decision', case: '30 days', scenario: on('state-level-review-requested', '2026-10-15'), due: '2026-11-14' },
  { rule: 'idea-civil-action', case: '90 days', scenario: on('hearing-decision-issued', '2026-11-20'), due: '2027-02-18' },
  { rule: 'idea-fee-settlement-offer', case: '10 days before the hearing', scenario: on('administrative-hearing-begins', '2027-03-01'), due: '2027-02-19' },
  { rule: 'idea-fee-settlement-acceptance', case: '10 days', scenario: on('written-settlement-offer-made', '2026-12-22'), due: '2027-01-01' },
  // Section 504 and FERPA
  { rule: 's504-ocr-complaint', case: '180 days', scenario: on('alleged-discrimination-occurred', '2026-09-01'), due: '2027-02-28' },
  { rule: 's504-ocr-complaint-after-grievance', case: '60 days into March', scenario: on('institutional-grievance-completed', '2026-12-31'), due: '2027-03-01' },
  { rule: 's504-ocr-information-request', case: '20 days', scenario: on('ocr-information-request-received', '2027-02-20'), due: '2027-03-12' },
  { rule: 'ferpa-complaint', case: '180 days to New Year’s Eve', scenario: on('alleged-ferpa-violation', '2026-07-04'), due: '2026-12-31' },
]

describe('federal rules with a fixed amount (34 CFR Part 300, Part 104, Part 99)', () => {
  test.each(rows.map((row) => [row.rule, row.case, row] as const))('%s: %s', (rule, _, row) => {
    const found = deadlinesOf({ jurisdiction: 'US', ...row.scenario }, rule)
    expect(found.map((d) => d.due)).toContain(row.due)
  })

  test('every rule with a fixed amount has a row in this table', () => {
    const withAmount = testLaw.data.rules
      .filter((r) => r.amount !== null && r.bound !== 'threshold')
      .map((r) => r.id)
    const covered = new Set(rows.map((row) => row.rule))
    expect(withAmount.filter((id) => !covered.has(id))).toEqual([])
  })
})

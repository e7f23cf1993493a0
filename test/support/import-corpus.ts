import fs from 'node:fs'
import path from 'node:path'
import { PDFDocument as FormPdf } from 'pdf-lib'
import PDFDocument from 'pdfkit'
import { CORPUS_CHILDREN, type CorpusChild } from './import-corpus-data.ts'

/**
 * The import reader's test corpus (issue 13): documents in several layouts that resemble school
 * systems' exports — labelled cover pages, label-over-value grids, capitals headings, service
 * tables and service sentences — plus the real fixture forms filled in, each with the fields a
 * careful parent would expect to be read from it.
 */

export interface ExpectedField {
  readonly path: string
  readonly value: string
}

export interface CorpusDocument {
  readonly name: string
  readonly layout: string
  readonly kind: string
  readonly bytes: Uint8Array
  readonly expected: readonly ExpectedField[]
}

export const FIXTURES = path.resolve(import.meta.dirname, '../../../../shared/fixtures/iep-forms')

export function fixturePath(file: string): string {
  const candidates = [
    path.join(FIXTURES, file),
    path.resolve(import.meta.dirname, '../../../shared/fixtures/iep-forms', file),
    path.join('/work/shared/fixtures/iep-forms', file),
  ]
  const found = candidates.find((candidate) => fs.existsSync(candidate))
  if (!found) throw new Error(`Fixture form ${file} not found`)
  return found
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

type DateStyle = 'us' | 'short' | 'long'

function show(iso: string, style: DateStyle): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  if (style === 'us') return `${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/${y}`
  if (style === 'short') return `${m}/${d}/${String(y).slice(2)}`
  return `${MONTHS[m - 1]} ${d}, ${y}`
}

/** A page writer: text at columns (points) on lines, wrapping long text to a width. */
class Writer {
  readonly doc = new PDFDocument({ size: 'LETTER', margin: 50 })
  y = 50
  constructor() {
    this.doc.font('Helvetica').fontSize(10)
  }
  line(cells: readonly (readonly [number, string])[], gap = 16): void {
    if (this.y > 720) this.page()
    for (const [x, text] of cells) this.doc.text(text, x, this.y, { lineBreak: false })
    this.y += gap
  }
  para(text: string, x = 50, width = 500): void {
    if (this.y > 700) this.page()
    this.doc.text(text, x, this.y, { width })
    this.y = this.doc.y + 6
  }
  heading(text: string): void {
    this.y += 8
    this.doc.font('Helvetica-Bold').fontSize(12)
    this.line([[50, text]], 20)
    this.doc.font('Helvetica').fontSize(10)
  }
  page(): void {
    this.doc.addPage()
    this.y = 50
  }
  done(): Promise<Uint8Array> {
    return new Promise((resolve) => {
      const chunks: Buffer[] = []
      this.doc.on('data', (c: Buffer) => chunks.push(c))
      this.doc.on('end', () => resolve(Buffer.concat(chunks)))
      this.doc.end()
    })
  }
}

function iepExpected(
  c: CorpusChild,
  parts: {
    school?: boolean
    grade?: boolean
    eligibilityDate?: boolean
    setting?: boolean
    provider?: boolean
    method?: boolean
  },
): ExpectedField[] {
  return [
    { path: 'child.name', value: c.name },
    { path: 'child.dateOfBirth', value: c.dob },
    ...(parts.grade === false ? [] : [{ path: 'child.grade', value: c.grade }]),
    ...(parts.school === false ? [] : [{ path: 'child.school', value: c.school }]),
    { path: 'dates.meeting', value: c.meeting },
    { path: 'dates.start', value: c.start },
    { path: 'dates.end', value: c.end },
    { path: 'dates.nextAnnualReview', value: c.review },
    { path: 'dates.nextReevaluation', value: c.reeval },
    ...(parts.eligibilityDate ? [{ path: 'eligibility.determinedOn', value: c.eligibilityDate }] : []),
    { path: 'eligibility.category', value: c.category },
    { path: 'presentLevels.academic', value: c.presentLevels },
    ...c.goals.flatMap((g, i) => [
      { path: `goals[${i}].text`, value: g.text },
      { path: `goals[${i}].baseline`, value: g.baseline },
      ...(parts.method === false ? [] : [{ path: `goals[${i}].measurementMethod`, value: g.method }]),
    ]),
    ...c.services.flatMap((s, i) => [
      { path: `services[${i}].name`, value: s.name },
      { path: `services[${i}].minutes`, value: String(s.minutes) },
      { path: `services[${i}].frequency`, value: `${s.times}/${s.per}` },
      ...(parts.setting === false ? [] : [{ path: `services[${i}].setting`, value: s.setting }]),
      ...(parts.provider === false ? [] : [{ path: `services[${i}].providerRole`, value: s.provider }]),
    ]),
    ...c.accommodations.map((a, i) => ({ path: `accommodations[${i}].text`, value: a })),
  ]
}

const PER_WORD = { day: 'daily', week: 'weekly', month: 'monthly' } as const

/** Style A: "Label: value" cover lines, numbered headings, "Goal 1:" blocks, a service table. */
async function styleA(c: CorpusChild): Promise<CorpusDocument> {
  const w = new Writer()
  w.line([[180, 'INDIVIDUALIZED EDUCATION PROGRAM (IEP)']], 24)
  w.line([
    [50, `Student Name: ${c.name}`],
    [330, `Date of Birth: ${show(c.dob, 'us')}`],
  ])
  w.line([
    [50, `School: ${c.school}`],
    [330, `Grade: ${c.grade}`],
  ])
  w.line([
    [50, `IEP Meeting Date: ${show(c.meeting, 'us')}`],
    [330, `Primary Disability: ${c.categoryText}`],
  ])
  w.line([
    [50, `IEP Start Date: ${show(c.start, 'us')}`],
    [330, `IEP End Date: ${show(c.end, 'us')}`],
  ])
  w.line([
    [50, `Annual Review Date: ${show(c.review, 'us')}`],
    [330, `Next Reevaluation: ${show(c.reeval, 'us')}`],
  ])
  w.heading('1. Present Levels of Academic Achievement and Functional Performance')
  w.para(c.presentLevels)
  w.heading('2. Measurable Annual Goals')
  c.goals.forEach((g, i) => {
    w.para(`Goal ${i + 1}: ${g.text}`)
    w.line([[70, `Baseline: ${g.baseline}`]])
    w.line([[70, `Measured by: ${g.method}`]])
  })
  w.heading('3. Special Education and Related Services')
  w.doc.fontSize(8)
  w.line([
    [50, 'Service'],
    [230, 'Minutes'],
    [280, 'Frequency'],
    [340, 'Location'],
    [460, 'Provider'],
  ])
  for (const s of c.services)
    w.line([
      [50, s.name.slice(0, 40)],
      [230, `${s.minutes} min`],
      [280, `${s.times}x ${PER_WORD[s.per]}`],
      [340, s.settingText],
      [460, s.provider],
    ])
  w.doc.fontSize(10)
  w.heading('4. Accommodations')
  for (const a of c.accommodations) w.line([[60, `• ${a}`]])
  const expected = iepExpected(c, {}).map((f) =>
    /services\[\d+\]\.name/.test(f.path) ? { ...f, value: f.value.slice(0, 40) } : f,
  )
  return {
    name: `iep-a-${c.name}`,
    layout: 'A labelled cover, service table',
    kind: 'iep',
    bytes: await w.done(),
    expected,
  }
}

/** Style B: label-over-value grid, other heading words, numbered goals, service sentences. */
async function styleB(c: CorpusChild): Promise<CorpusDocument> {
  const w = new Writer()
  w.line([[60, c.district]], 14)
  w.line([[60, 'Individualized Education Program']], 24)
  w.line(
    [
      [50, 'Student'],
      [200, 'DOB'],
      [300, 'Grade'],
      [380, 'Meeting Date'],
    ],
    14,
  )
  w.line(
    [
      [50, c.name],
      [200, show(c.dob, 'short')],
      [300, c.grade],
      [380, show(c.meeting, 'short')],
    ],
    22,
  )
  w.line(
    [
      [50, 'Start Date'],
      [200, 'End Date'],
      [300, 'Review Date'],
      [380, 'Triennial Due'],
    ],
    14,
  )
  w.line(
    [
      [50, show(c.start, 'short')],
      [200, show(c.end, 'short')],
      [300, show(c.review, 'short')],
      [380, show(c.reeval, 'short')],
    ],
    22,
  )
  w.line([
    [50, `Eligibility: ${c.categoryText}`],
    [330, `Eligibility Date: ${show(c.eligibilityDate, 'short')}`],
  ])
  w.heading('PLAAFP')
  w.para(c.presentLevels)
  w.heading('Annual Goals')
  c.goals.forEach((g, i) => {
    w.para(`${i + 1}. ${g.text}`)
    w.line([[70, `Baseline: ${g.baseline}`]])
    w.line([[70, `Evaluation method: ${g.method}`]])
  })
  w.heading('Service Delivery')
  for (const s of c.services)
    w.para(`${s.name}: ${s.minutes} minutes ${s.times} times per ${s.per}, ${s.settingText}, ${s.provider}`)
  w.heading('Supplementary Aids and Services')
  for (const a of c.accommodations) w.line([[60, `- ${a}`]])
  return {
    name: `iep-b-${c.name}`,
    layout: 'B label-over-value grid, service sentences',
    kind: 'iep',
    bytes: await w.done(),
    expected: iepExpected(c, { school: false, eligibilityDate: true }),
  }
}

/** Style C: capitals headings, written-out dates, an "effective dates" range, no provider column. */
async function styleC(c: CorpusChild): Promise<CorpusDocument> {
  const w = new Writer()
  w.line([[150, `${c.district.toUpperCase()}`]], 14)
  w.line([[150, 'INDIVIDUALIZED EDUCATION PROGRAM']], 24)
  w.line([[50, `Name of Student: ${c.name}`]])
  w.line([[50, `Birthdate: ${show(c.dob, 'long')}`]])
  w.line([[50, `School of Attendance: ${c.school}`]])
  w.line([[50, `Date of Meeting: ${show(c.meeting, 'long')}`]])
  w.line([[50, `Effective Dates: ${show(c.start, 'us')} to ${show(c.end, 'us')}`]])
  w.line([[50, `Next Annual Review: ${show(c.review, 'long')}`]])
  w.line([[50, `Reevaluation Due: ${show(c.reeval, 'long')}`]])
  w.line([[50, `Disability Category: ${c.categoryText}`]])
  w.heading('PRESENT LEVELS OF PERFORMANCE')
  w.para(c.presentLevels)
  w.heading('MEASURABLE ANNUAL GOALS')
  c.goals.forEach((g, i) => {
    w.para(`Annual Goal #${i + 1}: ${g.text} Baseline: ${g.baseline}.`)
  })
  w.heading('SPECIAL EDUCATION SERVICES')
  for (const s of c.services)
    w.para(`${s.name} - ${s.minutes} min ${s.times}x ${PER_WORD[s.per]}, ${s.settingText}`)
  w.heading('ACCOMMODATIONS AND MODIFICATIONS')
  c.accommodations.forEach((a, i) => {
    w.line([[60, `${i + 1}. ${a}`]])
  })
  return {
    name: `iep-c-${c.name}`,
    layout: 'C capitals headings, long dates, baseline inside the goal',
    kind: 'iep',
    bytes: await w.done(),
    expected: iepExpected(c, { grade: false, provider: false, method: false }),
  }
}

/**
 * Style D, written after the reader was tuned on A to C (a check that it generalizes): labels in
 * a left column with values at a second column and no colons, "Part N -" headings, goals with
 * objectives, services as "per week" amounts.
 */
async function styleD(c: CorpusChild): Promise<CorpusDocument> {
  const w = new Writer()
  w.line([[200, 'IEP - Individualized Education Program']], 24)
  w.line([
    [50, 'Student Name'],
    [200, c.name],
  ])
  w.line([
    [50, 'Date of Birth'],
    [200, show(c.dob, 'us')],
  ])
  w.line([
    [50, 'Grade Level'],
    [200, c.grade],
  ])
  w.line([
    [50, 'School'],
    [200, c.school],
  ])
  w.line([
    [50, 'Date of IEP Meeting'],
    [200, show(c.meeting, 'us')],
  ])
  w.line([
    [50, 'Projected Start Date'],
    [200, show(c.start, 'us')],
  ])
  w.line([
    [50, 'Projected End Date'],
    [200, show(c.end, 'us')],
  ])
  w.line([
    [50, 'Annual Review Due'],
    [200, show(c.review, 'us')],
  ])
  w.line([
    [50, 'Triennial Date'],
    [200, show(c.reeval, 'us')],
  ])
  w.line([
    [50, 'Primary Eligibility'],
    [200, c.categoryText],
  ])
  w.heading('Part 1 - Present Levels of Educational Performance')
  w.para(c.presentLevels)
  w.heading('Part 2 - Goals and Objectives')
  c.goals.forEach((g, i) => {
    w.para(`Goal ${i + 1}. ${g.text}`)
    w.line([[70, `Baseline - ${g.baseline}`]])
    w.line([[70, `Measurement - ${g.method}`]])
    w.line([[70, 'Objective 1: Half way to the goal by the middle of the year.']])
  })
  w.heading('Part 3 - Services')
  for (const s of c.services)
    w.para(
      `${s.name}, ${s.minutes} minutes per session, ${s.times} sessions per ${s.per}, ${s.settingText}, ${s.provider}`,
    )
  w.heading('Part 4 - Accommodations and Modifications')
  for (const a of c.accommodations) w.line([[60, `* ${a}`]])
  return {
    name: `iep-d-${c.name}`,
    layout: 'D left-column labels, Part headings (held out)',
    kind: 'iep',
    bytes: await w.done(),
    expected: iepExpected(c, {}),
  }
}

/** A 504 plan: impairment, review date, accommodations table. */
async function plan504(c: CorpusChild): Promise<CorpusDocument> {
  const w = new Writer()
  w.line([[180, 'Section 504 Accommodation Plan']], 24)
  w.line([
    [50, `Student: ${c.name}`],
    [330, `DOB: ${show(c.dob, 'us')}`],
  ])
  w.line([
    [50, `School: ${c.school}`],
    [330, `Grade: ${c.grade}`],
  ])
  w.line([
    [50, `Meeting Date: ${show(c.meeting, 'us')}`],
    [330, `Review Date: ${show(c.review, 'us')}`],
  ])
  w.line([[50, `Disability: ${c.impairment}`]])
  w.line([[50, 'Major life activity affected: learning, concentrating']])
  w.heading('Accommodations')
  w.line([
    [50, 'Accommodation'],
    [330, 'Setting'],
    [450, 'Responsible'],
  ])
  for (const a of c.accommodations)
    w.line([
      [50, a.slice(0, 50)],
      [330, 'Classroom'],
      [450, 'Teachers'],
    ])
  return {
    name: `504-${c.name}`,
    layout: '504 plan with accommodation table',
    kind: '504-plan',
    bytes: await w.done(),
    expected: [
      { path: 'child.name', value: c.name },
      { path: 'child.dateOfBirth', value: c.dob },
      { path: 'child.grade', value: c.grade },
      { path: 'child.school', value: c.school },
      { path: 'dates.meeting', value: c.meeting },
      { path: 'dates.review', value: c.review },
      { path: 'impairments[0]', value: c.impairment },
      ...c.accommodations.map((a, i) => ({ path: `accommodations[${i}].text`, value: a.slice(0, 50) })),
    ],
  }
}

async function notice(
  name: string,
  kind: string,
  lines: readonly string[],
  expected: ExpectedField[],
): Promise<CorpusDocument> {
  const w = new Writer()
  lines.forEach((text, i) => {
    if (i === 0) w.line([[150, text]], 24)
    else if (text.length > 90) w.para(text)
    else w.line([[50, text]])
  })
  return { name, layout: `${kind} letter`, kind, bytes: await w.done(), expected }
}

async function notices(): Promise<CorpusDocument[]> {
  const [a, b, c] = CORPUS_CHILDREN as [CorpusChild, CorpusChild, CorpusChild, CorpusChild]
  return Promise.all([
    notice(
      'pwn-evaluate',
      'prior-written-notice',
      [
        'Prior Written Notice',
        `Student: ${a.name}`,
        `Date of Notice: ${show('2025-02-03', 'us')}`,
        '[X] The district proposes to conduct an initial evaluation.',
        'The district proposes to evaluate your child in reading and writing because of concerns raised by the teacher.',
      ],
      [
        { path: 'child.name', value: a.name },
        { path: 'notice.date', value: '2025-02-03' },
        { path: 'notice.action', value: 'evaluate' },
      ],
    ),
    notice(
      'pwn-refuse',
      'prior-written-notice',
      [
        'Notice of Proposed or Refused Action',
        `Student Name: ${b.name}`,
        `Date: ${show('2026-04-12', 'long')}`,
        'The school refuses to provide extended school year services at this time.',
        'Reasons: the data do not show regression.',
      ],
      [
        { path: 'child.name', value: b.name },
        { path: 'notice.date', value: '2026-04-12' },
        { path: 'notice.action', value: 'refuse' },
      ],
    ),
    notice(
      'consent-evaluate',
      'consent',
      [
        'Consent for Initial Evaluation',
        `Student Name: ${c.name}`,
        'I give consent for the school to conduct the evaluation described above.',
        `Date Signed: ${show('2025-10-01', 'us')}`,
      ],
      [
        { path: 'child.name', value: c.name },
        { path: 'notice.date', value: '2025-10-01' },
        { path: 'notice.action', value: 'consent-evaluation' },
      ],
    ),
    notice(
      'consent-services',
      'consent',
      [
        'Parental Consent for Initial Provision of Services',
        `Student: ${a.name}`,
        'I give consent for the initial provision of special education services.',
        `Date: ${show('2025-09-12', 'short')}`,
      ],
      [
        { path: 'child.name', value: a.name },
        { path: 'notice.date', value: '2025-09-12' },
        { path: 'notice.action', value: 'consent-services' },
      ],
    ),
    notice(
      'invitation',
      'meeting-invitation',
      [
        'Notice of IEP Team Meeting',
        `Student: ${b.name}`,
        `Date sent: ${show('2026-01-05', 'us')}`,
        `We have scheduled a meeting on ${show('2026-01-21', 'long')} at 3:30 pm in the library.`,
      ],
      [
        { path: 'child.name', value: b.name },
        { path: 'notice.date', value: '2026-01-05' },
        { path: 'notice.meetingDate', value: '2026-01-21' },
      ],
    ),
    notice(
      'progress-report',
      'progress-report',
      [
        'IEP Progress Report',
        `Student: ${c.name}`,
        `Report Date: ${show('2026-01-30', 'us')}`,
        'Progress toward annual goals:',
        'Goal 1: making adequate progress.',
      ],
      [
        { path: 'child.name', value: c.name },
        { path: 'notice.date', value: '2026-01-30' },
      ],
    ),
    notice(
      'evaluation-report',
      'evaluation-report',
      [
        'Psychoeducational Evaluation Report',
        `Student: ${a.name}`,
        `Date of Report: ${show('2024-08-20', 'us')}`,
        'Standard scores and percentile ranks are shown below.',
        'Reading fluency: standard score 78, percentile 7.',
      ],
      [
        { path: 'child.name', value: a.name },
        { path: 'notice.date', value: '2024-08-20' },
      ],
    ),
  ])
}

async function fill(
  file: string,
  values: Record<string, string | boolean>,
  flatten: boolean,
): Promise<Uint8Array> {
  const pdf = await FormPdf.load(fs.readFileSync(fixturePath(file)))
  const form = pdf.getForm()
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'boolean') {
      if (value) form.getCheckBox(name).check()
    } else form.getTextField(name).setText(value)
  }
  if (flatten) form.flatten()
  return pdf.save()
}

/** The real district forms from the fixtures folder, filled in (and one flattened). */
export async function filledForms(): Promise<CorpusDocument[]> {
  const [a, b] = CORPUS_CHILDREN as [CorpusChild, CorpusChild]
  const iepValues = (c: CorpusChild) => ({
    student: c.name,
    dob: show(c.dob, 'us'),
    grade: c.grade,
    'attending-school': c.school,
    'iep-meeting': show(c.meeting, 'us'),
    'eligibility-date': show(c.eligibilityDate, 'us'),
    'next-re-evaluation': show(c.reeval, 'us'),
    classification: c.categoryText,
    'primary-server': 'Resource teacher',
    plaafp: c.presentLevels,
  })
  const iepExpect = (c: CorpusChild): ExpectedField[] => [
    { path: 'child.name', value: c.name },
    { path: 'child.dateOfBirth', value: c.dob },
    { path: 'child.grade', value: c.grade },
    { path: 'child.school', value: c.school },
    { path: 'dates.meeting', value: c.meeting },
    { path: 'eligibility.determinedOn', value: c.eligibilityDate },
    { path: 'dates.nextReevaluation', value: c.reeval },
    { path: 'eligibility.category', value: c.category },
    { path: 'presentLevels.academic', value: c.presentLevels },
  ]
  return [
    {
      name: 'form-sped-5-1-filled',
      layout: 'Utah SpEd 5-1 (AcroForm)',
      kind: 'iep',
      bytes: await fill('utah-district-iep-form-sped-5-1.pdf', iepValues(a), false),
      expected: iepExpect(a),
    },
    {
      name: 'form-sped-5-1-flattened',
      layout: 'Utah SpEd 5-1 flattened',
      kind: 'iep',
      bytes: await fill('utah-district-iep-form-sped-5-1.pdf', iepValues(b), true),
      expected: iepExpect(b),
    },
    {
      name: 'form-b2-pwn',
      layout: 'Utah 504 B-2 (AcroForm)',
      kind: 'prior-written-notice',
      bytes: await fill(
        'utah-district-504-form-B2.pdf',
        {
          'student-name': a.name,
          dob: show(a.dob, 'us'),
          school: a.school,
          district: a.district,
          evaluation: true,
        },
        false,
      ),
      expected: [
        { path: 'child.name', value: a.name },
        { path: 'child.dateOfBirth', value: a.dob },
        { path: 'child.school', value: a.school },
        { path: 'school.district', value: a.district },
        { path: 'notice.action', value: 'evaluate' },
      ],
    },
    {
      name: 'form-b6-consent',
      layout: 'Utah 504 B-6 (AcroForm)',
      kind: 'consent',
      bytes: await fill(
        'utah-district-504-form-B6.pdf',
        {
          'student-name': b.name,
          school: b.school,
          date: show('2025-10-02', 'us'),
          evaluation1: 'Classroom observation',
          responsible1: 'School psychologist',
          'parent-name': 'Dana Lee',
          'sign-date': show('2025-10-06', 'us'),
        },
        false,
      ),
      expected: [
        { path: 'child.name', value: b.name },
        { path: 'child.school', value: b.school },
        { path: 'notice.date', value: '2025-10-06' },
        { path: 'notice.action', value: 'consent-evaluation' },
      ],
    },
    {
      name: 'form-b4-invitation',
      layout: 'Utah 504 B-4 (AcroForm)',
      kind: 'meeting-invitation',
      bytes: await fill(
        'utah-district-504-form-B4.pdf',
        {
          'student-name': a.name,
          date: show('2025-12-01', 'us'),
          school: a.school,
          'meeting-date': show('2025-12-10', 'us'),
          'meeting-time': '3:00 pm',
          'meeting-location': 'Room 12',
        },
        false,
      ),
      expected: [
        { path: 'child.name', value: a.name },
        { path: 'child.school', value: a.school },
        { path: 'notice.date', value: '2025-12-01' },
        { path: 'notice.meetingDate', value: '2025-12-10' },
      ],
    },
    {
      name: 'form-b3-referral',
      layout: 'Utah 504 B-3 (AcroForm)',
      kind: 'referral',
      bytes: await fill(
        'utah-district-504-form-B3.pdf',
        {
          'student-name': b.name,
          date: show('2025-09-03', 'us'),
          dob: show(b.dob, 'us'),
          school: b.school,
          grade: b.grade,
        },
        false,
      ),
      expected: [
        { path: 'child.name', value: b.name },
        { path: 'child.dateOfBirth', value: b.dob },
        { path: 'child.school', value: b.school },
        { path: 'child.grade', value: b.grade },
        { path: 'notice.date', value: '2025-09-03' },
      ],
    },
  ]
}

/** Every text and form document of the corpus (30 or more). */
export async function importCorpus(): Promise<CorpusDocument[]> {
  const ieps = await Promise.all(CORPUS_CHILDREN.flatMap((c) => [styleA(c), styleB(c), styleC(c), styleD(c)]))
  const plans504 = await Promise.all(CORPUS_CHILDREN.slice(0, 3).map(plan504))
  return [...ieps, ...plans504, ...(await notices()), ...(await filledForms())]
}

/** One generated IEP of the corpus, in layout A (labelled cover, service table) by default. */
export async function corpusIep(child = 0, style: 'a' | 'b' | 'c' | 'd' = 'a'): Promise<CorpusDocument> {
  const c = CORPUS_CHILDREN[child]
  if (!c) throw new Error(`No corpus child ${child}`)
  return { a: styleA, b: styleB, c: styleC, d: styleD }[style](c)
}

/** One generated notice of the corpus by name ("consent-evaluate", "invitation" …). */
export async function corpusNotice(name: string): Promise<CorpusDocument> {
  const found = (await notices()).find((d) => d.name === name)
  if (!found) throw new Error(`No corpus notice ${name}`)
  return found
}

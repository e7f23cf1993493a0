import { Readable } from 'node:stream'
import type { Actor } from '../../domain/access/actor.ts'
import type { Child } from '../../domain/children/child.ts'
import { addDays, type Instant, type LocalDate } from '../../domain/dates/local-date.ts'
import { addCommunication } from '../communications/communications.ts'
import { type Deps, today } from '../deps.ts'
import { type UploadPart, uploadDocument } from '../documents/documents.ts'
import { markSent, startLetter } from '../letters/letters.ts'
import { writePdf } from '../write-pdf.ts'

function pdfOf(title: string, lines: readonly string[]): Promise<Buffer> {
  return writePdf({ info: { Title: title } }, (doc) => {
    doc.fontSize(16).text(title).moveDown().fontSize(11)
    for (const line of lines) doc.text(line).moveDown(0.5)
  })
}

async function* parts(
  fields: Record<string, string>,
  fileName: string,
  content: Buffer,
): AsyncGenerator<UploadPart> {
  for (const [name, value] of Object.entries(fields)) yield { kind: 'field', name, value }
  yield { kind: 'file', name: 'file', fileName, content: Readable.from([content]), truncated: () => false }
}

/** Deps whose clock stands `days` ago, so a demo letter can be written and sent in the past. */
function daysAgo(deps: Deps, days: number): Deps {
  const then = new Date(Date.parse(deps.clock.now()) - days * 86_400_000).toISOString() as Instant
  return { ...deps, clock: { now: () => then } }
}

/**
 * Mateo's binder in the demo: his IEP and a progress report (searchable PDFs), a note from the
 * speech therapist, two log entries (one with a follow-up), and the records request his mother
 * sent 20 days ago — which started the 45-day records clock (34 CFR 300.613).
 */
export async function seedMateoRecords(deps: Deps, actor: Actor, mateo: Child): Promise<void> {
  const day = today(deps)
  const ago = (days: number): LocalDate => addDays(day, -days)
  const iep = await pdfOf('Individualized Education Program — Mateo Lopez', [
    'Present levels: Mateo reads 95 words per minute in 7th grade text. He loses focus after 10 minutes of independent work.',
    'Annual goal: By the next annual review, Mateo will read 130 words per minute with 95% accuracy.',
    'Services: speech and language therapy, 30 minutes a week. Resource room support for reading, 90 minutes a week.',
    'Accommodations: extended time (1.5x) on tests, breaks every 20 minutes, preferential seating.',
  ])
  await uploadDocument(
    deps,
    actor,
    mateo.id,
    parts(
      {
        title: 'Annual IEP',
        kind: 'iep',
        date: ago(330),
        tags: 'IEP, annual review',
        notes: 'Speech cut from 60 to 30 minutes a week.',
      },
      'Mateo IEP.pdf',
      iep,
    ),
  )
  const progress = await pdfOf('Progress report — reading fluency', [
    'Goal: read 130 words per minute. Current: 104 words per minute (up from 95).',
    'Progress toward the goal: some progress; not expected to meet the goal by the annual review at this rate.',
  ])
  await uploadDocument(
    deps,
    actor,
    mateo.id,
    parts(
      { title: 'Progress report, fall', kind: 'progress-report', date: ago(60), tags: 'reading', notes: '' },
      'progress.pdf',
      progress,
    ),
  )
  await uploadDocument(
    deps,
    actor,
    mateo.id,
    parts(
      {
        title: 'Note from the speech therapist',
        kind: 'correspondence',
        date: ago(45),
        tags: 'speech',
        notes: '',
      },
      'speech-note.txt',
      Buffer.from(
        'Mateo is working on organizing his ideas before speaking. With 30 minutes a week we practice one strategy at a time.\n',
      ),
    ),
  )
  await addCommunication(deps, actor, mateo.id, {
    occurredOn: ago(40),
    channel: 'call',
    direction: 'from-school',
    people: 'Ms. Ruiz, speech therapist',
    subject: 'Speech therapy schedule',
    summary:
      'Ms. Ruiz said sessions were missed in October because of testing. She will make them up in December.',
    emailText: '',
    followUpOn: addDays(day, 10),
    followUpNote: 'Check that the missed speech sessions were made up',
    documentIds: [],
  })
  await addCommunication(deps, actor, mateo.id, {
    occurredOn: ago(25),
    channel: 'email',
    direction: 'to-school',
    people: 'Mr. Grant, case manager',
    subject: 'Asked about reading progress',
    summary: 'Asked why the reading goal is behind and whether the team can meet before the annual review.',
    emailText: '',
    followUpOn: '',
    followUpNote: '',
    documentIds: [],
  })
  const past = daysAgo(deps, 20)
  const letter = await startLetter(past, actor, mateo.id, 'records', {
    language: 'en',
    recipientName: 'Dr. Helen Carter',
    recipientTitle: 'Principal',
    parentName: 'Maria Lopez',
    parentContact: 'demo.parent@example.org',
    recordsWanted: 'Speech therapy session logs and the notes from the last IEP meeting',
  })
  await markSent(past, actor, mateo.id, letter.id, {
    sentOn: ago(20),
    sentVia: 'email',
    receivedOn: '',
    followUpOn: '',
  })
}

import { describe, expect, test } from 'vitest'
import { insertHousehold } from '../../test/support/store-household.ts'
import { testDialects, useTestDatabase } from '../../test/support/test-database.ts'
import { localDate } from '../domain/dates/local-date.ts'
import { queryTerms } from '../domain/search/search-text.ts'
import {
  deleteCommunicationRow,
  findCommunication,
  findCommunicationOfLetter,
  insertCommunication,
  listCommunicationsOfChild,
  listOpenFollowUpsDueBy,
  setFollowUpDone,
  updateCommunicationDetails,
} from './communications-store.ts'
import {
  countDocumentsWithBlob,
  deleteDocumentRow,
  findDocument,
  findDocumentFile,
  insertDocument,
  listDocumentsOfChild,
  setDocumentText,
  updateDocumentDetails,
} from './documents-store.ts'
import {
  findLetter,
  insertLetter,
  listLettersOfChild,
  markLetterSent,
  updateLetterWords,
} from './letters-store.ts'
import { deleteLinksOf, linkedIds, linkingIds, setLinks } from './record-links-store.ts'
import { searchStoreFor } from './search-store.ts'

const NOW = '2026-11-29T15:00:00.000Z'
let counter = 0
const id = (prefix: string) => `${prefix}-${++counter}`

for (const dialect of testDialects()) {
  describe(`records stores on ${dialect}`, () => {
    const database = useTestDatabase(dialect)

    async function household() {
      const db = database().db
      return { db, ...(await insertHousehold(db, NOW, { state: 'TX' })) }
    }

    test('a document reads back unchanged, changes once per version, and is deleted', async () => {
      const { db, userId, organizationId, childId } = await household()
      const documentId = id('doc')
      const details = {
        title: 'Evaluación “inicial”',
        kind: 'evaluation' as const,
        date: localDate('2026-03-14'),
        notes: 'ñ and 🌟',
        tags: ['reading', 'speech'],
      }
      await insertDocument(db, {
        id: documentId,
        childId,
        organizationId,
        details,
        fileName: 'eval.pdf',
        mediaType: 'application/pdf',
        sizeBytes: 1234,
        file: { blobHash: 'a'.repeat(64), wrappedKey: 'v1:abc:def' },
        textStatus: 'done',
        textChars: 99,
        createdBy: userId,
        now: NOW,
      })
      expect(await findDocument(db, documentId)).toMatchObject({
        ...details,
        fileName: 'eval.pdf',
        sizeBytes: 1234,
        version: 1,
        textStatus: 'done',
      })
      expect(await findDocumentFile(db, documentId)).toEqual({
        blobHash: 'a'.repeat(64),
        wrappedKey: 'v1:abc:def',
      })
      expect(await updateDocumentDetails(db, documentId, 1, { ...details, title: 'New' }, NOW)).toBe(true)
      expect(await updateDocumentDetails(db, documentId, 1, { ...details, title: 'Stale' }, NOW)).toBe(false)
      await setDocumentText(db, documentId, { status: 'none', chars: 0 })
      expect(await findDocument(db, documentId)).toMatchObject({
        title: 'New',
        version: 2,
        textStatus: 'none',
      })
      expect((await listDocumentsOfChild(db, childId)).map((d) => d.id)).toEqual([documentId])
      expect(await countDocumentsWithBlob(db, 'a'.repeat(64))).toBe(1)
      await deleteDocumentRow(db, documentId)
      expect(await findDocument(db, documentId)).toBeUndefined()
    })

    test('communications keep their follow-ups, letters their sending, and links go both ways', async () => {
      const { db, userId, organizationId, childId } = await household()
      const letterId = id('letter')
      await insertLetter(db, {
        id: letterId,
        childId,
        organizationId,
        template: 'records',
        language: 'es',
        facts: { recipientName: 'Dra. Flores', meetingDate: '2026-12-15' },
        subject: 'Solicitud',
        body: 'Cuerpo',
        writtenOn: localDate('2026-11-29'),
        createdBy: userId,
        now: NOW,
      })
      expect(await updateLetterWords(db, letterId, 1, { subject: 'S2', body: 'B2' }, NOW)).toBe(true)
      expect(
        await markLetterSent(
          db,
          letterId,
          { sentOn: localDate('2026-11-30'), sentVia: 'mail', receivedOn: localDate('2026-12-02') },
          NOW,
        ),
      ).toBe(true)
      expect(
        await markLetterSent(
          db,
          letterId,
          { sentOn: localDate('2026-11-30'), sentVia: 'mail', receivedOn: null },
          NOW,
        ),
      ).toBe(false)
      expect(await updateLetterWords(db, letterId, 3, { subject: 'S3', body: 'B3' }, NOW)).toBe(false)
      expect(await findLetter(db, letterId)).toMatchObject({
        subject: 'S2',
        facts: { recipientName: 'Dra. Flores', meetingDate: '2026-12-15' },
        sentOn: '2026-11-30',
        receivedOn: '2026-12-02',
        sentVia: 'mail',
        version: 3,
      })
      expect((await listLettersOfChild(db, childId)).map((l) => l.id)).toEqual([letterId])

      const communicationId = id('comm')
      const details = {
        occurredOn: localDate('2026-11-30'),
        channel: 'letter' as const,
        direction: 'to-school' as const,
        people: 'Dra. Flores',
        subject: 'Solicitud',
        summary: null,
        emailText: null,
        followUpOn: localDate('2026-12-10'),
        followUpNote: 'Llamar',
      }
      await insertCommunication(db, {
        id: communicationId,
        childId,
        organizationId,
        details,
        letterId,
        createdBy: userId,
        now: NOW,
      })
      expect(await findCommunicationOfLetter(db, letterId)).toMatchObject({ id: communicationId, ...details })
      expect((await listOpenFollowUpsDueBy(db, localDate('2026-12-10'))).map((c) => c.id)).toContain(
        communicationId,
      )
      await setFollowUpDone(db, communicationId, NOW, NOW)
      expect((await listOpenFollowUpsDueBy(db, localDate('2026-12-10'))).map((c) => c.id)).not.toContain(
        communicationId,
      )
      expect(
        await updateCommunicationDetails(db, communicationId, 2, { ...details, subject: 'Otra' }, null, NOW),
      ).toBe(true)
      expect(await findCommunication(db, communicationId)).toMatchObject({
        subject: 'Otra',
        followUpDoneAt: null,
        version: 3,
      })
      expect((await listCommunicationsOfChild(db, childId)).map((c) => c.id)).toEqual([communicationId])

      await setLinks(db, {
        organizationId,
        childId,
        fromKind: 'communication',
        fromId: communicationId,
        toKind: 'document',
        toIds: ['d1', 'd2', 'd1'],
        newId: () => id('link'),
        now: NOW,
      })
      expect((await linkedIds(db, 'communication', communicationId, 'document')).sort()).toEqual(['d1', 'd2'])
      expect(await linkingIds(db, 'document', 'd2', 'communication')).toEqual([communicationId])
      await setLinks(db, {
        organizationId,
        childId,
        fromKind: 'communication',
        fromId: communicationId,
        toKind: 'document',
        toIds: ['d2'],
        newId: () => id('link'),
        now: NOW,
      })
      expect(await linkedIds(db, 'communication', communicationId, 'document')).toEqual(['d2'])
      await deleteLinksOf(db, 'document', 'd2')
      expect(await linkedIds(db, 'communication', communicationId, 'document')).toEqual([])
      await deleteCommunicationRow(db, communicationId)
      expect(await findCommunication(db, communicationId)).toBeUndefined()
    })

    test('the search index finds word starts, ignores accents and case, ranks and stays within one child', async () => {
      const { db, organizationId, childId } = await household()
      const other = await household()
      const search = searchStoreFor(dialect)
      const put = (childOf: string, org: string, sourceId: string, title: string, body: string) =>
        search.put(
          db,
          { organizationId: org, childId: childOf, sourceKind: 'document', sourceId, title, body },
          id('entry'),
          NOW,
        )
      await put(
        childId,
        organizationId,
        's1',
        'Evaluación del habla',
        'La terapia del habla será dos veces por semana.',
      )
      await put(childId, organizationId, 's2', 'Report card', 'Reading: needs support. Speech: improving.')
      await put(
        childId,
        organizationId,
        's3',
        'Speech speech speech',
        'Speech therapy minutes, speech goals, speech.',
      )
      await put(other.childId, other.organizationId, 's4', 'Speech elsewhere', 'speech')
      const find = async (query: string) =>
        (await search.search(db, childId, queryTerms(query), 10)).map((hit) => hit.sourceId)
      expect(await find('EVALUACION')).toEqual(['s1'])
      expect(await find('evalu habla')).toEqual(['s1'])
      expect(await find('speech')).toEqual(['s3', 's2'])
      expect(await find('speech reading')).toEqual(['s2'])
      expect(await find('nothing')).toEqual([])
      expect(await find('')).toEqual([])
      // Replacing an entry replaces its words; removing it removes them.
      await put(childId, organizationId, 's2', 'Report card', 'Math only.')
      expect(await find('reading')).toEqual([])
      await search.remove(db, 'document', 's3')
      expect(await find('speech')).toEqual([])
      const [hit] = await search.search(db, childId, queryTerms('habla'), 10)
      expect(hit).toMatchObject({
        title: 'Evaluación del habla',
        body: 'La terapia del habla será dos veces por semana.',
      })
    })
  })
}

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { TestBrowser } from '../../../test/support/browser.ts'
import { createChildFor, createUser, signInBrowser, type TestUser } from '../../../test/support/factories.ts'
import {
  HEIC_START,
  JPEG_START,
  makeDocx,
  makePdf,
  makePngWithWords,
  makeSpreadsheetZip,
  multipartBody,
  TINY_PNG,
} from '../../../test/support/files.ts'
import { buildIep, buildSection504 } from '../../../test/support/plan-factories.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import type { Child } from '../../domain/children/child.ts'
import { addEvent } from '../../services/children/events.ts'
import { getDocument } from '../../services/documents/documents.ts'
import { createMeeting } from '../../services/meetings/meetings.ts'
import { deleteDraftPlan } from '../../services/plans/plan-lifecycle.ts'
import { createPlan } from '../../services/plans/save-plan.ts'

let t: TestApp
let browser: TestBrowser
let parent: TestUser
let child: Child
let dataDir: string

const details = {
  title: 'Speech evaluation',
  kind: 'evaluation',
  date: '2026-03-14',
  tags: 'speech, fall',
  notes: '',
}

beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pathway-docs-'))
  t = await buildTestApp({ now: '2026-11-29T15:00:00.000Z', env: { DATA_DIR: dataDir, UPLOAD_MAX_MB: '1' } })
  browser = new TestBrowser(t.app)
  parent = await createUser(t.deps, { name: 'Rosa Díaz' })
  child = await createChildFor(t.deps, parent, { legalName: 'Lucía Díaz', preferredName: 'Lucy' })
  await signInBrowser(browser, parent)
})
afterEach(async () => {
  await t.close()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

/** Every file in the encrypted store (temporary files included). */
function storedFiles(): string[] {
  const root = path.join(dataDir, 'files')
  if (!fs.existsSync(root)) return []
  return (fs.readdirSync(root, { recursive: true }) as string[])
    .map((entry) => path.join(root, entry))
    .filter((file) => fs.statSync(file).isFile())
}

async function upload(fileName: string, content: Buffer, fields: Record<string, string> = details) {
  return browser.upload(`/children/${child.id}/documents/new`, multipartBody(fields, { fileName, content }))
}

async function documentRows() {
  return t.deps.db.selectFrom('documents').selectAll().execute()
}

describe('uploading a document', () => {
  test.each([
    ['a PDF', 'report.pdf', () => makePdf(['Present levels of performance']), 'application/pdf', 'pdf'],
    ['a PNG image', 'scan.png', async () => TINY_PNG, 'image/png', 'png'],
    ['a JPEG photo', 'photo.jpeg', async () => JPEG_START, 'image/jpeg', 'jpg'],
    ['an iPhone HEIC photo', 'IMG_0042.HEIC', async () => HEIC_START, 'image/heic', 'heic'],
    [
      'a Word document',
      'letter.docx',
      async () => makeDocx(['Dear parent, the meeting is on Friday.']),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'docx',
    ],
    [
      'a plain text file',
      'notes.txt',
      async () => Buffer.from('Notes from the call with Ms. Ruiz — señora\n'),
      'text/plain; charset=utf-8',
      'txt',
    ],
  ])(
    '%s is kept, listed, and downloads unchanged with a safe name and type',
    async (_, fileName, make, mediaType, extension) => {
      const content = await make()
      const response = await upload(fileName, content)
      expect(response.statusCode, response.body).toBe(303)
      const page = await browser.follow(response)
      expect(page.statusCode).toBe(200)
      expect(page.body).toContain('“Speech evaluation” has been uploaded.')
      const [row] = await documentRows()
      expect(row?.media_type).toBe(mediaType)
      expect(row?.file_name).toBe(`${fileName.replace(/\.[^.]+$/, '')}.${extension}`)
      expect(row?.organization_id).toBe(parent.householdId)
      const list = await browser.get(`/children/${child.id}/documents`)
      expect(list.body).toContain('Speech evaluation')
      const download = await browser.get(`/children/${child.id}/documents/${row?.id}/file`)
      expect(download.statusCode).toBe(200)
      expect(download.rawPayload.equals(content)).toBe(true)
      expect(download.headers['content-type']).toBe(mediaType)
      expect(download.headers['content-disposition']).toMatch(
        /^attachment; filename="[^"]+"; filename\*=UTF-8''/,
      )
      expect(download.headers['x-content-type-options']).toBe('nosniff')
      expect(download.headers['cache-control']).toContain('no-store')
    },
  )

  test('the type comes from the content, not the name: a PNG called .pdf is kept as a PNG', async () => {
    const response = await upload('looks-like.pdf', TINY_PNG)
    expect(response.statusCode).toBe(303)
    const [row] = await documentRows()
    expect(row?.media_type).toBe('image/png')
    expect(row?.file_name).toBe('looks-like.png')
  })

  test.each([
    [
      'a program renamed to .pdf',
      'report.pdf',
      Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00'), Buffer.alloc(500, 1)]),
    ],
    ['a spreadsheet renamed to .docx', 'letter.docx', makeSpreadsheetZip()],
    ['a zip archive', 'papers.zip', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(100, 7)])],
    ['a web page', 'page.pdf', Buffer.from('<html><script>alert(1)</script></html>\u0000')],
    ['text with binary bytes', 'notes.txt', Buffer.from([0x48, 0x69, 0x00, 0x01, 0x02])],
  ])('%s is refused by its content, and nothing is left behind', async (_, fileName, content) => {
    const response = await upload(fileName, content)
    expect(response.statusCode).toBe(400)
    expect(response.body).toContain('There is a problem')
    expect(response.body).toContain('This file is another kind, whatever its name says.')
    expect(response.body).toContain('value="Speech evaluation"')
    expect(await documentRows()).toHaveLength(0)
    expect(storedFiles()).toEqual([])
  })

  test('a file over the limit gets a clear message, status 413, and leaves no row and no file', async () => {
    const content = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(1024 * 1024 + 10, 0x20)])
    const response = await upload('big.pdf', content)
    expect(response.statusCode).toBe(413)
    expect(response.body).toContain('The file must be smaller than 1 MB')
    expect(response.body).toContain('href="#file"')
    expect(await documentRows()).toHaveLength(0)
    expect(storedFiles()).toEqual([])
  })

  test('missing details are named, what was typed is kept, the file is asked for again, and nothing is stored', async () => {
    const response = await upload('report.pdf', await makePdf(['x']), {
      title: '',
      kind: '',
      date: '2030-01-01',
      tags: 'a, b',
      notes: 'Keep <this>',
    })
    expect(response.statusCode).toBe(400)
    expect(response.body).toContain('Enter a title for the document')
    expect(response.body).toContain('Choose what kind of document it is')
    expect(response.body).toContain('The date on the document must be today or in the past')
    expect(response.body).toContain('Choose the file again')
    expect(response.body).toContain('Keep &lt;this>')
    expect(response.body).toContain('value="2030-01-01"')
    expect(await documentRows()).toHaveLength(0)
    expect(storedFiles()).toEqual([])
  })

  test('no file chosen is named as such', async () => {
    const response = await browser.upload(
      `/children/${child.id}/documents/new`,
      multipartBody(details, { fileName: '', content: Buffer.alloc(0) }),
    )
    expect(response.statusCode).toBe(400)
    expect(response.body).toContain('Choose a file to upload')
  })

  test('an upload without the CSRF token is refused', async () => {
    const response = await browser.upload(
      `/children/${child.id}/documents/new`,
      multipartBody(details, { fileName: 'a.txt', content: Buffer.from('hello') }),
      { csrf: false },
    )
    expect(response.statusCode).toBe(403)
    expect(await documentRows()).toHaveLength(0)
  })

  test('the upload form works without scripts: a plain file field, the token in the action', async () => {
    const page = await browser.get(`/children/${child.id}/documents/new`)
    expect(page.statusCode).toBe(200)
    expect(page.body).toMatch(
      /<form method="post" action="\/children\/[^"]+\/documents\/new\?_csrf=[^"]+" enctype="multipart\/form-data"/,
    )
    expect(page.body).toContain('type="file"')
    expect(page.body).toContain('up to 1 MB')
  })
})

describe('files at rest', () => {
  test('the file on disk is encrypted: neither its words nor its header can be read', async () => {
    const secret = 'Confidential psychoeducational findings for Lucía'
    const content = Buffer.from(`${secret}\n`.repeat(20))
    expect((await upload('findings.txt', content)).statusCode).toBe(303)
    const files = storedFiles()
    expect(files).toHaveLength(1)
    const onDisk = fs.readFileSync(files[0] ?? '')
    expect(onDisk.includes(Buffer.from('Confidential'))).toBe(false)
    expect(onDisk.includes(Buffer.from('Luc'))).toBe(false)
    expect(onDisk.subarray(0, 4).toString()).toBe('PWF1')
    // Named by the hash of its encrypted bytes (content-addressed).
    const { createHash } = await import('node:crypto')
    expect(path.basename(files[0] ?? '')).toBe(createHash('sha256').update(onDisk).digest('hex'))
    const [row] = await documentRows()
    expect(row?.wrapped_key).toMatch(/^v1:[0-9a-f]{12}:/)
    const keyFile = path.join(dataDir, 'files-master-key')
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600)
  })

  test('a changed byte on disk is detected, never served as the file', async () => {
    expect((await upload('notes.txt', Buffer.from('Hello from school\n'.repeat(100)))).statusCode).toBe(303)
    const [file] = storedFiles()
    const bytes = fs.readFileSync(file ?? '')
    bytes[40] = (bytes[40] ?? 0) ^ 0xff
    fs.writeFileSync(file ?? '', bytes)
    const [row] = await documentRows()
    await expect(browser.get(`/children/${child.id}/documents/${row?.id}/file`)).rejects.toThrow()
  })
})

describe('another household', () => {
  test('gets 404 for every document page and the file, with real ids', async () => {
    expect((await upload('report.txt', Buffer.from('private words'))).statusCode).toBe(303)
    const [row] = await documentRows()
    const stranger = await createUser(t.deps)
    const other = new TestBrowser(t.app)
    await signInBrowser(other, stranger)
    for (const url of [
      `/children/${child.id}/documents`,
      `/children/${child.id}/documents/new`,
      `/children/${child.id}/documents/${row?.id}`,
      `/children/${child.id}/documents/${row?.id}/file`,
      `/children/${child.id}/documents/${row?.id}/edit`,
      `/children/${child.id}/documents/${row?.id}/delete`,
      `/children/${child.id}/search?q=private`,
    ]) {
      const response = await other.get(url)
      expect(response.statusCode, url).toBe(404)
      expect(response.body).not.toContain('private words')
    }
    const post = await other.post(`/children/${child.id}/documents/${row?.id}/delete`)
    expect(post.statusCode).toBe(404)
    const edit = await other.post(`/children/${child.id}/documents/${row?.id}/edit`, {
      ...details,
      version: '1',
    })
    expect(edit.statusCode).toBe(404)
    const sneak = await other.upload(
      `/children/${child.id}/documents/new`,
      multipartBody(details, { fileName: 'x.txt', content: Buffer.from('x') }),
    )
    expect(sneak.statusCode).toBe(404)
    expect(await documentRows()).toHaveLength(1)
    // The stranger's own child cannot reach the document either.
    const theirs = await createChildFor(t.deps, stranger)
    expect((await other.get(`/children/${theirs.id}/documents/${row?.id}/file`)).statusCode).toBe(404)
  })
})

describe('finding words in documents', () => {
  test('search finds text inside an uploaded PDF and highlights it', async () => {
    const pdf = await makePdf([
      'Present levels: Lucía reads 42 words per minute.',
      'Recommended: speech therapy twice a week.',
    ])
    expect((await upload('evaluation.pdf', pdf)).statusCode).toBe(303)
    const results = await browser.get(`/children/${child.id}/search?q=therap`)
    expect(results.statusCode).toBe(200)
    expect(results.body).toContain('1 result for “therap”')
    expect(results.body).toContain('<mark>therapy</mark>')
    const accents = await browser.get(`/children/${child.id}/search?q=LUCIA+minute`)
    expect(accents.body).toContain('<mark>Lucía</mark>')
    const none = await browser.get(`/children/${child.id}/search?q=dyslexia`)
    expect(none.body).toContain('Nothing found for “dyslexia”')
  })

  test('search finds text inside a Word document', async () => {
    expect(
      (
        await upload(
          'letter.docx',
          makeDocx(['The IEP meeting is on Friday at 3 pm.', 'Bring the progress report.']),
        )
      ).statusCode,
    ).toBe(303)
    const [row] = await documentRows()
    expect(row?.text_status).toBe('done')
    const results = await browser.get(`/children/${child.id}/search?q=progress+report`)
    expect(results.body).toContain('<mark>progress</mark> <mark>report</mark>')
  })

  test('search finds words in a photo of a page (OCR)', async () => {
    expect((await upload('page.png', await makePngWithWords('Reading fluency goal'))).statusCode).toBe(303)
    const results = await browser.get(`/children/${child.id}/search?q=fluency`)
    expect(results.body).toContain('<mark>fluency</mark>')
  })

  test('search finds words in the notes on timeline events and in the child’s own notes', async () => {
    const noted = await createChildFor(t.deps, parent, {
      legalName: 'Inés Díaz',
      preferredName: '',
      notes: 'Allergic to peanuts; the nurse keeps her EpiPen.',
    })
    const event = await addEvent(t.deps, parent.actor, noted.id, {
      type: 'iep-meeting-held',
      date: '2026-10-01',
      note: 'The school promised a peanut-free table at lunch.',
    })
    const results = await browser.get(`/children/${noted.id}/search?q=PEANUT`)
    expect(results.statusCode).toBe(200)
    expect(results.body).toContain('2 results for “PEANUT”')
    expect(results.body).toContain('<mark>peanut</mark>-free table')
    expect(results.body).toContain('Allergic to <mark>peanuts</mark>')
    expect(results.body).toContain(`href="/children/${noted.id}/events/${event.id}/edit"`)
    // Another child's notes are not searched.
    expect((await browser.get(`/children/${child.id}/search?q=peanut`)).body).toContain(
      'Nothing found for “peanut”',
    )
  })

  test('a search term that looks like markup is shown as text', async () => {
    const results = await browser.get(
      `/children/${child.id}/search?q=${encodeURIComponent('<script>x</script>')}`,
    )
    expect(results.statusCode).toBe(200)
    expect(results.body).not.toContain('<script>x</script>')
  })
})

describe('changing and deleting', () => {
  test('details change with links to timeline events; a stale version is refused with the edits kept', async () => {
    expect((await upload('report.txt', Buffer.from('report words'))).statusCode).toBe(303)
    const [row] = await documentRows()
    const event = await addEvent(t.deps, parent.actor, child.id, {
      type: 'iep-meeting-held',
      date: '2026-10-01',
      note: '',
    })
    const url = `/children/${child.id}/documents/${row?.id}/edit`
    const form = await browser.get(url)
    expect(form.body).toContain('IEP meeting held')
    const saved = await browser.post(url, {
      ...details,
      title: 'Renamed report',
      eventIds: [event.id],
      version: '1',
    })
    expect(saved.statusCode).toBe(303)
    const page = await browser.follow(saved)
    expect(page.body).toContain('Renamed report')
    expect(page.body).toContain('Thursday 1 October 2026')
    const stale = await browser.post(url, { ...details, title: 'Second edit', version: '1' })
    expect(stale.statusCode).toBe(409)
    expect(stale.body).toContain('value="Second edit"')
    expect(stale.body).toContain('Renamed report')
    const invalid = await browser.post(url, {
      ...details,
      title: '',
      eventIds: ['not-an-event'],
      version: '2',
    })
    expect(invalid.statusCode).toBe(400)
    expect(invalid.body).toContain('Enter a title for the document')
    expect(invalid.body).toContain('Choose events from the list')
    // The file's words stay searchable after the details change.
    expect((await browser.get(`/children/${child.id}/search?q=words`)).body).toContain('<mark>words</mark>')
  })

  test('a document belongs to the child’s plans and meetings; another child’s are refused', async () => {
    expect((await upload('evaluation.txt', Buffer.from('evaluation words'))).statusCode).toBe(303)
    const [row] = await documentRows()
    const plan = await createPlan(t.deps, parent.actor, child.id, JSON.parse(JSON.stringify(buildIep())))
    const meeting = await createMeeting(t.deps, parent.actor, child.id, {
      kind: 'annual-review',
      date: '2026-10-14',
      startTime: '15:30',
      durationMinutes: '60',
      timeZone: 'America/Chicago',
      place: 'Room 114',
      link: '',
      invitedOn: '',
      participants: [{ name: 'Rosa Díaz', role: 'parent', excused: '' }],
    })
    const sibling = await createChildFor(t.deps, parent, { legalName: 'Tomás Díaz', preferredName: '' })
    const siblingPlan = await createPlan(
      t.deps,
      parent.actor,
      sibling.id,
      JSON.parse(JSON.stringify(buildSection504())),
    )
    const url = `/children/${child.id}/documents/${row?.id}/edit`
    const form = await browser.get(url)
    expect(form.body).toContain(`name="planIds" type="checkbox" value="${plan.record.id}"`)
    expect(form.body).toContain(`name="meetingIds" type="checkbox" value="${meeting.id}"`)
    expect(form.body).not.toContain(siblingPlan.record.id)

    const refused = await browser.post(url, {
      ...details,
      planIds: [siblingPlan.record.id],
      meetingIds: ['not-a-meeting'],
      version: '1',
    })
    expect(refused.statusCode).toBe(400)
    expect(refused.body).toContain('Choose plans from the list')
    expect(refused.body).toContain('Choose meetings from the list')

    const saved = await browser.post(url, {
      ...details,
      planIds: [plan.record.id],
      meetingIds: [meeting.id],
      version: '1',
    })
    expect(saved.statusCode).toBe(303)
    const page = await browser.follow(saved)
    expect(page.body).toContain(`href="/children/${child.id}/plans/${plan.record.id}"`)
    expect(page.body).toContain(`href="/children/${child.id}/meetings/${meeting.id}"`)
    expect(page.body).toContain('Annual IEP review, ')
    const again = await browser.get(url)
    expect(again.body).toMatch(
      new RegExp(`name="planIds" type="checkbox" value="${plan.record.id}"[^>]*checked`),
    )

    // Unticking every box removes the links.
    expect((await browser.post(url, { ...details, version: '2' })).statusCode).toBe(303)
    const unlinked = await browser.get(`/children/${child.id}/documents/${row?.id}`)
    expect(unlinked.body).not.toContain(`/plans/${plan.record.id}"`)
    expect(unlinked.body).not.toContain(`/meetings/${meeting.id}"`)

    // A draft plan deleted as entered by mistake takes its links with it.
    const draft = await createPlan(
      t.deps,
      parent.actor,
      child.id,
      JSON.parse(JSON.stringify(buildIep({ status: 'draft' }))),
    )
    expect(
      (await browser.post(url, { ...details, planIds: [draft.record.id], version: '3' })).statusCode,
    ).toBe(303)
    await deleteDraftPlan(t.deps, parent.actor, child.id, draft.record.id, 1)
    expect((await getDocument(t.deps, parent.actor, child.id, row?.id ?? '')).planIds).toEqual([])
  })

  test('deleting removes the row, the file and the search entry', async () => {
    expect((await upload('report.txt', Buffer.from('unique zebra words'))).statusCode).toBe(303)
    const [row] = await documentRows()
    expect((await browser.get(`/children/${child.id}/documents/${row?.id}/delete`)).body).toContain(
      'Delete this document?',
    )
    const response = await browser.post(`/children/${child.id}/documents/${row?.id}/delete`)
    expect(response.statusCode).toBe(303)
    expect(await documentRows()).toHaveLength(0)
    expect(storedFiles()).toEqual([])
    expect((await browser.get(`/children/${child.id}/search?q=zebra`)).body).toContain('Nothing found')
    expect((await browser.get(`/children/${child.id}/documents/${row?.id}`)).statusCode).toBe(404)
  })
})

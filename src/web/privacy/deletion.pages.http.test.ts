import { afterEach, beforeEach, expect, test } from 'vitest'
import { TestBrowser } from '../../../test/support/browser.ts'
import { createChildFor, createUser, signInBrowser, type TestUser } from '../../../test/support/factories.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import type { Child } from '../../domain/children/child.ts'

let t: TestApp
let parent: TestUser
let child: Child
let browser: TestBrowser

beforeEach(async () => {
  t = await buildTestApp({ now: '2026-11-29T15:00:00.000Z' })
  parent = await createUser(t.deps, { name: 'Rosa Díaz' })
  child = await createChildFor(t.deps, parent, { legalName: 'Lucía Díaz', preferredName: 'Lucy' })
  browser = new TestBrowser(t.app)
  await signInBrowser(browser, parent)
})
afterEach(async () => {
  await t.close()
})

test('deleting a child: a wrong name keeps what was typed; the right one hides the record; undo brings it back', async () => {
  const page = await browser.get(`/children/${child.id}/delete`)
  expect(page.statusCode).toBe(200)
  expect(page.body).toContain('To confirm, type the name Lucy')
  const wrong = await browser.post(`/children/${child.id}/delete`, { confirmName: 'Lucas' })
  expect(wrong.statusCode).toBe(400)
  expect(wrong.body).toContain('Type the name exactly as shown: Lucy.')
  expect(wrong.body).toContain('value="Lucas"')
  expect(wrong.body).toContain('href="#confirmName"')

  const done = await browser.post(`/children/${child.id}/delete`, { confirmName: 'Lucy' })
  expect(done.statusCode).toBe(303)
  expect(done.headers.location).toBe('/account/deletions')
  const list = await browser.follow(done)
  expect(list.body).toContain('will be deleted on Sunday 13 December 2026')
  expect((await browser.get(`/children/${child.id}`)).statusCode).toBe(404)
  expect((await browser.get('/children')).body).not.toContain('Lucy')

  const undo = await browser.post(`/account/deletions/children/${child.id}/undo`)
  expect(undo.statusCode).toBe(303)
  expect((await browser.follow(undo)).body).toContain('Lucy’s record is back.')
})

test('another household cannot delete or undo, and the pages answer 404', async () => {
  const stranger = await createUser(t.deps)
  const other = new TestBrowser(t.app)
  await signInBrowser(other, stranger)
  expect((await other.get(`/children/${child.id}/delete`)).statusCode).toBe(404)
  expect((await other.post(`/children/${child.id}/delete`, { confirmName: 'Lucy' })).statusCode).toBe(404)
  await browser.post(`/children/${child.id}/delete`, { confirmName: 'Lucy' })
  expect((await other.post(`/account/deletions/children/${child.id}/undo`)).statusCode).toBe(404)
})

test('deleting the account needs the password, in Spanish too, and signs out other sessions', async () => {
  const elsewhere = new TestBrowser(t.app)
  await signInBrowser(elsewhere, parent)
  elsewhere.setCookie('pathway_lang', 'es')
  browser.setCookie('pathway_lang', 'es')
  const wrong = await browser.post('/account/delete', { password: 'nope' })
  expect(wrong.statusCode).toBe(400)
  expect(wrong.body).toContain('La contraseña no es correcta.')
  const done = await browser.post('/account/delete', { password: parent.password })
  expect(done.statusCode).toBe(303)
  expect((await browser.follow(done)).body).toContain('13 de diciembre de 2026')
  expect((await elsewhere.get('/children')).statusCode).toBe(302)
  expect((await browser.get(`/children/${child.id}`)).statusCode).toBe(404)
  const keep = await browser.post('/account/deletions/account/undo')
  expect(keep.statusCode).toBe(303)
  expect((await browser.get(`/children/${child.id}`)).statusCode).toBe(200)
})

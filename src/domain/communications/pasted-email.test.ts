import { describe, expect, test } from 'vitest'
import { parseEmailDate, parsePastedEmail } from './pasted-email.ts'

describe('dates in e-mail headers', () => {
  test.each([
    ['Tue, 3 Nov 2026 10:15:00 -0600', '2026-11-03'],
    ['Tuesday, November 3, 2026 10:15 AM', '2026-11-03'],
    ['martes, 3 de noviembre de 2026 10:15', '2026-11-03'],
    ['Sent: Monday, 29 February 2028', '2028-02-29'],
    ['2026-11-03T10:15:00Z', '2026-11-03'],
    ['11/3/2026 10:15 AM', '2026-11-03'],
    ['sept. 30, 2026', '2026-09-30'],
  ])('%s is %s', (text, expected) => {
    expect(parseEmailDate(text)).toBe(expected)
  })

  test.each(['yesterday', 'February 30, 2026', '13/45/2026', 'Nov 2026'])('%s gives no date', (text) => {
    expect(parseEmailDate(text)).toBeNull()
  })
})

describe('a pasted e-mail', () => {
  test('gives its header lines and the message, in English', () => {
    const email = parsePastedEmail(
      '\n---------- Forwarded message ---------\nFrom: Ana Ruiz <aruiz@x.org>\nDate: Tue, 3 Nov 2026 10:15\nSubject: Speech\nTo: rosa@example.org\nCc: office@x.org\n\nHello,\n\nSee you Friday.\n',
    )
    expect(email).toEqual({
      subject: 'Speech',
      from: 'Ana Ruiz <aruiz@x.org>',
      to: 'rosa@example.org',
      cc: 'office@x.org',
      date: '2026-11-03',
      body: 'Hello,\n\nSee you Friday.',
    })
  })

  test('reads Spanish headers from Outlook', () => {
    const email = parsePastedEmail(
      'De: Ana Ruiz\r\nEnviado: martes, 3 de noviembre de 2026 10:15\r\nPara: Rosa\r\nAsunto: Horario\r\n\r\nHola',
    )
    expect(email).toMatchObject({
      subject: 'Horario',
      from: 'Ana Ruiz',
      to: 'Rosa',
      date: '2026-11-03',
      body: 'Hola',
    })
  })

  test('a message without headers is all body', () => {
    expect(parsePastedEmail('Just a note: call me.')).toMatchObject({
      subject: null,
      date: null,
      body: 'Just a note: call me.',
    })
  })
})

import { daysInMonth, type LocalDate } from '../dates/local-date.ts'

/** What Pathway reads from an e-mail pasted as text: the usual header lines, then the message. */
export interface PastedEmail {
  readonly subject: string | null
  readonly from: string | null
  readonly to: string | null
  readonly cc: string | null
  readonly date: LocalDate | null
  readonly body: string
}

// Header names as e-mail programs print them in English and Spanish.
const HEADERS: Record<string, 'subject' | 'from' | 'to' | 'cc' | 'date'> = {
  subject: 'subject',
  asunto: 'subject',
  from: 'from',
  de: 'from',
  to: 'to',
  para: 'to',
  cc: 'cc',
  date: 'date',
  sent: 'date',
  fecha: 'date',
  enviado: 'date',
  enviada: 'date',
}

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  ene: 1,
  enero: 1,
  feb: 2,
  february: 2,
  febrero: 2,
  mar: 3,
  march: 3,
  marzo: 3,
  apr: 4,
  april: 4,
  abr: 4,
  abril: 4,
  may: 5,
  mayo: 5,
  jun: 6,
  june: 6,
  junio: 6,
  jul: 7,
  july: 7,
  julio: 7,
  aug: 8,
  august: 8,
  ago: 8,
  agosto: 8,
  sep: 9,
  sept: 9,
  september: 9,
  septiembre: 9,
  setiembre: 9,
  oct: 10,
  october: 10,
  octubre: 10,
  nov: 11,
  november: 11,
  noviembre: 11,
  dec: 12,
  december: 12,
  dic: 12,
  diciembre: 12,
}

function toLocalDate(year: number, month: number, day: number): LocalDate | null {
  if (!(year >= 1990 && year <= 2200 && month >= 1 && month <= 12)) return null
  if (day < 1 || day > daysInMonth(year, month)) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as LocalDate
}

/**
 * The calendar date in an e-mail's date line, as the sender's program wrote it: "Tue, 3 Nov 2026
 * 10:15:00 -0600", "Tuesday, November 3, 2026 10:15 AM", "martes, 3 de noviembre de 2026",
 * "2026-11-03" or the US "11/3/2026". The date is taken as written (the sender's own day).
 */
export function parseEmailDate(text: string): LocalDate | null {
  const lower = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
  const iso = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(lower)
  if (iso) return toLocalDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  const us = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(lower)
  if (us) return toLocalDate(Number(us[3]), Number(us[1]), Number(us[2]))
  const words = lower.match(/[a-z]+|\d+/g) ?? []
  let month: number | undefined
  let monthAt = -1
  words.forEach((word, i) => {
    if (month === undefined && MONTHS[word] !== undefined) {
      month = MONTHS[word]
      monthAt = i
    }
  })
  if (month === undefined) return null
  const numbers = words.map((word, i) => ({ word, i })).filter(({ word }) => /^\d+$/.test(word))
  const year = numbers.find(({ word }) => word.length === 4)
  // The day is the number nearest the month name that is not the year.
  const day = numbers
    .filter(({ word }) => word.length <= 2)
    .sort((a, b) => Math.abs(a.i - monthAt) - Math.abs(b.i - monthAt))[0]
  if (!year || !day) return null
  return toLocalDate(Number(year.word), month, Number(day.word))
}

/**
 * Reads the header lines at the top of a pasted e-mail (blank lines and a "Forwarded message" line
 * before them are skipped); the first line that is not a header starts the message.
 */
export function parsePastedEmail(text: string): PastedEmail {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  const found: Partial<Record<'subject' | 'from' | 'to' | 'cc' | 'date', string>> = {}
  let index = 0
  while (index < lines.length) {
    const line = (lines[index] ?? '').trim()
    if (line === '' || /^-+.*(forwarded|original|reenviado|mensaje original).*-+$/i.test(line)) {
      if (Object.keys(found).length > 0 && line === '') {
        index += 1
        break
      }
      index += 1
      continue
    }
    const match = /^([A-Za-zÁÉÍÓÚáéíóú]+)\s*:\s*(.*)$/.exec(line)
    const key = match ? HEADERS[(match[1] ?? '').toLowerCase()] : undefined
    if (!match || !key) break
    found[key] = (match[2] ?? '').trim()
    index += 1
  }
  const body = lines.slice(index).join('\n').trim()
  return {
    subject: found.subject || null,
    from: found.from || null,
    to: found.to || null,
    cc: found.cc || null,
    date: found.date ? parseEmailDate(found.date) : null,
    body,
  }
}

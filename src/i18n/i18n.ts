import i18next, { type i18n } from 'i18next'
import type { LocalDate } from '../domain/dates/local-date.ts'
import type { Message } from '../domain/messages.ts'
import { en, es } from './catalog.ts'

/** The languages Pathway speaks. Every string exists in both (checked by catalog.test.ts). */
export const LANGS = ['en', 'es'] as const
export type Lang = (typeof LANGS)[number]

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'es'
}

/** Looks up a catalog key (`children.form.legalName.label`) and fills `{{placeholders}}`. */
export type Translate = (key: string, params?: Readonly<Record<string, unknown>>) => string

let instance: i18n | undefined

function i18nInstance(): i18n {
  if (instance) return instance
  const created = i18next.createInstance()
  void created.init({
    resources: { en: { translation: en }, es: { translation: es } },
    lng: 'en',
    fallbackLng: false,
    initAsync: false,
    // Text is escaped by the JSX renderer; escaping here would escape twice.
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  })
  instance = created
  return created
}

const translators = new Map<Lang, Translate>()

/** A translator for one language. A missing key returns the key itself, which tests catch. */
export function translator(lang: Lang): Translate {
  const cached = translators.get(lang)
  if (cached) return cached
  const fixed = i18nInstance().getFixedT(lang)
  // A key without values always gives the same words, so each is looked up once (pages ask for hundreds;
  // keys come from the code, never from input, so the cache stays small).
  const plain = new Map<string, string>()
  const templates = new Map<string, Template | null>()
  const translate: Translate = (key, params) => {
    if (params !== undefined) {
      // i18next's interpolation was the largest cost of rendering a page with many dated items; a
      // plain "{{name}}" template is filled here, and anything else (plurals, nesting) goes to i18next.
      let template = templates.get(key)
      if (template === undefined) {
        template = compileTemplate(i18nInstance().getResource(lang, 'translation', key))
        templates.set(key, template)
      }
      const filled = template && fillTemplate(template, params)
      return filled ?? (fixed(key, params as Record<string, unknown>) as string)
    }
    let text = plain.get(key)
    if (text === undefined) {
      text = fixed(key) as string
      plain.set(key, text)
    }
    return text
  }
  translators.set(lang, translate)
  return translate
}

/** A catalog text split at its `{{placeholders}}`: literal text at even indexes, names at odd ones. */
type Template = readonly string[]

// Options i18next reads from the values (plural forms, context) rule out the simple fill.
const I18NEXT_OPTIONS = new Set(['count', 'context', 'ordinal', 'lng', 'defaultValue', 'replace'])

function compileTemplate(text: unknown): Template | null {
  if (typeof text !== 'string' || text.includes('$t(')) return null
  const parts = text.split(/\{\{([^{}]*)\}\}/)
  for (let i = 1; i < parts.length; i += 2) if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(parts[i] ?? '')) return null
  return parts
}

function fillTemplate(template: Template, params: Readonly<Record<string, unknown>>): string | undefined {
  for (const name in params) if (I18NEXT_OPTIONS.has(name)) return undefined
  let out = template[0] ?? ''
  for (let i = 1; i < template.length; i += 2) {
    const value = params[template[i] ?? '']
    if (typeof value === 'string') out += value
    else if (typeof value === 'number') out += String(value)
    else return undefined
    out += template[i + 1] ?? ''
  }
  return out
}

/** True when the key exists in the English catalog (used by tests and to guard dynamic keys). */
export function hasKey(key: string): boolean {
  return i18nInstance().exists(key, { lng: 'en' })
}

const LOCALE_TAG: Record<Lang, string> = { en: 'en-GB', es: 'es-US' }

const longDateFormats = new Map<Lang, Intl.DateTimeFormat>()
const shortDateFormats = new Map<Lang, Intl.DateTimeFormat>()

function dateFormat(cache: Map<Lang, Intl.DateTimeFormat>, lang: Lang, options: Intl.DateTimeFormatOptions) {
  let format = cache.get(lang)
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE_TAG[lang], { ...options, timeZone: 'UTC' })
    cache.set(lang, format)
  }
  return format
}

function utcMidnight(date: LocalDate): Date {
  return new Date(`${date}T00:00:00Z`)
}

/** A date in full, as CONTENT.md asks: "Monday 16 March 2027" / "lunes 16 de marzo de 2027". */
export function formatDate(lang: Lang, date: LocalDate): string {
  const format = dateFormat(longDateFormats, lang, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  })
  return format.format(utcMidnight(date)).replace(',', '')
}

/** A shorter date for tables: "16 Mar 2027" / "16 mar 2027". */
export function formatShortDate(lang: Lang, date: LocalDate): string {
  const format = dateFormat(shortDateFormats, lang, { day: 'numeric', month: 'short', year: 'numeric' })
  return format.format(utcMidnight(date)).replace(/\./g, '')
}

/** An instant shown in a time zone: "16 March 2027, 14:05". */
export function formatInstant(lang: Lang, instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE_TAG[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
  }).format(new Date(instant))
}

/** Writes a domain Message in a language: `{ date }` values in full, `{ key }` values translated. */
export function renderMessage(lang: Lang, msg: Message): string {
  const t = translator(lang)
  if (!msg.params) return t(msg.key)
  const values: Record<string, string | number> = {}
  for (const [name, value] of Object.entries(msg.params)) {
    if (typeof value === 'object')
      values[name] = 'date' in value ? formatDate(lang, value.date) : t(value.key)
    else values[name] = value
  }
  return t(msg.key, values)
}

import { describe, expect, test } from 'vitest'
import { CHANNELS, DIRECTIONS } from '../domain/communications/communication.ts'
import { DOCUMENT_KINDS, TEXT_STATUSES } from '../domain/documents/document.ts'
import { SENT_VIA } from '../domain/letters/letter.ts'
import { LETTER_FACT_NAMES, LETTER_TEMPLATES } from '../domain/letters/templates.ts'
import { en } from './catalog.ts'
import { translator } from './i18n.ts'

/** The keys built at run time (from templates, kinds and fields) exist in both languages. */
describe('documents, communications and letters words', () => {
  for (const lang of ['en', 'es'] as const) {
    const t = translator(lang)
    const has = (key: string) => expect(t(key), `${lang} ${key}`).not.toBe(key)

    test(`every template has its title, description, subject, field labels and paragraphs in ${lang}`, () => {
      for (const template of LETTER_TEMPLATES) {
        for (const part of ['title', 'description', 'subject'])
          has(`letters.templates.${template.id}.${part}`)
        for (const field of template.fields) {
          has(`letters.templates.${template.id}.fields.${field.name}`)
          has(`letters.templates.${template.id}.hints.${field.name}`)
        }
        for (const law of template.laws) has(`letters.laws.${law}`)
        // Each letter cites every law it rests on, somewhere in its paragraphs.
        const words = Object.keys(en.letters.templates[template.id].paragraphs)
          .map((key) => t(`letters.templates.${template.id}.paragraphs.${key}`))
          .join(' ')
        for (const citation of template.citations)
          expect(words, `${template.id} ${citation}`).toContain(citation.split('(')[0])
      }
      for (const name of LETTER_FACT_NAMES) has(`letters.problems.missing.${name}`)
      for (const via of SENT_VIA) has(`letters.sent.via.${via}`)
    })

    test(`every kind, status, channel and direction has words in ${lang}`, () => {
      for (const kind of DOCUMENT_KINDS) has(`documents.kinds.${kind}`)
      for (const status of TEXT_STATUSES) has(`documents.textStatus.${status}`)
      for (const channel of CHANNELS) has(`communications.channels.${channel}`)
      for (const direction of DIRECTIONS) has(`communications.directions.${direction}`)
    })
  }
})

import PDFDocument from 'pdfkit'
import type { Instant } from '../../domain/dates/local-date.ts'
import { type Lang, translator } from '../../i18n/i18n.ts'
import type { GlanceText } from './read-plan-views.ts'

/**
 * The plan at a glance as a one-page PDF a parent hands to a new teacher: strengths and needs,
 * goals, accommodations, services with their minutes, and who to call. Helvetica covers English and
 * Spanish. The file's creation date is the version's saved instant, so one version gives one file.
 */
export function renderAtAGlancePdf(input: {
  readonly lang: Lang
  readonly title: string
  readonly subtitle: string
  readonly text: GlanceText
  readonly savedAt: Instant
  readonly printedOn: string
}): Promise<Buffer> {
  const t = translator(input.lang)
  const { text } = input
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'LETTER',
      margins: { top: 48, bottom: 48, left: 54, right: 54 },
      info: {
        Title: input.title,
        Creator: 'Pathway',
        Producer: 'Pathway',
        CreationDate: new Date(input.savedAt),
      },
      lang: input.lang,
      displayTitle: true,
    })
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)

    const heading = (words: string) => {
      doc.moveDown(0.6).font('Helvetica-Bold').fontSize(12).text(words).moveDown(0.2)
      doc.font('Helvetica').fontSize(10)
    }
    const bullet = (main: string, extra: readonly (string | null)[] = []) => {
      doc.font('Helvetica').fontSize(10).text(`•  ${main}`, { indent: 0, lineGap: 1 })
      for (const line of extra)
        if (line) doc.fontSize(9).fillColor('#333333').text(line, { indent: 14 }).fillColor('#000000')
    }

    doc.font('Helvetica-Bold').fontSize(16).text(input.title)
    doc.font('Helvetica').fontSize(10).text(input.subtitle).moveDown(0.3)
    doc.fontSize(9).fillColor('#333333').text(t('plans.glance.forTeachers')).fillColor('#000000')

    heading(t('plans.glance.strengthsAndNeeds'))
    doc.text(`${t('plans.glance.strengths')}: ${text.strengths ?? t('plans.glance.notInPlan')}`)
    doc.text(`${t('plans.glance.needs')}: ${text.needs ?? t('plans.glance.notInPlan')}`)

    if (text.goals.length > 0) {
      heading(t('plans.glance.goals'))
      for (const [i, goal] of text.goals.entries()) bullet(`${i + 1}. ${goal.area}: ${goal.text}`)
    }
    heading(t('plans.glance.accommodations'))
    if (text.accommodations.length === 0) doc.text(t('plans.glance.noneListed'))
    for (const a of text.accommodations) {
      bullet(a.details ? `${a.name} (${a.details})` : a.name, [
        a.explanation,
        a.settings.length > 0 ? `${t('plans.glance.where')}: ${a.settings.join(', ')}` : null,
        a.responsible ? `${t('plans.glance.who')}: ${a.responsible}` : null,
      ])
    }
    if (text.modifications.length > 0) {
      heading(t('plans.glance.modifications'))
      for (const m of text.modifications) bullet(m.name, [m.explanation])
    }
    heading(t('plans.glance.services'))
    if (text.services.length === 0) doc.text(t('plans.glance.noneListed'))
    for (const s of text.services) {
      bullet(s.name, [
        [
          s.amount,
          s.minutesPerWeek === null ? null : t('plans.glance.perWeek', { minutes: s.minutesPerWeek }),
        ]
          .filter(Boolean)
          .join(' · ') || t('plans.glance.noAmount'),
        s.where,
        s.provider ? `${t('plans.glance.who')}: ${s.provider}` : null,
      ])
    }
    heading(t('plans.glance.contacts'))
    if (text.contacts.length === 0) doc.text(t('plans.glance.noContacts'))
    for (const c of text.contacts)
      bullet([c.name, c.role].filter(Boolean).join(', '), [
        [c.phone, c.email].filter(Boolean).join(' · ') || null,
      ])

    doc.moveDown(1).fontSize(8).fillColor('#333333')
    doc.text(t('plans.glance.footer', { date: input.printedOn }))
    doc.end()
  })
}

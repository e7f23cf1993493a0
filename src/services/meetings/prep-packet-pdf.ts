import PDFDocument from 'pdfkit'
import type { Actor } from '../../domain/access/actor.ts'
import { displayName } from '../../domain/children/child.ts'
import type { Instant } from '../../domain/dates/local-date.ts'
import type { Meeting } from '../../domain/meetings/meeting.ts'
import { checkIepTeam, type TeamFinding } from '../../domain/meetings/team-check.ts'
import { type ChartData, type ChartSegment, chartFrame } from '../../domain/progress/chart-scale.ts'
import { formatDate, type Lang, renderMessage, translator } from '../../i18n/i18n.ts'
import { type Deps, today } from '../deps.ts'
import { glanceText } from '../plans/read-plan-views.ts'
import { gatherRecordEvidence, goalProgressText, type RecordEvidence } from './meeting-evidence.ts'
import { findMeetingOfChild } from './meetings.ts'
import { timeZoneLabelKey } from './time-zones.ts'

/** The rights the packet sums up, each sentence with its citation (meetings.rights.*). */
const RIGHTS = ['member', 'copy', 'pwn', 'iee', 'records', 'consent', 'safeguards', 'stayPut'] as const

export interface PrepPacketInput {
  readonly lang: Lang
  readonly childName: string
  readonly meeting: Meeting
  readonly team: readonly TeamFinding[]
  readonly evidence: RecordEvidence
  readonly printedOn: string
  readonly createdAt: Instant
}

/**
 * The prep packet: the meeting, the parent's concerns, strengths, questions and requests, who is
 * invited and who is missing, the plan at a glance with what it lacks, each goal's latest scores, trend and decision,
 * the services delivered, the deadlines to raise, and the parent's rights with citations.
 */
export function renderPrepPacketPdf(input: PrepPacketInput): Promise<Buffer> {
  const t = translator(input.lang)
  const { meeting, evidence, lang } = input
  return new Promise((resolve, reject) => {
    const title = t('meetings.packet.title', { name: input.childName })
    const doc = new PDFDocument({
      size: 'LETTER',
      margins: { top: 48, bottom: 48, left: 54, right: 54 },
      info: {
        Title: title,
        Creator: 'Pathway',
        Producer: 'Pathway',
        CreationDate: new Date(input.createdAt),
      },
      lang,
      displayTitle: true,
    })
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)

    const heading = (words: string) => {
      doc.moveDown(0.6).font('Helvetica-Bold').fontSize(12).fillColor('#000000').text(words).moveDown(0.2)
      doc.font('Helvetica').fontSize(10)
    }
    const bullet = (main: string, extra: string | null = null) => {
      doc.font('Helvetica').fontSize(10).fillColor('#000000').text(`•  ${main}`, { lineGap: 1 })
      if (extra) doc.fontSize(9).fillColor('#333333').text(extra, { indent: 14 }).fillColor('#000000')
    }
    const paragraph = (text: string) =>
      doc
        .font('Helvetica')
        .fontSize(10)
        .text(text === '' ? t('meetings.packet.none') : text)
    const list = (items: readonly string[]) => {
      if (items.length === 0) paragraph('')
      for (const item of items) bullet(item)
    }

    doc.font('Helvetica-Bold').fontSize(16).text(title)
    doc
      .font('Helvetica')
      .fontSize(10)
      .text(
        t('meetings.packet.meeting', {
          kind: t(`meetings.kinds.${meeting.kind}`),
          date: formatDate(lang, meeting.date),
          time: meeting.startTime,
          zone: t(timeZoneLabelKey(meeting.timeZone), { zone: meeting.timeZone }),
        }),
      )
    if (meeting.place) doc.text(t('meetings.packet.where', { place: meeting.place }))
    if (meeting.link) doc.text(t('meetings.packet.link', { link: meeting.link }))

    heading(t('meetings.packet.concerns'))
    paragraph(meeting.prep.concerns)
    heading(t('meetings.packet.strengths'))
    paragraph(meeting.prep.strengths)
    heading(t('meetings.packet.questions'))
    list(meeting.prep.questions)
    heading(t('meetings.packet.requests'))
    list(meeting.prep.requests)

    heading(t('meetings.packet.team'))
    list(
      meeting.participants.map(
        (p) =>
          `${p.name}, ${t(`meetings.roles.${p.role}`)}${p.excused ? ` (${t('meetings.view.excusedTag')})` : ''}`,
      ),
    )
    if (input.team.length > 0) {
      heading(t('meetings.packet.teamGaps'))
      for (const finding of input.team)
        bullet(
          finding.status === 'missing'
            ? t('meetings.team.missing', { role: t(`meetings.roles.${finding.role}`) })
            : t('meetings.team.excused', { role: t(`meetings.roles.${finding.role}`) }),
          finding.citation,
        )
    }

    heading(t('meetings.packet.planTitle'))
    if (!evidence.plan) paragraph(t('meetings.packet.noPlan'))
    else {
      const glance = glanceText(evidence.plan.glance, lang)
      doc.text(
        t('meetings.packet.planInfo', {
          kind: t(`plans.kinds.${evidence.plan.kind}`),
          start: evidence.plan.effectiveFrom ? formatDate(lang, evidence.plan.effectiveFrom) : '—',
        }),
      )
      if (glance.strengths) doc.text(`${t('plans.glance.strengths')}: ${glance.strengths}`)
      if (glance.needs) doc.text(`${t('plans.glance.needs')}: ${glance.needs}`)
      for (const [i, goal] of glance.goals.entries()) bullet(`${i + 1}. ${goal.area}: ${goal.text}`)
      for (const a of glance.accommodations) bullet(a.details ? `${a.name} (${a.details})` : a.name)
      for (const s of glance.services)
        bullet(
          s.name,
          [
            s.amount,
            s.minutesPerWeek === null ? null : t('plans.glance.perWeek', { minutes: s.minutesPerWeek }),
          ]
            .filter(Boolean)
            .join(' · ') || null,
        )
      const required = evidence.plan.findings.filter((f) => f.severity === 'required')
      if (required.length > 0) {
        heading(t('meetings.packet.findingsTitle'))
        for (const finding of required) bullet(renderMessage(lang, finding.message), finding.citation)
      }
    }

    heading(t('meetings.packet.progressTitle'))
    if (evidence.progress === null) paragraph(t('meetings.packet.progressNotAvailable'))
    else
      for (const item of evidence.progress) {
        const words = goalProgressText(lang, item)
        bullet(
          t('meetings.packet.progressDecision', { goal: words.title, decision: words.status }),
          words.lines.join('\n'),
        )
        if (item.series.ok && item.analysis && item.points.length > 0) {
          drawProgressChart(doc, {
            series: item.series.series,
            analysis: item.analysis,
            points: item.points,
            notes: item.notes,
          })
          doc.fontSize(8).fillColor('#333333').text(t('meetings.packet.chartKey'), { indent: 14 })
          doc.fillColor('#000000')
        }
      }

    heading(t('meetings.packet.servicesTitle'))
    if (evidence.services === null) paragraph(t('meetings.packet.servicesNotAvailable'))
    else
      for (const service of evidence.services)
        bullet(
          t('meetings.packet.serviceLine', {
            service: service.name,
            delivered: service.deliveredMinutes,
            required: service.requiredMinutes,
            percent: service.percentDelivered ?? 0,
            owed: service.owedMinutes,
          }),
        )

    heading(t('meetings.packet.deadlinesTitle'))
    if (evidence.deadlines.length === 0) paragraph(t('meetings.packet.noDeadlines'))
    for (const deadline of evidence.deadlines)
      bullet(
        t('meetings.packet.deadlineLine', {
          title: renderMessage(lang, deadline.title),
          date: deadline.due ? formatDate(lang, deadline.due) : '—',
          status: t(`disputes.deadlineStatuses.${deadline.status}`),
          citation: deadline.citation,
        }),
      )

    heading(t('meetings.packet.rightsTitle'))
    for (const right of RIGHTS) bullet(t(`meetings.rights.${right}`))

    doc.moveDown(1).fontSize(8).fillColor('#333333')
    doc.text(t('meetings.packet.footer', { date: input.printedOn }))
    doc.end()
  })
}

/** The packet for one meeting, built from the child's own record on today's date. */
export async function meetingPacketPdf(
  deps: Deps,
  actor: Actor,
  childId: string,
  meetingId: string,
  lang: Lang,
): Promise<{ meeting: Meeting; pdf: Buffer }> {
  const { child, meeting } = await findMeetingOfChild(deps, actor, childId, meetingId, 'read')
  const on = today(deps)
  const evidence = await gatherRecordEvidence(deps, actor, child, on)
  const pdf = await renderPrepPacketPdf({
    lang,
    childName: displayName(child),
    meeting,
    team: checkIepTeam(meeting),
    evidence,
    printedOn: formatDate(lang, on),
    createdAt: meeting.updatedAt as Instant,
  })
  return { meeting, pdf }
}

const CHART = { width: 300, height: 130, margin: { top: 8, right: 8, bottom: 18, left: 34 } }

/**
 * One goal's chart under its words, as on the progress page: the scores (dots), the aim line (dashed)
 * and the trend (solid, dotted where projected to the goal date). Starts a new page when it would not fit.
 */
function drawProgressChart(doc: PDFKit.PDFDocument, data: ChartData): void {
  const room = CHART.height + 12
  if (doc.y + room > doc.page.height - doc.page.margins.bottom) doc.addPage()
  const left = doc.page.margins.left + 14
  const top = doc.y + 4
  const frame = chartFrame(data, CHART)
  const at = (x: number, y: number): [number, number] => [left + x, top + y]
  doc.save().lineWidth(0.5).strokeColor('#b1b4b6')
  for (const tick of frame.ticks) {
    const [x1, y] = at(CHART.margin.left, frame.y(tick))
    const [x2] = at(CHART.width - CHART.margin.right, 0)
    doc.moveTo(x1, y).lineTo(x2, y).stroke()
    doc
      .fontSize(7)
      .fillColor('#333333')
      .text(String(Math.round(tick * 100) / 100), left, y - 3, {
        width: CHART.margin.left - 4,
        align: 'right',
        lineBreak: false,
      })
  }
  const line = (segment: ChartSegment, color: string, dash?: number) => {
    if (dash) doc.dash(dash, { space: dash })
    doc
      .lineWidth(1.5)
      .strokeColor(color)
      .moveTo(...at(segment.x1, segment.y1))
      .lineTo(...at(segment.x2, segment.y2))
      .stroke()
    doc.undash()
  }
  line(frame.aim, '#505a5f', 4)
  if (frame.trend) line(frame.trend, '#1d70b8')
  if (frame.projection) line(frame.projection, '#1d70b8', 1.5)
  doc.fillColor('#0b0c0c')
  for (const point of data.points)
    doc.circle(...at(frame.x(point.measuredOn), frame.y(point.value)), 2.5).fill()
  doc.restore()
  doc.x = doc.page.margins.left
  doc.y = top + CHART.height + 4
}

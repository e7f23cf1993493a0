import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { isLetterTemplateId, letterFields, letterTemplate } from '../../domain/letters/templates.ts'
import { DomainError } from '../../domain/problems.ts'
import { setFlash } from '../../http/plugins/request-context.ts'
import { paths } from '../../paths.ts'
import { getChild } from '../../services/children/children.ts'
import { type Deps, today } from '../../services/deps.ts'
import {
  deleteLetter,
  editLetter,
  getLetter,
  letterPdf,
  letterText,
  listLetters,
  markSent,
  startLetter,
} from '../../services/letters/letters.ts'
import { actorOf } from '../actor-of.ts'
import { contentDisposition } from '../documents/content-disposition.ts'
import { formText, readForm } from '../forms.ts'
import { type RenderSettings, sendPage, uiFor } from '../render.tsx'
import {
  DeleteLetterPage,
  LetterPage,
  LettersListPage,
  MarkSentPage,
  NewLetterPage,
  SENT_FIELDS,
} from './letters-views.tsx'

type ChildParams = { Params: { childId: string } }
type TemplateParams = { Params: { childId: string; template: string } }
type LetterParams = { Params: { childId: string; letterId: string } }

/** A file name for a letter's downloads: its subject, safe on any disk. */
function letterFileName(subject: string, extension: string): string {
  const base = subject
    .replace(/[^\p{L}\p{N} .,'-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100)
  return `${base || 'letter'}.${extension}`
}

/** Letters: the templates, writing a draft from the record, editing, PDF and text, mark as sent. */
export function registerLetterPages(app: FastifyInstance, deps: Deps, settings: RenderSettings): void {
  const ui = (request: FastifyRequest, reply: FastifyReply) => uiFor(request, reply, settings)

  app.get<ChildParams>(
    '/children/:childId/letters',
    { config: { access: 'child-read' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const child = await getChild(deps, actor, request.params.childId)
      const letters = await listLetters(deps, actor, child.id)
      return sendPage(reply, 200, ui(request, reply), <LettersListPage child={child} letters={letters} />)
    },
  )

  app.get<TemplateParams>(
    '/children/:childId/letters/new/:template',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const child = await getChild(deps, actorOf(request), request.params.childId)
      if (!isLetterTemplateId(request.params.template)) throw new DomainError('NOT_FOUND')
      const template = letterTemplate(request.params.template)
      const values: Record<string, string> = {
        language: request.lang,
        parentName: request.signedIn?.user.name ?? '',
      }
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <NewLetterPage child={child} template={template} values={values} />,
      )
    },
  )

  app.post<TemplateParams>(
    '/children/:childId/letters/new/:template',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      if (!isLetterTemplateId(request.params.template)) throw new DomainError('NOT_FOUND')
      const template = letterTemplate(request.params.template)
      const values = readForm(request.body, [
        'language',
        ...letterFields(template).map((field) => field.name),
      ])
      try {
        const letter = await startLetter(deps, actor, request.params.childId, template.id, values)
        setFlash(reply, { key: 'letters.flash.started', kind: 'success' })
        return reply.redirect(paths.letter(request.params.childId, letter.id), 303)
      } catch (error) {
        if (!(error instanceof DomainError) || error.code !== 'INVALID_INPUT') throw error
        const child = await getChild(deps, actor, request.params.childId)
        return sendPage(
          reply,
          400,
          ui(request, reply),
          <NewLetterPage child={child} template={template} values={values} problems={error.problems} />,
        )
      }
    },
  )

  app.get<LetterParams>(
    '/children/:childId/letters/:letterId',
    { config: { access: 'child-read' } },
    async (request, reply) => {
      const view = await getLetter(deps, actorOf(request), request.params.childId, request.params.letterId)
      return sendPage(reply, 200, ui(request, reply), <LetterPage {...view} />)
    },
  )

  app.post<LetterParams>(
    '/children/:childId/letters/:letterId',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const { childId, letterId } = request.params
      const values = { subject: formText(request.body, 'subject'), body: formText(request.body, 'body') }
      const version = Number(formText(request.body, 'version'))
      try {
        await editLetter(deps, actor, childId, letterId, version, values)
      } catch (error) {
        if (
          !(error instanceof DomainError) ||
          (error.code !== 'INVALID_INPUT' && error.code !== 'VERSION_CONFLICT')
        )
          throw error
        const view = await getLetter(deps, actor, childId, letterId)
        const conflict = error.code === 'VERSION_CONFLICT'
        return sendPage(
          reply,
          conflict ? 409 : 400,
          ui(request, reply),
          <LetterPage
            {...view}
            values={values}
            version={conflict ? view.letter.version : version}
            problems={error.problems}
            conflict={conflict ? view.letter : undefined}
          />,
        )
      }
      setFlash(reply, { key: 'letters.flash.saved', kind: 'success' })
      return reply.redirect(paths.letter(childId, letterId), 303)
    },
  )

  app.get<LetterParams>(
    '/children/:childId/letters/:letterId/letter.pdf',
    { config: { access: 'child-read' } },
    async (request, reply) => {
      const { letter, pdf } = await letterPdf(
        deps,
        actorOf(request),
        request.params.childId,
        request.params.letterId,
      )
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', contentDisposition(letterFileName(letter.subject, 'pdf')))
        .header('cache-control', 'private, no-store')
        .send(pdf)
    },
  )

  app.get<LetterParams>(
    '/children/:childId/letters/:letterId/letter.txt',
    { config: { access: 'child-read' } },
    async (request, reply) => {
      const { letter, text } = await letterText(
        deps,
        actorOf(request),
        request.params.childId,
        request.params.letterId,
      )
      return reply
        .header('content-type', 'text/plain; charset=utf-8')
        .header('content-disposition', contentDisposition(letterFileName(letter.subject, 'txt')))
        .header('cache-control', 'private, no-store')
        .send(text)
    },
  )

  app.get<LetterParams>(
    '/children/:childId/letters/:letterId/sent',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const { child, letter } = await getLetter(
        deps,
        actorOf(request),
        request.params.childId,
        request.params.letterId,
      )
      if (letter.sentOn) return reply.redirect(paths.letter(child.id, letter.id), 303)
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <MarkSentPage
          child={child}
          letter={letter}
          values={{ sentOn: today(deps), sentVia: '', receivedOn: '', followUpOn: '' }}
        />,
      )
    },
  )

  app.post<LetterParams>(
    '/children/:childId/letters/:letterId/sent',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const { childId, letterId } = request.params
      const values = readForm(request.body, SENT_FIELDS)
      try {
        await markSent(deps, actor, childId, letterId, values)
      } catch (error) {
        if (!(error instanceof DomainError) || error.code !== 'INVALID_INPUT') throw error
        const { child, letter } = await getLetter(deps, actor, childId, letterId)
        return sendPage(
          reply,
          400,
          ui(request, reply),
          <MarkSentPage child={child} letter={letter} values={values} problems={error.problems} />,
        )
      }
      setFlash(reply, { key: 'letters.flash.sent', kind: 'success' })
      return reply.redirect(paths.letter(childId, letterId), 303)
    },
  )

  app.get<LetterParams>(
    '/children/:childId/letters/:letterId/delete',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const { child, letter } = await getLetter(
        deps,
        actorOf(request),
        request.params.childId,
        request.params.letterId,
      )
      if (letter.sentOn) throw new DomainError('INVALID_STATE')
      return sendPage(reply, 200, ui(request, reply), <DeleteLetterPage child={child} letter={letter} />)
    },
  )

  app.post<LetterParams>(
    '/children/:childId/letters/:letterId/delete',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const { childId, letterId } = request.params
      await deleteLetter(deps, actorOf(request), childId, letterId)
      setFlash(reply, { key: 'letters.flash.deleted', kind: 'success' })
      return reply.redirect(paths.letters(childId), 303)
    },
  )
}

import { type Child, displayName } from '../../domain/children/child.ts'
import type { ChildEvent } from '../../domain/children/event.ts'
import { type ChildDocument, DOCUMENT_KINDS } from '../../domain/documents/document.ts'
import type { Meeting } from '../../domain/meetings/meeting.ts'
import type { PlanRecord } from '../../domain/plans/plan-record.ts'
import type { Problem } from '../../domain/problems.ts'
import type { SnippetPart } from '../../domain/search/search-text.ts'
import { paths } from '../../paths.ts'
import type { DocumentLinks } from '../../services/documents/documents.ts'
import type { SearchResult } from '../../services/search/search-child.ts'
import { Inset, Warning } from '../layout/banner.tsx'
import { ConfirmDeletePage } from '../layout/confirm-delete.tsx'
import { SummaryList, Table, Tag } from '../layout/content.tsx'
import { fieldId } from '../layout/error-summary.tsx'
import { Choices, DateInput, Select, Textarea, TextInput } from '../layout/fields.tsx'
import { Button, ButtonGroup, ButtonLink, PostForm } from '../layout/form.tsx'
import { Page } from '../layout/page.tsx'
import { recordTitle } from '../plans/plan-common.tsx'
import { RecordNav, SearchForm } from '../records/record-nav.tsx'
import { type Ui, useUi } from '../ui.ts'

export const DOCUMENT_FORM_FIELDS = ['title', 'kind', 'date', 'notes', 'tags'] as const
export type DocumentFormValues = Readonly<Record<(typeof DOCUMENT_FORM_FIELDS)[number], string>> &
  Partial<DocumentLinks>

/** The child's records a document can be linked to, for the form and the document page. */
export interface DocumentLinkChoices {
  readonly events: readonly ChildEvent[]
  readonly plans: readonly PlanRecord[]
  readonly meetings: readonly Meeting[]
}

export const EMPTY_DOCUMENT_FORM: DocumentFormValues = { title: '', kind: '', date: '', notes: '', tags: '' }

export function documentFormValues(document: ChildDocument, links: DocumentLinks): DocumentFormValues {
  return {
    title: document.title,
    kind: document.kind,
    date: document.date,
    notes: document.notes ?? '',
    tags: document.tags.join(', '),
    eventIds: links.eventIds,
    planIds: links.planIds,
    meetingIds: links.meetingIds,
  }
}

/** "2.4 MB", "310 KB": sizes as people read them, with the language's decimal mark. */
export function formatSize(ui: Pick<Ui, 'lang'>, bytes: number): string {
  const number = new Intl.NumberFormat(ui.lang === 'es' ? 'es-US' : 'en-US', { maximumFractionDigits: 1 })
  if (bytes >= 1024 * 1024) return `${number.format(bytes / 1024 / 1024)} MB`
  return `${number.format(Math.max(1, Math.round(bytes / 1024)))} KB`
}

function kindOptions(t: Ui['t']) {
  return DOCUMENT_KINDS.map((kind) => ({ value: kind, label: t(`documents.kinds.${kind}`) }))
}

export function DocumentsListPage({
  child,
  documents,
}: {
  child: Child
  documents: readonly ChildDocument[]
}) {
  const ui = useUi()
  const { t, shortDate } = ui
  const archived = child.archivedAt !== null
  return (
    <Page
      title={t('documents.list.title')}
      caption={displayName(child)}
      back={{ href: paths.child(child.id), label: displayName(child) }}
    >
      <RecordNav child={child} current="documents" />
      <p>{t('documents.list.intro', { name: displayName(child) })}</p>
      {!archived ? (
        <ButtonLink href={paths.uploadDocument(child.id)}>{t('documents.list.upload')}</ButtonLink>
      ) : null}
      {documents.length === 0 ? (
        <p>{t('documents.list.empty')}</p>
      ) : (
        <Table
          caption={t('documents.list.caption')}
          head={[
            t('documents.list.headTitle'),
            t('documents.list.headKind'),
            t('documents.list.headDate'),
            t('documents.list.headFile'),
          ]}
          rows={documents.map((document) => [
            <a href={paths.document(child.id, document.id)} key="title">
              {document.title}
            </a>,
            t(`documents.kinds.${document.kind}`),
            <time dateTime={document.date} key="date">
              {shortDate(document.date)}
            </time>,
            formatSize(ui, document.sizeBytes),
          ])}
        />
      )}
      <SearchForm child={child} query="" />
    </Page>
  )
}

/** A file field. Its value cannot be kept after an error (browsers forbid it), so the hint says so. */
function FileInput({
  name,
  label,
  hint,
  problems,
}: {
  name: string
  label: string
  hint: string
  problems: readonly Problem[]
}) {
  const { t } = useUi()
  const id = fieldId(name)
  const mine = problems.filter((p) => p.field === name)
  return (
    <div class={mine.length > 0 ? 'pw-form-group pw-form-group--error' : 'pw-form-group'}>
      <label class="pw-label" for={id}>
        {label}
      </label>
      <div class="pw-hint" id={`${id}-hint`}>
        {hint}
      </div>
      {mine.length > 0 ? (
        <p class="pw-error-message" id={`${id}-error`}>
          <span class="pw-visually-hidden">{t('common.errorPrefix')}</span>{' '}
          {mine.map((p) => t(p.message, p.params)).join(' ')}
        </p>
      ) : null}
      <input
        class={`pw-file-upload${mine.length > 0 ? ' pw-input--error' : ''}`}
        id={id}
        name={name}
        type="file"
        accept=".pdf,.docx,.txt,.png,.jpg,.jpeg,.heic,application/pdf,image/png,image/jpeg,image/heic,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        aria-describedby={mine.length > 0 ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={mine.length > 0 ? 'true' : undefined}
      />
    </div>
  )
}

function DetailsFields({ values, problems }: { values: DocumentFormValues; problems: readonly Problem[] }) {
  const { t } = useUi()
  return (
    <>
      <TextInput
        name="title"
        label={t('documents.fields.title')}
        hint={t('documents.fields.titleHint')}
        value={values.title}
        problems={problems}
      />
      <Select
        name="kind"
        label={t('documents.fields.kind')}
        value={values.kind}
        placeholder={t('children.fields.choose')}
        options={kindOptions(t)}
        problems={problems}
      />
      <DateInput
        name="date"
        label={t('documents.fields.date')}
        hint={t('documents.fields.dateHint')}
        value={values.date}
        problems={problems}
      />
      <TextInput
        name="tags"
        label={`${t('documents.fields.tags')} ${t('common.optional')}`}
        hint={t('documents.fields.tagsHint')}
        value={values.tags}
        problems={problems}
      />
      <Textarea
        name="notes"
        label={`${t('documents.fields.notes')} ${t('common.optional')}`}
        hint={t('documents.fields.notesHint')}
        value={values.notes}
        rows={3}
        problems={problems}
      />
    </>
  )
}

export function UploadDocumentPage({
  child,
  values,
  problems = [],
  maxSize,
}: {
  child: Child
  values: DocumentFormValues
  problems?: readonly Problem[]
  maxSize: string
}) {
  const { t, csrfToken } = useUi()
  return (
    <Page
      title={t('documents.upload.title')}
      caption={displayName(child)}
      problems={problems}
      back={{ href: paths.documents(child.id) }}
      width="narrow"
    >
      <p>{t('documents.upload.intro')}</p>
      <form
        method="post"
        action={paths.uploadDocument(child.id, csrfToken)}
        enctype="multipart/form-data"
        noValidate
        data-module="upload-progress"
      >
        <DetailsFields values={values} problems={problems} />
        <FileInput
          name="file"
          label={t('documents.fields.file')}
          hint={t('documents.fields.fileHint', { max: maxSize })}
          problems={problems}
        />
        <div class="pw-upload-progress" hidden data-upload-progress>
          <label class="pw-label" for="upload-progress-bar">
            {t('documents.upload.progress')}
          </label>
          <progress id="upload-progress-bar" max={100} value={0} />
          <p
            class="pw-hint"
            aria-live="polite"
            data-upload-status
            data-done={t('documents.upload.progressDone')}
            data-failed={t('documents.upload.failed')}
          />
        </div>
        <ButtonGroup>
          <Button>{t('documents.upload.submit')}</Button>
          <a href={paths.documents(child.id)}>{t('common.cancel')}</a>
        </ButtonGroup>
      </form>
    </Page>
  )
}

/** The records a document is linked to, as a list (with links where they have a page), or "None". */
function linkedList(ui: Pick<Ui, 't'>, items: readonly { id: string; label: string; href?: string }[]) {
  if (items.length === 0) return ui.t('common.none')
  return (
    <ul class="pw-plain-list">
      {items.map((item) => (
        <li key={item.id}>{item.href ? <a href={item.href}>{item.label}</a> : item.label}</li>
      ))}
    </ul>
  )
}

export function DocumentPage({
  child,
  document,
  linked,
  mentionedIn,
}: {
  child: Child
  document: ChildDocument
  /** Only the records this document is linked to. */
  linked: DocumentLinkChoices
  mentionedIn: readonly { id: string; subject: string }[]
}) {
  const { events, plans, meetings } = linked
  const ui = useUi()
  const { t, date } = ui
  const archived = child.archivedAt !== null
  return (
    <Page
      title={document.title}
      caption={displayName(child)}
      back={{ href: paths.documents(child.id), label: t('documents.list.title') }}
    >
      <ButtonGroup>
        <a class="pw-button" href={paths.documentFile(child.id, document.id)} download={document.fileName}>
          {t('documents.view.download')}
        </a>
        {!archived ? (
          <ButtonLink href={paths.editDocument(child.id, document.id)} variant="secondary">
            {t('documents.view.edit')}
          </ButtonLink>
        ) : null}
      </ButtonGroup>
      <h2>{t('documents.view.details')}</h2>
      <SummaryList
        rows={[
          { key: t('documents.view.kind'), value: t(`documents.kinds.${document.kind}`) },
          { key: t('documents.view.date'), value: date(document.date) },
          {
            key: t('documents.view.file'),
            value: t('documents.view.fileLine', {
              name: document.fileName,
              size: formatSize(ui, document.sizeBytes),
            }),
          },
          {
            key: t('documents.view.tags'),
            value:
              document.tags.length > 0 ? (
                <ul class="pw-tag-list">
                  {document.tags.map((tag) => (
                    <li key={tag}>
                      <Tag tone="blue">{tag}</Tag>
                    </li>
                  ))}
                </ul>
              ) : (
                t('common.none')
              ),
          },
          {
            key: t('documents.view.notes'),
            value: document.notes ? <span class="pw-pre-line">{document.notes}</span> : t('common.none'),
          },
          {
            key: t('documents.view.events'),
            value: linkedList(
              ui,
              events.map((event) => ({
                id: event.id,
                label: `${t(`eventTypes.${event.type}.label`)}, ${date(event.date)}`,
              })),
            ),
          },
          {
            key: t('documents.view.plans'),
            value: linkedList(
              ui,
              plans.map((plan) => ({
                id: plan.id,
                label: recordTitle(ui, plan),
                href: paths.plan(child.id, plan.id),
              })),
            ),
          },
          {
            key: t('documents.view.meetings'),
            value: linkedList(
              ui,
              meetings.map((meeting) => ({
                id: meeting.id,
                label: meetingLabel(ui, meeting),
                href: paths.meeting(child.id, meeting.id),
              })),
            ),
          },
        ]}
      />
      <Inset>
        {t(`documents.textStatus.${document.textStatus}`, {
          count: new Intl.NumberFormat(ui.lang === 'es' ? 'es-US' : 'en-US').format(document.textChars),
        })}
      </Inset>
      {mentionedIn.length > 0 ? (
        <>
          <h2>{t('documents.view.mentionedIn')}</h2>
          <ul>
            {mentionedIn.map((entry) => (
              <li key={entry.id}>
                <a href={paths.communication(child.id, entry.id)}>{entry.subject}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {!archived ? (
        <p>
          <a href={paths.deleteDocument(child.id, document.id)}>{t('documents.view.delete')}</a>
        </p>
      ) : null}
    </Page>
  )
}

/** "Annual IEP review, 12 Mar 2026". */
function meetingLabel(ui: Pick<Ui, 't' | 'shortDate'>, meeting: Meeting): string {
  return `${ui.t(`meetings.kinds.${meeting.kind}`)}, ${ui.shortDate(meeting.date)}`
}

export function EditDocumentPage({
  child,
  document,
  values,
  version,
  choices,
  problems = [],
  conflict,
}: {
  child: Child
  document: ChildDocument
  values: DocumentFormValues
  version: number
  /** Every event, plan and meeting of the child, to tick the ones this document belongs to. */
  choices: DocumentLinkChoices
  problems?: readonly Problem[]
  conflict?: ChildDocument
}) {
  const ui = useUi()
  const { t, date } = ui
  const { events, plans, meetings } = choices
  return (
    <Page
      title={t('documents.edit.title')}
      caption={document.title}
      problems={problems}
      back={{ href: paths.document(child.id, document.id) }}
      width="narrow"
    >
      {conflict ? (
        <>
          <Warning>{t('errors.VERSION_CONFLICT')}</Warning>
          <h2 class="pw-heading-m">{t('documents.edit.conflictSaved')}</h2>
          <SummaryList
            rows={[
              { key: t('documents.fields.title'), value: conflict.title },
              { key: t('documents.view.kind'), value: t(`documents.kinds.${conflict.kind}`) },
              { key: t('documents.view.date'), value: date(conflict.date) },
              { key: t('documents.view.tags'), value: conflict.tags.join(', ') || t('common.none') },
              { key: t('documents.view.notes'), value: conflict.notes ?? t('common.none') },
            ]}
          />
        </>
      ) : null}
      <PostForm action={paths.editDocument(child.id, document.id)}>
        <input type="hidden" name="version" value={String(version)} />
        <DetailsFields values={values} problems={problems} />
        {events.length > 0 ? (
          <Choices
            kind="checkbox"
            name="eventIds"
            label={`${t('documents.fields.events')} ${t('common.optional')}`}
            hint={t('documents.fields.eventsHint')}
            options={events.map((event) => ({
              value: event.id,
              label: `${t(`eventTypes.${event.type}.label`)}, ${date(event.date)}`,
            }))}
            values={values.eventIds ?? []}
            problems={problems}
          />
        ) : (
          <p class="pw-hint">{t('documents.fields.noEvents')}</p>
        )}
        {plans.length > 0 ? (
          <Choices
            kind="checkbox"
            name="planIds"
            label={`${t('documents.fields.plans')} ${t('common.optional')}`}
            hint={t('documents.fields.plansHint')}
            options={plans.map((plan) => ({
              value: plan.id,
              label: `${recordTitle(ui, plan)} (${t(`plans.statuses.${plan.status}`)})`,
            }))}
            values={values.planIds ?? []}
            problems={problems}
          />
        ) : null}
        {meetings.length > 0 ? (
          <Choices
            kind="checkbox"
            name="meetingIds"
            label={`${t('documents.fields.meetings')} ${t('common.optional')}`}
            hint={t('documents.fields.meetingsHint')}
            options={meetings.map((meeting) => ({ value: meeting.id, label: meetingLabel(ui, meeting) }))}
            values={values.meetingIds ?? []}
            problems={problems}
          />
        ) : null}
        <ButtonGroup>
          <Button>{t('documents.edit.submit')}</Button>
          <a href={paths.document(child.id, document.id)}>{t('common.cancel')}</a>
        </ButtonGroup>
      </PostForm>
    </Page>
  )
}

export function DeleteDocumentPage({ child, document }: { child: Child; document: ChildDocument }) {
  const { t } = useUi()
  return (
    <ConfirmDeletePage
      title={t('documents.delete.title')}
      caption={displayName(child)}
      question={t('documents.delete.confirm', { title: document.title })}
      warning={t('documents.delete.warning')}
      submit={t('documents.delete.submit')}
      action={paths.deleteDocument(child.id, document.id)}
      cancelHref={paths.document(child.id, document.id)}
    />
  )
}

function Snippet({ parts }: { parts: readonly SnippetPart[] }) {
  return <>{parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text))}</>
}

function resultLink(child: Child, result: SearchResult): string {
  switch (result.kind) {
    case 'document':
      return paths.document(child.id, result.id)
    case 'communication':
      return paths.communication(child.id, result.id)
    case 'letter':
      return paths.letter(child.id, result.id)
    case 'event':
      return paths.editEvent(child.id, result.id)
    case 'child-notes':
      return paths.child(child.id)
  }
}

export function SearchPage({
  child,
  query,
  results,
}: {
  child: Child
  query: string
  results: readonly SearchResult[] | undefined
}) {
  const { t, date } = useUi()
  const name = displayName(child)
  return (
    <Page
      title={t('documents.search.title', { name })}
      caption={name}
      back={{ href: paths.child(child.id), label: name }}
    >
      <RecordNav child={child} current="search" />
      <p>{t('documents.search.intro')}</p>
      <SearchForm child={child} query={query} />
      {results === undefined ? null : (
        <section aria-labelledby="results-title">
          <h2 id="results-title">{t('documents.search.resultsTitle')}</h2>
          <p role="status">
            {results.length === 0
              ? t('documents.search.none', { query })
              : t(results.length === 1 ? 'documents.search.countOne' : 'documents.search.countMany', {
                  count: results.length,
                  query,
                })}
          </p>
          <ol class="pw-search-results">
            {results.map((result) => (
              <li key={`${result.kind}-${result.id}`} class="pw-search-results__item">
                <p class="pw-secondary">{t(`documents.search.kinds.${result.kind}`)}</p>
                <h3 class="pw-heading-s">
                  <a href={resultLink(child, result)}>
                    {result.kind === 'event' ? (
                      `${t(`eventTypes.${result.eventType}.label`)}, ${date(result.date)}`
                    ) : result.kind === 'child-notes' ? (
                      name
                    ) : (
                      <Snippet parts={result.titleParts} />
                    )}
                  </a>
                </h3>
                {result.snippet.length > 0 ? (
                  <p class="pw-search-results__snippet">
                    <Snippet parts={result.snippet} />
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      )}
    </Page>
  )
}

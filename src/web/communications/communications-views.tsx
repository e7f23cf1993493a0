import { type Child, displayName } from '../../domain/children/child.ts'
import {
  CHANNELS,
  type Communication,
  DIRECTIONS,
  type FollowUp,
} from '../../domain/communications/communication.ts'
import type { ChildDocument } from '../../domain/documents/document.ts'
import type { Problem } from '../../domain/problems.ts'
import { paths } from '../../paths.ts'
import { Inset, Warning } from '../layout/banner.tsx'
import { ConfirmDeletePage } from '../layout/confirm-delete.tsx'
import { Details, SummaryList, Table, Tag } from '../layout/content.tsx'
import { Choices, DateInput, Textarea, TextInput } from '../layout/fields.tsx'
import { Button, ButtonGroup, ButtonLink, PostForm } from '../layout/form.tsx'
import { Page } from '../layout/page.tsx'
import { RecordNav } from '../records/record-nav.tsx'
import { useUi } from '../ui.ts'

export const COMMUNICATION_FORM_FIELDS = [
  'occurredOn',
  'channel',
  'direction',
  'people',
  'subject',
  'summary',
  'emailText',
  'followUpOn',
  'followUpNote',
] as const
export type CommunicationFormValues = Readonly<Record<(typeof COMMUNICATION_FORM_FIELDS)[number], string>> & {
  readonly documentIds: readonly string[]
}

export const EMPTY_COMMUNICATION_FORM: CommunicationFormValues = {
  occurredOn: '',
  channel: '',
  direction: '',
  people: '',
  subject: '',
  summary: '',
  emailText: '',
  followUpOn: '',
  followUpNote: '',
  documentIds: [],
}

export function communicationFormValues(
  c: Communication,
  documentIds: readonly string[],
): CommunicationFormValues {
  return {
    occurredOn: c.occurredOn,
    channel: c.channel,
    direction: c.direction,
    people: c.people ?? '',
    subject: c.subject,
    summary: c.summary ?? '',
    emailText: c.emailText ?? '',
    followUpOn: c.followUpOn ?? '',
    followUpNote: c.followUpNote ?? '',
    documentIds,
  }
}

export function CommunicationsListPage({
  child,
  communications,
  followUps,
}: {
  child: Child
  communications: readonly Communication[]
  followUps: readonly FollowUp[]
}) {
  const { t, date, shortDate } = useUi()
  const name = displayName(child)
  const archived = child.archivedAt !== null
  return (
    <Page
      title={t('communications.list.title')}
      caption={name}
      back={{ href: paths.child(child.id), label: name }}
    >
      <RecordNav child={child} current="communications" />
      <p>{t('communications.list.intro')}</p>
      {!archived ? (
        <ButtonGroup>
          <ButtonLink href={paths.newCommunication(child.id)}>{t('communications.list.add')}</ButtonLink>
          <ButtonLink href={paths.pasteEmail(child.id)} variant="secondary">
            {t('communications.list.paste')}
          </ButtonLink>
        </ButtonGroup>
      ) : null}
      {followUps.length > 0 ? (
        <>
          <h2>{t('communications.list.followUpsTitle')}</h2>
          <p>{t('communications.list.followUpsIntro', { name })}</p>
          <Table
            caption={t('communications.list.followUpsCaption')}
            captionHidden
            head={[
              t('communications.list.headDue'),
              t('communications.list.headWhat'),
              t('communications.list.headStatus'),
            ]}
            rows={followUps.map((followUp) => [
              <time dateTime={followUp.dueOn} key="due">
                {shortDate(followUp.dueOn)}
              </time>,
              <a href={paths.communication(child.id, followUp.communicationId)} key="what">
                {followUp.note ?? followUp.subject}
              </a>,
              followUp.done ? (
                <Tag tone="green">{t('communications.list.done')}</Tag>
              ) : (
                <Tag tone="yellow">{t('communications.list.open')}</Tag>
              ),
            ])}
          />
        </>
      ) : null}
      <h2>{t('communications.list.entriesTitle')}</h2>
      {communications.length === 0 ? (
        <p>{t('communications.list.empty')}</p>
      ) : (
        <ol class="pw-timeline">
          {communications.map((entry) => (
            <li class="pw-timeline__item" key={entry.id}>
              <p class="pw-timeline__date">
                <time dateTime={entry.occurredOn}>{date(entry.occurredOn)}</time>
              </p>
              <h3 class="pw-timeline__title">
                <a href={paths.communication(child.id, entry.id)}>{entry.subject}</a>
              </h3>
              <p class="pw-secondary">
                {t('communications.list.via', {
                  channel: t(`communications.channels.${entry.channel}`),
                  direction: t(`communications.directions.${entry.direction}`),
                })}
                {entry.people ? ` · ${entry.people}` : ''}
              </p>
              {entry.summary ? <p class="pw-pre-line">{entry.summary}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </Page>
  )
}

export function CommunicationFormPage({
  child,
  mode,
  values,
  documents,
  problems = [],
  communicationId,
  version,
  conflict,
  pasted,
}: {
  child: Child
  mode: 'new' | 'edit'
  values: CommunicationFormValues
  documents: readonly ChildDocument[]
  problems?: readonly Problem[]
  communicationId?: string
  version?: number
  conflict?: Communication
  pasted?: boolean
}) {
  const { t, date } = useUi()
  const editing = mode === 'edit' && communicationId !== undefined
  const action = editing
    ? paths.editCommunication(child.id, communicationId)
    : paths.newCommunication(child.id)
  const back = editing ? paths.communication(child.id, communicationId) : paths.communications(child.id)
  return (
    <Page
      title={editing ? t('communications.form.editTitle') : t('communications.form.newTitle')}
      caption={displayName(child)}
      problems={problems}
      back={{ href: back }}
      width="narrow"
    >
      {pasted ? <Inset>{t('communications.form.pastedNotice')}</Inset> : null}
      {conflict ? (
        <>
          <Warning>{t('errors.VERSION_CONFLICT')}</Warning>
          <h2 class="pw-heading-m">{t('communications.form.conflictSaved')}</h2>
          <SummaryList
            rows={[
              { key: t('communications.view.date'), value: date(conflict.occurredOn) },
              { key: t('communications.fields.subject'), value: conflict.subject },
              { key: t('communications.view.summary'), value: conflict.summary ?? t('common.none') },
            ]}
          />
        </>
      ) : null}
      <PostForm action={action}>
        {version !== undefined ? <input type="hidden" name="version" value={String(version)} /> : null}
        <DateInput
          name="occurredOn"
          label={t('communications.fields.occurredOn')}
          hint={t('communications.fields.occurredOnHint')}
          value={values.occurredOn}
          problems={problems}
        />
        <Choices
          kind="radio"
          name="channel"
          label={t('communications.fields.channel')}
          options={CHANNELS.map((channel) => ({
            value: channel,
            label: t(`communications.channels.${channel}`),
          }))}
          values={[values.channel]}
          problems={problems}
        />
        <Choices
          kind="radio"
          name="direction"
          label={t('communications.fields.direction')}
          options={DIRECTIONS.map((direction) => ({
            value: direction,
            label: t(`communications.directions.${direction}`),
          }))}
          values={[values.direction]}
          problems={problems}
        />
        <TextInput
          name="subject"
          label={t('communications.fields.subject')}
          hint={t('communications.fields.subjectHint')}
          value={values.subject}
          problems={problems}
        />
        <TextInput
          name="people"
          label={`${t('communications.fields.people')} ${t('common.optional')}`}
          hint={t('communications.fields.peopleHint')}
          value={values.people}
          problems={problems}
        />
        <Textarea
          name="summary"
          label={`${t('communications.fields.summary')} ${t('common.optional')}`}
          hint={t('communications.fields.summaryHint')}
          value={values.summary}
          rows={5}
          problems={problems}
        />
        <Textarea
          name="emailText"
          label={`${t('communications.fields.emailText')} ${t('common.optional')}`}
          hint={t('communications.fields.emailTextHint')}
          value={values.emailText}
          rows={values.emailText === '' ? 3 : 10}
          problems={problems}
        />
        <DateInput
          name="followUpOn"
          label={`${t('communications.fields.followUpOn')} ${t('common.optional')}`}
          hint={t('communications.fields.followUpOnHint')}
          value={values.followUpOn}
          problems={problems}
        />
        <TextInput
          name="followUpNote"
          label={`${t('communications.fields.followUpNote')} ${t('common.optional')}`}
          value={values.followUpNote}
          problems={problems}
        />
        {documents.length > 0 ? (
          <Choices
            kind="checkbox"
            name="documentIds"
            label={`${t('communications.fields.documents')} ${t('common.optional')}`}
            options={documents.map((document) => ({ value: document.id, label: document.title }))}
            values={values.documentIds}
            problems={problems}
          />
        ) : (
          <p class="pw-hint">{t('communications.fields.documentsHint')}</p>
        )}
        <ButtonGroup>
          <Button>{editing ? t('common.saveChanges') : t('communications.form.addSubmit')}</Button>
          <a href={back}>{t('common.cancel')}</a>
        </ButtonGroup>
      </PostForm>
    </Page>
  )
}

export function PasteEmailPage({
  child,
  text,
  problems = [],
}: {
  child: Child
  text: string
  problems?: readonly Problem[]
}) {
  const { t } = useUi()
  return (
    <Page
      title={t('communications.paste.title')}
      caption={displayName(child)}
      problems={problems}
      back={{ href: paths.communications(child.id) }}
      width="narrow"
    >
      <p>{t('communications.paste.intro')}</p>
      <PostForm action={paths.pasteEmail(child.id)}>
        <Textarea
          name="email"
          label={t('communications.paste.label')}
          value={text}
          rows={14}
          problems={problems}
        />
        <ButtonGroup>
          <Button>{t('communications.paste.submit')}</Button>
          <a href={paths.communications(child.id)}>{t('common.cancel')}</a>
        </ButtonGroup>
      </PostForm>
    </Page>
  )
}

export function CommunicationPage({
  child,
  communication,
  documents,
}: {
  child: Child
  communication: Communication
  documents: readonly ChildDocument[]
}) {
  const { t, date } = useUi()
  const archived = child.archivedAt !== null
  const c = communication
  return (
    <Page
      title={c.subject}
      caption={displayName(child)}
      back={{ href: paths.communications(child.id), label: t('communications.list.title') }}
    >
      <SummaryList
        rows={[
          { key: t('communications.view.date'), value: date(c.occurredOn) },
          {
            key: t('communications.view.how'),
            value: t('communications.list.via', {
              channel: t(`communications.channels.${c.channel}`),
              direction: t(`communications.directions.${c.direction}`),
            }),
          },
          { key: t('communications.view.people'), value: c.people ?? t('common.notGiven') },
          {
            key: t('communications.view.summary'),
            value: c.summary ? <span class="pw-pre-line">{c.summary}</span> : t('common.none'),
          },
          {
            key: t('communications.view.followUp'),
            value: c.followUpOn
              ? `${c.followUpDoneAt ? t('communications.view.followUpDone', { date: date(c.followUpOn) }) : date(c.followUpOn)}${c.followUpNote ? ` · ${c.followUpNote}` : ''}`
              : t('common.none'),
          },
          {
            key: t('communications.view.documents'),
            value:
              documents.length > 0 ? (
                <ul class="pw-plain-list">
                  {documents.map((document) => (
                    <li key={document.id}>
                      <a href={paths.document(child.id, document.id)}>{document.title}</a>
                    </li>
                  ))}
                </ul>
              ) : (
                t('common.none')
              ),
          },
        ]}
      />
      {c.letterId ? (
        <p>
          <a href={paths.letter(child.id, c.letterId)}>{t('communications.view.letter')}</a>
        </p>
      ) : null}
      {c.emailText ? (
        <Details summary={t('communications.view.email')}>
          <pre class="pw-mail-body">{c.emailText}</pre>
        </Details>
      ) : null}
      {!archived && c.followUpOn ? (
        <PostForm action={paths.followUpDone(child.id, c.id)}>
          <input type="hidden" name="done" value={c.followUpDoneAt ? 'no' : 'yes'} />
          <Button variant="secondary">
            {c.followUpDoneAt ? t('communications.view.markOpen') : t('communications.view.markDone')}
          </Button>
        </PostForm>
      ) : null}
      {!archived ? (
        <p class="pw-timeline__actions">
          <a href={paths.editCommunication(child.id, c.id)}>{t('communications.view.edit')}</a>
          <a href={paths.deleteCommunication(child.id, c.id)}>{t('communications.view.delete')}</a>
        </p>
      ) : null}
    </Page>
  )
}

export function DeleteCommunicationPage({
  child,
  communication,
}: {
  child: Child
  communication: Communication
}) {
  const { t, date } = useUi()
  return (
    <ConfirmDeletePage
      title={t('communications.delete.title')}
      caption={displayName(child)}
      question={t('communications.delete.confirm', {
        subject: communication.subject,
        date: date(communication.occurredOn),
      })}
      warning={t('communications.delete.warning')}
      submit={t('communications.delete.submit')}
      action={paths.deleteCommunication(child.id, communication.id)}
      cancelHref={paths.communication(child.id, communication.id)}
    />
  )
}

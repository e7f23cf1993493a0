import { type Child, displayName } from '../../domain/children/child.ts'
import type { ChildEvent } from '../../domain/children/event.ts'
import { isSent, LETTER_LANGUAGES, type Letter, SENT_VIA } from '../../domain/letters/letter.ts'
import {
  COMMON_LETTER_FIELDS,
  LETTER_TEMPLATES,
  type LetterField,
  type LetterTemplate,
  letterTemplate,
} from '../../domain/letters/templates.ts'
import type { Problem } from '../../domain/problems.ts'
import { paths } from '../../paths.ts'
import { Inset, Warning } from '../layout/banner.tsx'
import { ConfirmDeletePage } from '../layout/confirm-delete.tsx'
import { Table, Tag } from '../layout/content.tsx'
import { Choices, DateInput, Textarea, TextInput } from '../layout/fields.tsx'
import { Button, ButtonGroup, ButtonLink, PostForm } from '../layout/form.tsx'
import { Page } from '../layout/page.tsx'
import { RecordNav } from '../records/record-nav.tsx'
import { type Ui, useUi } from '../ui.ts'

function lawLine(t: Ui['t'], template: LetterTemplate): string {
  return t('letters.list.law', {
    citations: `${template.laws.map((law) => t(`letters.laws.${law}`)).join(', ')} · ${template.citations.join('; ')}`,
  })
}

export function LettersListPage({ child, letters }: { child: Child; letters: readonly Letter[] }) {
  const { t, shortDate } = useUi()
  const name = displayName(child)
  const archived = child.archivedAt !== null
  return (
    <Page title={t('letters.list.title')} caption={name} back={{ href: paths.child(child.id), label: name }}>
      <RecordNav child={child} current="letters" />
      <p>{t('letters.list.intro')}</p>
      <h2>{t('letters.list.yours')}</h2>
      {letters.length === 0 ? (
        <p>{t('letters.list.empty')}</p>
      ) : (
        <Table
          caption={t('letters.list.yoursCaption')}
          captionHidden
          head={[t('letters.list.headSubject'), t('letters.list.headStatus')]}
          rows={letters.map((letter) => [
            <a href={paths.letter(child.id, letter.id)} key="subject">
              {letter.subject}
            </a>,
            letter.sentOn ? (
              <Tag tone="green">{t('letters.list.sentOn', { date: shortDate(letter.sentOn) })}</Tag>
            ) : (
              <Tag tone="grey">{t('letters.list.draft')}</Tag>
            ),
          ])}
        />
      )}
      {!archived ? (
        <>
          <h2>{t('letters.list.choose')}</h2>
          <ul class="pw-card-list">
            {LETTER_TEMPLATES.map((template) => (
              <li class="pw-card" key={template.id}>
                <h3 class="pw-card__title">{t(`letters.templates.${template.id}.title`)}</h3>
                <p>{t(`letters.templates.${template.id}.description`)}</p>
                {template.complaint ? <p class="pw-secondary">{t('letters.list.complaintNote')}</p> : null}
                <p class="pw-secondary">{lawLine(t, template)}</p>
                <p>
                  <a href={paths.newLetter(child.id, template.id)}>
                    {t('letters.list.write')}
                    <span class="pw-visually-hidden">: {t(`letters.templates.${template.id}.title`)}</span>
                  </a>
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Page>
  )
}

function factLabel(
  t: Ui['t'],
  template: LetterTemplate,
  field: LetterField,
): { label: string; hint?: string } {
  const common = COMMON_LETTER_FIELDS.some((f) => f.name === field.name)
  const label = common
    ? t(`letters.fields.${field.name}`)
    : t(`letters.templates.${template.id}.fields.${field.name}`)
  const hintKey = common
    ? `letters.fields.${field.name}Hint`
    : `letters.templates.${template.id}.hints.${field.name}`
  const hint = t(hintKey)
  return {
    label: field.required ? label : `${label} ${t('common.optional')}`,
    ...(hint !== hintKey ? { hint } : {}),
  }
}

function FactInput({
  template,
  field,
  value,
  problems,
}: {
  template: LetterTemplate
  field: LetterField
  value: string
  problems: readonly Problem[]
}) {
  const { t } = useUi()
  const { label, hint } = factLabel(t, template, field)
  if (field.kind === 'date')
    return <DateInput name={field.name} label={label} hint={hint} value={value} problems={problems} />
  if (field.kind === 'text' || field.name === 'parentContact')
    return (
      <Textarea
        name={field.name}
        label={label}
        hint={hint}
        value={value}
        rows={field.kind === 'text' ? 5 : 3}
        problems={problems}
      />
    )
  return <TextInput name={field.name} label={label} hint={hint} value={value} problems={problems} />
}

export function NewLetterPage({
  child,
  template,
  values,
  problems = [],
}: {
  child: Child
  template: LetterTemplate
  values: Readonly<Record<string, string>>
  problems?: readonly Problem[]
}) {
  const { t } = useUi()
  const name = displayName(child)
  return (
    <Page
      title={t(`letters.templates.${template.id}.title`)}
      caption={name}
      problems={problems}
      back={{ href: paths.letters(child.id) }}
      width="narrow"
    >
      <p class="pw-lead">{t(`letters.templates.${template.id}.description`)}</p>
      <Inset>
        <strong>{t('letters.new.lawTitle')}</strong>: {lawLine(t, template)}
      </Inset>
      <p>{t('letters.new.intro', { name })}</p>
      <PostForm action={paths.newLetter(child.id, template.id)}>
        <Choices
          kind="radio"
          name="language"
          label={t('letters.fields.language')}
          hint={t('letters.fields.languageHint')}
          options={LETTER_LANGUAGES.map((lang) => ({
            value: lang,
            label: t(`letters.fields.languages.${lang}`),
          }))}
          values={[values.language ?? '']}
          inline
          problems={problems}
        />
        {[...COMMON_LETTER_FIELDS, ...template.fields].map((field) => (
          <FactInput
            key={field.name}
            template={template}
            field={field}
            value={values[field.name] ?? ''}
            problems={problems}
          />
        ))}
        <ButtonGroup>
          <Button>{t('letters.new.submit')}</Button>
          <a href={paths.letters(child.id)}>{t('common.cancel')}</a>
        </ButtonGroup>
      </PostForm>
    </Page>
  )
}

export function LetterPage({
  child,
  letter,
  events,
  communicationId,
  values,
  version,
  problems = [],
  conflict,
}: {
  child: Child
  letter: Letter
  events: readonly ChildEvent[]
  communicationId: string | null
  values?: { subject: string; body: string }
  version?: number
  problems?: readonly Problem[]
  conflict?: Letter
}) {
  const { t, date } = useUi()
  const name = displayName(child)
  const template = letterTemplate(letter.template)
  const sent = isSent(letter)
  const archived = child.archivedAt !== null
  return (
    <Page
      title={letter.subject}
      caption={t(`letters.templates.${letter.template}.title`)}
      problems={problems}
      back={{ href: paths.letters(child.id), label: t('letters.list.title') }}
    >
      {template.complaint ? <Warning>{t('letters.view.complaintNote')}</Warning> : null}
      <ButtonGroup>
        <a class="pw-button" href={paths.letterPdf(child.id, letter.id)}>
          {t('letters.view.downloadPdf')}
        </a>
        <a class="pw-button pw-button--secondary" href={paths.letterText(child.id, letter.id)}>
          {t('letters.view.downloadText')}
        </a>
      </ButtonGroup>
      {sent ? (
        <>
          <h2>{t('letters.view.sentTitle')}</h2>
          <p>
            {t('letters.view.sentLine', {
              date: date(letter.sentOn ?? letter.writtenOn),
              via: t(`letters.sent.via.${letter.sentVia ?? 'email'}`),
            })}
            {letter.receivedOn ? ` ${t('letters.view.receivedLine', { date: date(letter.receivedOn) })}` : ''}
          </p>
          {events.length > 0 ? (
            <>
              <h3 class="pw-heading-s">{t('letters.view.eventsTitle', { name })}</h3>
              <ul>
                {events.map((event) => (
                  <li key={event.id}>
                    {t(`eventTypes.${event.type}.label`)}, {date(event.date)}
                  </li>
                ))}
              </ul>
              <p>
                <a href={paths.child(child.id)}>{t('letters.view.timelineLink')}</a>
              </p>
            </>
          ) : (
            <p>{t('letters.view.noEvents')}</p>
          )}
          {communicationId ? (
            <p>
              <a href={paths.communication(child.id, communicationId)}>{t('letters.view.logLink')}</a>
            </p>
          ) : null}
          <h2>{t('letters.view.body')}</h2>
          <div class="pw-letter-text">{letter.body}</div>
        </>
      ) : (
        <>
          <p>{t('letters.view.draftIntro')}</p>
          {conflict ? (
            <>
              <Warning>{t('errors.VERSION_CONFLICT')}</Warning>
              <h2 class="pw-heading-m">{t('letters.view.conflictSaved')}</h2>
              <div class="pw-letter-text">{conflict.body}</div>
            </>
          ) : null}
          {!archived ? (
            <>
              <PostForm action={paths.letter(child.id, letter.id)}>
                <input type="hidden" name="version" value={String(version ?? letter.version)} />
                <TextInput
                  name="subject"
                  label={t('letters.view.subject')}
                  value={values?.subject ?? letter.subject}
                  problems={problems}
                />
                <Textarea
                  name="body"
                  label={t('letters.view.body')}
                  hint={t('letters.view.bodyHint')}
                  value={values?.body ?? letter.body}
                  rows={24}
                  problems={problems}
                />
                <ButtonGroup>
                  <Button variant="secondary">{t('letters.view.save')}</Button>
                </ButtonGroup>
              </PostForm>
              <ButtonGroup>
                <ButtonLink href={paths.markLetterSent(child.id, letter.id)}>
                  {t('letters.view.markSent')}
                </ButtonLink>
                <a href={paths.deleteLetter(child.id, letter.id)}>{t('letters.view.delete')}</a>
              </ButtonGroup>
            </>
          ) : null}
        </>
      )}
    </Page>
  )
}

export const SENT_FIELDS = ['sentOn', 'sentVia', 'receivedOn', 'followUpOn'] as const

export function MarkSentPage({
  child,
  letter,
  values,
  problems = [],
}: {
  child: Child
  letter: Letter
  values: Readonly<Record<(typeof SENT_FIELDS)[number], string>>
  problems?: readonly Problem[]
}) {
  const { t } = useUi()
  const name = displayName(child)
  const template = letterTemplate(letter.template)
  return (
    <Page
      title={t('letters.sent.title')}
      caption={letter.subject}
      problems={problems}
      back={{ href: paths.letter(child.id, letter.id) }}
      width="narrow"
    >
      <p>{t('letters.sent.intro', { subject: letter.subject })}</p>
      {template.events.length > 0 ? (
        <Inset>
          <p>{t('letters.sent.records', { name })}</p>
          <ul>
            {template.events.map((event) => (
              <li key={event.type}>{t(`eventTypes.${event.type}.label`)}</li>
            ))}
          </ul>
        </Inset>
      ) : (
        <Inset>{t('letters.sent.noClock')}</Inset>
      )}
      <PostForm action={paths.markLetterSent(child.id, letter.id)}>
        <DateInput
          name="sentOn"
          label={t('letters.sent.sentOn')}
          hint={t('letters.sent.sentOnHint')}
          value={values.sentOn}
          problems={problems}
        />
        <Choices
          kind="radio"
          name="sentVia"
          label={t('letters.sent.sentVia')}
          options={SENT_VIA.map((via) => ({ value: via, label: t(`letters.sent.via.${via}`) }))}
          values={[values.sentVia]}
          problems={problems}
        />
        <DateInput
          name="receivedOn"
          label={`${t('letters.sent.receivedOn')} ${t('common.optional')}`}
          hint={t('letters.sent.receivedOnHint')}
          value={values.receivedOn}
          problems={problems}
        />
        <DateInput
          name="followUpOn"
          label={`${t('letters.sent.followUpOn')} ${t('common.optional')}`}
          hint={t('letters.sent.followUpOnHint', { name })}
          value={values.followUpOn}
          problems={problems}
        />
        <ButtonGroup>
          <Button>{t('letters.sent.submit')}</Button>
          <a href={paths.letter(child.id, letter.id)}>{t('common.cancel')}</a>
        </ButtonGroup>
      </PostForm>
    </Page>
  )
}

export function DeleteLetterPage({ child, letter }: { child: Child; letter: Letter }) {
  const { t } = useUi()
  return (
    <ConfirmDeletePage
      title={t('letters.delete.title')}
      caption={displayName(child)}
      question={t('letters.delete.confirm', { subject: letter.subject })}
      warning={t('letters.delete.warning')}
      submit={t('letters.delete.submit')}
      action={paths.deleteLetter(child.id, letter.id)}
      cancelHref={paths.letter(child.id, letter.id)}
    />
  )
}

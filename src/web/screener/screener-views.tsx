import type { Message } from '../../domain/messages.ts'
import type { Problem } from '../../domain/problems.ts'
import type { AnswerRow, QuestionView, RawAnswer } from '../../domain/screener/flow.ts'
import { renderMessage } from '../../i18n/i18n.ts'
import { paths } from '../../paths.ts'
import { LegalNotice } from '../guides/guides-views.tsx'
import { SummaryList } from '../layout/content.tsx'
import { fieldId } from '../layout/error-summary.tsx'
import { Choices, TextInput } from '../layout/fields.tsx'
import { Button, ButtonLink, PostForm } from '../layout/form.tsx'
import { Page } from '../layout/page.tsx'
import { useUi } from '../ui.ts'

/**
 * The screener's start page, its question pages (one question per page, the question as the page
 * heading) and "check your answers". The result pages are in result-views.tsx.
 */

/** Writes a domain message in the page's language. */
export function useSay(): (message: Message) => string {
  const { lang } = useUi()
  return (message) => renderMessage(lang, message)
}

export type StartProgress =
  | { readonly kind: 'new' }
  | { readonly kind: 'in-progress'; readonly resume: string }
  | { readonly kind: 'complete' }

export function StartPage({ progress }: { progress: StartProgress }) {
  const { t } = useUi()
  return (
    <Page
      title={t('screener.flow.title')}
      description={t('screenerPages.start.metaDescription')}
      width="narrow"
    >
      <p class="pw-lead">{t('screener.flow.intro')}</p>
      <h2>{t('screenerPages.start.howTitle')}</h2>
      <ul>
        <li>{t('screenerPages.start.how.questions')}</li>
        <li>{t('screenerPages.start.how.notSure')}</li>
        <li>{t('screenerPages.start.how.result')}</li>
      </ul>
      <p>{t('screenerPages.start.privacy')}</p>
      {progress.kind === 'new' ? (
        <ButtonLink href={paths.screenerStep('age')}>{t('screener.flow.start')}</ButtonLink>
      ) : (
        <>
          <ButtonLink href={progress.kind === 'complete' ? paths.screenerResult() : progress.resume}>
            {progress.kind === 'complete'
              ? t('screenerPages.start.seeResult')
              : t('screenerPages.start.resume')}
          </ButtonLink>
          <StartAgainForm label={t('screenerPages.start.startOver')} />
        </>
      )}
      <h2>{t('screenerPages.start.guidesTitle')}</h2>
      <p>
        <a href={paths.guide('comparison')}>{t('screenerPages.start.guidesLink')}</a>
      </p>
      <LegalNotice />
    </Page>
  )
}

/** Forgets the answers and goes back to the first question. */
export function StartAgainForm({ label }: { label: string }) {
  return (
    <PostForm action={paths.screenerStartAgain()}>
      <Button variant="secondary">{label}</Button>
    </PostForm>
  )
}

const NOT_SURE = 'unsure'

function asList(value: RawAnswer | undefined): readonly string[] {
  if (value === undefined) return []
  return typeof value === 'string' ? [value] : value
}

function asText(value: RawAnswer | undefined): string {
  if (value === undefined) return ''
  return typeof value === 'string' ? value : (value[0] ?? '')
}

export interface QuestionPageProps {
  readonly view: QuestionView
  /** What the person sent (kept on an error), or the answer given before. */
  readonly value: RawAnswer | undefined
  readonly problems?: readonly Problem[]
  readonly caption: string
  readonly back: { readonly href: string; readonly label?: string }
  readonly action: string
}

/** One question on its own page: the question is the page heading, then its hint and the answers. */
export function QuestionPage({ view, value, problems = [], caption, back, action }: QuestionPageProps) {
  const { t } = useUi()
  const say = useSay()
  const title = say(view.title)
  const hint = [say(view.hint), ...view.extraHints.map(say)].join(' ')
  return (
    <Page title={title} caption={caption} problems={problems} back={back} width="narrow" headingInContent>
      <PostForm action={action}>
        <QuestionControl view={view} title={title} hint={hint} value={value} problems={problems} />
        <Button>{t('screener.flow.continue')}</Button>
      </PostForm>
    </Page>
  )
}

function QuestionControl({
  view,
  title,
  hint,
  value,
  problems,
}: {
  view: QuestionView
  title: string
  hint: string
  value: RawAnswer | undefined
  problems: readonly Problem[]
}) {
  const { t } = useUi()
  const say = useSay()
  const question = view.question
  switch (question.kind) {
    case 'number': {
      const typed = asText(value)
      const input = (
        <TextInput
          name={view.field}
          label={title}
          hint={hint}
          labelIsHeading
          value={typed === NOT_SURE ? '' : typed}
          inputMode="numeric"
          autocomplete="off"
          width="short"
          problems={problems}
        />
      )
      if (!question.notSure) return input
      // "Not sure" posts the same field name with the value `unsure`, which the flow accepts.
      const boxId = `${fieldId(view.field)}-not-sure`
      return (
        <div class="pw-form-group">
          {input}
          <p class="pw-choices__divider">{t('screenerPages.question.or')}</p>
          <div class="pw-choice">
            <input
              class="pw-choice__input"
              id={boxId}
              type="checkbox"
              name={view.field}
              value={NOT_SURE}
              checked={asList(value).includes(NOT_SURE)}
              data-clears={fieldId(view.field)}
            />
            <label class="pw-choice__label" for={boxId}>
              {t(`screener.questions.${question.id}.notSure`)}
            </label>
          </div>
        </div>
      )
    }
    case 'text':
      return (
        <TextInput
          name={view.field}
          label={title}
          hint={hint}
          labelIsHeading
          value={asText(value)}
          autocomplete="off"
          problems={problems}
        />
      )
    case 'single':
    case 'multi':
      return (
        <Choices
          kind={question.kind === 'single' ? 'radio' : 'checkbox'}
          name={view.field}
          label={title}
          hint={hint}
          legendIsHeading
          divider={question.kind === 'multi' ? t('screenerPages.question.or') : undefined}
          options={view.options.map((option) => ({
            value: option.value,
            label: say(option.label),
            hint: option.hint ? say(option.hint) : undefined,
            exclusive: question.kind === 'multi' && option.exclusive,
          }))}
          values={asList(value)}
          problems={problems}
        />
      )
  }
}

/** A group of answered questions on "check your answers". */
export interface AnswerSection {
  readonly id: string
  readonly heading: string
  readonly rows: readonly AnswerRow[]
  /** Set on a condition the family may remove (when there is more than one). */
  readonly removable?: { readonly number: number; readonly name: string }
}

/** Each answer as a short value: one line, or a list when several boxes were ticked. */
export function AnswerValue({ row }: { row: AnswerRow }) {
  const say = useSay()
  const answers = row.answer.map(say)
  if (answers.length === 1) return <>{answers[0]}</>
  return (
    <ul>
      {answers.map((answer) => (
        <li key={answer}>{answer}</li>
      ))}
    </ul>
  )
}

/** The answers as summary lists, with or without "Change" links. */
export function AnswerSections({
  sections,
  changeable,
  level,
}: {
  sections: readonly AnswerSection[]
  changeable: boolean
  /** The heading level of each section, under the page's own headings. */
  level: 2 | 3
}) {
  const { t } = useUi()
  const say = useSay()
  return (
    <>
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`answers-${section.id}`}>
          {level === 2 ? (
            <h2 id={`answers-${section.id}`}>{section.heading}</h2>
          ) : (
            <h3 id={`answers-${section.id}`}>{section.heading}</h3>
          )}
          <SummaryList
            rows={section.rows.map((row) => {
              const question = say(row.question)
              return {
                key: question,
                value: <AnswerValue row={row} />,
                action: changeable
                  ? {
                      href: paths.screenerStep(row.slug, { change: true }),
                      label: t('screener.flow.change'),
                      hidden: question,
                    }
                  : undefined,
              }
            })}
          />
          {changeable && section.removable ? (
            <PostForm action={paths.screenerRemoveCondition()}>
              <input type="hidden" name="condition" value={String(section.removable.number)} />
              <Button variant="secondary">
                {t('screenerPages.check.removeCondition')}
                <span class="pw-visually-hidden">
                  {' '}
                  {t('screenerPages.check.removeHidden', section.removable)}
                </span>
              </Button>
            </PostForm>
          ) : null}
        </section>
      ))}
    </>
  )
}

export function CheckAnswersPage({ sections }: { sections: readonly AnswerSection[] }) {
  const { t } = useUi()
  const last = sections.at(-1)?.rows.at(-1)
  return (
    <Page
      title={t('screener.flow.checkAnswersTitle')}
      caption={t('screener.flow.title')}
      back={{ href: last ? paths.screenerStep(last.slug) : paths.screener() }}
      width="narrow"
    >
      <p>{t('screener.flow.checkAnswersHint')}</p>
      <AnswerSections sections={sections} changeable level={2} />
      <p>{t('screenerPages.check.ready')}</p>
      <ButtonLink href={paths.screenerResult()}>{t('screener.flow.seeResult')}</ButtonLink>
    </Page>
  )
}

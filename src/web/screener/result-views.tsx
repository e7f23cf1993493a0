import { type Child, displayName } from '../../domain/children/child.ts'
import type { ChildEvent } from '../../domain/children/event.ts'
import type { Problem } from '../../domain/problems.ts'
import type { NextStepId, ReasonId } from '../../domain/screener/screen.ts'
import { paths } from '../../paths.ts'
import type { ScreenChildResult } from '../../services/screener/screen-child.ts'
import { PARENT_CENTER_URL } from '../guides/guide-structure.ts'
import { Choices } from '../layout/fields.tsx'
import { Button, ButtonGroup, ButtonLink, PostForm } from '../layout/form.tsx'
import { Page } from '../layout/page.tsx'
import { useUi } from '../ui.ts'
import {
  type GuideLink,
  guideEntryKey,
  NEXT_STEP_GUIDES,
  REASON_GUIDES,
  REQUEST_EVALUATION_GUIDE,
} from './guide-links.ts'
import { type AnswerSection, AnswerSections, StartAgainForm } from './screener-views.tsx'

/**
 * The screener's result: the recommendation, why (each reason with its citation linked to the
 * guide that explains it), what to do next, the "not legal advice" notice with free help, the
 * answers it came from, and — for a signed-in family — saving it to a child's record. The same body
 * shows a result saved earlier on a child's record.
 */

/** A short legal reference, linked to the guide entry that explains it in plain words. */
function LawReference({ citation, guide }: { citation: string | null; guide: GuideLink | undefined }) {
  const { t } = useUi()
  if (!citation) return null
  return (
    <p class="pw-law-reference">
      {t('screener.flow.lawLabel')}:{' '}
      {guide ? (
        <a href={paths.guide(guide.page, guide.anchor)}>
          {citation}
          <span class="pw-visually-hidden">
            {' '}
            ({t('screenerPages.result.lawLinkHidden', { entry: t(guideEntryKey(guide)) })})
          </span>
        </a>
      ) : (
        citation
      )}
    </p>
  )
}

const WRITTEN_REQUESTS: readonly NextStepId[] = ['requestEvaluation', 'request504Evaluation']

/** The letter template that asks for an evaluation under IDEA and Section 504 (the letters feature). */
const EVALUATION_LETTER = 'initial-evaluation'

/**
 * The one next step most families need: a written evaluation request, explained in the guide, and
 * written by the letters feature for each child the family can write for (none when signed out).
 */
function PrimaryNextStep({
  result,
  letterChildren,
}: {
  result: ScreenChildResult
  letterChildren: readonly Child[] | undefined
}) {
  const { t } = useUi()
  const request = result.nextStepDetails.find((step) => WRITTEN_REQUESTS.includes(step.id as NextStepId))
  if (!request) return null
  return (
    <section class="pw-next-step" aria-labelledby="primary-step-title">
      <h2 id="primary-step-title">{t('screenerPages.result.primaryStepTitle')}</h2>
      <p>{request.text}</p>
      <p>{t('screenerPages.result.primaryStepBody')}</p>
      <p>
        <a href={paths.guide(REQUEST_EVALUATION_GUIDE.page, REQUEST_EVALUATION_GUIDE.anchor)}>
          {t('screenerPages.result.primaryStepLink')}
        </a>
      </p>
      <LawReference citation={request.citation} guide={undefined} />
      {letterChildren === undefined ? (
        <p class="pw-no-print">{t('screenerPages.result.letterSignedOut')}</p>
      ) : (
        <ul class="pw-no-print">
          {letterChildren.map((child) => (
            <li key={child.id}>
              <a href={paths.newLetter(child.id, EVALUATION_LETTER)}>
                {t('screenerPages.result.writeLetter', { name: displayName(child) })}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/** Everything the result says, shared by the live result and a result saved on a child's record. */
export function ResultBody({
  result,
  answers,
  letterChildren,
}: {
  result: ScreenChildResult
  answers: readonly AnswerSection[]
  /** The children the family can write an evaluation request for; undefined when signed out. */
  letterChildren: readonly Child[] | undefined
}) {
  const { t } = useUi()
  return (
    <>
      <p class="pw-lead">{result.summary}</p>
      <PrimaryNextStep result={result} letterChildren={letterChildren} />
      <h2>{t('screener.flow.reasonsHeading')}</h2>
      <ul class="pw-reasons">
        {result.reasons.map((reason, index) => (
          <li key={`${reason.id}-${index}`}>
            <p>{reason.text}</p>
            <LawReference citation={reason.citation} guide={REASON_GUIDES[reason.id as ReasonId]} />
          </li>
        ))}
      </ul>
      <h2>{t('screener.flow.nextStepsHeading')}</h2>
      <ol class="pw-steps">
        {result.nextStepDetails.map((step) => (
          <li key={step.id}>
            <p>{step.text}</p>
            <LawReference citation={step.citation} guide={NEXT_STEP_GUIDES[step.id as NextStepId]} />
          </li>
        ))}
      </ol>
      <section class="pw-inset" aria-labelledby="free-help-title">
        <h2 class="pw-heading-m" id="free-help-title">
          {t('screenerPages.result.helpTitle')}
        </h2>
        <p>{result.notice}</p>
        <p>
          <a href={PARENT_CENTER_URL}>{t('screenerPages.result.helpLink')}</a>
        </p>
      </section>
      {/* The script adds a print button before this hint (enhance.ts); without it, the hint says how. */}
      <p
        class="pw-secondary pw-no-print"
        data-module="print-hint"
        data-print-label={t('screenerPages.result.print')}
      >
        {t('screenerPages.result.printHint')}
      </p>
      <p class="pw-no-print">
        <a href={paths.guide('comparison')}>{t('screenerPages.result.compareLink')}</a>
      </p>
      <h2>{t('screenerPages.result.answersTitle')}</h2>
      <AnswerSections sections={answers} changeable={false} level={3} />
    </>
  )
}

export interface SaveOptions {
  /** The signed-in person's children (not archived); undefined when nobody is signed in. */
  readonly children: readonly Child[] | undefined
  readonly chosen?: string
  readonly problems?: readonly Problem[]
}

function SaveToRecord({ save }: { save: SaveOptions }) {
  const { t } = useUi()
  return (
    <section class="pw-no-print" aria-labelledby="save-title">
      <h2 id="save-title">{t('screenerPages.save.title')}</h2>
      {save.children === undefined ? (
        <>
          <p>{t('screenerPages.save.signedOut')}</p>
          <ButtonGroup>
            <ButtonLink href={paths.signIn(paths.screenerResult())} variant="secondary">
              {t('screenerPages.save.signIn')}
            </ButtonLink>
            <a href={paths.signUp()}>{t('screenerPages.save.createAccount')}</a>
          </ButtonGroup>
        </>
      ) : save.children.length === 0 ? (
        <>
          <p>{t('screenerPages.save.noChildren')}</p>
          <ButtonLink href={paths.newChild()} variant="secondary">
            {t('screenerPages.save.addChild')}
          </ButtonLink>
        </>
      ) : (
        <>
          <p>{t('screenerPages.save.intro')}</p>
          <PostForm action={paths.screenerSave()}>
            <Choices
              kind="radio"
              name="childId"
              label={t('screenerPages.save.childLabel')}
              options={save.children.map((child) => ({ value: child.id, label: displayName(child) }))}
              values={
                save.chosen
                  ? [save.chosen]
                  : save.children.length === 1 && save.children[0]
                    ? [save.children[0].id]
                    : []
              }
              problems={save.problems}
            />
            <Button>{t('screenerPages.save.submit')}</Button>
          </PostForm>
        </>
      )}
    </section>
  )
}

export function ResultPage({
  result,
  answers,
  save,
}: {
  result: ScreenChildResult
  answers: readonly AnswerSection[]
  save: SaveOptions
}) {
  const { t } = useUi()
  return (
    <Page
      title={result.title}
      caption={t('screenerPages.result.caption')}
      problems={save.problems}
      back={{ href: paths.screenerCheckAnswers(), label: t('screenerPages.result.changeAnswers') }}
      width="narrow"
    >
      <ResultBody result={result} answers={answers} letterChildren={save.children} />
      <p class="pw-no-print">
        <a href={paths.screenerCheckAnswers()}>{t('screenerPages.result.changeAnswers')}</a>
      </p>
      <SaveToRecord save={save} />
      <StartAgainForm label={t('screener.flow.startAgain')} />
    </Page>
  )
}

/** A result saved on a child's record, worked out again from the saved answers. */
export function SavedResultPage({
  child,
  event,
  result,
  answers,
}: {
  child: Child
  event: ChildEvent
  result: ScreenChildResult
  answers: readonly AnswerSection[]
}) {
  const { t, date } = useUi()
  const name = displayName(child)
  return (
    <Page
      title={result.title}
      caption={name}
      back={{ href: paths.child(child.id), label: t('screenerPages.saved.backToRecord', { name }) }}
      width="narrow"
    >
      <p>{t('screenerPages.saved.savedOn', { date: date(event.date) })}</p>
      <p>{t('screenerPages.saved.intro')}</p>
      <ResultBody
        result={result}
        answers={answers}
        letterChildren={child.archivedAt === null ? [child] : []}
      />
      <PostForm action={paths.screenerReopen()}>
        <input type="hidden" name="childId" value={child.id} />
        <input type="hidden" name="eventId" value={event.id} />
        <Button variant="secondary">{t('screenerPages.saved.reopen')}</Button>
      </PostForm>
    </Page>
  )
}

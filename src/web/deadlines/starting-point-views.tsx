import type { ComponentChildren } from 'preact'
import { type Child, displayName } from '../../domain/children/child.ts'
import {
  DISPUTE_KINDS,
  isDateQuestion,
  STARTING_POINTS,
  type StartingPointDraft,
  type StartingPointField,
  UNKNOWN_DATE,
} from '../../domain/children/starting-point.ts'
import type { LocalDate } from '../../domain/dates/local-date.ts'
import type { Problem } from '../../domain/problems.ts'
import { paths } from '../../paths.ts'
import { SummaryList } from '../layout/content.tsx'
import { fieldId } from '../layout/error-summary.tsx'
import { Choices, DateInput } from '../layout/fields.tsx'
import { Button, ButtonGroup, PostForm } from '../layout/form.tsx'
import { Page } from '../layout/page.tsx'
import { useUi } from '../ui.ts'
import { stepPath } from './starting-point-state.ts'

type DateField = Exclude<StartingPointField, 'stage' | 'disputeKind'>

/** One question of "where are you now?": the question is the page's heading; Continue posts it. */
function QuestionPage({
  child,
  title,
  action,
  back,
  problems,
  children,
}: {
  child: Child
  title: string
  action: string
  back: string
  problems: readonly Problem[]
  children: ComponentChildren
}) {
  const { t } = useUi()
  return (
    <Page
      title={title}
      caption={displayName(child)}
      problems={problems}
      back={{ href: back }}
      headingInContent
      width="narrow"
    >
      <PostForm action={action}>
        {children}
        <ButtonGroup>
          <Button>{t('deadlines.ui.setup.continue')}</Button>
          <a href={paths.child(child.id)}>{t('deadlines.ui.setup.skip')}</a>
        </ButtonGroup>
      </PostForm>
    </Page>
  )
}

/** The first question: where the family is now (no plan, evaluation, IEP, 504 plan, dispute). */
export function StartingPointStagePage({
  child,
  values,
  action,
  problems = [],
}: {
  child: Child
  values: StartingPointDraft
  action: string
  problems?: readonly Problem[]
}) {
  const { t } = useUi()
  return (
    <QuestionPage
      child={child}
      title={t('deadlines.ui.setup.title')}
      action={action}
      back={paths.child(child.id)}
      problems={problems}
    >
      <Choices
        kind="radio"
        name="stage"
        label={t('deadlines.ui.setup.stage')}
        hint={t('deadlines.ui.setup.intro', { name: displayName(child) })}
        legendIsHeading
        options={STARTING_POINTS.map((stage) => ({
          value: stage,
          label: t(`deadlines.ui.setup.stages.${stage}`),
          hint: t(`deadlines.ui.setup.stageHints.${stage}`),
        }))}
        values={[values.stage]}
        problems={problems}
      />
    </QuestionPage>
  )
}

/** For a dispute: which kind (it decides which clock the complaint date starts). */
export function StartingPointDisputePage({
  child,
  values,
  action,
  back,
  problems = [],
}: {
  child: Child
  values: StartingPointDraft
  action: string
  back: string
  problems?: readonly Problem[]
}) {
  const { t } = useUi()
  return (
    <QuestionPage
      child={child}
      title={t('deadlines.ui.setup.disputeKind')}
      action={action}
      back={back}
      problems={problems}
    >
      <Choices
        kind="radio"
        name="disputeKind"
        label={t('deadlines.ui.setup.disputeKind')}
        legendIsHeading
        options={DISPUTE_KINDS.map((kind) => ({
          value: kind,
          label: t(`deadlines.ui.setup.disputeKinds.${kind}`),
        }))}
        values={[values.disputeKind]}
        problems={problems}
      />
    </QuestionPage>
  )
}

/** One date that matters, or "I don't know" (a box that posts `<field>Unknown`). */
export function StartingPointDatePage({
  child,
  field,
  value,
  action,
  back,
  problems = [],
}: {
  child: Child
  field: DateField
  value: string
  action: string
  back: string
  problems?: readonly Problem[]
}) {
  const { t } = useUi()
  const boxId = `${fieldId(field)}-unknown`
  return (
    <QuestionPage
      child={child}
      title={t(`deadlines.ui.setup.questions.${field}`)}
      action={action}
      back={back}
      problems={problems}
    >
      <div class="pw-form-group">
        <DateInput
          name={field}
          label={t(`deadlines.ui.setup.questions.${field}`)}
          hint={`${t(`deadlines.ui.setup.hints.${field}`)} ${t('deadlines.ui.setup.dateExample')}`}
          labelIsHeading
          value={value === UNKNOWN_DATE ? '' : value}
          problems={problems}
        />
        <p class="pw-choices__divider">{t('deadlines.ui.setup.or')}</p>
        <div class="pw-choice">
          <input
            class="pw-choice__input"
            id={boxId}
            type="checkbox"
            name={`${field}Unknown`}
            value="yes"
            checked={value === UNKNOWN_DATE}
            data-clears={fieldId(field)}
          />
          <label class="pw-choice__label" for={boxId}>
            {t('deadlines.ui.setup.unknown')}
          </label>
        </div>
      </div>
    </QuestionPage>
  )
}

/** Every answer on the chosen path, each with a link to change it, then save. */
export function StartingPointCheckPage({
  child,
  draft,
  steps,
  back,
  problems = [],
}: {
  child: Child
  draft: StartingPointDraft
  steps: readonly StartingPointField[]
  back: string
  problems?: readonly Problem[]
}) {
  const { t, date } = useUi()
  const name = displayName(child)
  const answer = (field: StartingPointField): string => {
    const value = draft[field]
    if (field === 'stage') return t(`deadlines.ui.setup.stages.${value}`)
    if (field === 'disputeKind') return t(`deadlines.ui.setup.disputeKinds.${value}`)
    return value === UNKNOWN_DATE ? t('deadlines.ui.setup.unknownAnswer') : date(value as LocalDate)
  }
  return (
    <Page
      title={t('deadlines.ui.setup.checkTitle')}
      caption={name}
      problems={problems}
      back={{ href: back }}
      width="narrow"
    >
      <p>{t('deadlines.ui.setup.checkIntro', { name })}</p>
      <SummaryList
        rows={steps.map((field) => ({
          key: t(`deadlines.ui.setup.answers.${field}`),
          value:
            isDateQuestion(field) && draft[field] !== UNKNOWN_DATE ? (
              <time dateTime={draft[field]}>{answer(field)}</time>
            ) : (
              answer(field)
            ),
          action: {
            href: stepPath(child.id, field, true),
            label: t('deadlines.ui.setup.change'),
            hidden: t(`deadlines.ui.setup.answers.${field}`),
          },
        }))}
      />
      <PostForm action={paths.startingPointCheck(child.id)}>
        <ButtonGroup>
          <Button>{t('deadlines.ui.setup.save')}</Button>
        </ButtonGroup>
      </PostForm>
    </Page>
  )
}

import { type Child, displayName } from '../../domain/children/child.ts'
import {
  DISPUTE_KINDS,
  STARTING_POINTS,
  type StartingPointDraft,
} from '../../domain/children/starting-point.ts'
import type { Problem } from '../../domain/problems.ts'
import { paths } from '../../paths.ts'
import { Choices, DateInput } from '../layout/fields.tsx'
import { Button, ButtonGroup, PostForm } from '../layout/form.tsx'
import { Page } from '../layout/page.tsx'
import { useUi } from '../ui.ts'

export const EMPTY_STARTING_POINT: StartingPointDraft = {
  stage: '',
  requestedOn: '',
  consentOn: '',
  evaluatedOn: '',
  iepMeetingOn: '',
  plan504On: '',
  lastEvaluationOn: '',
  disputeKind: '',
  disputeOn: '',
}

const DATE_FIELDS = [
  'requestedOn',
  'consentOn',
  'evaluatedOn',
  'iepMeetingOn',
  'plan504On',
  'lastEvaluationOn',
] as const

/** "Where are you now?": one question with the few dates that matter, on one page that needs no script. */
export function StartingPointPage({
  child,
  values,
  problems = [],
}: {
  child: Child
  values: StartingPointDraft
  problems?: readonly Problem[]
}) {
  const { t } = useUi()
  const name = displayName(child)
  return (
    <Page title={t('deadlines.ui.setup.title')} caption={name} problems={problems} width="narrow">
      <p class="pw-lead">{t('deadlines.ui.setup.intro', { name })}</p>
      <PostForm action={paths.startingPoint(child.id)}>
        <Choices
          kind="radio"
          name="stage"
          label={t('deadlines.ui.setup.stage')}
          options={STARTING_POINTS.map((stage) => ({
            value: stage,
            label: t(`deadlines.ui.setup.stages.${stage}`),
            hint: t(`deadlines.ui.setup.stageHints.${stage}`),
          }))}
          values={[values.stage]}
          problems={problems}
        />
        <h2>{t('deadlines.ui.setup.datesTitle')}</h2>
        <p>{t('deadlines.ui.setup.datesIntro')}</p>
        {DATE_FIELDS.map((field) => (
          <DateInput
            key={field}
            name={field}
            label={t(`deadlines.ui.setup.${field}`)}
            hint={
              field === 'lastEvaluationOn'
                ? t('deadlines.ui.setup.lastEvaluationHint')
                : t('deadlines.ui.setup.dateHint')
            }
            value={values[field]}
            problems={problems}
          />
        ))}
        <Choices
          kind="radio"
          name="disputeKind"
          label={t('deadlines.ui.setup.disputeKind')}
          options={DISPUTE_KINDS.map((kind) => ({
            value: kind,
            label: t(`deadlines.ui.setup.disputeKinds.${kind}`),
          }))}
          values={[values.disputeKind]}
          problems={problems}
        />
        <DateInput
          name="disputeOn"
          label={t('deadlines.ui.setup.disputeOn')}
          hint={t('deadlines.ui.setup.dateHint')}
          value={values.disputeOn}
          problems={problems}
        />
        <ButtonGroup>
          <Button>{t('deadlines.ui.setup.save')}</Button>
          <a href={paths.child(child.id)}>{t('deadlines.ui.setup.skip')}</a>
        </ButtonGroup>
      </PostForm>
    </Page>
  )
}

import { type Child, displayName } from '../../domain/children/child.ts'
import type { Deadline } from '../../domain/deadlines/deadline.ts'
import { DISPUTE_STATUSES, type Dispute } from '../../domain/disputes/dispute.ts'
import { FORMAL_ROAD_IDS, ROAD_CITATIONS, ROADS, type Road, stagesOf } from '../../domain/disputes/roads.ts'
import type { Problem } from '../../domain/problems.ts'
import { renderMessage } from '../../i18n/i18n.ts'
import { paths } from '../../paths.ts'
import type { DisputeView } from '../../services/disputes/disputes.ts'
import { Inset, Warning } from '../layout/banner.tsx'
import { Details, SummaryList, Table, Tag } from '../layout/content.tsx'
import { Choices, DateInput, Select, Textarea, TextInput } from '../layout/fields.tsx'
import { Button, ButtonGroup, ButtonLink, PostForm } from '../layout/form.tsx'
import { Page } from '../layout/page.tsx'
import { RecordNav } from '../records/record-nav.tsx'
import { useUi } from '../ui.ts'

const GUIDE_ROWS = ['what', 'can', 'cannot', 'who', 'limit', 'howLong', 'cost', 'stayPut'] as const

/** Each road as a card with the same rows, so the roads compare side by side on a wide screen. */
export function RoadGuide({ child }: { child?: Child }) {
  const { t } = useUi()
  return (
    <>
      <p>{t('disputes.guide.intro')}</p>
      <Warning>{t('disputes.guide.notAdvice')}</Warning>
      <ul class="pw-card-list">
        {ROADS.map((road: Road) => (
          <li class="pw-card" key={road} id={`road-${road}`}>
            <h3 class="pw-card__title">{t(`disputes.roads.${road}.name`)}</h3>
            <SummaryList
              rows={[
                ...GUIDE_ROWS.map((row) => ({
                  key: t(`disputes.guide.${row}`),
                  value: t(`disputes.roads.${road}.${row}`),
                })),
                {
                  key: t('disputes.guide.law'),
                  value: <span class="pw-law-reference">{ROAD_CITATIONS[road]}</span>,
                },
              ]}
            />
            {child && child.archivedAt === null && (FORMAL_ROAD_IDS as readonly string[]).includes(road) ? (
              <p>
                <a href={paths.newDispute(child.id, road)}>
                  {t('disputes.guide.open', { name: displayName(child) })}
                  <span class="pw-visually-hidden">: {t(`disputes.roads.${road}.name`)}</span>
                </a>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  )
}

export function DisputesPage({ child, disputes }: { child: Child; disputes: readonly Dispute[] }) {
  const { t } = useUi()
  const name = displayName(child)
  return (
    <Page
      title={t('disputes.guide.title')}
      caption={name}
      back={{ href: paths.child(child.id), label: name }}
    >
      <RecordNav child={child} current="disputes" />
      <h2>{t('disputes.list.yours', { name })}</h2>
      {disputes.length === 0 ? (
        <p>{t('disputes.list.empty')}</p>
      ) : (
        <Table
          caption={t('disputes.list.caption')}
          captionHidden
          head={[t('disputes.list.headTitle'), t('disputes.list.headRoad'), t('disputes.list.headStatus')]}
          rows={disputes.map((d) => [
            <a href={paths.dispute(child.id, d.id)} key="title">
              {d.title}
            </a>,
            t(`disputes.roads.${d.road}.name`),
            <StatusTag status={d.status} key="status" />,
          ])}
        />
      )}
      {child.archivedAt === null ? (
        <ButtonLink href={paths.newDispute(child.id)}>{t('disputes.list.openNew')}</ButtonLink>
      ) : null}
      <h2>{t('disputes.list.compare')}</h2>
      <RoadGuide child={child} />
    </Page>
  )
}

function StatusTag({ status }: { status: Dispute['status'] }) {
  const { t } = useUi()
  return <Tag tone={status === 'open' ? 'blue' : 'grey'}>{t(`disputes.statuses.${status}`)}</Tag>
}

export function NewDisputePage({
  child,
  values,
  problems = [],
}: {
  child: Child
  values: Readonly<Record<string, string>>
  problems?: readonly Problem[]
}) {
  const { t } = useUi()
  return (
    <Page
      title={t('disputes.new.title')}
      caption={displayName(child)}
      problems={problems}
      back={{ href: paths.disputes(child.id) }}
      width="narrow"
    >
      <p>{t('disputes.new.intro')}</p>
      <PostForm action={paths.newDispute(child.id)}>
        <Choices
          kind="radio"
          name="road"
          label={t('disputes.new.road')}
          options={FORMAL_ROAD_IDS.map((road) => ({
            value: road,
            label: t(`disputes.roads.${road}.name`),
            hint: t(`disputes.roads.${road}.limit`),
          }))}
          values={[values.road ?? '']}
          problems={problems}
        />
        <TextInput
          name="title"
          label={t('disputes.new.about')}
          hint={t('disputes.new.titleHint')}
          value={values.title ?? ''}
          problems={problems}
        />
        {(['violationOn', 'knewOn'] as const).map((name) => (
          <DateInput
            key={name}
            name={name}
            label={t(`disputes.new.${name}`)}
            hint={t(`disputes.new.${name}Hint`)}
            value={values[name] ?? ''}
            problems={problems}
          />
        ))}
        <ButtonGroup>
          <Button>{t('disputes.new.submit')}</Button>
          <a href={paths.disputes(child.id)}>{t('common.cancel')}</a>
        </ButtonGroup>
      </PostForm>
    </Page>
  )
}

function DeadlineItem({ deadline }: { deadline: Deadline }) {
  const { t, date, lang } = useUi()
  const tone =
    deadline.status === 'overdue'
      ? 'red'
      : deadline.status === 'due-soon'
        ? 'yellow'
        : deadline.status === 'met'
          ? 'green'
          : 'grey'
  return (
    <li class="pw-deadline">
      <strong>{renderMessage(lang, deadline.title)}</strong>:{' '}
      {deadline.due ? t('disputes.view.due', { date: date(deadline.due) }) : t('disputes.view.noDate')}{' '}
      <Tag tone={tone}>{t(`disputes.deadlineStatuses.${deadline.status}`)}</Tag>
      <Details summary={t('disputes.view.why')}>
        <ol>
          {deadline.explanation.map((step, i) => (
            <li key={i}>{renderMessage(lang, step)}</li>
          ))}
        </ol>
        <p class="pw-law-reference">{deadline.citation}</p>
      </Details>
    </li>
  )
}

export interface DisputePageProps extends DisputeView {
  readonly papers: {
    readonly documents: readonly { id: string; title: string }[]
    readonly letters: readonly { id: string; subject: string }[]
  }
  readonly stageValues?: Readonly<Record<string, string>>
  readonly outcomeValues?: Readonly<Record<string, string>>
  readonly problems?: readonly Problem[]
  readonly conflict?: boolean
}

export function DisputePage({
  child,
  dispute,
  filingLimits,
  stages,
  needsSchoolCalendar,
  linkedDocuments,
  linkedLetters,
  papers,
  stageValues = {},
  outcomeValues,
  problems = [],
  conflict = false,
}: DisputePageProps) {
  const { t, date } = useUi()
  const editable = child.archivedAt === null
  const outcome = outcomeValues ?? {
    status: dispute.status,
    outcome: dispute.outcome,
    agreementTerms: dispute.agreementTerms.join('\n'),
  }
  const letterTemplate =
    dispute.road === 'state-complaint'
      ? 'state-complaint'
      : dispute.road === 'ocr-complaint'
        ? 'ocr-complaint'
        : null
  const linkedDocumentIds = new Set(linkedDocuments.map((d) => d.id))
  const linkedLetterIds = new Set(linkedLetters.map((l) => l.id))
  return (
    <Page
      title={dispute.title}
      caption={`${displayName(child)} · ${t(`disputes.roads.${dispute.road}.name`)}`}
      problems={problems}
      back={{ href: paths.disputes(child.id), label: t('disputes.list.title') }}
    >
      {conflict ? <Warning>{t('disputes.view.conflict')}</Warning> : null}
      <p>
        <StatusTag status={dispute.status} />
      </p>
      <p>
        {t('disputes.view.violationOn', { date: date(dispute.violationOn) })}{' '}
        {dispute.knewOn
          ? t('disputes.view.knewOn', { date: date(dispute.knewOn) })
          : t('disputes.view.knewOnMissing')}
      </p>

      <section aria-labelledby="limits-title">
        <h2 id="limits-title">{t('disputes.view.limitsTitle')}</h2>
        <p>{t('disputes.view.limitsIntro')}</p>
        <ul class="pw-list">
          {filingLimits.map((deadline) => (
            <DeadlineItem deadline={deadline} key={deadline.rule} />
          ))}
        </ul>
        <Inset>{t('disputes.guide.notAdvice')}</Inset>
      </section>

      <section aria-labelledby="stages-title">
        <h2 id="stages-title">{t('disputes.view.stagesTitle')}</h2>
        <p>{t('disputes.view.stagesIntro')}</p>
        {needsSchoolCalendar ? <Inset>{t('disputes.view.schoolCalendar')}</Inset> : null}
        <ol class="pw-stage-list">
          {stages.map((stage) => (
            <li key={stage.id} id={`stage-${stage.id}`}>
              <h3 class="pw-heading-s">{t(`disputes.stages.${dispute.road}.${stage.id}`)}</h3>
              <p>
                {stage.recorded
                  ? t('disputes.view.recordedOn', { date: date(stage.recorded.date) })
                  : t('disputes.view.notYet')}
              </p>
              {stage.deadlines.length > 0 ? (
                <ul class="pw-list">
                  {stage.deadlines.map((deadline) => (
                    <DeadlineItem deadline={deadline} key={deadline.rule} />
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
        {editable ? (
          <PostForm action={paths.disputePart(child.id, dispute.id, 'stage')}>
            <h3 class="pw-heading-s">{t('disputes.view.recordStage')}</h3>
            <input type="hidden" name="version" value={String(dispute.version)} />
            <Select
              name="stage"
              label={t('disputes.view.stage')}
              value={stageValues.stage ?? ''}
              placeholder={t('meetings.form.choose')}
              options={stagesOf(dispute.road).map((stage) => ({
                value: stage.id,
                label: t(`disputes.stages.${dispute.road}.${stage.id}`),
              }))}
              problems={problems}
            />
            <DateInput
              name="date"
              label={t('disputes.view.stageDate')}
              hint={t('disputes.view.stageDateHint')}
              value={stageValues.date ?? ''}
              problems={problems}
            />
            <Button>{t('disputes.view.saveStage')}</Button>
          </PostForm>
        ) : null}
      </section>

      <section aria-labelledby="outcome-title">
        <h2 id="outcome-title">{t('disputes.view.outcomeTitle')}</h2>
        {dispute.agreementTerms.length > 0 ? (
          <>
            <h3 class="pw-heading-s">{t('disputes.view.tasksTitle')}</h3>
            <ul class="pw-list pw-list--bullet">
              {dispute.agreementTerms.map((term, i) => (
                <li key={i}>{term}</li>
              ))}
            </ul>
          </>
        ) : null}
        {editable ? (
          <PostForm action={paths.disputePart(child.id, dispute.id, 'outcome')}>
            <input type="hidden" name="version" value={String(dispute.version)} />
            <Choices
              kind="radio"
              name="status"
              label={t('disputes.view.outcomeStatus')}
              options={DISPUTE_STATUSES.map((status) => ({
                value: status,
                label: t(`disputes.statuses.${status}`),
              }))}
              values={[outcome.status ?? '']}
              problems={problems}
            />
            <Textarea
              name="outcome"
              label={t('disputes.view.outcome')}
              value={outcome.outcome ?? ''}
              problems={problems}
            />
            <Textarea
              name="agreementTerms"
              label={t('disputes.view.agreementTerms')}
              hint={t('disputes.view.agreementTermsHint')}
              value={outcome.agreementTerms ?? ''}
              problems={problems}
            />
            <Button>{t('disputes.view.saveOutcome')}</Button>
          </PostForm>
        ) : (
          <p>{dispute.outcome}</p>
        )}
      </section>

      <section aria-labelledby="papers-title">
        <h2 id="papers-title">{t('disputes.view.papersTitle')}</h2>
        <p>{t('disputes.view.papersIntro')}</p>
        {papers.documents.length === 0 && papers.letters.length === 0 ? (
          <p>{t('disputes.view.papersNone')}</p>
        ) : editable ? (
          <PostForm action={paths.disputePart(child.id, dispute.id, 'papers')}>
            {papers.documents.length > 0 ? (
              <Choices
                kind="checkbox"
                name="documentIds"
                label={t('disputes.view.documents')}
                options={papers.documents.map((d) => ({ value: d.id, label: d.title }))}
                values={[...linkedDocumentIds]}
              />
            ) : null}
            {papers.letters.length > 0 ? (
              <Choices
                kind="checkbox"
                name="letterIds"
                label={t('disputes.view.letters')}
                options={papers.letters.map((l) => ({ value: l.id, label: l.subject }))}
                values={[...linkedLetterIds]}
              />
            ) : null}
            <Button variant="secondary">{t('disputes.view.savePapers')}</Button>
          </PostForm>
        ) : null}
        {linkedDocuments.length + linkedLetters.length > 0 ? (
          <ul class="pw-list">
            {linkedDocuments.map((d) => (
              <li key={d.id}>
                <a href={paths.document(child.id, d.id)}>{d.title}</a>
              </li>
            ))}
            {linkedLetters.map((l) => (
              <li key={l.id}>
                <a href={paths.letter(child.id, l.id)}>{l.subject}</a>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <ul class="pw-list">
        {letterTemplate && editable ? (
          <li>
            <a href={paths.newLetter(child.id, letterTemplate)}>{t('disputes.view.letterLink')}</a>
          </li>
        ) : null}
        <li>
          <a href={paths.disputes(child.id, dispute.road)}>{t('disputes.view.guideLink')}</a>
        </li>
      </ul>
    </Page>
  )
}

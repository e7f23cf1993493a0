import { type Child, displayName } from '../../domain/children/child.ts'
import type { ChildDocument } from '../../domain/documents/document.ts'
import {
  fieldKind,
  HIGH_CONFIDENCE,
  IMPORT_DOCUMENT_KINDS,
  type ImportDocumentKind,
  type ImportProposal,
  itemIndex,
  LOW_CONFIDENCE,
  type ProposedField,
  type ReadingProgress,
  type SourcePassage,
} from '../../domain/imports/proposal.ts'
import { DATE_FIELD_KINDS, NOTICE_ACTIONS } from '../../domain/imports/to-records.ts'
import { GOAL_AREAS, IDEA_CATEGORIES, SERVICE_SETTINGS } from '../../domain/plans/plan.ts'
import type { Problem } from '../../domain/problems.ts'
import { paths } from '../../paths.ts'
import type { DocumentImport } from '../../storage/imports-store.ts'
import { Inset, Warning } from '../layout/banner.tsx'
import { Table, Tag } from '../layout/content.tsx'
import { Choices, Select, Textarea, TextInput } from '../layout/fields.tsx'
import { Button, ButtonLink, PostForm } from '../layout/form.tsx'
import { Page } from '../layout/page.tsx'
import { RecordNav } from '../records/record-nav.tsx'
import { type Ui, useUi } from '../ui.ts'

/** What the review form holds: the kind, the plan status, and per field its kept flag and value. */
export interface ReviewValues {
  readonly kind: string
  readonly planStatus: string
  /** By proposal index. */
  readonly use: readonly boolean[]
  readonly values: readonly string[]
  /** Values typed for fields the reader did not find, by path. */
  readonly added: Readonly<Record<string, string>>
  /** Lines of the document the parent chose as values' sources: form field name → passage index. */
  readonly sources: Readonly<Record<string, number>>
  /** The line just used for a value (the "use this line" step), to say so. */
  readonly taken?: { readonly field: string; readonly line: number }
  /** What the parent entered in the "use this line" controls, kept when they have a problem. */
  readonly take?: { readonly field: string; readonly line: string }
}

/** The fields worth asking for when the reader did not find them, per kind of document. */
export function missingPaths(kind: string, found: readonly ProposedField[]): string[] {
  const paths =
    kind === 'iep'
      ? [
          'dates.meeting',
          'dates.start',
          'dates.end',
          'dates.nextAnnualReview',
          'dates.nextReevaluation',
          'eligibility.category',
        ]
      : kind === '504-plan'
        ? ['dates.meeting', 'dates.start', 'dates.end', 'dates.review']
        : kind === 'meeting-invitation'
          ? ['notice.date', 'notice.meetingDate']
          : kind === 'consent' || kind === 'prior-written-notice'
            ? ['notice.date', 'notice.action']
            : ['notice.date']
  const have = new Set(found.map((f) => f.path))
  return paths.filter((path) => !have.has(path))
}

/** The path a review form field fills: `value.3` → the third proposal's path, `add.dates.meeting` → its path. */
export function pathOfFormField(
  proposal: ImportProposal | null,
  kind: string,
  name: string,
): string | undefined {
  const fields = proposal?.fields ?? []
  const proposed = /^value\.(\d+)$/.exec(name)
  if (proposed) return fields[Number(proposed[1])]?.path
  const added = name.startsWith('add.') ? name.slice('add.'.length) : undefined
  return added && missingPaths(kind, fields).includes(added) ? added : undefined
}

export function reviewDefaults(found: DocumentImport): ReviewValues {
  const fields = found.proposal?.fields ?? []
  return {
    kind: found.proposal?.kind ?? 'unknown',
    planStatus: 'in-effect',
    use: fields.map(() => true),
    values: fields.map((f) => f.value),
    added: {},
    sources: {},
  }
}

/** The line the parent chose for a form field's value, with its number (from 1), if they chose one. */
function chosenLine(
  found: DocumentImport,
  values: ReviewValues,
  field: string,
): { passage: SourcePassage; line: number } | undefined {
  const index = values.sources[field]
  const passage = index === undefined ? undefined : found.proposal?.passages?.[index]
  return passage && index !== undefined ? { passage, line: index + 1 } : undefined
}

/** The passage a form field's value comes from: the line the parent chose, else the reader's. */
export function sourceOf(
  found: DocumentImport,
  values: ReviewValues,
  field: string,
  proposed: SourcePassage | null,
): SourcePassage | null {
  return chosenLine(found, values, field)?.passage ?? proposed
}

export function fieldLabel(t: Ui['t'], path: string): string {
  const index = itemIndex(path)
  return t(`imports.fields.${fieldKind(path).replace('.', '-')}`, { n: (index ?? 0) + 1 })
}

function confidenceTag(t: Ui['t'], confidence: number) {
  if (confidence >= HIGH_CONFIDENCE) return <Tag tone="green">{t('imports.review.sure')}</Tag>
  if (confidence >= LOW_CONFIDENCE) return <Tag tone="yellow">{t('imports.review.check')}</Tag>
  return <Tag tone="red">{t('imports.review.unsure')}</Tag>
}

/** The line a value comes from, if the parent chose one: kept in the form, set by the selection script too. */
function SourceField({ name, values }: { name: string; values: ReviewValues }) {
  const chosen = values.sources[name]
  return (
    <input type="hidden" name={`source.${name}`} value={chosen === undefined ? '' : String(chosen + 1)} />
  )
}

/** The line of the document the parent chose for a value, quoted and highlighted. */
function ChosenPassage({ passage, line }: { passage: SourcePassage; line: number }) {
  const { t } = useUi()
  return (
    <figure class="pw-import-source">
      <figcaption class="pw-hint">
        {t('imports.review.chosenFrom', { n: line, page: passage.page })}
      </figcaption>
      <blockquote>
        <mark>{passage.text}</mark>
      </blockquote>
    </figure>
  )
}

/** The passage a value came from, with the value marked where it appears as written. */
function Passage({ field }: { field: ProposedField }) {
  const { t } = useUi()
  if (!field.source) return <p class="pw-hint">{t('imports.review.noSource')}</p>
  if (field.origin === 'form') {
    const name = field.source.text.split(':')[0] ?? ''
    return <p class="pw-hint">{t('imports.review.fromForm', { name })}</p>
  }
  const text = field.source.text
  const at = text.toLowerCase().indexOf(field.value.toLowerCase())
  return (
    <figure class="pw-import-source">
      <figcaption class="pw-hint">{t('imports.review.from', { page: field.source.page })}</figcaption>
      <blockquote>
        {at >= 0 ? (
          <>
            {text.slice(0, at)}
            <mark>{text.slice(at, at + field.value.length)}</mark>
            {text.slice(at + field.value.length)}
          </>
        ) : (
          <mark>{text}</mark>
        )}
      </blockquote>
    </figure>
  )
}

function ValueControl({
  name,
  path,
  value,
  label,
  hint,
  problems,
}: {
  name: string
  path: string
  value: string
  label: string
  hint?: string
  problems: readonly Problem[]
}) {
  const { t } = useUi()
  const kind = fieldKind(path)
  const select = (options: readonly { value: string; label: string }[]) => (
    <Select
      name={name}
      label={label}
      value={value}
      options={options}
      placeholder={t('imports.review.chooseOne')}
      problems={problems}
    />
  )
  if (kind === 'eligibility.category')
    return select(IDEA_CATEGORIES.map((c) => ({ value: c, label: t(`plans.categories.${c}`) })))
  if (kind === 'services.setting')
    return select(SERVICE_SETTINGS.map((s) => ({ value: s, label: t(`plans.serviceSettings.${s}`) })))
  if (kind === 'goals.area')
    return select(GOAL_AREAS.map((a) => ({ value: a, label: t(`plans.goalAreas.${a}`) })))
  if (kind === 'notice.action')
    return select(NOTICE_ACTIONS.map((a) => ({ value: a, label: t(`imports.actions.${a}`) })))
  if (kind === 'goals.text' || kind === 'presentLevels.academic')
    return (
      <Textarea
        name={name}
        label={label}
        value={value}
        rows={4}
        problems={problems}
        {...(hint ? { hint } : {})}
      />
    )
  const dateHint = DATE_FIELD_KINDS.has(kind) ? t('imports.review.dateHint') : undefined
  const frequencyHint = kind === 'services.frequency' ? t('imports.review.frequencyHint') : undefined
  const shownHint = hint ?? dateHint ?? frequencyHint
  return (
    <TextInput
      name={name}
      label={label}
      value={value}
      problems={problems}
      width={
        DATE_FIELD_KINDS.has(kind) || kind === 'services.minutes' || kind === 'services.frequency'
          ? 'half'
          : 'full'
      }
      {...(shownHint ? { hint: shownHint } : {})}
    />
  )
}

export function ImportStartPage({
  child,
  documents,
  imports,
  problems = [],
}: {
  child: Child
  documents: readonly ChildDocument[]
  imports: readonly DocumentImport[]
  problems?: readonly Problem[]
}) {
  const { t, shortDate } = useUi()
  const titles = new Map(documents.map((d) => [d.id, d.title]))
  return (
    <Page
      title={t('imports.start.title')}
      caption={displayName(child)}
      back={{ href: paths.child(child.id), label: displayName(child) }}
      problems={problems}
    >
      <RecordNav child={child} current="imports" />
      <p>{t('imports.start.intro')}</p>
      {documents.length === 0 ? (
        <>
          <p>{t('imports.start.noDocuments')}</p>
          <ButtonLink href={paths.uploadDocument(child.id)}>{t('imports.start.upload')}</ButtonLink>
        </>
      ) : (
        <PostForm action={paths.imports(child.id)}>
          <Choices
            kind="radio"
            name="documentId"
            label={t('imports.start.choose')}
            hint={t('imports.start.chooseHint')}
            problems={problems}
            values={[]}
            options={documents.map((d) => ({ value: d.id, label: `${d.title} (${shortDate(d.date)})` }))}
          />
          <Button>{t('imports.start.read')}</Button>
          <p>
            <a href={paths.uploadDocument(child.id)}>{t('imports.start.upload')}</a>
          </p>
        </PostForm>
      )}
      {imports.length > 0 ? (
        <Table
          caption={t('imports.start.past')}
          head={[t('imports.start.headDocument'), t('imports.start.headKind'), t('imports.start.headStatus')]}
          rows={imports.map((found) => [
            <a href={paths.documentImport(child.id, found.id)} key="open">
              {titles.get(found.documentId) ?? t('imports.start.open')}
            </a>,
            t(`imports.kinds.${found.kind}`),
            t(`imports.statuses.${found.status}`),
          ])}
        />
      ) : null}
    </Page>
  )
}

export function ImportReviewPage({
  child,
  found,
  document,
  values,
  problems = [],
}: {
  child: Child
  found: DocumentImport
  document: ChildDocument
  values: ReviewValues
  problems?: readonly Problem[]
}) {
  const { t } = useUi()
  const fields = found.proposal?.fields ?? []
  const proposedKind = (found.proposal?.kind ?? 'unknown') as ImportDocumentKind
  const plan = values.kind === 'iep' || values.kind === '504-plan'
  return (
    <Page
      title={t('imports.review.title')}
      caption={displayName(child)}
      back={{ href: paths.imports(child.id), label: t('imports.start.title') }}
      problems={problems}
    >
      <p>{t('imports.review.intro', { document: document.title })}</p>
      <div role="status">
        {values.taken ? (
          <Inset>
            {t('imports.review.taken', {
              field: fieldLabel(t, pathOfFormField(found.proposal, values.kind, values.taken.field) ?? ''),
              n: values.taken.line,
            })}
          </Inset>
        ) : null}
      </div>
      <PostForm action={paths.documentImport(child.id, found.id)}>
        <input type="hidden" name="version" value={String(found.version)} />
        <Select
          name="kind"
          label={t('imports.review.kind')}
          hint={t('imports.review.kindHint', { kind: t(`imports.kinds.${proposedKind}`) })}
          value={values.kind}
          options={IMPORT_DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`imports.kinds.${k}`) }))}
          problems={problems}
        />
        {plan ? (
          <Choices
            kind="radio"
            name="planStatus"
            label={t('imports.review.planStatus')}
            values={[values.planStatus]}
            options={[
              { value: 'in-effect', label: t('imports.review.inEffect') },
              { value: 'superseded', label: t('imports.review.superseded') },
            ]}
            problems={problems}
          />
        ) : null}
        <h2 class="pw-heading-m">{t('imports.review.fieldsTitle')}</h2>
        {fields.length === 0 ? <Inset>{t('imports.review.nothingFound')}</Inset> : null}
        {fields.map((field, i) => {
          const label = fieldLabel(t, field.path)
          const chosen = chosenLine(found, values, `value.${i}`)
          return (
            <section class="pw-import-field" key={field.path} aria-labelledby={`import-field-${i}`}>
              <h3 class="pw-heading-s" id={`import-field-${i}`}>
                {label} {confidenceTag(t, field.confidence)}
              </h3>
              <p class="pw-hint">
                {t('imports.review.confidence', { percent: Math.round(field.confidence * 100) })}
              </p>
              {chosen ? <ChosenPassage {...chosen} /> : <Passage field={field} />}
              <ValueControl
                name={`value.${i}`}
                path={field.path}
                value={values.values[i] ?? ''}
                label={label}
                problems={problems}
              />
              <SourceField name={`value.${i}`} values={values} />
              <div class="pw-choice">
                <input
                  class="pw-choice__input"
                  type="checkbox"
                  id={`use-${i}`}
                  name={`use.${i}`}
                  value="yes"
                  checked={values.use[i] ?? false}
                />
                <label class="pw-choice__label" for={`use-${i}`}>
                  {t('imports.review.use')}
                </label>
              </div>
            </section>
          )
        })}
        {missingPaths(values.kind, fields).length > 0 ? (
          <>
            <h2 class="pw-heading-m">{t('imports.review.missingTitle')}</h2>
            <p>{t('imports.review.missingIntro')}</p>
            {missingPaths(values.kind, fields).map((path) => {
              const chosen = chosenLine(found, values, `add.${path}`)
              return (
                <div key={path}>
                  {chosen ? <ChosenPassage {...chosen} /> : null}
                  <ValueControl
                    name={`add.${path}`}
                    path={path}
                    value={values.added[path] ?? ''}
                    label={fieldLabel(t, path)}
                    problems={problems}
                  />
                  <SourceField name={`add.${path}`} values={values} />
                </div>
              )
            })}
          </>
        ) : null}
        {problems.some((p) => p.field === 'version') ? (
          <Warning>{t('imports.problems.conflict')}</Warning>
        ) : null}
        <Button>{t('imports.review.save')}</Button>
        <DocumentText found={found} values={values} problems={problems} />
      </PostForm>
    </Page>
  )
}

/**
 * The document's words, line by line and numbered, under "Did Pathway miss something?": lines that
 * values came from are highlighted, and the parent can fill any value from a line. Without
 * JavaScript they name the value and the line number and press "Use this line" (the page comes back
 * with the value filled and everything else kept); with it, they can also select words in a line
 * (src/client/widgets/import-take.ts).
 */
function DocumentText({
  found,
  values,
  problems,
}: {
  found: DocumentImport
  values: ReviewValues
  problems: readonly Problem[]
}) {
  const { t } = useUi()
  const passages = found.proposal?.passages ?? []
  if (passages.length === 0) return null
  const fields = found.proposal?.fields ?? []
  const missing = missingPaths(values.kind, fields)
  const options = [
    ...fields.map((f, i) => ({ value: `value.${i}`, label: fieldLabel(t, f.path) })),
    ...missing.map((path) => ({ value: `add.${path}`, label: fieldLabel(t, path) })),
  ]
  const kept = [
    ...fields.flatMap((f, i) => (values.use[i] ? [sourceOf(found, values, `value.${i}`, f.source)] : [])),
    ...missing.map((path) => sourceOf(found, values, `add.${path}`, null)),
  ]
  const highlighted = new Set(kept.flatMap((p) => (p ? [`${p.page}:${p.line}`] : [])))
  const pages = new Map<number, { passage: SourcePassage; n: number }[]>()
  passages.forEach((passage, i) => {
    pages.set(passage.page, [...(pages.get(passage.page) ?? []), { passage, n: i + 1 }])
  })
  const open = values.taken !== undefined || problems.some((p) => p.field.startsWith('take.'))
  return (
    <section class="pw-import-text" aria-labelledby="import-text-title">
      <h2 class="pw-heading-m" id="import-text-title">
        {t('imports.review.textTitle')}
      </h2>
      <p>{t('imports.review.textIntro')}</p>
      <details class="pw-details" open={open}>
        <summary class="pw-details__summary">
          {t('imports.review.textShow', { count: passages.length })}
        </summary>
        <div class="pw-details__text">
          <div
            class="pw-import-take"
            data-module="import-take"
            data-no-selection={t('imports.review.noSelection')}
            data-taken={t('imports.review.taken', { field: '{field}', n: '{n}' })}
            data-take-selection={t('imports.review.takeSelection')}
            data-take-selection-hint={t('imports.review.takeSelectionHint')}
            data-take-field={t('imports.review.takeField')}
            data-no-field={t('imports.problems.takeField')}
            data-no-choice={t('imports.problems.takeChoice')}
          >
            <Select
              name="take.field"
              label={t('imports.review.takeField')}
              value={values.take?.field ?? ''}
              options={options}
              placeholder={t('imports.review.chooseOne')}
              problems={problems}
            />
            <TextInput
              name="take.line"
              label={t('imports.review.takeLine')}
              hint={t('imports.review.takeLineHint')}
              value={values.take?.line ?? ''}
              width="short"
              inputMode="numeric"
              problems={problems}
            />
            <Button variant="secondary" name="take" value="yes">
              {t('imports.review.take')}
            </Button>
            <p class="pw-hint" role="status" data-import-take-status />
          </div>
          {[...pages].map(([page, lines]) => (
            <div key={page}>
              <h3 class="pw-heading-s">{t('imports.review.textPage', { page })}</h3>
              <ol class="pw-import-text__lines" start={lines[0]?.n ?? 1}>
                {lines.map(({ passage, n }) => (
                  <li key={n} id={`line-${n}`} data-line={n}>
                    {highlighted.has(`${passage.page}:${passage.line}`) ? (
                      <mark>{passage.text}</mark>
                    ) : (
                      passage.text
                    )}
                  </li>
                ))}
              </ol>
            </div>
          ))}
        </div>
      </details>
    </section>
  )
}

/** "Pages read: 12 of 40" and what the reader is doing now, for the page and its live region. */
export function progressTexts(
  t: Ui['t'],
  progress: ReadingProgress | null,
): { pages: string; stage: string } {
  if (!progress) return { pages: '', stage: t('imports.reading.stages.waiting') }
  const { done, total } = progress
  return {
    pages:
      total === null
        ? t('imports.reading.pagesSoFar', { done })
        : t('imports.reading.pages', { done, total }),
    stage: t(`imports.reading.stages.${progress.stage}`),
  }
}

/**
 * While the reading job works: how far it got, as a progress bar with the same figure in words, and
 * a link to look again (no JavaScript needed). With JavaScript the page asks the import's status
 * every few seconds, updates the figure (a polite live region says it) and reloads once the reading
 * is done (src/client/widgets/import-reading.ts).
 */
export function ImportReadingPage({
  child,
  found,
  document,
}: {
  child: Child
  found: DocumentImport
  document: ChildDocument
}) {
  const { t } = useUi()
  const progress = found.progress
  const texts = progressTexts(t, progress)
  const known = progress !== null && progress.total !== null && progress.total > 0
  return (
    <Page
      title={t('imports.reading.title')}
      caption={displayName(child)}
      back={{ href: paths.imports(child.id), label: t('imports.start.title') }}
    >
      <p>{t('imports.reading.intro', { document: document.title })}</p>
      <div
        class="pw-import-progress"
        data-module="import-reading"
        data-status-url={paths.apiImport(child.id, found.id)}
        data-pages={t('imports.reading.pages', { done: '{done}', total: '{total}' })}
        data-pages-so-far={t('imports.reading.pagesSoFar', { done: '{done}' })}
        data-stage-waiting={t('imports.reading.stages.waiting')}
        data-stage-text={t('imports.reading.stages.text')}
        data-stage-ocr={t('imports.reading.stages.ocr')}
        data-stage-fields={t('imports.reading.stages.fields')}
      >
        <label class="pw-label" for="import-progress">
          {t('imports.reading.progress')}
        </label>
        {known ? (
          <progress
            id="import-progress"
            max={progress.total ?? 1}
            value={Math.min(progress.done, progress.total ?? 0)}
          >
            {texts.pages}
          </progress>
        ) : (
          <progress id="import-progress">{texts.pages || texts.stage}</progress>
        )}
        <div role="status" data-import-progress-text>
          <p class="pw-import-progress__pages" data-import-pages>
            {texts.pages}
          </p>
          <p data-import-stage>{texts.stage}</p>
        </div>
      </div>
      <p>{t('imports.reading.wait')}</p>
      <ButtonLink href={paths.documentImport(child.id, found.id)}>{t('imports.reading.again')}</ButtonLink>
    </Page>
  )
}

export function ImportResultPage({ child, found }: { child: Child; found: DocumentImport }) {
  const { t } = useUi()
  return (
    <Page
      title={found.status === 'confirmed' ? t('imports.result.title') : t(`imports.statuses.${found.status}`)}
      caption={displayName(child)}
      back={{ href: paths.imports(child.id), label: t('imports.start.title') }}
    >
      {found.status === 'confirmed' ? (
        found.planId ? (
          <>
            <p>{t('imports.result.plan')}</p>
            <ButtonLink href={paths.plan(child.id, found.planId)}>{t('imports.result.viewPlan')}</ButtonLink>
          </>
        ) : (
          <>
            <p>{t('imports.result.events')}</p>
            <ButtonLink href={paths.child(child.id)}>{t('imports.result.viewRecord')}</ButtonLink>
          </>
        )
      ) : (
        <p>{t(`imports.result.${found.status === 'ready' ? 'failed' : found.status}`)}</p>
      )}
      <p>
        <a href={paths.imports(child.id)}>{t('imports.result.again')}</a>
      </p>
    </Page>
  )
}

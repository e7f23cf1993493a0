import { type Child, displayName } from '../../domain/children/child.ts'
import { libraryByNeed, libraryEntry, libraryKeys, libraryNeedKey } from '../../domain/plans/library.ts'
import {
  ACCOMMODATION_SETTINGS,
  FREQUENCY_PERIODS,
  GOAL_AREAS,
  SERVICE_KINDS,
  SERVICE_SETTINGS,
} from '../../domain/plans/plan.ts'
import type { PlanRecord } from '../../domain/plans/plan-record.ts'
import type { Problem } from '../../domain/problems.ts'
import { paths } from '../../paths.ts'
import { GoalCheckPanel } from '../goals/goal-check-panel.tsx'
import { Inset, Warning } from '../layout/banner.tsx'
import { Choices } from '../layout/fields.tsx'
import { Button, ButtonGroup, PostForm } from '../layout/form.tsx'
import { Page } from '../layout/page.tsx'
import { useUi } from '../ui.ts'
import type { FormValues } from './form-values.ts'
import { recordTitle } from './plan-common.tsx'
import { type Conflict, ConflictNotice, PlanFormFrame } from './plan-form-frame.tsx'
import { Rows, useControls, useOptions } from './plan-part-pages.tsx'
import { type ItemList, libraryTypeOf } from './read-item-forms.ts'

const SCOPES: Record<ItemList, string> = {
  goals: 'goal',
  services: 'service',
  accommodations: 'item',
  programModifications: 'item',
  staffSupports: 'item',
}

export function scopeOf(list: ItemList): string {
  return SCOPES[list]
}

export interface ItemFormProps {
  readonly child: Child
  readonly record: PlanRecord
  readonly list: ItemList
  /** The item being changed; undefined for a new one. */
  readonly itemId: string | undefined
  readonly values: FormValues
  /** Ticked accommodation settings. */
  readonly settings: readonly string[]
  readonly rows: Readonly<Record<string, number>>
  readonly problems: readonly Problem[]
  readonly version: number
  readonly purpose: 'edit' | 'correction'
  readonly conflict?: Conflict
}

function GoalFields({ props }: { props: ItemFormProps }) {
  const { t } = useUi()
  const c = useControls(props.values, props.problems, 'goal')
  const options = useOptions()
  return (
    <>
      {c.select('area', options(GOAL_AREAS, 'plans.goalAreas'))}
      {c.area('text', { hint: t('plans.form.hints.goalText'), rows: 4 })}
      <GoalCheckPanel field="text" text={props.values.text ?? ''} />
      <h2 class="pw-heading-m">{t('plans.form.groups.measure')}</h2>
      <p>{t('plans.form.hints.measure')}</p>
      {c.text('baseline', { hint: t('plans.form.hints.baseline') })}
      {c.number('baselineValue')}
      {c.text('target', { hint: t('plans.form.hints.target') })}
      {c.number('targetValue')}
      {c.text('unit', { hint: t('plans.form.hints.unit'), width: 'half' })}
      {c.radios('direction', [
        { value: 'increase', label: t('plans.form.direction.increase') },
        { value: 'decrease', label: t('plans.form.direction.decrease') },
      ])}
      {c.text('measurementMethod', { hint: t('plans.form.hints.measurementMethod') })}
      {c.text('criterion', { hint: t('plans.form.hints.criterion') })}
      <h2 class="pw-heading-m">{t('plans.form.groups.goalReports')}</h2>
      {c.text('progressReporting.when', { hint: t('plans.form.hints.goalReportsWhen') })}
      {c.text('progressReporting.how')}
      <h2 class="pw-heading-m">{t('plans.form.groups.objectives')}</h2>
      <p>{t('plans.form.hints.objectives')}</p>
      <Rows list="objectives" count={props.rows.objectives ?? 0}>
        {(i) => (
          <>
            <input
              type="hidden"
              name={`objectives[${i}].id`}
              value={props.values[`objectives[${i}].id`] ?? ''}
            />
            {c.area(`objectives[${i}].text`, { rows: 2 })}
            {c.text(`objectives[${i}].criterion`)}
            {c.date(`objectives[${i}].targetDate`)}
          </>
        )}
      </Rows>
    </>
  )
}

function LibraryNote({ libraryId }: { libraryId: string | undefined }) {
  const { t } = useUi()
  if (!libraryId || !libraryEntry(libraryId)) return null
  return (
    <Inset>
      <p>
        <strong>{t('plans.form.fromLibrary', { name: t(libraryKeys(libraryId).name) })}</strong>
      </p>
      <p>{t(libraryKeys(libraryId).explain)}</p>
    </Inset>
  )
}

function ServiceFields({ props }: { props: ItemFormProps }) {
  const { t } = useUi()
  const c = useControls(props.values, props.problems, 'service')
  const options = useOptions()
  return (
    <>
      <input type="hidden" name="libraryId" value={props.values.libraryId ?? ''} />
      <LibraryNote libraryId={props.values.libraryId} />
      {c.text('name', { hint: t('plans.form.hints.serviceName') })}
      {c.select('kind', options(SERVICE_KINDS, 'plans.serviceKinds'))}
      <h2 class="pw-heading-m">{t('plans.form.groups.amount')}</h2>
      <p>{t('plans.form.hints.amount')}</p>
      {c.number('minutes')}
      {c.number('frequency.times')}
      {c.select(
        'frequency.per',
        FREQUENCY_PERIODS.map((per) => ({ value: per, label: t(`plans.form.per.${per}`) })),
      )}
      {c.date('start', { hint: t('plans.form.hints.serviceDates') })}
      {c.date('end', { hint: t('plans.form.hints.serviceDates') })}
      <h2 class="pw-heading-m">{t('plans.form.groups.where')}</h2>
      {c.select('setting', options(SERVICE_SETTINGS, 'plans.serviceSettings'))}
      {c.text('location', { hint: t('plans.form.hints.location') })}
      {c.text('providerRole', { hint: t('plans.form.hints.providerRole') })}
      {c.radios('grouping', [
        { value: 'individual', label: t('plans.form.grouping.individual') },
        { value: 'group', label: t('plans.form.grouping.group') },
      ])}
      {c.area('notes')}
    </>
  )
}

function AccommodationFields({ props }: { props: ItemFormProps }) {
  const { t } = useUi()
  const c = useControls(props.values, props.problems, 'item')
  const library = props.values.libraryId
  return (
    <>
      <input type="hidden" name="libraryId" value={library ?? ''} />
      <LibraryNote libraryId={library} />
      {c.area('text', {
        hint: t(library ? 'plans.form.hints.itemTextLibrary' : 'plans.form.hints.itemText'),
      })}
      {props.list === 'accommodations' ? (
        <>
          <Choices
            kind="checkbox"
            name="settings"
            label={t('plans.form.labels.item.settings')}
            hint={t('plans.form.hints.settings')}
            values={props.settings}
            options={ACCOMMODATION_SETTINGS.map((s) => ({
              value: s,
              label: t(`plans.accommodationSettings.${s}`),
            }))}
            problems={props.problems}
          />
          {c.text('details', { hint: t('plans.form.hints.details') })}
        </>
      ) : null}
      {c.text('responsible', { hint: t('plans.form.hints.responsible') })}
    </>
  )
}

/** One goal, service, accommodation, modification or staff support. */
export function ItemFormPage(props: ItemFormProps) {
  const { t } = useUi()
  const adding = props.itemId === undefined
  const action = adding
    ? paths.newPlanItem(props.child.id, props.record.id, props.list)
    : paths.planItem(props.child.id, props.record.id, props.list, props.itemId as string)
  return (
    <PlanFormFrame
      child={props.child}
      record={props.record}
      title={t(`plans.ui.items.${props.list}.${adding ? 'addTitle' : 'editTitle'}`)}
      action={action}
      version={props.version}
      purpose={props.purpose}
      problems={props.problems}
      conflict={props.conflict}
      values={props.values}
      scope={scopeOf(props.list)}
      intro={<p>{t(`plans.ui.items.${props.list}.intro`)}</p>}
      submit={adding ? t(`plans.ui.items.${props.list}.addSubmit`) : t('common.saveChanges')}
    >
      {props.list === 'goals' ? (
        <GoalFields props={props} />
      ) : props.list === 'services' ? (
        <ServiceFields props={props} />
      ) : (
        <AccommodationFields props={props} />
      )}
    </PlanFormFrame>
  )
}

/**
 * The library as a picker: entries grouped by need, each with its plain explanation. Accommodations,
 * modifications and staff supports are ticked (several at once) and added; a service is chosen
 * and then described on the service form.
 */
export function LibraryPage({
  child,
  record,
  list,
  version,
  present,
  chosen,
  problems = [],
  conflict,
}: {
  child: Child
  record: PlanRecord
  list: Exclude<ItemList, 'goals'>
  version: number
  /** Library ids already in the plan. */
  present: ReadonlySet<string>
  chosen: readonly string[]
  problems?: readonly Problem[]
  conflict?: Conflict
}) {
  const ui = useUi()
  const { t } = ui
  const type = libraryTypeOf(list)
  const groups = [...libraryByNeed(type).entries()].filter(([, entries]) => entries.length > 0)
  const services = list === 'services'
  const body = (
    <>
      {groups.map(([need, entries]) => {
        const open = entries.some((e) => chosen.includes(e.id))
        const offered = entries.filter((e) => services || !present.has(e.id))
        return (
          <details class="pw-details pw-library-group" key={need} open={open || groups.length <= 2}>
            <summary class="pw-details__summary">
              {t(libraryNeedKey(need))} ({entries.length})
            </summary>
            <div class="pw-details__text">
              {offered.length > 0 ? (
                <fieldset class="pw-fieldset">
                  <legend class="pw-fieldset__legend">
                    {t('plans.ui.pick.groupLabel', { need: t(libraryNeedKey(need)) })}
                  </legend>
                  <div class="pw-choices">
                    {offered.map((e) => (
                      <div class="pw-choice" key={e.id}>
                        <input
                          class="pw-choice__input"
                          id={`library-${e.id}`}
                          name="library"
                          type={services ? 'radio' : 'checkbox'}
                          value={e.id}
                          checked={chosen.includes(e.id)}
                          aria-describedby={`library-${e.id}-hint`}
                        />
                        <label class="pw-choice__label" for={`library-${e.id}`}>
                          {t(libraryKeys(e.id).name)}
                        </label>
                        <div class="pw-hint pw-choice__hint" id={`library-${e.id}-hint`}>
                          {t(libraryKeys(e.id).explain)}
                        </div>
                      </div>
                    ))}
                  </div>
                </fieldset>
              ) : null}
              {services
                ? null
                : entries
                    .filter((e) => present.has(e.id))
                    .map((e) => (
                      <p class="pw-secondary" key={e.id}>
                        {t('plans.ui.pick.alreadyIn', { name: t(libraryKeys(e.id).name) })}
                      </p>
                    ))}
            </div>
          </details>
        )
      })}
    </>
  )
  return (
    <Page
      title={t(`plans.ui.pick.${list}.title`)}
      caption={`${displayName(child)} · ${recordTitle(ui, record)}`}
      problems={problems}
      back={{ href: paths.plan(child.id, record.id), label: t('plans.ui.backToPlan') }}
    >
      {conflict ? <ConflictNotice conflict={conflict} values={{}} /> : null}
      <p>{t(`plans.ui.pick.${list}.intro`)}</p>
      {services ? (
        <form method="get" action={paths.newPlanItem(child.id, record.id, 'services')} noValidate>
          {body}
          <ButtonGroup>
            <Button>{t('plans.ui.pick.services.submit')}</Button>
            <a href={paths.newPlanItem(child.id, record.id, 'services')}>{t('plans.ui.pick.services.own')}</a>
          </ButtonGroup>
        </form>
      ) : (
        <PostForm action={paths.planLibrary(child.id, record.id, list)}>
          <input type="hidden" name="version" value={String(version)} />
          <span id="library" />
          {body}
          <ButtonGroup>
            <Button>{t(`plans.ui.pick.${list}.submit`)}</Button>
            <a href={paths.newPlanItem(child.id, record.id, list)}>{t('plans.ui.pick.own')}</a>
          </ButtonGroup>
        </PostForm>
      )}
      <p>
        <a href={paths.plan(child.id, record.id)}>{t('common.cancel')}</a>
      </p>
    </Page>
  )
}

/** Asks before an item leaves the plan (a new version; older versions keep it). */
export function RemoveItemPage({
  child,
  record,
  list,
  itemId,
  name,
  version,
  conflict,
}: {
  child: Child
  record: PlanRecord
  list: ItemList
  itemId: string
  name: string
  version: number
  conflict?: boolean
}) {
  const ui = useUi()
  const { t } = ui
  return (
    <Page
      title={t('plans.ui.remove.title', { name })}
      caption={`${displayName(child)} · ${recordTitle(ui, record)}`}
      back={{ href: paths.plan(child.id, record.id), label: t('plans.ui.backToPlan') }}
      width="narrow"
    >
      {conflict ? <Warning>{t('errors.VERSION_CONFLICT')}</Warning> : null}
      <p>{t(`plans.ui.remove.explain`)}</p>
      <PostForm action={paths.removePlanItem(child.id, record.id, list, itemId)}>
        <input type="hidden" name="version" value={String(version)} />
        <ButtonGroup>
          <Button variant="warning">{t('plans.ui.remove.submit')}</Button>
          <a href={paths.plan(child.id, record.id)}>{t('common.cancel')}</a>
        </ButtonGroup>
      </PostForm>
    </Page>
  )
}

import type { ComponentChildren } from 'preact'
import type { Problem } from '../../domain/problems.ts'
import { useUi } from '../ui.ts'
import { fieldId } from './error-summary.tsx'

interface FieldBase {
  /** The form field name; also the key in the problems list. */
  readonly name: string
  readonly label: string
  readonly hint?: string
  readonly problems?: readonly Problem[]
  /** Show the label as the page heading (one question per page). */
  readonly labelIsHeading?: boolean
}

function fieldProblems(name: string, problems: readonly Problem[] | undefined): readonly Problem[] {
  return problems?.filter((p) => p.field === name) ?? []
}

/** Label, hint and error message around one control, linked by ids for screen readers. */
function FieldFrame({
  name,
  label,
  hint,
  problems,
  labelIsHeading,
  children,
}: FieldBase & { children: (describedBy: string | undefined, invalid: boolean) => ComponentChildren }) {
  const { t } = useUi()
  const id = fieldId(name)
  const mine = fieldProblems(name, problems)
  const describedBy =
    [hint ? `${id}-hint` : '', mine.length > 0 ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
  const labelElement = (
    <label class={labelIsHeading ? 'pw-label pw-label--l' : 'pw-label'} for={id}>
      {label}
    </label>
  )
  return (
    <div class={mine.length > 0 ? 'pw-form-group pw-form-group--error' : 'pw-form-group'}>
      {labelIsHeading ? <h1 class="pw-label-wrapper">{labelElement}</h1> : labelElement}
      {hint ? (
        <div class="pw-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {mine.length > 0 ? (
        <p class="pw-error-message" id={`${id}-error`}>
          <span class="pw-visually-hidden">{t('common.errorPrefix')}</span>{' '}
          {mine.map((p) => t(p.message, p.params)).join(' ')}
        </p>
      ) : null}
      {children(describedBy, mine.length > 0)}
    </div>
  )
}

export function TextInput(
  props: FieldBase & {
    value: string
    type?: 'text' | 'email' | 'password' | 'tel' | 'number' | 'url' | 'search'
    autocomplete?: string
    width?: 'full' | 'half' | 'quarter' | 'short'
    inputMode?: 'numeric' | 'decimal' | 'text' | 'email'
    spellcheck?: boolean
  },
) {
  const id = fieldId(props.name)
  return (
    <FieldFrame {...props}>
      {(describedBy, invalid) => (
        <input
          class={`pw-input pw-input--${props.width ?? 'full'}${invalid ? ' pw-input--error' : ''}`}
          id={id}
          name={props.name}
          type={(props.type ?? 'text') as 'text'}
          value={props.value}
          autocomplete={props.autocomplete}
          inputMode={props.inputMode}
          spellcheck={props.spellcheck}
          aria-describedby={describedBy}
          aria-invalid={invalid ? 'true' : undefined}
        />
      )}
    </FieldFrame>
  )
}

/** An e-mail address: the e-mail keyboard on phones, no spelling marks, the browser may fill it in. */
export function EmailInput(props: FieldBase & { value: string; autocomplete?: 'email' | 'off' }) {
  return <TextInput {...props} type="email" autocomplete={props.autocomplete ?? 'email'} spellcheck={false} />
}

/** A password: never echoed back into the page, even when the form comes back with errors. */
export function PasswordInput(props: FieldBase & { autocomplete: 'current-password' | 'new-password' }) {
  return <TextInput {...props} type="password" value="" />
}

/** A date as one `YYYY-MM-DD` field; browsers show a date picker, and the text still works without one. */
export function DateInput(props: FieldBase & { value: string }) {
  const id = fieldId(props.name)
  return (
    <FieldFrame {...props}>
      {(describedBy, invalid) => (
        <input
          class={`pw-input pw-input--date${invalid ? ' pw-input--error' : ''}`}
          id={id}
          name={props.name}
          type="date"
          value={props.value}
          aria-describedby={describedBy}
          aria-invalid={invalid ? 'true' : undefined}
        />
      )}
    </FieldFrame>
  )
}

export function Textarea(props: FieldBase & { value: string; rows?: number }) {
  const id = fieldId(props.name)
  return (
    <FieldFrame {...props}>
      {(describedBy, invalid) => (
        <textarea
          class={`pw-textarea${invalid ? ' pw-input--error' : ''}`}
          id={id}
          name={props.name}
          rows={props.rows ?? 5}
          aria-describedby={describedBy}
          aria-invalid={invalid ? 'true' : undefined}
        >
          {props.value}
        </textarea>
      )}
    </FieldFrame>
  )
}

/** A file chooser; its form must be multipart. The browser never keeps the file after an error. */
export function FileInput(props: FieldBase & { accept?: string }) {
  const id = fieldId(props.name)
  return (
    <FieldFrame {...props}>
      {(describedBy, invalid) => (
        <input
          class={`pw-file-upload${invalid ? ' pw-input--error' : ''}`}
          id={id}
          name={props.name}
          type="file"
          accept={props.accept}
          aria-describedby={describedBy}
          aria-invalid={invalid ? 'true' : undefined}
        />
      )}
    </FieldFrame>
  )
}

export interface SelectOption {
  readonly value: string
  readonly label: string
}

export interface SelectGroup {
  readonly label: string
  readonly options: readonly SelectOption[]
}

export function Select(
  props: FieldBase & {
    value: string
    options?: readonly SelectOption[]
    groups?: readonly SelectGroup[]
    placeholder?: string
  },
) {
  const id = fieldId(props.name)
  const option = (o: SelectOption) => (
    <option key={o.value} value={o.value} selected={o.value === props.value}>
      {o.label}
    </option>
  )
  return (
    <FieldFrame {...props}>
      {(describedBy, invalid) => (
        <select
          class={`pw-select${invalid ? ' pw-input--error' : ''}`}
          id={id}
          name={props.name}
          aria-describedby={describedBy}
          aria-invalid={invalid ? 'true' : undefined}
        >
          {props.placeholder !== undefined ? (
            <option value="" selected={props.value === ''}>
              {props.placeholder}
            </option>
          ) : null}
          {props.options?.map(option)}
          {props.groups?.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map(option)}
            </optgroup>
          ))}
        </select>
      )}
    </FieldFrame>
  )
}

export interface ChoiceOption {
  readonly value: string
  readonly label: string
  readonly hint?: string
  /** Checking it clears the other boxes ("None of these"); shown after an "or" divider. */
  readonly exclusive?: boolean
}

/**
 * Radios or checkboxes in a fieldset whose legend asks the question. The first control carries
 * the field's id so the error summary link lands on it.
 */
export function Choices(
  props: Omit<FieldBase, 'labelIsHeading'> & {
    kind: 'radio' | 'checkbox'
    options: readonly ChoiceOption[]
    values: readonly string[]
    legendIsHeading?: boolean
    inline?: boolean
    /** The word shown before the first exclusive option ("or"). */
    divider?: string
  },
) {
  const { t } = useUi()
  const id = fieldId(props.name)
  const mine = fieldProblems(props.name, props.problems)
  const describedBy =
    [props.hint ? `${id}-hint` : '', mine.length > 0 ? `${id}-error` : ''].filter(Boolean).join(' ') ||
    undefined
  return (
    <div class={mine.length > 0 ? 'pw-form-group pw-form-group--error' : 'pw-form-group'}>
      <fieldset class="pw-fieldset" aria-describedby={describedBy}>
        <legend
          class={props.legendIsHeading ? 'pw-fieldset__legend pw-fieldset__legend--l' : 'pw-fieldset__legend'}
        >
          {props.legendIsHeading ? <h1 class="pw-fieldset__heading">{props.label}</h1> : props.label}
        </legend>
        {props.hint ? (
          <div class="pw-hint" id={`${id}-hint`}>
            {props.hint}
          </div>
        ) : null}
        {mine.length > 0 ? (
          <p class="pw-error-message" id={`${id}-error`}>
            <span class="pw-visually-hidden">{t('common.errorPrefix')}</span>{' '}
            {mine.map((p) => t(p.message, p.params)).join(' ')}
          </p>
        ) : null}
        <div
          class={`pw-choices${props.inline ? ' pw-choices--inline' : ''}`}
          data-module={props.options.some((o) => o.exclusive) ? 'exclusive-choices' : undefined}
        >
          {props.options.map((option, index) => {
            // The first option carries the field's id, so option hints use `-choice-hint` (`${id}-hint` is the field's).
            const optionId = index === 0 ? id : `${id}-${index + 1}`
            const firstExclusive =
              option.exclusive && props.options.findIndex((o) => o.exclusive) === index && index > 0
            return (
              <div class="pw-choice" key={option.value}>
                {firstExclusive && props.divider ? (
                  <div class="pw-choices__divider">{props.divider}</div>
                ) : null}
                <input
                  class="pw-choice__input"
                  id={optionId}
                  name={props.name}
                  type={props.kind}
                  value={option.value}
                  checked={props.values.includes(option.value)}
                  aria-describedby={option.hint ? `${optionId}-choice-hint` : undefined}
                  data-exclusive={option.exclusive ? 'true' : undefined}
                />
                <label class="pw-choice__label" for={optionId}>
                  {option.label}
                </label>
                {option.hint ? (
                  <div class="pw-hint pw-choice__hint" id={`${optionId}-choice-hint`}>
                    {option.hint}
                  </div>
                ) : null}
              </div>
            )
          })}
        </div>
      </fieldset>
    </div>
  )
}

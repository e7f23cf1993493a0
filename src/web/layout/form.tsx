import type { ComponentChildren } from 'preact'
import { useUi } from '../ui.ts'

/** The hidden CSRF token every form that changes something carries. */
export function CsrfField() {
  const { csrfToken } = useUi()
  return <input type="hidden" name="_csrf" value={csrfToken} />
}

/** A form that posts, with its CSRF token. `novalidate` so our own messages show, not the browser's. */
export function PostForm({
  action,
  children,
  enctype,
  id,
}: {
  action: string
  children: ComponentChildren
  enctype?: 'multipart/form-data'
  id?: string
}) {
  return (
    <form method="post" action={action} noValidate enctype={enctype} id={id}>
      <CsrfField />
      {children}
    </form>
  )
}

export function Button({
  children,
  variant = 'primary',
  name,
  value,
}: {
  children: ComponentChildren
  variant?: 'primary' | 'secondary' | 'warning'
  name?: string
  value?: string
}) {
  return (
    <button
      type="submit"
      class={`pw-button pw-button--${variant}`}
      name={name}
      value={value}
      data-prevent-double-click
    >
      {children}
    </button>
  )
}

export function ButtonLink({
  href,
  children,
  variant = 'primary',
}: {
  href: string
  children: ComponentChildren
  variant?: 'primary' | 'secondary'
}) {
  return (
    <a href={href} class={`pw-button pw-button--${variant}`}>
      {children}
    </a>
  )
}

export function ButtonGroup({ children }: { children: ComponentChildren }) {
  return <div class="pw-button-group">{children}</div>
}

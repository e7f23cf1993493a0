import type { ComponentChildren } from 'preact'
import { useUi } from '../ui.ts'
import { Warning } from './banner.tsx'
import { Button, ButtonGroup, PostForm } from './form.tsx'
import { Page } from './page.tsx'

export interface ConfirmDeleteProps {
  /** The page title (the h1). */
  readonly title: string
  /** The child's name, above the title. */
  readonly caption: string
  /** What is about to go, in a sentence. */
  readonly question: ComponentChildren
  /** What deleting means (cannot be undone, what else goes with it). */
  readonly warning: string
  /** The words on the delete button. */
  readonly submit: string
  /** Where the form posts. */
  readonly action: string
  /** Where "back" and "cancel" lead: the thing being deleted. */
  readonly cancelHref: string
  readonly backLabel?: string
  /** Hidden fields sent with the form (the version being deleted, for instance). */
  readonly hidden?: Readonly<Record<string, string>>
  /** Extra content between the warning and the buttons (a conflict notice, for instance). */
  readonly children?: ComponentChildren
}

/** The page that asks before anything in a record is deleted: one sentence, a warning, delete or cancel. */
export function ConfirmDeletePage({
  title,
  caption,
  question,
  warning,
  submit,
  action,
  cancelHref,
  backLabel,
  hidden = {},
  children,
}: ConfirmDeleteProps) {
  const { t } = useUi()
  return (
    <Page title={title} caption={caption} back={{ href: cancelHref, label: backLabel }} width="narrow">
      <p>{question}</p>
      <Warning>{warning}</Warning>
      {children}
      <PostForm action={action}>
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <ButtonGroup>
          <Button variant="warning">{submit}</Button>
          <a href={cancelHref}>{t('common.cancel')}</a>
        </ButtonGroup>
      </PostForm>
    </Page>
  )
}

import { createContext } from 'preact'
import { useContext } from 'preact/hooks'
import type { LocalDate } from '../domain/dates/local-date.ts'
import type { Flash } from '../http/fastify-types.ts'
import type { Lang, Translate } from '../i18n/i18n.ts'
import type { SignedIn } from '../services/accounts/sessions.ts'

/** Everything a page needs to know about the request it is answering. */
export interface Ui {
  readonly lang: Lang
  readonly t: Translate
  /** A date in full: "Monday 16 March 2027". */
  readonly date: (date: LocalDate) => string
  /** A short date for tables: "16 Mar 2027". */
  readonly shortDate: (date: LocalDate) => string
  /** A moment in time in the service's time zone: "16 March 2027, 14:05". */
  readonly instant: (iso: string) => string
  readonly signedIn: SignedIn | undefined
  readonly csrfToken: string
  /** The path and query of this request, for "back to" links and the language switch. */
  readonly currentPath: string
  readonly flash: Flash | undefined
  readonly requestId: string
  readonly devMailbox: boolean
  readonly assets: Assets
}

export interface Assets {
  readonly css: string
  readonly js: string | undefined
}

export const UiContext = createContext<Ui | undefined>(undefined)

/** The Ui of the page being rendered; layout primitives use it to translate their own words. */
export function useUi(): Ui {
  const ui = useContext(UiContext)
  if (!ui) throw new Error('useUi called outside a page render')
  return ui
}

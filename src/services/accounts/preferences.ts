import type { Lang } from '../../i18n/i18n.ts'
import { updateUser } from '../../storage/accounts-store.ts'
import type { Deps } from '../deps.ts'

/** Remembers the language a person chose, so pages and e-mails use it on every device. */
export async function setPreferredLanguage(deps: Deps, userId: string, lang: Lang): Promise<void> {
  await updateUser(deps.db, userId, { locale: lang, now: deps.clock.now() })
}

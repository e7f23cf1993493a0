import type { Lang } from '../../i18n/i18n.ts'
import { paths } from '../../paths.ts'
import { ButtonLink } from '../layout/form.tsx'
import { Page } from '../layout/page.tsx'
import { useUi } from '../ui.ts'
import {
  type Citation,
  COMPARISON_COLUMNS,
  COMPARISON_NOTE_CITATIONS,
  COMPARISON_ROWS,
  FAQ_ITEMS,
  GLOSSARY_TERMS,
  type GlossaryEntry,
  GUIDE_PAGES,
  type GuidePage,
  guideKeys,
  PARENT_CENTER_URL,
} from './guide-structure.ts'

/**
 * The public guides: a hub, "IEP or 504 plan?" side by side, "Questions families ask" and the
 * glossary. Words come from the catalogs through guideKeys; citations come from guide-structure.ts
 * and are shown quietly under the text they support. Row, question and term ids are the anchors
 * the screener's result links to.
 */

/** The law behind a piece of text, as short references under the label "The law". */
export function Citations({ citations }: { citations: readonly Citation[] }) {
  const { t } = useUi()
  if (citations.length === 0) return null
  return (
    <p class="pw-law-reference">
      {t(guideKeys.sourcesLabel)}: {citations.join(' · ')}
    </p>
  )
}

/** "Guidance, not legal advice", and where to find free help. Shown on every guide page and result. */
export function LegalNotice({ body }: { body?: string }) {
  const { t } = useUi()
  return (
    <section class="pw-inset" aria-labelledby="legal-notice-title">
      <h2 class="pw-heading-m" id="legal-notice-title">
        {t(guideKeys.noticeTitle)}
      </h2>
      <p>{body ?? t(guideKeys.noticeBody)}</p>
      <p>
        <a href={PARENT_CENTER_URL}>{t(guideKeys.noticeLink)}</a>
      </p>
    </section>
  )
}

/** The screener as the next step from any guide page. */
function ScreenerInvitation() {
  const { t } = useUi()
  return (
    <section class="pw-next-step" aria-labelledby="screener-invitation-title">
      <h2 id="screener-invitation-title">{t('guides.labels.screenerTitle')}</h2>
      <p>{t('screener.flow.intro')}</p>
      <ButtonLink href={paths.screener()}>{t('screener.flow.title')}</ButtonLink>
    </section>
  )
}

/** Links to the other guides, so no guide page is a dead end. */
function OtherGuides({ current }: { current: GuidePage }) {
  const { t } = useUi()
  return (
    <nav aria-labelledby="other-guides-title">
      <h2 class="pw-heading-m" id="other-guides-title">
        {t(guideKeys.pageTitle('hub'))}
      </h2>
      <ul>
        {GUIDE_PAGES.filter((page) => page !== current).map((page) => (
          <li key={page}>
            <a href={paths.guide(page)}>{t(guideKeys.pageTitle(page))}</a>
          </li>
        ))}
      </ul>
    </nav>
  )
}

function OnThisPage({ entries }: { entries: readonly { id: string; label: string }[] }) {
  const { t } = useUi()
  return (
    <nav aria-labelledby="on-this-page-title">
      <h2 class="pw-heading-m" id="on-this-page-title">
        {t(guideKeys.onThisPage)}
      </h2>
      <ul class="pw-toc">
        {entries.map((entry) => (
          <li key={entry.id}>
            <a href={`#${entry.id}`}>{entry.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  )
}

export function GuidesHubPage() {
  const { t } = useUi()
  return (
    <Page title={t(guideKeys.pageTitle('hub'))} description={t(guideKeys.pageMetaDescription('hub'))}>
      <p class="pw-lead">{t(guideKeys.pageIntro('hub'))}</p>
      <ul class="pw-card-list">
        {GUIDE_PAGES.map((page) => (
          <li class="pw-card" key={page}>
            <h2 class="pw-card__title">
              <a href={paths.guide(page)}>{t(guideKeys.pageTitle(page))}</a>
            </h2>
            <p>{t(guideKeys.pageMetaDescription(page))}</p>
          </li>
        ))}
      </ul>
      <ScreenerInvitation />
      <LegalNotice />
    </Page>
  )
}

export function ComparisonPage() {
  const { t } = useUi()
  return (
    <Page
      title={t(guideKeys.pageTitle('comparison'))}
      description={t(guideKeys.pageMetaDescription('comparison'))}
      back={{ href: paths.guides(), label: t(guideKeys.pageTitle('hub')) }}
    >
      <p class="pw-lead">{t(guideKeys.pageIntro('comparison'))}</p>
      <p class="pw-hint" id="comparison-hint">
        {t('guides.labels.tableHint')}
      </p>
      {/* Narrow screens scroll the table inside this region; it takes focus so a keyboard can scroll it. */}
      <section
        class="pw-table-region"
        aria-labelledby="comparison-caption"
        aria-describedby="comparison-hint"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus so a keyboard can scroll it
        tabIndex={0}
      >
        <table class="pw-table pw-table--compare">
          <caption class="pw-table__caption" id="comparison-caption">
            {t(guideKeys.comparisonCaption)}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t(guideKeys.comparisonColumn('topic'))}</th>
              {COMPARISON_COLUMNS.map((column) => (
                <th scope="col" key={column}>
                  {t(guideKeys.comparisonColumn(column))}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {COMPARISON_ROWS.map((row) => (
              <tr key={row.id}>
                <th scope="row" id={row.id}>
                  {t(guideKeys.comparisonRowLabel(row.id))}
                </th>
                {COMPARISON_COLUMNS.map((column) => (
                  <td key={column}>
                    <p>{t(guideKeys.comparisonCell(row.id, column))}</p>
                    <Citations citations={row.citations[column]} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p>{t(guideKeys.comparisonNote)}</p>
      <Citations citations={COMPARISON_NOTE_CITATIONS} />
      <ScreenerInvitation />
      <LegalNotice />
      <OtherGuides current="comparison" />
    </Page>
  )
}

export function QuestionsPage() {
  const { t } = useUi()
  return (
    <Page
      title={t(guideKeys.pageTitle('questions'))}
      description={t(guideKeys.pageMetaDescription('questions'))}
      back={{ href: paths.guides(), label: t(guideKeys.pageTitle('hub')) }}
    >
      <p class="pw-lead">{t(guideKeys.pageIntro('questions'))}</p>
      <OnThisPage
        entries={FAQ_ITEMS.map((item) => ({ id: item.id, label: t(guideKeys.faqQuestion(item.id)) }))}
      />
      {FAQ_ITEMS.map((item) => (
        <div class="pw-guide-entry" key={item.id}>
          <h2 id={item.id}>{t(guideKeys.faqQuestion(item.id))}</h2>
          {guideKeys.faqParagraphs(item).map((key) => (
            <p key={key}>{t(key)}</p>
          ))}
          <Citations citations={item.citations} />
        </div>
      ))}
      <ScreenerInvitation />
      <LegalNotice />
      <OtherGuides current="questions" />
    </Page>
  )
}

/** Glossary entries in the reader's alphabetical order (Spanish headings sort differently). */
export function sortedGlossary(lang: Lang, heading: (entry: GlossaryEntry) => string): GlossaryEntry[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base' })
  // Each heading is looked up once, not once per comparison.
  return GLOSSARY_TERMS.map((entry) => ({ entry, text: heading(entry) }))
    .sort((a, b) => collator.compare(a.text, b.text))
    .map(({ entry }) => entry)
}

export function GlossaryPage() {
  const { t, lang } = useUi()
  const headings = new Map(GLOSSARY_TERMS.map((entry) => [entry.id, t(guideKeys.glossaryHeading(entry.id))]))
  const heading = (entry: GlossaryEntry) => headings.get(entry.id) ?? entry.id
  const entries = sortedGlossary(lang, heading)
  return (
    <Page
      title={t(guideKeys.pageTitle('glossary'))}
      description={t(guideKeys.pageMetaDescription('glossary'))}
      back={{ href: paths.guides(), label: t(guideKeys.pageTitle('hub')) }}
    >
      <p class="pw-lead">{t(guideKeys.pageIntro('glossary'))}</p>
      <OnThisPage entries={entries.map((entry) => ({ id: entry.id, label: heading(entry) }))} />
      {entries.map((entry) => (
        <div class="pw-guide-entry" key={entry.id}>
          <h2 id={entry.id}>{heading(entry)}</h2>
          <p>{t(guideKeys.glossaryDefinition(entry.id))}</p>
          <Citations citations={entry.citations} />
        </div>
      ))}
      <ScreenerInvitation />
      <LegalNotice />
      <OtherGuides current="glossary" />
    </Page>
  )
}

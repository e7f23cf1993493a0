import type { ComponentChildren } from 'preact'

/** A summary list: label and value rows, with an optional action link per row (GOV.UK pattern). */
export function SummaryList({
  rows,
}: {
  rows: readonly {
    key: string
    value: ComponentChildren
    action?: { href: string; label: string; hidden: string }
  }[]
}) {
  return (
    <dl class="pw-summary-list">
      {rows.map((row) => (
        <div class="pw-summary-list__row" key={row.key}>
          <dt class="pw-summary-list__key">{row.key}</dt>
          <dd class="pw-summary-list__value">{row.value}</dd>
          {row.action ? (
            <dd class="pw-summary-list__actions">
              <a href={row.action.href}>
                {row.action.label}
                <span class="pw-visually-hidden"> {row.action.hidden}</span>
              </a>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  )
}

/** A data table with a caption (required for screen readers) and scrolling on narrow screens. */
export function Table({
  caption,
  captionHidden,
  head,
  rows,
  numeric = [],
  regionId,
}: {
  caption: string
  captionHidden?: boolean
  /** Wide tables: the scrolling wrapper takes focus (so a keyboard can scroll it), named by the caption with this id. */
  regionId?: string
  head: readonly string[]
  rows: readonly (readonly ComponentChildren[])[]
  numeric?: readonly number[]
}) {
  const table = (
    <table class="pw-table">
      <caption id={regionId} class={captionHidden ? 'pw-visually-hidden' : 'pw-table__caption'}>
        {caption}
      </caption>
      <thead>
        <tr>
          {head.map((cell, i) => (
            <th scope="col" key={cell} class={numeric.includes(i) ? 'pw-table__numeric' : undefined}>
              {cell}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell, i) =>
              i === 0 ? (
                <th scope="row" key={i}>
                  {cell}
                </th>
              ) : (
                <td key={i} class={numeric.includes(i) ? 'pw-table__numeric' : undefined}>
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
  return regionId ? (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus so a keyboard can scroll it
    <section class="pw-table-wrap" aria-labelledby={regionId} tabIndex={0}>
      {table}
    </section>
  ) : (
    <div class="pw-table-wrap">{table}</div>
  )
}

/** Native disclosure: opens without JavaScript. */
export function Details({ summary, children }: { summary: string; children: ComponentChildren }) {
  return (
    <details class="pw-details">
      <summary class="pw-details__summary">{summary}</summary>
      <div class="pw-details__text">{children}</div>
    </details>
  )
}

export function Tag({
  children,
  tone = 'grey',
}: {
  children: ComponentChildren
  tone?: 'grey' | 'green' | 'red' | 'yellow' | 'blue'
}) {
  return <strong class={`pw-tag pw-tag--${tone}`}>{children}</strong>
}

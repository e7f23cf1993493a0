/**
 * The words a reader sees in a page's main content, as blocks (a paragraph, a list item, a label,
 * a heading, a table cell), read from Pathway's own server-rendered HTML. It is not a general HTML
 * parser: it relies on the markup the layout writes (no nested blocks inside the parts it drops).
 *
 * Left out: the back link and buttons (page furniture), text only screen readers get, the print
 * button (shown only by the script), hidden form fields, and legal references under the label
 * "The law" / "La ley" — short citations such as "34 CFR 300.503" are shown quietly beside the text,
 * are not sentences, and would only add syllables to the count.
 */
const DROPPED = [
  /<a class="pw-back-link"[^>]*>[\s\S]*?<\/a>/g,
  /<span class="pw-visually-hidden">[\s\S]*?<\/span>/g,
  /<p class="pw-law-reference">[\s\S]*?<\/p>/g,
  /<button[^>]*>[\s\S]*?<\/button>/g,
  /<a [^>]*class="pw-button[^"]*"[^>]*>[\s\S]*?<\/a>/g,
  /<script[\s\S]*?<\/script>/g,
  /<input[^>]*>/g,
]

const BLOCK =
  /<\/?(p|li|h[1-6]|dt|dd|div|label|legend|th|td|caption|section|ul|ol|dl|tr|table|thead|tbody|fieldset|form|nav|main)\b[^>]*>/g

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
}

/** The visible text blocks of a page's `<main>`, in reading order. */
export function visibleBlocks(html: string): string[] {
  const start = html.indexOf('<main')
  const end = html.indexOf('</main>')
  if (start === -1 || end === -1) throw new Error('The page has no <main>')
  let main = html.slice(start, end)
  for (const pattern of DROPPED) main = main.replace(pattern, ' ')
  return main
    .replace(BLOCK, '\n')
    .replace(/<[^>]+>/g, '')
    .split('\n')
    .map((block) => decode(block).replace(/\s+/g, ' ').trim())
    .filter((block) => block !== '')
}

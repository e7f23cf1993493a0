/**
 * Fills a "{name}" template the page wrote in its own language (a data attribute), so scripts show
 * words from the server's catalogs rather than their own.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    values[name] === undefined ? whole : String(values[name]),
  )
}

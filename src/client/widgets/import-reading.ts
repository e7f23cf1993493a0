/**
 * On the "Pathway is reading your document" page: asks for the same page every few seconds and
 * reloads once the reading is done, so the parent need not press "Check again". Without this
 * script the button does the same.
 */
export function enhanceImportReading(): void {
  const marker = document.querySelector<HTMLElement>('[data-module="import-reading"]')
  if (!marker) return
  const check = async () => {
    try {
      const answer = await fetch(window.location.href, { headers: { accept: 'text/html' } })
      const html = await answer.text()
      if (!html.includes('data-module="import-reading"')) {
        window.location.reload()
        return
      }
    } catch {
      // A dropped connection: try again at the next tick.
    }
    window.setTimeout(check, 3000)
  }
  window.setTimeout(check, 3000)
}

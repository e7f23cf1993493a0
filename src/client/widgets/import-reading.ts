import { fillTemplate } from './fill-template.ts'

/**
 * On the "Pathway is reading your document" page: asks the import's status (JSON) every few
 * seconds, shows how far the reading got on the progress bar and in words (the words are in a polite
 * live region, changed only when the figure changes), and reloads once the reading is done, so the
 * parent need not press "Check again". Without this script the button shows the latest figure.
 */
interface ReadingStatus {
  readonly status: string
  readonly progress: { stage: string; done: number; total: number | null } | null
}

export function enhanceImportReading(): void {
  const marker = document.querySelector<HTMLElement>('[data-module="import-reading"]')
  const url = marker?.dataset.statusUrl
  if (!marker || !url) return
  const bar = marker.querySelector<HTMLProgressElement>('progress')
  const pages = marker.querySelector<HTMLElement>('[data-import-pages]')
  const stage = marker.querySelector<HTMLElement>('[data-import-stage]')
  const show = (progress: ReadingStatus['progress']) => {
    const texts = marker.dataset
    const pagesText = !progress
      ? ''
      : progress.total === null
        ? fillTemplate(texts.pagesSoFar ?? '', { done: progress.done })
        : fillTemplate(texts.pages ?? '', { done: progress.done, total: progress.total })
    const key = `stage${(progress?.stage ?? 'waiting').replace(/^./, (c) => c.toUpperCase())}`
    const stageText = texts[key] ?? ''
    if (bar) {
      if (progress && progress.total !== null && progress.total > 0) {
        bar.max = progress.total
        bar.value = Math.min(progress.done, progress.total)
      } else bar.removeAttribute('value')
      bar.textContent = pagesText || stageText
    }
    // Only a changed figure is written, so a screen reader hears each step once.
    if (pages && pages.textContent !== pagesText) pages.textContent = pagesText
    if (stage && stage.textContent !== stageText) stage.textContent = stageText
  }
  const check = async () => {
    try {
      const answer = await fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } })
      if (answer.ok) {
        const status = (await answer.json()) as ReadingStatus
        if (status.status !== 'reading') {
          window.location.reload()
          return
        }
        show(status.progress)
      }
    } catch {
      // A dropped connection: try again at the next tick.
    }
    window.setTimeout(check, 2000)
  }
  window.setTimeout(check, 2000)
}

import { enhanceClearsField } from './widgets/clears-field.ts'
import { enhanceExclusiveChoices } from './widgets/exclusive-choices.ts'
import { enhanceGoalCheck } from './widgets/goal-check.ts'
import { enhanceImportReading } from './widgets/import-reading.ts'
import { enhanceImportTake } from './widgets/import-take.ts'
import { enhanceProgressCharts } from './widgets/progress-chart.ts'
import { enhanceUploadProgress } from './widgets/upload-progress.ts'

/**
 * Progressive enhancement. Every page works without this file; it only adds comfort:
 * focus moves to the error summary, a submit button cannot be pressed twice, "None of these"
 * clears the other boxes, a print button appears where a page offers one, and uploads show progress.
 */
function focusErrorSummary(): void {
  const summary = document.querySelector<HTMLElement>('[data-module="error-summary"]')
  if (summary) summary.focus()
}

function preventDoubleSubmit(): void {
  document.addEventListener('submit', (event) => {
    const form = event.target
    if (!(form instanceof HTMLFormElement)) return
    if (form.dataset.submitted === 'true') {
      event.preventDefault()
      return
    }
    form.dataset.submitted = 'true'
    // Let the person retry after a few seconds if the network was slow.
    window.setTimeout(() => {
      form.dataset.submitted = 'false'
    }, 5000)
  })
}

/** Where a page says "use your browser's print command", offer a print button as well. */
function addPrintButtons(): void {
  for (const hint of document.querySelectorAll<HTMLElement>('[data-module="print-hint"]')) {
    const button = document.createElement('button')
    button.type = 'button'
    button.className = 'pw-button pw-button--secondary'
    button.textContent = hint.dataset.printLabel ?? 'Print'
    button.addEventListener('click', () => window.print())
    hint.before(button)
  }
}

focusErrorSummary()
preventDoubleSubmit()
enhanceExclusiveChoices(document)
enhanceClearsField(document)
addPrintButtons()
enhanceUploadProgress()
enhanceImportReading()
enhanceImportTake()
enhanceGoalCheck(document)
enhanceProgressCharts(document)

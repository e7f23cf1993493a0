/**
 * The goal checker as the person types (`data-module="goal-check"`): after a pause in typing, the
 * goal's text goes to the public checker (POST /api/v1/goals/check) and the result region, a polite
 * live region, shows what is missing and what to ask for. Without this script the form's
 * "Check this goal" button shows the same result; if a call fails the last result simply stays.
 */
const PAUSE_MS = 600

interface CheckResult {
  readonly flags: readonly string[]
  readonly suggestions: readonly { readonly flag: string; readonly text: string }[]
}

function render(region: HTMLElement, panel: HTMLElement, result: CheckResult | undefined): void {
  const labels = JSON.parse(panel.dataset.flagLabels ?? '{}') as Record<string, string>
  region.replaceChildren()
  if (!result || result.flags.length === 0) {
    const p = document.createElement('p')
    p.textContent = (result ? panel.dataset.allParts : panel.dataset.empty) ?? ''
    region.append(p)
    return
  }
  const list = document.createElement('ul')
  for (const suggestion of result.suggestions) {
    const item = document.createElement('li')
    const label = document.createElement('strong')
    label.textContent = `${labels[suggestion.flag] ?? suggestion.flag}.`
    item.append(label, ` ${suggestion.text}`)
    list.append(item)
  }
  region.append(list)
}

function enhance(panel: HTMLElement): void {
  const field = document.getElementById(panel.dataset.goalField ?? '')
  const region = panel.querySelector<HTMLElement>('[data-goal-check-result]')
  if (!(field instanceof HTMLTextAreaElement) || !region) return
  const token = field.form?.querySelector<HTMLInputElement>('input[name="_csrf"]')?.value ?? ''
  let timer: number | undefined
  let latest = 0
  let lastText = field.value
  const check = async () => {
    const text = field.value
    if (text === lastText) return
    lastText = text
    const call = ++latest
    if (text.trim() === '') {
      render(region, panel, undefined)
      return
    }
    try {
      const response = await fetch(panel.dataset.checkUrl ?? '', {
        method: 'POST',
        credentials: 'same-origin',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          'accept-language': panel.dataset.lang ?? 'en',
          'csrf-token': token,
        },
        body: JSON.stringify({ text }),
      })
      // An older answer arriving after a newer one is dropped.
      if (!response.ok || call !== latest) return
      render(region, panel, (await response.json()) as CheckResult)
    } catch {
      // Offline or refused: the button still checks the goal.
    }
  }
  field.addEventListener('input', () => {
    window.clearTimeout(timer)
    timer = window.setTimeout(check, PAUSE_MS)
  })
}

export function enhanceGoalCheck(root: ParentNode): void {
  for (const panel of root.querySelectorAll<HTMLElement>('[data-module="goal-check"]')) enhance(panel)
}

import { fillTemplate } from './fill-template.ts'

/**
 * On the review page, under "Did Pathway miss something?": the parent selects words in a line of the
 * document; a small menu appears under that line to choose the value they fill ("Use the words I
 * selected"). The value is filled, its line kept as its source (the form's hidden `source.<field>`)
 * and highlighted, focus moves to the value, and a polite live region says what happened. The line
 * number controls above stay for keyboards, and do the same without this script.
 */
type ValueControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement

function lineOf(node: Node | null): HTMLElement | null {
  const element = node instanceof Element ? node : (node?.parentElement ?? null)
  return element?.closest<HTMLElement>('li[data-line]') ?? null
}

/** A choice list takes the option its label or id names in the selected words, if one does. */
function optionFor(select: HTMLSelectElement, text: string): string | undefined {
  const words = text.toLowerCase()
  const option = [...select.options].find(
    (o) => o.value !== '' && (words.includes(o.value.toLowerCase()) || words.includes(o.text.toLowerCase())),
  )
  return option?.value
}

export function enhanceImportTake(): void {
  const panel = document.querySelector<HTMLElement>('[data-module="import-take"]')
  const form = panel?.closest('form')
  const fields = panel?.querySelector<HTMLSelectElement>('select[name="take.field"]')
  const status = panel?.querySelector<HTMLElement>('[data-import-take-status]')
  if (!panel || !form || !fields || !status) return
  const texts = panel.dataset
  const hint = document.createElement('p')
  hint.className = 'pw-hint'
  hint.textContent = texts.takeSelectionHint ?? ''
  status.before(hint)

  const menu = document.createElement('div')
  menu.className = 'pw-import-selection'
  menu.setAttribute('role', 'group')
  menu.setAttribute('aria-label', texts.takeSelection ?? '')
  const choice = fields.cloneNode(true) as HTMLSelectElement
  choice.removeAttribute('name')
  choice.removeAttribute('aria-describedby')
  choice.removeAttribute('aria-invalid')
  choice.id = 'import-selection-field'
  choice.setAttribute('aria-label', texts.takeField ?? '')
  const button = document.createElement('button')
  button.type = 'button'
  button.className = 'pw-button pw-button--secondary'
  button.textContent = texts.takeSelection ?? ''
  menu.append(choice, button)

  let chosen: { text: string; line: HTMLElement } | undefined
  document.addEventListener('selectionchange', () => {
    const selection = window.getSelection()
    const text = selection?.toString().replace(/\s+/g, ' ').trim() ?? ''
    const anchor = selection?.anchorNode ?? null
    const line = lineOf(anchor)
    if (text === '' || !line || !form.contains(line) || menu.contains(anchor)) return
    chosen = { text, line }
    if (menu.parentElement !== line) line.append(menu)
  })

  const say = (message: string) => {
    status.textContent = message
  }
  button.addEventListener('click', () => {
    if (!chosen) return say(texts.noSelection ?? '')
    const name = choice.value
    const control = name ? (form.elements.namedItem(name) as ValueControl | null) : null
    const source = form.elements.namedItem(`source.${name}`) as HTMLInputElement | null
    if (!control || !source) {
      choice.focus()
      return say(texts.noField ?? '')
    }
    if (control instanceof HTMLSelectElement) {
      const value = optionFor(control, chosen.text)
      if (!value) return say(texts.noChoice ?? '')
      control.value = value
    } else control.value = chosen.text
    const line = chosen.line.dataset.line ?? ''
    source.value = line
    const use = form.elements.namedItem(name.replace(/^value\./, 'use.'))
    if (use instanceof HTMLInputElement && use.type === 'checkbox') use.checked = true
    for (const other of form.querySelectorAll<HTMLElement>(`li[data-chosen-for="${CSS.escape(name)}"]`)) {
      other.classList.remove('pw-import-text__chosen')
      delete other.dataset.chosenFor
    }
    chosen.line.classList.add('pw-import-text__chosen')
    chosen.line.dataset.chosenFor = name
    const label = choice.selectedOptions[0]?.text ?? ''
    say(fillTemplate(texts.taken ?? '', { field: label, n: line }))
    menu.remove()
    chosen = undefined
    control.focus()
  })
}

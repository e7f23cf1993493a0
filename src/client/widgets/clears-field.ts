/**
 * A "Not sure" box beside a number field (`data-clears="<field id>"`): ticking it empties the
 * field, and typing in the field unticks it, so the two answers never contradict each other.
 */
export function enhanceClearsField(root: ParentNode): void {
  for (const box of root.querySelectorAll<HTMLInputElement>('input[data-clears]')) {
    const field = document.getElementById(box.dataset.clears ?? '')
    if (!(field instanceof HTMLInputElement)) continue
    box.addEventListener('change', () => {
      if (box.checked) field.value = ''
    })
    field.addEventListener('input', () => {
      if (field.value.trim() !== '') box.checked = false
    })
  }
}

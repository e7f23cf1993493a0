/**
 * Checkboxes where one choice stands alone ("None of these", "I am not sure which one fits"):
 * ticking it clears the others, and ticking any other clears it. Without this script the server
 * explains the rule when both are sent, so nothing depends on it.
 */
export function enhanceExclusiveChoices(root: ParentNode): void {
  for (const group of root.querySelectorAll<HTMLElement>('[data-module="exclusive-choices"]')) {
    const boxes = [...group.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')]
    group.addEventListener('change', (event) => {
      const changed = event.target
      if (!(changed instanceof HTMLInputElement) || !changed.checked) return
      const exclusive = changed.dataset.exclusive === 'true'
      for (const box of boxes) {
        if (box === changed) continue
        if (exclusive || box.dataset.exclusive === 'true') box.checked = false
      }
    })
  }
}

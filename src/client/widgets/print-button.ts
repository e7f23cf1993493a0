/**
 * A "Print this page" button. It is hidden in the HTML because printing needs a script; the
 * browser's own print command works on every page either way (the stylesheet has print rules).
 */
export function enhancePrintButtons(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-module="print"]')) {
    button.hidden = false
    button.addEventListener('click', () => window.print())
  }
}

/**
 * Details on a progress chart (`data-module="progress-chart"`): when a score is focused (Tab) or
 * pointed at, a box beside it shows its date, value and note. Screen readers already hear the same
 * words from the score's label, so the box is hidden from them; the table beside the chart has it all.
 */
function enhance(figure: HTMLElement): void {
  const box = figure.querySelector<HTMLElement>('[data-chart-detail]')
  const frame = box?.parentElement
  if (!box || !frame) return
  const show = (point: SVGElement) => {
    box.textContent = point.dataset.detail ?? ''
    box.hidden = false
    const at = point.getBoundingClientRect()
    const origin = frame.getBoundingClientRect()
    const left = at.left - origin.left + frame.scrollLeft + at.width + 6
    box.style.left = `${Math.max(0, Math.min(left, frame.clientWidth - box.offsetWidth))}px`
    box.style.top = `${Math.max(0, at.top - origin.top - box.offsetHeight - 4)}px`
  }
  const hide = () => {
    box.hidden = true
  }
  for (const point of figure.querySelectorAll<SVGElement>('[data-detail]')) {
    point.addEventListener('focus', () => show(point))
    point.addEventListener('mouseenter', () => show(point))
    point.addEventListener('blur', hide)
    point.addEventListener('mouseleave', () => {
      if (document.activeElement !== point) hide()
    })
  }
  figure.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide()
  })
}

export function enhanceProgressCharts(root: ParentNode): void {
  for (const figure of root.querySelectorAll<HTMLElement>('[data-module="progress-chart"]')) enhance(figure)
}

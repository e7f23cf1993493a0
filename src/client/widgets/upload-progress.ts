/**
 * A progress bar for document uploads. Without scripts the form posts as usual (a plain file
 * field); with them, the same form is sent with XMLHttpRequest so the bar can follow the bytes.
 * The answer is then shown exactly as the browser would have: the page it redirected to, or the
 * form again with its messages.
 */
export function enhanceUploadProgress(root: ParentNode = document): void {
  for (const form of root.querySelectorAll<HTMLFormElement>('form[data-module="upload-progress"]')) {
    const box = form.querySelector<HTMLElement>('[data-upload-progress]')
    const bar = box?.querySelector('progress')
    const status = box?.querySelector<HTMLElement>('[data-upload-status]')
    if (!box || !bar || !status || typeof XMLHttpRequest === 'undefined') continue
    form.addEventListener('submit', (event) => {
      event.preventDefault()
      const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')
      if (button) button.disabled = true
      box.hidden = false
      bar.value = 0
      status.textContent = ''
      const request = new XMLHttpRequest()
      request.open('POST', form.action)
      request.upload.addEventListener('progress', (progress) => {
        if (!progress.lengthComputable) return
        const percent = Math.round((progress.loaded / progress.total) * 100)
        bar.value = percent
        bar.textContent = `${percent}%`
      })
      request.upload.addEventListener('load', () => {
        bar.value = 100
        status.textContent = status.dataset.done ?? ''
      })
      request.addEventListener('load', () => {
        // Show the page that came back, as the browser would have; after a redirect, at its address
        // (loading it again would lose the one-time notice it carries).
        if (request.responseURL && request.responseURL !== form.action) {
          window.history.pushState(null, '', request.responseURL)
        }
        document.open()
        document.write(request.responseText)
        document.close()
      })
      request.addEventListener('error', () => {
        status.textContent = status.dataset.failed ?? ''
        if (button) button.disabled = false
      })
      request.send(new FormData(form))
    })
  }
}

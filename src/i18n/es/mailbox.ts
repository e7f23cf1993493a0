import type { Translation } from '../catalog-types.ts'
import type { mailbox as english } from '../en/mailbox.ts'

/** Spanish text for mailbox: neutral Latin American Spanish, formal "usted" (see CONTENT.md). */
export const mailbox: Translation<typeof english> = {
  title: 'Buzón de desarrollo',
  intro:
    'No hay un servidor de correo configurado, así que los correos se guardan aquí en lugar de enviarse. Esta página no existe en producción.',
  empty: 'Todavía no hay correos.',
  caption: 'Correos, del más reciente al más antiguo',
  subject: 'Asunto',
  to: 'Para',
  sent: 'Enviado',
  back: 'Todos los correos',
  links: 'Enlaces en este correo',
  attachments: 'Archivos adjuntos',
}

import type { Translation } from '../catalog-types.ts'
import type { sharing as english } from '../en/sharing.ts'

/** Spanish text for sharing: neutral Latin American Spanish, formal "usted" (see CONTENT.md). */
export const sharing: Translation<typeof english> = {
  enter: {
    title: 'Agregar información sobre {{name}}',
    intro:
      'La familia de {{name}} le dio este enlace para que agregue información a su expediente. Puede hacerlo aquí sin una cuenta. No puede ver el resto del expediente.',
    progress: 'Agregar datos de progreso',
    progressHint:
      'Anote cómo le fue a {{name}} en una meta: un puntaje, un conteo o un porcentaje, con la fecha.',
    services: 'Anotar sesiones de servicios',
    servicesHint:
      'Anote una sesión de un servicio que recibe {{name}}, como terapia del habla: la fecha y los minutos.',
    keepPrivate:
      'No comparta este enlace. Cualquier persona que lo tenga puede agregar información. La familia puede cancelarlo en cualquier momento.',
  },
  problems: {
    labelMissing: 'Escriba para quién es el enlace, por ejemplo "Sra. Lee, maestra de lectura"',
    tooLong: 'Escriba {{max}} caracteres como máximo',
    purposeMissing: 'Elija para qué es el enlace',
    lastDayInvalid: 'Escriba el último día como una fecha real, por ejemplo 2027-06-30',
    lastDayPast: 'El último día debe ser hoy o una fecha posterior',
  },
}

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
  scopes: {
    full: { label: 'Acceso completo', hint: 'Ver y cambiar todo en el expediente de {{name}}.' },
    read: { label: 'Ver el expediente', hint: 'Ver todo en el expediente de {{name}}, sin cambiarlo.' },
    glance: { label: 'Plan en resumen', hint: 'Ver solo el resumen de una página del plan de {{name}}.' },
    'data-entry': {
      label: 'Solo agregar datos',
      hint: 'Agregar datos de progreso y sesiones de servicios de {{name}}, sin ver el resto del expediente.',
    },
  },
  email: {
    invitation: {
      subject: '{{inviter}} compartió con usted el expediente de {{name}} en Pathway',
      body: '{{inviter}} le invitó al expediente de {{name}} en Pathway.\n\nLo que puede hacer: {{scope}}. {{scopeHint}}\n{{until}}\n\nPara aceptar, abra este enlace e inicie sesión, o cree una cuenta gratuita con esta dirección de correo electrónico:\n{{url}}\n\nEl enlace funciona durante {{days}} días. Si no esperaba este mensaje, puede ignorarlo o rechazar la invitación en esa página.',
      until: 'El acceso termina después del {{date}}.',
      noEnd: 'El acceso no tiene fecha de fin. La familia puede terminarlo en cualquier momento.',
    },
  },
  problems: {
    scopeMissing: 'Elija lo que la persona puede hacer',
    languageMissing: 'Elija el idioma del correo electrónico',
    organizationNotFound:
      'No encontramos una organización dirigida por esta dirección de correo electrónico. Revise la dirección o invite a la persona por correo electrónico',
    labelMissing: 'Escriba para quién es el enlace, por ejemplo "Sra. Lee, maestra de lectura"',
    tooLong: 'Escriba {{max}} caracteres como máximo',
    purposeMissing: 'Elija para qué es el enlace',
    lastDayInvalid: 'Escriba el último día como una fecha real, por ejemplo 2027-06-30',
    lastDayPast: 'El último día debe ser hoy o una fecha posterior',
  },
}

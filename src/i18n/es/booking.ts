import type { Translation } from '../catalog-types.ts'
import type { booking as english } from '../en/booking.ts'

/** Spanish text for booking: neutral Latin American Spanish, formal "usted" (see CONTENT.md). */
export const booking: Translation<typeof english> = {
  problems: {
    timeZone: 'Elija una zona horaria de la lista, por ejemplo America/New_York.',
    startTime: 'Escriba la hora de inicio en formato de 24 horas (HH:MM), por ejemplo 09:00.',
    endTime:
      'Escriba la hora de fin en formato de 24 horas (HH:MM), por ejemplo 17:30. Use 24:00 para la medianoche al final del día.',
    endNotAfterStart:
      'La hora de fin debe ser más tarde que la hora de inicio. Si su horario pasa de la medianoche, termine este día a las 24:00 y agregue horas desde las 00:00 del día siguiente.',
    weeklyOverlap:
      'Este horario se cruza con su horario de {{start}} a {{end}} del mismo día. Cambie uno de los dos.',
    exceptionOverlap:
      'Este horario se cruza con su horario de {{start}} a {{end}} de la misma fecha. Cambie uno de los dos.',
    dayOffWithHours:
      'Esta fecha está marcada como día libre y también tiene horario. Deje el día libre o el horario, pero no los dos.',
    exceptionShape: 'Indique una hora de inicio y una de fin para esta fecha, o márquela como día libre.',
    lengthsEmpty: 'Ofrezca al menos una duración de reunión.',
    lengthTwice: 'Esta duración aparece dos veces. Escriba cada duración una sola vez.',
    wholeNumber: 'Escriba un número entero de {{minimum}} a {{maximum}}.',
    lengthNotOffered: 'Elija una de las duraciones que se ofrecen: {{lengths}} minutos.',
    toBeforeFrom: 'La última fecha debe ser igual a la primera o posterior.',
    instant: 'Escriba una fecha y hora con su diferencia respecto a UTC, por ejemplo 2026-03-09T14:00:00Z.',
    bookingEndNotAfterStart: 'El final de una cita debe ser más tarde que su inicio.',
  },
  slotTaken: {
    nearest:
      'Otra persona reservó ese horario justo antes que usted. Estos son los horarios libres más cercanos.',
    noneOpen:
      'Otra persona reservó ese horario justo antes que usted, y por ahora no hay otros horarios libres de {{length}} minutos. Elija otra duración o vuelva a intentarlo más tarde.',
  },
  page: {
    title: 'Reserve una llamada con {{name}}',
    lead: 'Elija cuánto tiempo necesita y luego un día y una hora. No necesita una cuenta.',
    length: '¿Cuánto tiempo necesita?',
    minutes: '{{count}} minutos',
    timeZone: 'Su zona horaria',
    timeZoneHint: 'Las horas se muestran en su reloj.',
    showTimes: 'Ver horarios',
    timesFrom: 'Horarios libres del {{from}} al {{to}}',
    shownIn: 'Las horas están en la hora de {{zone}}.',
    noTimes: 'No hay horarios libres en estas fechas. Pruebe con fechas más adelante o con otra duración.',
    continue: 'Continuar',
    datesNav: 'Más fechas',
    earlier: 'Fechas anteriores',
    later: 'Fechas siguientes',
  },
  details: {
    title: 'Sus datos',
    when: 'Cuándo',
    length: 'Duración',
    noTime: 'No eligió una hora',
    chooseNearest: 'Elija otra hora',
    name: 'Su nombre',
    email: 'Su correo electrónico',
    emailHint: 'Aquí le enviamos la confirmación y los enlaces para cambiar o cancelar la llamada.',
    phone: 'Número de teléfono (opcional)',
    grade: 'El grado de su hijo (opcional)',
    state: 'El estado donde su hijo va a la escuela (opcional)',
    notSay: 'Prefiero no decirlo',
    child: 'Compartir esta llamada con un hijo en Pathway (opcional)',
    childHint: 'La persona defensora no ve el expediente hasta que usted lo comparta.',
    noChild: 'Ningún hijo',
    reason: '¿De qué le gustaría hablar?',
    reasonHint: 'Bastan unas pocas oraciones. No incluya datos médicos que no quiera compartir.',
    submit: 'Reservar la llamada',
  },
  form: {
    problems: {
      start: 'Elija una hora de la lista.',
      chooseTime: 'Elija una nueva hora de la lista.',
      nameMissing: 'Escriba su nombre.',
      emailMissing: 'Escriba su correo electrónico.',
      emailFormat: 'Escriba un correo electrónico como nombre@ejemplo.com.',
      tooLong: 'Use {{maximum}} caracteres o menos.',
      grade: 'Elija un grado de la lista.',
      state: 'Elija un estado de la lista.',
      reasonMissing: 'Cuéntele a la persona defensora de qué le gustaría hablar.',
      child: 'Inicie sesión para compartir un hijo con la persona defensora.',
    },
  },
  confirmed: {
    title: 'Su llamada está reservada',
    when: 'Tiene una llamada con {{name}} el {{date}} a las {{time}} (hora de {{zone}}).',
    email: 'Le enviamos una confirmación a su correo electrónico, con una invitación de calendario.',
    change: 'Para cambiar o cancelar la llamada, use el enlace de ese correo.',
  },
  manage: {
    title: 'Su llamada',
    with: 'Con',
    moveHeading: 'Cambiar la hora de la llamada',
    move: 'Pasar la llamada a esta hora',
    moved: 'Cambiamos la hora de su llamada. Le enviamos la nueva hora por correo electrónico.',
    cancelHeading: 'Cancelar la llamada',
    cancel: 'Cancelar la llamada',
  },
  cancelled: {
    title: 'Su llamada está cancelada',
    body: 'Se lo avisamos a la persona defensora. No necesita hacer nada más.',
    again: 'Reservar otra hora',
  },
  mail: {
    eventTitle: 'Llamada: {{advocate}} y {{family}}',
    link: {
      family: 'Para cambiar o cancelar la llamada: {{manageUrl}}',
      advocate: 'Sus casos: {{manageUrl}}',
    },
    booked: {
      family: {
        subject: 'Su llamada con {{other}} está reservada',
        body: 'Su llamada de {{length}} minutos con {{other}} está reservada para el {{when}}. La invitación de calendario va adjunta.',
      },
      advocate: {
        subject: 'Nueva llamada reservada: {{other}}',
        body: '{{other}} reservó una llamada de {{length}} minutos para el {{when}}. La invitación de calendario va adjunta.',
      },
    },
    rescheduled: {
      family: {
        subject: 'Su llamada con {{other}} cambió de hora',
        body: 'Su llamada con {{other}} ahora es el {{when}}. La invitación de calendario actualizada va adjunta.',
      },
      advocate: {
        subject: 'Llamada cambiada: {{other}}',
        body: '{{other}} cambió su llamada al {{when}}. La invitación de calendario actualizada va adjunta.',
      },
    },
    cancelled: {
      family: {
        subject: 'Su llamada con {{other}} está cancelada',
        body: 'Su llamada con {{other}} del {{when}} está cancelada.',
      },
      advocate: {
        subject: 'Llamada cancelada: {{other}}',
        body: '{{other}} canceló su llamada del {{when}}.',
      },
    },
    reminder: {
      family: {
        subject: 'Recordatorio: su llamada con {{other}} es mañana',
        body: 'Un recordatorio: su llamada de {{length}} minutos con {{other}} es el {{when}}.',
      },
      advocate: {
        subject: 'Recordatorio: llamada con {{other}} mañana',
        body: 'Un recordatorio: su llamada de {{length}} minutos con {{other}} es el {{when}}.',
      },
    },
  },
}

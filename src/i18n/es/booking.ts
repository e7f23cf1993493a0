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
}

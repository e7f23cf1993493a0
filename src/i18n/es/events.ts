import type { Translation } from '../catalog-types.ts'
import type { events as english } from '../en/events.ts'

/** Spanish text for events: neutral Latin American Spanish, formal "usted" (see CONTENT.md). */
export const events: Translation<typeof english> = {
  add: 'Agregar un evento',
  fields: {
    type: '¿Qué pasó?',
    typeHint: 'Elija la opción más parecida. La lista usa las palabras de los papeles de la escuela.',
    date: '¿Cuándo pasó?',
    dateHint: 'Para una reunión programada, indique la fecha en que se hará. Por ejemplo, 2026-09-02.',
    note: 'Nota',
    noteHint: 'Por ejemplo, con quién habló o qué se decidió.',
  },
  problems: {
    typeMissing: 'Elija qué pasó',
    typeInvalid: 'Elija un evento de la lista',
    dateMissing: 'Escriba la fecha',
    dateInvalid: 'Escriba una fecha real, por ejemplo 2026-09-02',
    dateTooEarly: 'Revise la fecha: es anterior a 1990',
    dateTooLate: 'Revise la fecha: es más de {{years}} años en el futuro',
    noteTooLong: 'La nota debe tener {{max}} caracteres o menos',
  },
  form: {
    newTitle: 'Agregar un evento',
    editTitle: 'Cambiar un evento',
    addSubmit: 'Agregar evento',
  },
  delete: {
    title: '¿Eliminar este evento?',
    confirm: '“{{event}}” el {{date}}.',
    warning: 'Las fechas límite que dependen de esta fecha van a cambiar. Esto no se puede deshacer.',
    submit: 'Eliminar evento',
  },
  flash: {
    added: 'Se agregó el evento a la cronología.',
    saved: 'Se cambió el evento.',
    deleted: 'Se eliminó el evento.',
  },
}

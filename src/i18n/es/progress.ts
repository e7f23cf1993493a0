import type { Translation } from '../catalog-types.ts'
import type { progress as english } from '../en/progress.ts'

/** Spanish text for progress: neutral Latin American Spanish, formal "usted" (see CONTENT.md). */
export const progress: Translation<typeof english> = {
  decisions: {
    notEnoughData: 'Aún no hay suficientes datos',
    goalMet: 'Meta cumplida',
    changeInstruction: 'Cambiar la enseñanza',
    raiseGoal: 'Subir la meta',
    onTrack: 'Va por buen camino',
  },
  lines: {
    aim: 'Línea de meta: el camino desde el nivel inicial hasta la meta',
    trend: 'Línea de tendencia: la dirección que en realidad llevan los puntajes',
  },
  trendMethods: {
    leastSquares: 'Línea recta más cercana a todos los puntajes',
    splitMiddle: 'Línea por los puntajes del medio (un puntaje raro la mueve menos)',
  },
  rules: {
    goalMet: 'Los últimos 3 puntajes alcanzaron la meta de {{target}}. Su hijo cumplió esta meta.',
    notEnoughData: 'Puntajes hasta ahora: {{count}}. Se necesitan al menos 4 antes de decidir.',
    notEnoughDataSinceChange:
      'La enseñanza cambió el {{date}}. Puntajes desde entonces: {{count}}. Se necesitan al menos 4 para juzgar la nueva enseñanza.',
    trendSlower:
      'La línea de tendencia cambia {{trend}} por semana, pero la línea de meta necesita {{aim}} por semana. El progreso es más de un 10 % más lento de lo previsto, así que se debe cambiar la enseñanza.',
    trendFaster:
      'La línea de tendencia cambia {{trend}} por semana y la línea de meta necesita {{aim}} por semana. El progreso es más de un 10 % más rápido de lo previsto, así que se puede subir la meta.',
    trendMatches:
      'La línea de tendencia ({{trend}} por semana) no se aleja más de un 10 % de la línea de meta ({{aim}} por semana). Su hijo va por buen camino.',
    aheadButSlowing:
      'Los últimos 4 puntajes están del lado bueno de la línea de meta, pero el progreso se ha hecho más lento ({{trend}} por semana frente a {{aim}} previstos). La enseñanza actual puede continuar; observe los próximos puntajes.',
    behindButCatchingUp:
      'Los últimos 4 puntajes están del lado malo de la línea de meta, pero el progreso es más rápido de lo previsto ({{trend}} por semana frente a {{aim}}). La enseñanza actual puede continuar; vuelva a revisar cuando haya más puntajes.',
    fourBelowAim:
      'Los últimos {{count}} puntajes están todos por debajo de la línea de meta. A este ritmo, es posible que su hijo no cumpla la meta, así que se debe cambiar la enseñanza.',
    fourAboveAimLowerIsBetter:
      'En esta meta, más bajo es mejor. Los últimos {{count}} puntajes están todos por encima de la línea de meta, así que se debe cambiar la enseñanza.',
    fourAboveAim:
      'Los últimos {{count}} puntajes están todos por encima de la línea de meta. Su hijo va adelantado, así que se puede subir la meta.',
    fourBelowAimLowerIsBetter:
      'En esta meta, más bajo es mejor. Los últimos {{count}} puntajes están todos por debajo de la línea de meta, así que su hijo va adelantado y se puede subir la meta.',
    onTrack:
      'Los puntajes más recientes quedan a ambos lados de la línea de meta, o sobre ella. Su hijo va por buen camino.',
  },
  sources: {
    parent: 'Padre, madre o familia',
    teacher: 'Maestro o maestra',
    therapist: 'Terapeuta',
    'school-report': 'Informe de progreso de la escuela',
  },
  statuses: {
    'on-track': 'Va por buen camino',
    'not-on-track': 'No va por buen camino',
    'too-little-data': 'Muy pocos datos',
    'no-aim-line': 'Aún no hay línea de meta',
  },
  gaps: {
    'baseline-value': 'La meta no tiene un nivel inicial en números.',
    'target-value': 'La meta no tiene un objetivo en números.',
    'start-date': 'El plan no tiene fecha de inicio.',
    'end-date': 'El plan no tiene fecha de fin.',
    'dates-order': 'La fecha de fin del plan no es posterior a la fecha de inicio.',
    'target-side': 'El objetivo está del lado equivocado del nivel inicial para la dirección de la meta.',
  },
  points: {
    problems: {
      dateMissing: 'Escriba la fecha en que se midió el puntaje',
      dateInvalid: 'Escriba la fecha como año-mes-día, por ejemplo 2026-10-08',
      dateTooEarly: 'Escriba una fecha posterior al 1 de enero de 1990',
      dateInFuture: 'La fecha no puede estar en el futuro. Escriba el día en que se midió el puntaje',
      valueMissing: 'Escriba el puntaje',
      valueInvalid: 'Escriba el puntaje como un número, por ejemplo 42 o 42.5',
      valueTooLarge: 'Escriba un puntaje más pequeño',
      sourceMissing: 'Elija quién midió el puntaje',
      unitTooLong: 'Escriba una unidad de {{max}} caracteres o menos',
      noteTooLong: 'Escriba una nota de {{max}} caracteres o menos',
    },
  },
  import: {
    problems: {
      fileTooLarge: 'Elija un archivo CSV de menos de {{max}} MB',
      empty: 'Pegue al menos una línea con una fecha y un puntaje',
      noDateColumn: 'Línea {{line}}: agregue una columna “fecha” en la primera línea',
      noValueColumn: 'Línea {{line}}: agregue una columna “valor” en la primera línea',
      tooMany: 'Importe como máximo {{max}} líneas a la vez',
      tooManyColumns:
        'La línea {{line}} tiene más de {{max}} columnas. Ponga entre comillas las notas con comas',
      dateMissing: 'Línea {{line}}, fecha: escriba la fecha en que se midió el puntaje',
      dateInvalid: 'Línea {{line}}, fecha: escriba la fecha como año-mes-día, por ejemplo 2026-10-08',
      dateTooEarly: 'Línea {{line}}, fecha: escriba una fecha posterior al 1 de enero de 1990',
      dateInFuture: 'Línea {{line}}, fecha: la fecha no puede estar en el futuro',
      valueMissing: 'Línea {{line}}, valor: escriba el puntaje',
      valueInvalid: 'Línea {{line}}, valor: escriba el puntaje como un número, por ejemplo 42 o 42.5',
      valueTooLarge: 'Línea {{line}}, valor: escriba un puntaje más pequeño',
      sourceMissing: 'Línea {{line}}, fuente: use padre, maestro, terapeuta o informe, o déjela vacía',
      unitTooLong: 'Línea {{line}}, unidad: use {{max}} caracteres o menos',
      noteTooLong: 'Línea {{line}}, nota: use {{max}} caracteres o menos',
    },
  },
  notes: {
    problems: {
      kindMissing: 'Elija qué está registrando',
      dateMissing: 'Escriba la fecha',
      dateInvalid: 'Escriba la fecha como año-mes-día, por ejemplo 2026-11-01',
      dateInFuture: 'La fecha no puede estar en el futuro',
      textMissing: 'Escriba lo que dice el informe de progreso sobre esta meta',
      textTooLong: 'Escriba {{max}} caracteres o menos',
    },
  },
  ui: {
    dashboardOffTrack: 'Metas que no van por buen camino: {{count}}',
    navLabel: 'Progreso en las metas',
    overviewTitle: 'Progreso en las metas',
    overviewIntro:
      'Para cada meta del IEP de {{name}}, esta página muestra lo que dicen los puntajes: va por buen camino, no va por buen camino o hay muy pocos datos para saberlo. Agregue puntajes en la página de cada meta.',
    noPlan: 'Hoy no hay un IEP vigente para {{name}}. El progreso se sigue en las metas del IEP vigente.',
    toPlans: 'Ir a los planes',
    noGoals: 'El plan vigente todavía no tiene metas.',
    toPlan: 'Ver el plan',
    offTrackCount:
      'Metas que no van por buen camino: {{count}} de {{total}}. Abra cada una para ver por qué.',
    pointCount: 'Puntajes hasta ahora: {{count}}.',
    latest: 'Último: {{value}} {{unit}}',
    noAimLine:
      'Pathway todavía no puede trazar la línea de meta, así que no puede decir si su hijo va por buen camino. Lo que falta:',
    projection:
      'Si los puntajes siguen así, {{name}} llegaría a {{value}} el {{date}}, al final del plan (la meta es {{target}}).',
    projectedReach: 'A este ritmo, la meta se alcanza el {{date}}.',
    projectedNever: 'A este ritmo, la meta no se alcanza.',
    decisionTitle: 'Lo que dicen los puntajes',
    chartTitle: 'Gráfica',
    pointsTitle: 'Puntajes',
    noPoints: 'Todavía no hay puntajes. Agregue el primero abajo.',
    pointsCaption: 'Puntajes de {{goal}}',
    head: {
      date: 'Fecha',
      value: 'Puntaje',
      source: 'Quién lo midió',
      note: 'Nota',
      actions: 'Acciones',
    },
    enteredBy: 'lo anotó {{name}}',
    delete: 'Borrar',
    addTitle: 'Agregar un puntaje',
    addSubmit: 'Agregar puntaje',
    importLink: 'Agregar varios puntajes a la vez',
    fields: {
      measuredOn: 'Fecha en que se midió',
      measuredOnHint: 'Por ejemplo, 2026-10-08',
      value: 'Puntaje',
      valueWithUnit: 'Puntaje ({{unit}})',
      valueHint: 'Un número, por ejemplo 42 o 42.5',
      source: '¿Quién lo midió?',
      note: 'Nota',
      noteHint: 'Por ejemplo, qué se usó o algo fuera de lo común ese día',
      noteKind: '¿Qué está registrando?',
      notedOn: 'Fecha',
      noteText: 'Lo que dice el informe (para un informe de progreso)',
      noteTextHint: 'Copie las palabras de la escuela, por ejemplo “Está progresando”',
      csv: 'Puntajes, uno por línea',
      csvHint:
        'Pegue desde una hoja de cálculo o un archivo CSV. Cada línea: fecha, puntaje y, si quiere, quién lo midió y una nota.',
      csvFile: 'O elija un archivo CSV',
      csvFileHint:
        'Un archivo guardado como CSV desde una hoja de cálculo, con las mismas columnas. Si elige un archivo, no se usan las líneas pegadas.',
      defaultSource: '¿Quién midió los puntajes que no dicen quién los midió?',
      defaultSourceHint: 'Se usa para las líneas que no dicen quién midió',
    },
    notesTitle: 'Informes de progreso y cambios en la enseñanza',
    notesIntro:
      'Anote lo que dijo el informe de progreso de la escuela sobre esta meta, para compararlo con los puntajes. Marque el día en que cambió la enseñanza: la línea de tendencia vuelve a empezar desde ese día.',
    noteKinds: {
      'progress-report': 'Informe de progreso de la escuela',
      'phase-change': 'Cambió la enseñanza',
    },
    addNote: 'Registrar un informe de progreso o un cambio en la enseñanza',
    addNoteSubmit: 'Guardar',
    importTitle: 'Agregar varios puntajes a la vez',
    importIntro:
      'Pegue los puntajes abajo, uno por línea. La primera línea puede nombrar las columnas, como en este ejemplo. Si alguna línea tiene un problema, no se guarda nada y cada problema aparece con su número de línea.',
    importSubmit: 'Agregar puntajes',
    editTitle: 'Cambiar un puntaje',
    conflictSaved: 'Lo que está guardado ahora',
    deleteTitle: '¿Borrar este puntaje?',
    deleteConfirm: 'Va a borrar el puntaje {{value}} del {{date}}.',
    deleteConflict:
      'Alguien cambió este puntaje después de que usted abrió la página. Revíselo antes de borrarlo.',
    deleteSubmit: 'Borrar puntaje',
    flash: {
      added: 'Puntaje agregado',
      imported: 'Puntajes agregados: {{count}}',
      saved: 'Puntaje cambiado',
      deleted: 'Puntaje borrado',
      noteAdded: 'Guardado',
      noteDeleted: 'Borrado',
    },
  },
  entry: {
    title: 'Agregar datos de progreso de {{name}}',
    intro:
      'Elija la meta y escriba el puntaje que midió. La familia ve cada puntaje que usted agrega, con el nombre de este enlace.',
    noGoals: 'Por ahora no hay metas para agregar datos. La familia le avisará cuando el plan esté listo.',
    goal: '¿Qué meta?',
    unit: 'Se mide en {{unit}}',
    noteHint:
      'Por ejemplo, qué usó o algo fuera de lo común ese día. No escriba nombres de otros estudiantes.',
    privacy:
      'Mantenga este enlace en privado: cualquiera que lo tenga puede agregar puntajes. La familia puede terminarlo en cualquier momento.',
    added: 'Puntaje agregado a la meta {{number}}. Puede agregar otro.',
    problems: {
      goalMissing: 'Elija la meta a la que corresponde el puntaje',
    },
  },
  alerts: {
    subject: '{{goal}} de {{name}} no va por buen camino',
    greeting: 'Hola, {{person}}:',
    body: 'Los últimos puntajes de {{goal}} de {{name}} dicen que la meta no va por buen camino.',
    next: 'Vea la gráfica y lo que dicen los puntajes: {{url}}\n\nPuede llevar esto a la escuela y preguntar si la enseñanza debe cambiar. Pathway ofrece orientación, no asesoría legal.',
  },
  chart: {
    title: 'Gráfica de progreso de {{goal}}',
    description:
      '{{count}} puntajes. La línea de meta va de {{baseline}} {{unit}} el {{start}} a la meta de {{target}} {{unit}} el {{end}}. La tabla de abajo muestra cada puntaje.',
    trendDescription:
      'La línea de tendencia cambia {{trend}} por semana; la línea de meta necesita {{aim}} por semana.',
    legendPoints: 'Puntajes',
    legendGoalDate: 'Fecha de la meta ({{date}})',
    legendPhase: 'Cambió la enseñanza',
    legendReport: 'Informe de progreso de la escuela',
  },
  problems: {
    targetDateNotAfterBaseline: 'La fecha de la meta debe ser posterior a la fecha del nivel inicial.',
    targetBelowBaseline:
      'En una meta donde más alto es mejor, la meta no puede estar por debajo del nivel inicial.',
    targetAboveBaseline:
      'En una meta donde más bajo es mejor, la meta no puede estar por encima del nivel inicial.',
  },
}

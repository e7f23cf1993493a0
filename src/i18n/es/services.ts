import type { Translation } from '../catalog-types.ts'
import type { services as english } from '../en/services.ts'

/** Spanish text for services: neutral Latin American Spanish, formal "usted" (see CONTENT.md). */
export const services: Translation<typeof english> = {
  status: {
    delivered: {
      label: 'Recibida',
      hint: 'La sesión se realizó.',
    },
    'missed-provider-absent': {
      label: 'No se dio: proveedor ausente',
      hint: 'El terapeuta o el maestro faltó y nadie lo reemplazó. La escuela todavía debe estos minutos.',
    },
    'missed-school-event': {
      label: 'No se dio: actividad escolar',
      hint: 'Una actividad, un examen o una asamblea de la escuela ocupó ese tiempo. La escuela todavía debe estos minutos.',
    },
    'cancelled-by-school': {
      label: 'Cancelada por la escuela',
      hint: 'La escuela suspendió la sesión. La escuela todavía debe estos minutos.',
    },
    'student-absent': {
      label: 'No se dio: su hijo o hija faltó',
      hint: 'Su hijo o hija no estaba en la escuela. La escuela no debe estos minutos.',
    },
    'cancelled-by-family': {
      label: 'Cancelada por su familia',
      hint: 'Su familia pidió no tener la sesión. La escuela no debe estos minutos.',
    },
    'missed-reason-unknown': {
      label: 'No se dio: motivo desconocido',
      hint: 'La sesión no se realizó y nadie ha dicho por qué. Mientras no se sepa el motivo, contamos estos minutos como una deuda de la escuela.',
    },
  },
  category: {
    delivered: 'Recibidos',
    school: 'No recibidos por motivos de la escuela',
    student: 'No recibidos porque su hijo o hija faltó o su familia canceló',
    unknown: 'No recibidos, motivo desconocido',
  },
  amount: {
    day: '{{minutes}} minutos cada día escolar',
    week: '{{minutes}} minutos cada semana',
    month: '{{minutes}} minutos cada mes',
  },
  figures: {
    required: 'Minutos que el plan promete hasta ahora',
    delivered: 'Minutos recibidos',
    missedSchool: 'Minutos perdidos por motivos de la escuela',
    missedStudent: 'Minutos perdidos porque su hijo o hija faltó o su familia canceló',
    missedUnknown: 'Minutos perdidos, motivo desconocido',
    unrecorded: 'Minutos prometidos sin ningún registro',
    percent: 'Parte de los minutos prometidos que se recibió',
    percentValue: '{{percent}} %',
    owed: 'Minutos que la escuela debe (servicios compensatorios)',
    schoolDays: 'Días escolares contados',
    noneRequired: 'No se debía ningún minuto entre estas fechas.',
    outsideService_one: '{{count}} sesión tiene una fecha fuera de las fechas del servicio y no se cuenta.',
    outsideService_other:
      '{{count}} sesiones tienen una fecha fuera de las fechas del servicio y no se cuentan.',
  },
  unconfirmed: {
    label: 'Informado por su familia, sin confirmar',
    hint: 'Aquí se guarda lo que su hijo o hija le contó, con la fecha. No se suma a los totales hasta que la escuela lo confirme. Para verificarlo, pida a la escuela su registro de servicios.',
    summary_one:
      '{{count}} informe de la familia sin confirmar: {{delivered}} minutos recibidos, {{missed}} minutos perdidos.',
    summary_other:
      '{{count}} informes de la familia sin confirmar: {{delivered}} minutos recibidos, {{missed}} minutos perdidos.',
  },
  week: {
    label: 'Semana del {{monday}}',
    noSchool: 'No hubo clases esta semana',
  },
  alerts: {
    belowThreshold: {
      title: '{{service}}: menos minutos de los que promete el plan',
      body: 'Del {{from}} al {{to}}, su hijo o hija recibió {{delivered}} de los {{expected}} minutos que la escuela podía dar ({{percent}} %). Eso es menos del 90 %. Revise el registro de servicios con la escuela y pregunte cómo se repondrán los minutos perdidos.',
    },
  },
  email: {
    subject: 'Servicios de {{name}}: {{title}}',
    link: 'Vea el registro de servicios y los minutos que se deben: {{url}}',
  },
  conventions: {
    title: 'Cómo contamos los minutos',
    schoolDays:
      'Solo contamos los días en que la escuela tuvo clases, desde el primer hasta el último día del año escolar. Los fines de semana, los feriados y las vacaciones no son días escolares (34 CFR 300.11).',
    partialWeek:
      'Una cantidad semanal se reparte entre los cinco días de lunes a viernes. En una semana con 3 días escolares, se deben 3 quintos de los minutos semanales. Así contamos la primera y la última semana del año escolar y del servicio.',
    closedDay:
      'Cuando la escuela cierra para todos los estudiantes (un feriado, o un día de nieve que usted marque como cerrado), ese día no se debe ningún servicio. Una semana con un feriado debe 4 quintos de los minutos semanales.',
    emptyWeek:
      'Una semana sin días escolares, como las vacaciones de invierno, no debe ningún minuto. No cuenta como una de las "últimas cuatro semanas escolares" que revisamos.',
    perMonth:
      'Una cantidad mensual se reparte entre los días de lunes a viernes de ese mes. Los días en que la escuela está cerrada se restan, así que un mes con vacaciones largas debe menos. Un servicio mensual se revisa mes por mes, así que los minutos pueden darse cualquier día del mes.',
    perDay:
      'Una cantidad diaria se debe cada día escolar. Se revisa semana por semana, así que una sesión dada más tarde en la misma semana también cuenta.',
    planDates:
      'Los minutos se deben solo desde la fecha de inicio del servicio hasta su fecha de fin, ambos días incluidos (34 CFR 300.320(a)(7)).',
    sessionsOnDaysOff:
      'Una sesión dada un fin de semana, un feriado o durante las vacaciones cuenta como recibida.',
    sessionsOutsideDates:
      'Las sesiones con fecha anterior al inicio del servicio o posterior a su fin se muestran, pero no se cuentan.',
    schoolReasons:
      'Cuando una sesión no se da porque el proveedor faltó, una actividad escolar ocupó el tiempo o la escuela la canceló, la escuela todavía debe esos minutos.',
    studentReasons:
      'Cuando una sesión no se da porque su hijo o hija faltó o su familia la canceló, la escuela no debe esos minutos de esa semana (o de ese mes).',
    unknownReason:
      'Cuando una sesión no se dio y nadie anotó por qué, contamos esos minutos como una deuda de la escuela hasta que se sepa el motivo.',
    unconfirmed:
      'Lo que su hijo o hija le cuenta, por ejemplo "hoy no hubo terapia del habla", se guarda como informe de la familia. Se muestra, pero no se cuenta hasta que la escuela lo confirme.',
    makeUp:
      'Los minutos dados de más en una semana (o en un mes) reponen minutos perdidos antes. No cuentan por adelantado para semanas que aún no llegan, porque su hijo o hija necesita el servicio con regularidad, como dice el plan.',
    owed: 'Los minutos que se deben son los minutos prometidos que no se dieron, menos los que se perdieron por motivos de su hijo o hija o de su familia. Usted puede pedir a la escuela que los reponga (servicios compensatorios, 34 CFR 300.151(b)).',
    unrecorded:
      'Los minutos prometidos sin ningún registro se cuentan como deuda, porque la escuela debe dar el servicio y llevar un registro. Si no está seguro, pida a la escuela su registro de servicios.',
    rounding:
      'Sumamos las cifras exactas y redondeamos cada total al minuto entero más cercano al final. Los porcentajes se redondean hacia abajo a un decimal.',
    alert:
      'Le avisamos cuando se dio menos del 90 % de los minutos que la escuela podía dar en las últimas cuatro semanas escolares (en un servicio mensual, en el último mes escolar).',
  },
  accommodations: {
    incidents_one: 'No se dio {{count}} vez',
    incidents_other: 'No se dio {{count}} veces',
    rate: 'No se dio en {{days}} de {{schoolDays}} días escolares ({{percent}} %)',
    noSchoolDays: 'No hubo días escolares entre estas fechas.',
    firstAndLast: 'La primera vez el {{first}}, la última vez el {{last}}',
  },
  problems: {
    wholeMinutes: 'Escriba los minutos como un número entero, por ejemplo 30.',
    unknownService: 'Use el id de uno de los servicios de "services".',
    duplicateServiceId: 'Dé a cada servicio su propio id. Otro servicio ya usa este id.',
    endBeforeStart: 'La fecha de fin debe ser igual a la fecha de inicio o posterior.',
    periodEndBeforeStart: 'El fin del período debe ser igual a su inicio o posterior.',
    lastDayBeforeFirstDay: 'El último día del año escolar debe ser igual al primer día o posterior.',
  },
  page: {
    title: 'Servicios y minutos',
    navLabel: 'Servicios y minutos',
    period: 'Del {{from}} al {{to}}',
    intro:
      'El plan promete a {{name}} cierta cantidad de minutos de cada servicio. Aquí puede ver cuántos se dieron, cuántos se perdieron y por qué, y cuántos debe la escuela. Anote cada sesión en el registro de servicios cuando se entere.',
    logSession: 'Anotar una sesión',
    logWeek: 'Llenar una semana',
    importCsv: 'Importar un archivo CSV',
    seeLog: 'Ver todas las sesiones en el registro de servicios',
    changePeriod: 'Cambiar las fechas o agregar los días que la escuela estuvo cerrada',
    from: 'Desde',
    to: 'Hasta',
    closed: 'Días que la escuela estuvo cerrada',
    closedHint:
      'Feriados, vacaciones y días de nieve. Escriba fechas como 2026-11-26, separadas por comas. Escriba unas vacaciones como 2026-12-21 a 2027-01-01.',
    fromSchoolYears:
      'Los días contados vienen de los años escolares que usted anotó: se dejan fuera las vacaciones, los feriados y el verano. Para contar otros días, escriba abajo los días cerrados.',
    show: 'Mostrar los minutos',
    closedCount: 'Días en que la escuela estuvo cerrada, quitados de la cuenta: {{count}}.',
    noPlan:
      'No había un plan vigente el {{date}}. Los minutos se pueden contar cuando haya un plan vigente con servicios.',
    goToPlans: 'Ir a los planes',
    totalsTitle: 'Minutos prometidos y dados',
    noServices: 'El plan vigente no tiene servicios.',
    totalsCaption: 'Minutos de cada servicio del {{from}} al {{to}}',
    head: {
      service: 'Servicio',
      required: 'Prometidos',
      delivered: 'Dados',
      missedSchool: 'Perdidos por razones de la escuela',
      missedStudent: 'Perdidos: niño ausente o la familia canceló',
      percent: 'Parte dada',
      owed: 'Se deben',
      week: 'Semana del',
      schoolDays: 'Días de clase',
      missed: 'Perdidos',
    },
    owedTotal: 'En total, la escuela debe {{minutes}} minutos de servicios.',
    nothingOwed: 'La escuela no debe minutos en estas fechas.',
    notCounted: 'No se cuentan, porque el plan no dice cuántos minutos ni con qué frecuencia: {{services}}.',
    serviceSentence:
      'Se prometieron {{required}} minutos y se dieron {{delivered}}. La escuela debe {{owed}} minutos.',
    unknownSentence: 'Se perdieron {{minutes}} minutos y nadie anotó por qué.',
    unrecordedSentence:
      '{{minutes}} minutos prometidos no tienen ningún registro. Los contamos como debidos.',
    weeksCaption: '{{service}}, semana por semana',
    printHint:
      'Para guardar una copia o adjuntarla a una carta o una queja, imprima esta página o guárdela como PDF.',
  },
  chart: {
    title:
      '{{service}}: minutos prometidos y dados cada semana. En total, {{required}} prometidos y {{delivered}} dados.',
    required: 'Prometidos',
    delivered: 'Dados',
  },
  source: {
    family: { label: 'Nuestro propio registro', hint: 'Usted lo vio, o la escuela se lo dijo.' },
    school: {
      label: 'El registro de la escuela',
      hint: 'Del registro de servicios que lleva la escuela o el proveedor.',
    },
    'child-report': {
      label: 'Lo que me dijo mi hijo',
      hint: 'Por ejemplo, "hoy no hubo terapia del habla". Se guarda, pero no se cuenta hasta que la escuela lo confirme.',
    },
  },
  log: {
    title: 'Registro de servicios',
    intro: 'Todas las sesiones que ha anotado, de la más nueva a la más antigua.',
    empty: 'Todavía no se ha anotado ninguna sesión.',
    caption: 'Sesiones anotadas: {{count}}',
    head: {
      date: 'Fecha',
      service: 'Servicio',
      minutes: 'Minutos',
      status: 'Qué pasó',
      provider: 'Proveedor',
      actions: 'Acciones',
    },
    oldService: 'Un servicio que ya no está en el plan',
    unconfirmedTag: 'Sin confirmar',
    change: 'Cambiar',
    delete: 'Borrar',
    sessionOf: '{{service}} el {{date}}',
    newTitle: 'Anotar una sesión',
    editTitle: 'Cambiar una sesión',
    back: 'Volver',
    add: 'Agregar la sesión',
    save: 'Guardar la sesión',
    noServices: 'El plan vigente todavía no tiene servicios, así que no hay nada que anotar.',
    conflict:
      'Otra persona cambió esta sesión mientras usted trabajaba en ella. Ahora dice: {{date}}, {{minutes}} minutos, {{status}}. Sus cambios están abajo. Revíselos y guarde otra vez.',
    deleteTitle: '¿Borrar esta sesión?',
    deleteWhat: '{{service}} el {{date}}, {{minutes}} minutos. Esto no se puede deshacer.',
    deleteConfirm: 'Sí, borrarla',
    deleteConflict: 'Otra persona cambió esta sesión desde que usted la abrió. Revísela antes de borrarla.',
    fields: {
      service: '¿Qué servicio?',
      date: 'Fecha de la sesión',
      minutes: 'Minutos',
      minutesHint: 'Para una sesión perdida, los minutos que debía durar. Por ejemplo, 30.',
      status: '¿Qué pasó?',
      provider: 'Proveedor (opcional)',
      providerHint: 'El terapeuta o maestro que da el servicio.',
      note: 'Nota (opcional)',
      source: '¿De dónde viene esto?',
    },
    problems: {
      serviceMissing: 'Elija el servicio.',
      serviceUnknown: 'Elija uno de los servicios del plan.',
      dateMissing: 'Escriba la fecha.',
      dateInvalid: 'Escriba una fecha real, por ejemplo 2026-10-05.',
      dateTooEarly: 'Escriba una fecha del año 2000 o después.',
      dateInFuture: 'Escriba una fecha de hoy o anterior.',
      minutesMissing: 'Escriba los minutos.',
      minutesNotNumber: 'Escriba los minutos como un número entero, por ejemplo 30.',
      minutesRange: 'Escriba de 1 a {{max}} minutos.',
      statusMissing: 'Elija qué pasó.',
      sourceMissing: 'Elija de dónde viene esto.',
      providerTooLong: 'Escriba el proveedor en {{max}} caracteres o menos.',
      noteTooLong: 'Escriba la nota en {{max}} caracteres o menos.',
    },
  },
  grid: {
    title: 'Llenar la semana del {{date}}',
    intro:
      'Escriba los minutos en cada casilla y elija qué pasó. Deje la casilla vacía cuando no hubo sesión. Todo se guarda junto.',
    previous: 'Semana anterior',
    next: 'Semana siguiente',
    caption: 'Sesiones de la semana del {{date}}',
    cellLabel: '{{service}}, {{date}}',
    minutesLabel: 'Minutos: {{cell}}',
    statusLabel: 'Qué pasó: {{cell}}',
    providerHint: 'Se usa para todas las sesiones de esta página.',
    save: 'Guardar la semana',
    problems: {
      empty: 'Escriba los minutos de al menos una sesión.',
    },
  },
  csv: {
    title: 'Importar sesiones de un archivo CSV',
    intro:
      'Abra su hoja de cálculo, guárdela como CSV y péguela abajo. La primera línea nombra las columnas: date, service, minutes, status y, si quiere, provider y note. Por ejemplo:',
    example:
      'date,service,minutes,status,provider,note\n2026-10-05,Speech therapy,30,delivered,Ms. Lee,\n2026-10-07,Speech therapy,30,missed-provider-absent,,No substitute',
    statuses:
      'Escriba el estado con una de estas palabras: {{statuses}}. Escriba el servicio con su nombre en el plan.',
    allOrNothing:
      'Si alguna línea tiene un problema, no se guarda nada, y le decimos la línea y la columna que debe corregir.',
    label: 'El texto CSV',
    hint: 'Pegue todo, incluida la primera línea con los nombres de las columnas.',
    submit: 'Importar las sesiones',
    problems: {
      empty: 'Pegue el texto CSV.',
      noRows: 'Agregue al menos una sesión debajo de la línea con los nombres de las columnas.',
      columnsMissing: 'La primera línea debe nombrar estas columnas: {{columns}}.',
      tooManyRows: 'Importe como máximo {{max}} sesiones a la vez.',
      unclosedQuote: 'La línea {{line}} abre unas comillas que nunca se cierran.',
      row: 'Línea {{line}}, columna "{{column}}": $t({{message}})',
    },
  },
  calendar: {
    problems: {
      closedInvalid:
        'No pudimos leer "{{piece}}". Escriba fechas como 2026-11-26, o 2026-12-21 a 2027-01-01.',
      closedBackwards: 'En "{{piece}}", la segunda fecha debe ser después de la primera.',
      closedTooLong: '"{{piece}}" dura más de {{max}} días. Escriba cada período de vacaciones por separado.',
    },
  },
  compliance: {
    problems: {
      dateInvalid: 'Escriba una fecha real, por ejemplo 2026-10-05.',
      fromAfterTo: 'La primera fecha debe ser antes de la última.',
    },
  },
  incidents: {
    title: 'Adaptaciones que no se dieron',
    intro:
      'Anote cada día en que no se dio una adaptación del plan, con lo que pasó. Un registro con fechas ayuda cuando habla con la escuela.',
    add: 'Anotar una adaptación que no se dio',
    none: 'El plan vigente no tiene adaptaciones.',
    caption: 'Cuántas veces no se dio cada adaptación',
    head: { accommodation: 'Adaptación', notProvided: 'No se dio' },
    unnamed: 'Adaptación sin nombre',
    noneLogged: 'Nada anotado',
    reportedBy: 'lo contó {{who}}',
    newTitle: 'Anotar una adaptación que no se dio',
    save: 'Guardar',
    delete: 'Borrar',
    deleteContext: 'la anotación de {{accommodation}} del {{date}}',
    deleteTitle: '¿Borrar esta anotación?',
    deleteWhat: 'Va a borrar la anotación de {{accommodation}} del {{date}}:',
    deleteEvidence: 'Los documentos adjuntos se quedan en sus documentos.',
    deleteConfirm: 'Sí, borrar la anotación',
    evidence: 'Pruebas:',
    fields: {
      evidence: 'Pruebas de sus documentos',
      evidenceHint:
        'Marque los documentos que muestran lo que pasó, como un examen calificado o un correo de la maestra.',
      evidenceNone:
        'Para adjuntar pruebas, primero agregue el documento (una foto, un examen, un correo) a sus documentos.',
      accommodation: '¿Qué adaptación?',
      choose: 'Elija una adaptación',
      date: 'Fecha',
      whatHappened: '¿Qué pasó?',
      whatHappenedHint: 'Por ejemplo, "No le dieron tiempo extra en el examen de matemáticas."',
      reportedBy: '¿Quién se lo contó? (opcional)',
      reportedByHint: 'Por ejemplo, "mi hijo" o "la maestra de la clase".',
    },
    problems: {
      documentUnknown: 'Elija documentos de los documentos de este niño o niña.',
      accommodationMissing: 'Elija la adaptación.',
      accommodationUnknown: 'Elija una de las adaptaciones del plan.',
      whatHappenedMissing: 'Escriba qué pasó.',
      whatHappenedTooLong: 'Escriba qué pasó en {{max}} caracteres o menos.',
      reportedByTooLong: 'Escriba quién se lo contó en {{max}} caracteres o menos.',
    },
  },
  letter: {
    intro:
      'Puede pedir por escrito a la escuela que reponga los minutos que debe. Escribimos el primer borrador con estas cifras.',
    button: 'Escribir una carta para pedir los minutos',
    factsPeriod: 'Del {{from}} al {{to}}, contando solo los días en que la escuela estuvo abierta:',
    factsLine:
      '- {{service}} ({{amount}}): {{required}} minutos prometidos, {{delivered}} dados, {{missedSchool}} perdidos por razones que no fueron de mi hijo ni de mi familia. Se deben: {{owed}} minutos.',
    factsTotal: 'En total, se deben {{minutes}} minutos.',
    resolution:
      'Que se repongan los {{minutes}} minutos debidos, con un horario que acordemos por escrito, sin sacar a mi hijo de otras clases.',
  },
  link: {
    title: 'Anotar servicios de {{name}}',
    back: 'Volver',
    intro:
      'La familia de {{name}} le pidió anotar las sesiones de servicio que usted da. Agregue una sesión a la vez: la fecha, los minutos y qué pasó. Anote también las sesiones perdidas, con la razón.',
    noServices: 'El plan todavía no tiene servicios para anotar.',
    recentTitle: 'Sesiones que anotó en el último mes',
    recentNone: 'Todavía no ha anotado ninguna sesión con este enlace.',
    privacy:
      'Este enlace muestra solo lo necesario para anotar sesiones. Manténgalo privado. La familia puede cerrarlo en cualquier momento.',
  },
  dashboard: {
    title: 'Servicios dados menos de lo que promete el plan',
  },
  flash: {
    added: 'Se agregó la sesión.',
    addedMany: 'Sesiones agregadas: {{count}}.',
    imported: 'Sesiones importadas: {{count}}.',
    saved: 'Se guardó la sesión.',
    deleted: 'Se borró la sesión.',
    incidentAdded: 'Se anotó la adaptación que no se dio.',
    incidentDeleted: 'Se borró la anotación.',
  },
  disclaimer:
    'Estas cifras vienen de los registros anotados en Pathway. Son una orientación, no asesoría legal. Para recibir ayuda gratuita al pedir servicios compensatorios, comuníquese con el Centro de Capacitación e Información para Padres de su estado.',
}

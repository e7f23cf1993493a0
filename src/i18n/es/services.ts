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
  disclaimer:
    'Estas cifras vienen de los registros anotados en Pathway. Son una orientación, no asesoría legal. Para recibir ayuda gratuita al pedir servicios compensatorios, comuníquese con el Centro de Capacitación e Información para Padres de su estado.',
}

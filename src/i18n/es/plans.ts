import type { Translation } from '../catalog-types.ts'
import type { plans as english } from '../en/plans.ts'
import { planPages } from './plan-pages.ts'

/** Spanish text for plans: neutral Latin American Spanish, formal "usted" (see CONTENT.md). */
export const plans: Translation<typeof english> = {
  ...planPages,
  kinds: {
    iep: 'IEP',
    '504': 'plan 504',
  },
  statuses: {
    draft: 'Borrador',
    proposed: 'Propuesto por la escuela',
    'in-effect': 'Acordado y vigente',
    superseded: 'Reemplazado por un plan más nuevo',
  },
  actions: {
    propose: 'Marcar como propuesto por la escuela',
    reopen: 'Volver a borrador',
    agree: 'Marcar como acordado',
    'record-agreed': 'Registrar como ya acordado',
    supersede: 'Marcar como reemplazado',
  },
  revisionReasons: {
    initial: 'Primer plan',
    'annual-review': 'Revisión anual',
    reevaluation: 'Después de una reevaluación',
    amendment: 'Enmienda',
    transfer: 'Después de cambiarse de escuela',
    other: 'Otro',
  },
  categories: {
    autism: 'Autismo',
    'deaf-blindness': 'Sordoceguera',
    deafness: 'Sordera',
    'emotional-disturbance': 'Trastorno emocional',
    'hearing-impairment': 'Discapacidad auditiva',
    'intellectual-disability': 'Discapacidad intelectual',
    'multiple-disabilities': 'Discapacidades múltiples',
    'orthopedic-impairment': 'Discapacidad ortopédica',
    'other-health-impairment': 'Otro problema de salud',
    'specific-learning-disability': 'Discapacidad específica del aprendizaje',
    'speech-or-language-impairment': 'Trastorno del habla o del lenguaje',
    'traumatic-brain-injury': 'Lesión cerebral traumática',
    'visual-impairment': 'Discapacidad visual, incluida la ceguera',
    'developmental-delay': 'Retraso en el desarrollo',
  },
  goalAreas: {
    reading: 'Lectura',
    writing: 'Escritura',
    math: 'Matemáticas',
    communication: 'Comunicación',
    behavior: 'Conducta',
    'social-emotional': 'Habilidades sociales y emocionales',
    organization: 'Organización y planificación',
    motor: 'Habilidades motoras',
    'daily-living': 'Habilidades para la vida diaria',
    vocational: 'Habilidades para el trabajo',
    other: 'Otra',
  },
  serviceKinds: {
    'special-education': 'Educación especial (instrucción especialmente diseñada)',
    'related-service': 'Servicio relacionado',
    'supplementary-aid': 'Ayuda o servicio suplementario',
    'health-service': 'Servicio de salud',
    other: 'Otro',
  },
  serviceSettings: {
    'general-education-class': 'En la clase de educación general',
    'outside-general-education-class': 'Fuera de la clase de educación general',
    'separate-school': 'En una escuela aparte',
    'home-or-hospital': 'En la casa o en el hospital',
    community: 'En la comunidad',
    other: 'En otro lugar',
  },
  accommodationSettings: {
    classroom: 'Clase',
    testing: 'Exámenes',
    homework: 'Tarea',
    cafeteria: 'Almuerzo',
    transportation: 'Autobús',
    'field-trips': 'Excursiones',
    extracurricular: 'Actividades después de clases',
  },
  assessmentParticipation: {
    regular: 'Examen regular',
    'regular-with-accommodations': 'Examen regular con adaptaciones',
    alternate: 'Examen alternativo',
  },
  esyDecisions: {
    eligible: 'Necesita servicios del año escolar extendido',
    'not-eligible': 'No necesita servicios del año escolar extendido',
    'not-yet-decided': 'Todavía no se decide',
  },
  teamRoles: {
    parent: 'Padre, madre o tutor',
    student: 'Estudiante',
    'general-education-teacher': 'Maestro de educación general',
    'special-education-teacher': 'Maestro o proveedor de educación especial',
    'district-representative': 'Representante del distrito escolar',
    'evaluation-specialist': 'Persona que explica los resultados de la evaluación',
    'related-service-provider': 'Proveedor de servicios relacionados',
    'section-504-coordinator': 'Coordinador de la Sección 504',
    'school-nurse': 'Enfermera escolar',
    counselor: 'Consejero escolar',
    principal: 'Director de la escuela',
    'language-interpreter': 'Intérprete',
    advocate: 'Defensor',
    'agency-representative': 'Representante de una agencia',
    other: 'Otro',
  },
  consentKinds: {
    'initial-evaluation': 'Consentimiento para la primera evaluación',
    'initial-services': 'Consentimiento para comenzar los servicios',
    reevaluation: 'Consentimiento para una reevaluación',
    plan: 'Consentimiento para este plan',
    'team-member-excusal': 'Consentimiento para excusar a un miembro del equipo',
    other: 'Otro consentimiento',
  },
  majorLifeActivities: {
    learning: 'Aprender',
    reading: 'Leer',
    concentrating: 'Concentrarse',
    thinking: 'Pensar',
    communicating: 'Comunicarse',
    speaking: 'Hablar',
    seeing: 'Ver',
    hearing: 'Oír',
    eating: 'Comer',
    sleeping: 'Dormir',
    walking: 'Caminar',
    standing: 'Estar de pie',
    lifting: 'Levantar cosas',
    bending: 'Agacharse',
    breathing: 'Respirar',
    'caring-for-oneself': 'Cuidarse a sí mismo',
    'performing-manual-tasks': 'Usar las manos para hacer tareas',
    working: 'Trabajar',
    sitting: 'Estar sentado',
    reaching: 'Alcanzar cosas',
    'interacting-with-others': 'Relacionarse con los demás',
    'major-bodily-function':
      'Una función del cuerpo (por ejemplo, la respiración, la digestión, el sistema inmunitario)',
    other: 'Otra',
  },
  programs: {
    iep: 'IEP',
    '504': 'plan 504',
    none: 'Sin plan',
  },
  exitReasons: {
    'no-longer-eligible': 'La escuela cree que su hijo ya no necesita educación especial',
    'regular-diploma': 'Se gradúa con un diploma regular',
    'aged-out': 'Llega a la edad en que termina la educación especial',
    'parent-revoked-consent': 'Usted retira su consentimiento para los servicios',
  },
  severities: {
    required: 'La ley lo pide',
    recommended: 'Recomendado',
    review: 'Conviene revisarlo',
  },
  lists: {
    accommodations: 'Adaptaciones',
    programModifications: 'Cambios en lo que se enseña o se espera (modificaciones)',
    staffSupports: 'Apoyo para el personal de la escuela',
  },
  fields: {
    name: 'Nombre',
    kind: 'Tipo',
    minutes: 'Minutos',
    frequency: 'Con qué frecuencia',
    start: 'Inicio',
    end: 'Fin',
    setting: 'Entorno',
    location: 'Lugar',
    providerRole: 'Quién lo da',
    grouping: 'Individual o en grupo',
    area: 'Área',
    text: 'Texto de la meta',
    baseline: 'Punto de partida',
    baselineValue: 'Número de partida',
    target: 'Objetivo',
    targetValue: 'Número objetivo',
    unit: 'Unidad',
    direction: 'Dirección',
    measurementMethod: 'Cómo se mide el progreso',
    criterion: 'Qué cuenta como lograrla',
    progressReporting: 'Informes de progreso',
    objectives: 'Pasos a corto plazo',
    libraryId: 'Opción de la biblioteca',
    settings: 'Dónde se aplica',
    details: 'Detalles',
    responsible: 'Quién es responsable',
  },
  amount: {
    day_one: '{{minutes}} minutos una vez al día',
    day_other: '{{minutes}} minutos, {{count}} veces al día',
    week_one: '{{minutes}} minutos una vez por semana',
    week_other: '{{minutes}} minutos, {{count}} veces por semana',
    month_one: '{{minutes}} minutos una vez al mes',
    month_other: '{{minutes}} minutos, {{count}} veces al mes',
  },
  problems: {
    endBeforeStart: 'La fecha de fin debe ser posterior a la fecha de inicio.',
    startBeforeMeeting: 'La fecha de inicio no puede ser anterior a la fecha de la reunión.',
    reviewBeforeMeeting: 'La fecha de revisión debe ser posterior a la fecha de la reunión.',
    reevaluationBeforeEvaluation: 'La próxima reevaluación debe ser posterior a la última evaluación.',
    minutesNotPositive: 'Escriba los minutos como un número mayor que 0.',
    minutesNegative: 'Escriba los minutos como 0 o más.',
    timesNotPositive: 'Escriba cuántas veces como un número entero, 1 o más.',
    percentOutOfRange: 'Escriba un porcentaje de 0 a 100.',
    moreThanSchoolWeek:
      'Los minutos en educación general no pueden ser más que los minutos de la semana escolar.',
    idRepeated: 'Cada elemento necesita su propio identificador. "{{id}}" se usa más de una vez.',
    libraryEntryUnknown:
      'No hay ninguna opción llamada "{{id}}" en la biblioteca. Elija una de la biblioteca o escríbala con sus propias palabras.',
    libraryEntryWrongList:
      'La opción "{{id}}" de la biblioteca no va en esta lista. Elija una del tipo correcto.',
    accommodationEmpty: 'Describa la adaptación o elija una de la biblioteca.',
    settingRepeated: 'Nombre cada entorno solo una vez.',
    kind: 'Indique qué tipo de plan es: "iep" o "504".',
    stateCode: 'Escriba el código de dos letras del estado, por ejemplo OR.',
  },
  findings: {
    'meeting-date-missing':
      'Agregue la fecha de la reunión en la que se escribió este IEP. La revisión anual se cuenta a partir de ella.',
    'start-date-missing':
      'Agregue la fecha en que comienza este IEP. El IEP debe decir cuándo empiezan los servicios.',
    'end-date-missing': 'Agregue la fecha en que termina este IEP, para saber cuánto duran los servicios.',
    'annual-review-date-missing':
      'Agregue la fecha de la próxima revisión anual. El equipo debe revisar el IEP al menos una vez al año.',
    'annual-review-late':
      'La próxima revisión es más de un año después de esta reunión. El equipo debe revisar el IEP al menos una vez al año, así que la revisión debe hacerse a más tardar el {{latest}}.',
    'reevaluation-date-missing':
      'Agregue la fecha de la próxima reevaluación. Su hijo debe ser reevaluado al menos cada 3 años.',
    'reevaluation-late':
      'La próxima reevaluación es más de 3 años después de la última evaluación. Debe hacerse a más tardar el {{latest}}, a menos que usted y la escuela hayan acordado por escrito que no hace falta.',
    'eligibility-category-missing':
      'Agregue la categoría de discapacidad con la que su hijo calificó (por ejemplo, discapacidad específica del aprendizaje).',
    'present-levels-missing':
      'El plan no describe cómo le va ahora a su hijo en las tareas escolares y en las habilidades diarias (niveles actuales de rendimiento académico y funcional). El resto del IEP se basa en esto.',
    'present-levels-effect-missing':
      'El plan no dice cómo la discapacidad de su hijo afecta su aprendizaje en la clase de educación general. El IEP debe decirlo.',
    'goals-missing': 'El plan no tiene metas anuales medibles. Un IEP debe tenerlas.',
    'goal-baseline-missing':
      'La meta {{number}} no dice desde dónde parte su hijo (el punto de partida). Sin eso, usted no puede saber si su hijo avanza.',
    'goal-target-missing':
      'La meta {{number}} no dice dónde debería estar su hijo al final del plan (el objetivo).',
    'goal-criterion-missing':
      'La meta {{number}} no dice qué cuenta como lograrla (por ejemplo, "4 de 5 intentos"). Una meta debe ser medible.',
    'goal-measurement-missing':
      'La meta {{number}} no dice cómo se medirá el progreso (por ejemplo, una prueba corta de lectura cada semana).',
    'goal-objectives-missing':
      'La meta {{number}} no tiene pasos a corto plazo (objetivos). Su hijo toma un examen alternativo, así que cada meta los necesita.',
    'progress-schedule-missing':
      'El plan no dice cuándo recibirá usted los informes de progreso (por ejemplo, cada trimestre con la libreta de calificaciones). El IEP debe decir cuándo.',
    'services-missing':
      'El plan no incluye servicios. Un IEP debe decir qué educación especial y qué otros servicios recibe su hijo.',
    'special-education-missing':
      'Ningún servicio está marcado como educación especial (instrucción especialmente diseñada). Revise que el plan diga quién enseña a su hijo de manera especial y por cuánto tiempo.',
    'service-minutes-missing': '{{name}}: el plan no dice cuántos minutos dura cada sesión.',
    'service-frequency-missing':
      '{{name}}: el plan no dice con qué frecuencia se da (al día, a la semana o al mes).',
    'service-start-missing': '{{name}}: el plan no dice cuándo comienza.',
    'service-end-missing': '{{name}}: el plan no dice cuándo termina.',
    'service-location-missing':
      '{{name}}: el plan no dice dónde se da (por ejemplo, en la clase de educación general o en un salón aparte).',
    'service-provider-missing':
      '{{name}}: el plan no dice quién lo da (por ejemplo, un patólogo del habla y el lenguaje). Cada persona que trabaja con su hijo debe conocer su parte.',
    'general-education-time-missing':
      'El plan no dice cuánto de la semana escolar pasa su hijo en clases de educación general.',
    'time-outside-explanation-missing':
      'Su hijo pasa algún tiempo fuera de la clase de educación general, pero el plan no explica por qué. El IEP debe explicar cualquier tiempo separado de compañeros sin discapacidades.',
    'assessment-participation-missing':
      'El plan no dice cómo toma su hijo los exámenes estatales: el examen regular, el examen regular con adaptaciones o un examen alternativo.',
    'alternate-assessment-why-not-regular-missing':
      'El plan elige un examen alternativo, pero no dice por qué el examen regular no es adecuado para su hijo.',
    'alternate-assessment-why-alternate-missing':
      'El plan elige un examen alternativo, pero no dice por qué ese examen es adecuado para su hijo.',
    'testing-accommodations-missing':
      'El plan dice que su hijo toma los exámenes con adaptaciones, pero ninguna adaptación está marcada para exámenes. Revise cuáles se aplican a los exámenes.',
    'esy-decision-missing':
      'El plan no registra una decisión sobre servicios más allá del año escolar (año escolar extendido, ESY). Pregunte al equipo si su hijo los necesita.',
    'date-of-birth-missing':
      'Agregue la fecha de nacimiento de su hijo para que Pathway pueda revisar las partes del IEP que dependen de la edad (la planificación de la transición y la transferencia de derechos).',
    'transition-missing':
      'Su hijo cumple {{age}} años durante este plan, así que el IEP debe incluir un plan de transición: metas para la vida después de la escuela secundaria y los servicios para lograrlas.',
    'transition-education-goal-missing':
      'El plan de transición no tiene una meta de estudios o capacitación después de la escuela secundaria.',
    'transition-employment-goal-missing':
      'El plan de transición no tiene una meta de trabajo después de la escuela secundaria.',
    'transition-independent-living-review':
      'El plan de transición no tiene una meta para vivir de forma independiente. Se necesita cuando corresponde a su hijo; pregunte al equipo si es su caso.',
    'transition-assessments-missing':
      'El plan de transición no dice de qué evaluaciones salen sus metas. Las metas para después de la escuela secundaria deben basarse en evaluaciones de transición adecuadas a la edad de su hijo.',
    'transition-services-missing':
      'El plan de transición no incluye servicios de transición que ayuden a su hijo a lograr las metas.',
    'transition-course-of-study-missing':
      'El plan de transición no describe las clases que tomará su hijo (programa de estudios).',
    'transition-student-not-listed':
      'Su hijo no aparece en la lista de la reunión. Cuando se hablan las metas para después de la escuela secundaria, la escuela debe invitar a su hijo.',
    'transition-consider-early':
      'Su hijo tiene 14 años o más durante este plan. La ley federal pide un plan de transición a más tardar a los 16, pero el equipo puede empezar antes. Usted puede pedir que se empiece ahora.',
    'transition-state-may-start-earlier':
      'Algunas fuentes dicen que {{state}} comienza la planificación de la transición a los {{age}} años. No pudimos confirmarlo. Pregunte a su escuela qué exige su estado.',
    'transfer-of-rights-missing':
      'Durante este plan, a su hijo le faltará menos de un año para cumplir {{age}}. El IEP debe decir que a su hijo se le informó qué derechos pasan de usted a él a esa edad (la mayoría de edad). La mayoría de los estados usa los 18; confirme la de su estado.',
    'team-missing': 'El plan no dice quiénes estuvieron en la reunión.',
    'team-parent-missing':
      'No aparece ningún padre o madre como presente. La escuela debe tratar de incluirlo a usted y solo puede reunirse sin usted si demuestra que lo intentó.',
    'team-general-education-teacher-missing':
      'No aparece ningún maestro de educación general como presente. Si su hijo está (o puede estar) en clases de educación general, uno debería estar en la reunión.',
    'team-special-education-teacher-missing':
      'No aparece ningún maestro o proveedor de educación especial como presente. Uno debería estar en la reunión.',
    'team-district-representative-missing':
      'No aparece ningún representante del distrito escolar como presente. Debería estar alguien que pueda comprometer los recursos de la escuela.',
    'team-member-absent-not-excused':
      'El miembro del equipo {{number}} no asistió, y el plan no muestra que usted haya aceptado por escrito excusarlo.',
    'initial-services-consent-missing':
      'Este es el primer IEP, pero el plan no muestra la fecha de su consentimiento por escrito para comenzar los servicios. Los servicios no pueden empezar sin él.',
    '504-impairment-missing':
      'El plan no nombra el impedimento de su hijo (la condición en la que se basa el plan).',
    '504-major-life-activity-missing':
      'El plan no dice qué actividades principales de la vida están limitadas (por ejemplo, aprender, concentrarse o respirar).',
    '504-supports-missing': 'El plan no incluye adaptaciones ni servicios.',
    '504-accommodation-settings-missing':
      'La adaptación {{number}} no dice dónde se aplica (clase, exámenes, tarea, almuerzo, autobús, excursiones o actividades después de clases).',
    '504-accommodation-responsible-missing': 'La adaptación {{number}} no dice quién es responsable de ella.',
    '504-service-responsible-missing': '{{name}}: el plan no dice quién es responsable.',
    '504-service-amount-missing': '{{name}}: el plan no dice con qué frecuencia ni por cuánto tiempo se da.',
    '504-meeting-date-missing': 'Agregue la fecha de la reunión en la que se decidió el plan.',
    '504-participants-missing':
      'El plan no dice quiénes participaron. La decisión debe tomarla un grupo de personas que conocen a su hijo y la evaluación.',
    '504-evaluation-sources-missing':
      'El plan no dice qué información usó el grupo (pruebas, informes de maestros, información médica, lo que usted aportó). Pregunte en qué se basó.',
    '504-review-date-missing':
      'Agregue la fecha en que se revisará el plan. La Sección 504 pide una nueva evaluación cada cierto tiempo.',
  },
  diff: {
    service: {
      added: 'Se agregó {{name}}: {{after}} minutos por semana.',
      addedNoAmount: 'Se agregó {{name}}. El plan no dice cuánto.',
      removed: 'Se quitó {{name}}. Daba {{before}} minutos por semana.',
      removedNoAmount: 'Se quitó {{name}}.',
      reduced: '{{name}} bajó de {{before}} a {{after}} minutos por semana ({{change}} minutos menos).',
      increased: '{{name}} subió de {{before}} a {{after}} minutos por semana ({{change}} minutos más).',
      amountDropped: '{{name}} ya no dice cuánto. Eran {{before}} minutos por semana.',
      renamed: '"{{before}}" ahora se llama "{{after}}". La cantidad es la misma.',
      rescheduled: '{{name}} tiene un nuevo horario. Los minutos por semana son los mismos.',
      changed: '{{name}} cambió. Vea los detalles.',
      unchanged: '{{name}} no cambió.',
    },
    goal: {
      added: 'Meta nueva: {{area}}.',
      removed: 'Meta eliminada: {{area}}.',
      rewritten: 'Meta reescrita: {{area}}. Compare el texto anterior con el nuevo.',
      changed: 'Meta cambiada: {{area}}. Vea los detalles.',
      targetLowered: 'Se bajó el objetivo de una meta: {{area}}. Pregunte al equipo por qué.',
      unchanged: 'Meta sin cambios: {{area}}.',
    },
    item: {
      added: 'Se agregó: {{name}}.',
      removed: 'Se quitó: {{name}}.',
      changed: 'Cambió: {{name}}.',
      narrowed: 'Ahora se usa en menos lugares: {{name}}.',
      unchanged: 'Sin cambios: {{name}}.',
    },
    setting: {
      'kind-iep-to-504': 'El IEP fue reemplazado por un plan 504.',
      'kind-504-to-iep': 'El plan 504 fue reemplazado por un IEP.',
      lessGeneralEducation: 'El tiempo en educación general bajó de {{before}} % a {{after}} % de la semana.',
      moreGeneralEducation:
        'El tiempo en educación general subió de {{before}} % a {{after}} % de la semana.',
      extendedSchoolYear: 'El año escolar extendido cambió de "{{before}}" a "{{after}}".',
      stateAssessment: 'Los exámenes estatales cambiaron de "{{before}}" a "{{after}}".',
      districtAssessment: 'Los exámenes del distrito cambiaron de "{{before}}" a "{{after}}".',
    },
    notes: {
      reductionsNeedNotice:
        'Se redujo algo. Antes de reducir o terminar un servicio, o de cambiar dónde aprende su hijo, la escuela debe darle una explicación por escrito de su decisión (aviso previo por escrito).',
      changesNeedNotice:
        'Cambiaron los servicios o la ubicación. La escuela debe darle una explicación por escrito antes de hacer un cambio (aviso previo por escrito).',
      section504Reductions:
        'Se redujo algo. Antes de un cambio importante de ubicación, la Sección 504 pide una evaluación, y la escuela debe informarle sus derechos, incluida una audiencia.',
      section504Changes:
        'El plan cambió. La escuela debe informarle sus derechos según la Sección 504, incluida una audiencia si usted no está de acuerdo.',
      programMove: 'Su hijo pasó de un IEP a un plan 504, o al revés. Vea lo que la ley pide primero.',
      amendmentNotAnnualReview: 'Esto es una enmienda. No reemplaza la revisión anual del IEP.',
    },
  },
  moves: {
    'evaluate-before-ending-eligibility':
      'La escuela debe evaluar a su hijo antes de decidir que ya no necesita educación especial.',
    'consent-for-reevaluation':
      'La escuela debe pedir su consentimiento por escrito antes de hacer pruebas nuevas para esa evaluación.',
    'prior-written-notice':
      'Antes del cambio, la escuela debe explicarle su decisión por escrito (aviso previo por escrito). Debe hacerlo con un tiempo razonable de anticipación.',
    'stay-put-if-you-disagree':
      'Si usted no está de acuerdo, puede pedir una audiencia de debido proceso. Mientras dura el caso, su hijo normalmente conserva los servicios que tiene ahora (permanencia en la ubicación actual, "stay-put").',
    'summary-of-performance':
      'La escuela debe darle a su hijo un resumen de su trabajo escolar y sus habilidades, con consejos para lograr sus metas después de la escuela secundaria (resumen de desempeño).',
    'no-evaluation-needed-at-graduation':
      'Si su hijo se gradúa con un diploma regular o llega al límite de edad, la escuela no tiene que evaluarlo antes.',
    'alternative-certificate-keeps-eligibility':
      'Un certificado u otro diploma que no sea el regular no termina la educación especial. Confirme qué diploma recibirá su hijo.',
    'revocation-in-writing':
      'Para detener todos los servicios de educación especial, avise a la escuela por escrito.',
    'notice-before-services-stop':
      'La escuela debe enviarle un aviso previo por escrito un tiempo razonable antes de detener los servicios.',
    'school-cannot-override-revocation':
      'La escuela no puede usar la mediación ni una audiencia para seguir dando los servicios después de que usted retire su consentimiento.',
    'later-request-is-new-evaluation':
      'Si más adelante quiere los servicios otra vez, la escuela normalmente lo tratará como una primera evaluación nueva.',
    'section-504-is-a-separate-decision':
      'Si su hijo califica para un plan 504 es una decisión aparte. La escuela puede usar la misma información de la evaluación.',
    'section-504-after-revocation-unsettled':
      'No está claro si la escuela debe ofrecer un plan 504 después de que usted retire su consentimiento para los servicios del IEP. Pregunte a su distrito o pida consejo al Centro de Capacitación e Información para Padres de su estado.',
    'section-504-notice-and-hearing':
      'La escuela debe informarle sus derechos según la Sección 504. Entre ellos están ver los expedientes y pedir una audiencia imparcial.',
    'consent-for-initial-evaluation':
      'La escuela debe tener su consentimiento por escrito antes de la primera evaluación para educación especial.',
    'evaluation-timeline':
      'La evaluación debe terminar dentro de los 60 días después de su consentimiento, o dentro del plazo propio de su estado.',
    'iep-meeting-within-30-days':
      'Si su hijo califica, la reunión para escribir el IEP debe hacerse dentro de los 30 días.',
    'consent-for-initial-services':
      'La educación especial no puede comenzar hasta que usted dé su consentimiento por escrito para los servicios.',
    'accommodations-move-into-iep':
      'Un niño con IEP sigue protegido por la Sección 504. Las adaptaciones del plan 504 normalmente pasan al IEP, y no se escribe un plan 504 aparte.',
    'section-504-evaluation-before-placement':
      'La escuela debe evaluar a su hijo antes de decidir un plan 504.',
    'section-504-consent-for-evaluation':
      'La escuela debería pedir su consentimiento antes de la primera evaluación de la Sección 504.',
    'section-504-evaluation-before-significant-change':
      'Terminar o cambiar mucho un plan 504 puede ser un cambio importante de ubicación. La Sección 504 pide una evaluación antes de un cambio así.',
  },
  library: {
    needs: {
      'across-subjects': 'Ayuda en todas las materias',
      reading: 'Lectura',
      writing: 'Escritura',
      math: 'Matemáticas',
      attention: 'Atención y concentración',
      organization: 'Organización y planificación',
      behavior: 'Conducta',
      'social-emotional': 'Emociones y amistades',
      sensory: 'Luces, sonidos y tacto',
      communication: 'Comunicación',
      hearing: 'Audición',
      vision: 'Visión',
      motor: 'Moverse y usar las manos',
      health: 'Salud',
      testing: 'Exámenes',
      transition: 'La vida después de la escuela secundaria',
    },
    types: {
      accommodation: 'Adaptación',
      modification: 'Modificación',
      service: 'Servicio',
      'staff-support': 'Apoyo para el personal',
    },
    items: {
      'audio-books': {
        name: 'Audiolibros',
        explain: 'Su hijo puede escuchar los libros y textos de clase en lugar de solo leerlos.',
      },
      'text-to-speech': {
        name: 'Texto leído en voz alta por la computadora',
        explain: 'Un programa lee en voz alta el texto digital para que su hijo lo siga.',
      },
      'read-aloud-directions': {
        name: 'Instrucciones leídas en voz alta',
        explain:
          'Un adulto le lee las instrucciones a su hijo, para que la lectura no le impida hacer la tarea.',
      },
      'pre-taught-vocabulary': {
        name: 'Palabras nuevas enseñadas con anticipación',
        explain:
          'Las palabras clave de una lección se enseñan antes de la lección, para que su hijo pueda seguirla.',
      },
      'highlighted-text': {
        name: 'Puntos clave resaltados',
        explain: 'Las palabras e ideas importantes se marcan en el texto para que su hijo las encuentre.',
      },
      'leveled-texts': {
        name: 'Textos al nivel de lectura de su hijo',
        explain: 'Su hijo lee textos sobre el mismo tema escritos a un nivel más fácil.',
      },
      'specialized-reading-instruction': {
        name: 'Instrucción especializada en lectura',
        explain:
          'Un maestro capacitado enseña lectura de una manera planeada para las necesidades de su hijo.',
      },
      'speech-to-text': {
        name: 'Dictado por voz',
        explain: 'Su hijo habla y un programa escribe las palabras.',
      },
      scribe: {
        name: 'Escribiente',
        explain: 'Un adulto escribe palabra por palabra lo que dice su hijo.',
      },
      'word-processor': {
        name: 'Computadora para escribir',
        explain: 'Su hijo puede escribir en el teclado en lugar de a mano.',
      },
      'graphic-organizers': {
        name: 'Organizadores gráficos',
        explain: 'Cuadros o esquemas ayudan a su hijo a planear y ordenar sus ideas antes de escribir.',
      },
      'copy-of-notes': {
        name: 'Copia de los apuntes de clase',
        explain: 'Su hijo recibe una copia de los apuntes del maestro o de un compañero.',
      },
      'spelling-not-graded': {
        name: 'La ortografía no baja la nota',
        explain: 'Los errores de ortografía no bajan la calificación, salvo en los exámenes de ortografía.',
      },
      'reduced-written-work': {
        name: 'Menos escritura',
        explain: 'Se espera que su hijo escriba menos que sus compañeros. Esto cambia lo que se espera.',
      },
      'specialized-writing-instruction': {
        name: 'Instrucción especializada en escritura',
        explain:
          'Un maestro capacitado enseña escritura de una manera planeada para las necesidades de su hijo.',
      },
      calculator: {
        name: 'Calculadora',
        explain: 'Su hijo puede usar una calculadora cuando lo que se enseña no son las operaciones básicas.',
      },
      'math-reference-sheet': {
        name: 'Tabla de operaciones o de fórmulas',
        explain: 'Su hijo puede consultar una tabla de operaciones básicas o de fórmulas.',
      },
      manipulatives: {
        name: 'Objetos para matemáticas',
        explain: 'Bloques, fichas u otros objetos ayudan a su hijo a ver y resolver los problemas.',
      },
      'graph-paper': {
        name: 'Papel cuadriculado',
        explain: 'El papel cuadriculado ayuda a su hijo a alinear los números.',
      },
      'worked-examples': {
        name: 'Ejemplos paso a paso',
        explain: 'Su hijo recibe ejemplos resueltos que muestran cada paso.',
      },
      'alternate-math-standards': {
        name: 'Metas de matemáticas distintas a las de la clase',
        explain:
          'Su hijo trabaja en habilidades de matemáticas distintas a las de sus compañeros. Esto cambia lo que se espera.',
      },
      'specialized-math-instruction': {
        name: 'Instrucción especializada en matemáticas',
        explain:
          'Un maestro capacitado enseña matemáticas de una manera planeada para las necesidades de su hijo.',
      },
      'preferential-seating': {
        name: 'Asiento elegido para su hijo',
        explain:
          'Su hijo se sienta donde le es más fácil poner atención, por ejemplo cerca del maestro y lejos de la puerta.',
      },
      'frequent-breaks': {
        name: 'Descansos cortos',
        explain: 'Su hijo puede tomar descansos cortos para moverse o calmarse, y luego volver al trabajo.',
      },
      'directions-repeated': {
        name: 'Instrucciones repetidas y por escrito',
        explain:
          'Las instrucciones se repiten y se dan por escrito, para que su hijo no tenga que recordarlas todas.',
      },
      'check-for-understanding': {
        name: 'El maestro verifica',
        explain: 'El maestro se asegura de que su hijo entendió antes de que empiece a trabajar.',
      },
      'chunked-assignments': {
        name: 'Trabajo dividido en partes',
        explain: 'Las tareas largas se dividen en partes más pequeñas, cada una con su propio plazo.',
      },
      'shortened-assignments': {
        name: 'Tareas más cortas',
        explain: 'Su hijo hace menos ejercicios que muestran la misma habilidad.',
      },
      'quiet-work-area': {
        name: 'Lugar tranquilo para trabajar',
        explain: 'Su hijo puede trabajar en un lugar con menos distracciones.',
      },
      'planner-check': {
        name: 'Agenda revisada cada día',
        explain: 'Un adulto revisa que su hijo anotó la tarea y tiene lo que necesita.',
      },
      'extra-set-of-books': {
        name: 'Otro juego de libros en casa',
        explain: 'Su hijo tiene un segundo juego de libros de texto en casa.',
      },
      'extended-time-assignments': {
        name: 'Más tiempo para las tareas',
        explain: 'Su hijo recibe más tiempo para terminar el trabajo de clase y la tarea.',
      },
      'visual-schedule': {
        name: 'Horario con dibujos o por escrito',
        explain: 'Su hijo puede ver qué sigue durante el día.',
      },
      'home-school-log': {
        name: 'Cuaderno de comunicación entre la casa y la escuela',
        explain: 'El maestro y usted se escriben con regularidad sobre cómo van las cosas.',
      },
      'warning-before-changes': {
        name: 'Aviso antes de los cambios',
        explain: 'A su hijo se le avisa con tiempo de los cambios de horario o de actividad.',
      },
      'behavior-intervention-plan': {
        name: 'Plan de conducta positiva',
        explain: 'Un plan por escrito enseña y premia la conducta útil y dice cómo responden los adultos.',
      },
      'check-in-check-out': {
        name: 'Reunión al llegar y al salir',
        explain:
          'Su hijo se reúne con un adulto elegido al empezar y al terminar el día para fijar metas y repasar el día.',
      },
      'positive-reinforcement': {
        name: 'Elogios y premios',
        explain: 'Los adultos notan y premian la conducta que busca el plan.',
      },
      'break-pass': {
        name: 'Pase para calmarse',
        explain: 'Su hijo puede ir a un lugar fijo para calmarse y luego volver.',
      },
      'posted-expectations': {
        name: 'Reglas claras a la vista',
        explain: 'Las reglas y rutinas de la clase están a la vista y se repasan.',
      },
      'behavior-consultation': {
        name: 'Un experto en conducta asesora al personal',
        explain: 'Un especialista en conducta ayuda a los maestros a planear cómo apoyar a su hijo.',
      },
      counseling: {
        name: 'Consejería',
        explain:
          'Un consejero se reúne con su hijo para trabajar en sus emociones, en cómo afrontar problemas o en sus relaciones.',
      },
      'social-skills-group': {
        name: 'Grupo de habilidades sociales',
        explain: 'Su hijo practica en un grupo pequeño habilidades como esperar su turno y participar.',
      },
      'school-psychology': {
        name: 'Servicios de psicología escolar',
        explain: 'Un psicólogo escolar trabaja con su hijo o con el equipo en el aprendizaje y la conducta.',
      },
      'school-social-work': {
        name: 'Trabajo social escolar',
        explain: 'Un trabajador social ayuda con necesidades en la escuela, en la casa y en la comunidad.',
      },
      'trusted-adult': {
        name: 'Un adulto de confianza',
        explain: 'Su hijo sabe a qué adulto acudir cuando está molesto o preocupado.',
      },
      'supervised-unstructured-time': {
        name: 'Apoyo en el almuerzo y el recreo',
        explain: 'Un adulto ayuda a su hijo en los momentos menos organizados, como el almuerzo y el recreo.',
      },
      'noise-reducing-headphones': {
        name: 'Audífonos que reducen el ruido',
        explain: 'Su hijo puede usar audífonos para bloquear los sonidos fuertes o que lo distraen.',
      },
      'fidget-tools': {
        name: 'Objetos para las manos',
        explain: 'Su hijo puede sostener un objeto pequeño que lo ayuda a concentrarse.',
      },
      'sensory-breaks': {
        name: 'Descansos sensoriales',
        explain: 'Su hijo tiene descansos planeados para moverse o calmarse y estar listo para aprender.',
      },
      'alternative-seating': {
        name: 'Otro tipo de asiento',
        explain:
          'Un asiento que se mueve, un escritorio para estar de pie o un cojín ayudan a su hijo a estar tranquilo.',
      },
      'quiet-lunch-space': {
        name: 'Lugar más tranquilo para comer',
        explain: 'Su hijo puede almorzar en un lugar más calmado.',
      },
      'speech-language-therapy': {
        name: 'Terapia del habla y el lenguaje',
        explain:
          'Un patólogo del habla y el lenguaje trabaja en el habla, el lenguaje o la comunicación social.',
      },
      'augmentative-communication': {
        name: 'Aparato para comunicarse',
        explain:
          'Un aparato o un sistema de imágenes ayuda a su hijo a comunicarse, con capacitación para usarlo.',
      },
      'extra-response-time': {
        name: 'Más tiempo para responder',
        explain: 'Los adultos esperan más tiempo a que su hijo responda una pregunta.',
      },
      'visual-supports': {
        name: 'Imágenes y apoyos visuales',
        explain: 'Imágenes y señales escritas acompañan lo que se dice.',
      },
      'hearing-assistance-technology': {
        name: 'Sistema de ayuda auditiva',
        explain: 'Un micrófono que lleva el maestro envía la voz directamente al oído de su hijo.',
      },
      'sign-language-interpreter': {
        name: 'Intérprete de lengua de señas',
        explain: 'Un intérprete traduce a señas lo que se dice y pone en voz lo que su hijo dice en señas.',
      },
      audiology: {
        name: 'Servicios de audiología',
        explain:
          'Un especialista en audición revisa la audición de su hijo y ayuda con los aparatos auditivos.',
      },
      captions: {
        name: 'Subtítulos',
        explain: 'Los videos y grabaciones que se usan en clase tienen subtítulos.',
      },
      'speaker-faces-student': {
        name: 'Hablar de frente a su hijo',
        explain: 'Los adultos miran a su hijo cuando hablan, para que vea su cara y sus labios.',
      },
      'large-print': {
        name: 'Letra grande',
        explain: 'Las hojas y los exámenes se imprimen con letra más grande.',
      },
      'braille-instruction': {
        name: 'Enseñanza del braille',
        explain: 'A su hijo se le enseña a leer y escribir en braille.',
      },
      'orientation-and-mobility': {
        name: 'Orientación y movilidad',
        explain: 'Un especialista enseña a su hijo a moverse con seguridad por la escuela y la comunidad.',
      },
      magnification: {
        name: 'Lupa',
        explain: 'Su hijo usa una lupa o el zoom de la pantalla para ver letras e imágenes.',
      },
      'occupational-therapy': {
        name: 'Terapia ocupacional',
        explain:
          'Un terapeuta trabaja en las habilidades de las manos, el cuidado personal y el manejo de las sensaciones.',
      },
      'physical-therapy': {
        name: 'Terapia física',
        explain: 'Un terapeuta trabaja en la fuerza, el equilibrio y el moverse por la escuela.',
      },
      'adapted-physical-education': {
        name: 'Educación física adaptada',
        explain: 'La clase de educación física se planea según las necesidades físicas de su hijo.',
      },
      'adapted-writing-tools': {
        name: 'Adaptadores de lápiz y herramientas adaptadas',
        explain: 'Herramientas más fáciles de sostener ayudan a su hijo a escribir y dibujar.',
      },
      'extra-passing-time': {
        name: 'Más tiempo entre clases',
        explain: 'Su hijo puede salir antes de clase para llegar a la siguiente con seguridad.',
      },
      'special-transportation': {
        name: 'Transporte especial',
        explain:
          'Transporte a la escuela y de regreso que responde a las necesidades de su hijo, como un autobús con elevador.',
      },
      'elevator-access': {
        name: 'Uso del elevador',
        explain: 'Su hijo puede usar el elevador.',
      },
      'school-nurse-services': {
        name: 'Servicios de la enfermera escolar',
        explain:
          'Una enfermera da medicamentos, revisa las necesidades de salud y atiende problemas durante el día escolar.',
      },
      'health-plan': {
        name: 'Plan de salud y de emergencia',
        explain:
          'Un plan por escrito dice qué hacer por la condición de salud de su hijo, también en una emergencia.',
      },
      'water-snacks-restroom': {
        name: 'Agua, refrigerio y baño cuando lo necesite',
        explain: 'Su hijo puede tomar agua, comer un refrigerio o ir al baño cuando lo necesite.',
      },
      'make-up-work-for-absences': {
        name: 'Recuperar trabajo tras faltas por salud',
        explain:
          'Su hijo recibe más tiempo y ayuda para ponerse al día después de faltar por motivos de salud.',
      },
      'allergy-safe-eating': {
        name: 'Comidas sin riesgo de alergia',
        explain:
          'Se toman medidas para que su hijo no tenga contacto con los alimentos a los que es alérgico.',
      },
      'trained-adult-on-trips': {
        name: 'Adulto capacitado en excursiones y actividades',
        explain: 'Va un adulto que conoce el plan de salud de su hijo y lleva sus medicamentos.',
      },
      'staff-health-training': {
        name: 'Personal capacitado sobre la condición de su hijo',
        explain:
          'El personal aprende qué observar y qué hacer, por ejemplo en caso de convulsiones o diabetes.',
      },
      'extended-time-tests': {
        name: 'Más tiempo en los exámenes',
        explain:
          'Su hijo recibe tiempo adicional para terminar los exámenes, por ejemplo la mitad más del tiempo.',
      },
      'separate-setting-tests': {
        name: 'Exámenes en grupo pequeño o en un salón aparte',
        explain: 'Su hijo toma los exámenes en un lugar más tranquilo.',
      },
      'read-aloud-tests': {
        name: 'Examen leído en voz alta',
        explain: 'Las preguntas se le leen a su hijo, salvo cuando el examen mide la lectura.',
      },
      'breaks-during-tests': {
        name: 'Descansos durante los exámenes',
        explain: 'Su hijo puede tomar descansos cortos durante un examen.',
      },
      'answers-in-any-format': {
        name: 'Respuestas de otra manera',
        explain:
          'Su hijo puede responder en voz alta, señalando o escribiendo en el cuadernillo en lugar de en la hoja de respuestas.',
      },
      'best-time-of-day-tests': {
        name: 'Exámenes a la mejor hora del día',
        explain: 'Los exámenes se dan cuando su hijo está más alerta, o en varios días.',
      },
      'fewer-items-per-page': {
        name: 'Menos preguntas en cada página',
        explain:
          'Las páginas del examen están menos llenas, para que su hijo se concentre en una pregunta a la vez.',
      },
      'paraprofessional-support': {
        name: 'Asistente en la clase',
        explain: 'Un asistente ayuda a su hijo durante el día escolar, solo o en un grupo pequeño.',
      },
      'co-taught-class': {
        name: 'Clase con dos maestros',
        explain:
          'Un maestro de educación especial enseña junto con el maestro de educación general en la clase.',
      },
      'resource-room': {
        name: 'Instrucción en grupo pequeño fuera de la clase',
        explain:
          'Su hijo sale de la clase parte del día para aprender en un grupo pequeño con un maestro de educación especial.',
      },
      'assistive-technology-services': {
        name: 'Tecnología de asistencia',
        explain:
          'Aparatos o programas que ayudan a su hijo a aprender, con ayuda para elegirlos y aprender a usarlos.',
      },
      'teacher-consultation': {
        name: 'Un especialista asesora a los maestros',
        explain: 'Un especialista se reúne con los maestros de su hijo para planear cómo apoyarlo.',
      },
      'modified-grading': {
        name: 'Calificaciones según las metas de su hijo',
        explain:
          'A su hijo se le califica según las metas fijadas para él, no según el estándar de la clase. Pregunte cómo afecta esto al diploma.',
      },
      'travel-training': {
        name: 'Entrenamiento para viajar',
        explain:
          'Su hijo aprende a moverse con seguridad por la comunidad, por ejemplo en el transporte público.',
      },
      'job-exploration': {
        name: 'Exploración de empleos',
        explain:
          'Su hijo conoce distintos trabajos con visitas, acompañando a un trabajador o con experiencia laboral.',
      },
      'self-advocacy-instruction': {
        name: 'Aprender a hablar por sí mismo',
        explain: 'Su hijo aprende a explicar sus necesidades y a pedir la ayuda a la que tiene derecho.',
      },
      'agency-linkage': {
        name: 'Conexión con agencias de servicios para adultos',
        explain:
          'Con su consentimiento, la escuela invita a agencias que pueden ayudar después de la escuela secundaria, como rehabilitación vocacional.',
      },
    },
  },
}

import type { Translation } from '../catalog-types.ts'
import type { deadlines as english } from '../en/deadlines.ts'

/** Spanish text for deadlines: neutral Latin American Spanish, formal "usted" (see CONTENT.md). */
export const deadlines: Translation<typeof english> = {
  kinds: {
    deadline: 'Último día',
    earliest: 'Primer día posible',
    threshold: 'Conteo que vigilar',
    'no-fixed-period': 'Sin número fijo de días',
  },
  statuses: {
    upcoming: 'Próximo',
    'due-soon': 'Vence en 14 días o menos',
    overdue: 'Vencido',
    met: 'Hecho',
    'not-applicable': 'No aplica',
  },
  confidence: {
    high: 'Revisado con el texto de la ley',
    medium: 'Según guías oficiales; no revisado palabra por palabra',
    low: 'Sin confirmar: revise la norma del estado',
  },
  authority: {
    federal: 'La ley federal',
  },
  states: {
    AL: 'Alabama',
    AK: 'Alaska',
    AZ: 'Arizona',
    AR: 'Arkansas',
    CA: 'California',
    CO: 'Colorado',
    CT: 'Connecticut',
    DE: 'Delaware',
    DC: 'El Distrito de Columbia',
    FL: 'Florida',
    GA: 'Georgia',
    HI: 'Hawái',
    ID: 'Idaho',
    IL: 'Illinois',
    IN: 'Indiana',
    IA: 'Iowa',
    KS: 'Kansas',
    KY: 'Kentucky',
    LA: 'Luisiana',
    ME: 'Maine',
    MD: 'Maryland',
    MA: 'Massachusetts',
    MI: 'Míchigan',
    MN: 'Minnesota',
    MS: 'Misisipi',
    MO: 'Misuri',
    MT: 'Montana',
    NE: 'Nebraska',
    NV: 'Nevada',
    NH: 'Nuevo Hampshire',
    NJ: 'Nueva Jersey',
    NM: 'Nuevo México',
    NY: 'Nueva York',
    NC: 'Carolina del Norte',
    ND: 'Dakota del Norte',
    OH: 'Ohio',
    OK: 'Oklahoma',
    OR: 'Oregón',
    PA: 'Pensilvania',
    RI: 'Rhode Island',
    SC: 'Carolina del Sur',
    SD: 'Dakota del Sur',
    TN: 'Tennessee',
    TX: 'Texas',
    UT: 'Utah',
    VT: 'Vermont',
    VA: 'Virginia',
    WA: 'Washington',
    WV: 'Virginia Occidental',
    WI: 'Wisconsin',
    WY: 'Wyoming',
  },
  units: {
    'calendar-days': { one: 'día calendario', other: 'días calendario' },
    'school-days': { one: 'día escolar', other: 'días escolares' },
    'business-days': { one: 'día hábil', other: 'días hábiles' },
    months: { one: 'mes', other: 'meses' },
    years: { one: 'año', other: 'años' },
    'school-years': { one: 'año escolar', other: 'años escolares' },
  },
  rules: {
    'idea-evaluation-request-response': {
      title: 'Respuesta de la escuela a su pedido de evaluación',
      what: 'La escuela debe pedirle su consentimiento para evaluar, o explicarle por escrito por qué no lo hará.',
    },
    'idea-initial-evaluation': {
      title: 'Evaluación inicial',
      what: 'La escuela debe terminar la primera evaluación de su hijo.',
    },
    'idea-iep-meeting-after-eligibility': {
      title: 'Primera reunión del IEP',
      what: 'La escuela debe hacer una reunión para escribir el primer Programa de Educación Individualizado (IEP, por sus siglas en inglés) de su hijo.',
    },
    'idea-services-start-after-iep': {
      title: 'Inicio de los servicios después del IEP',
      what: 'La escuela debe comenzar los servicios del IEP lo antes posible.',
    },
    'idea-iep-in-effect-start-of-year': {
      title: 'IEP vigente al empezar las clases',
      what: 'El IEP de su hijo debe estar vigente el primer día del año escolar.',
    },
    'idea-annual-iep-review': {
      title: 'Revisión anual del IEP',
      what: 'El equipo del IEP debe reunirse para revisar el IEP por lo menos una vez al año.',
    },
    'idea-reevaluation-max-interval': {
      title: 'Reevaluación cada tres años',
      what: 'La escuela debe volver a evaluar a su hijo por lo menos cada tres años, salvo que ustedes acuerden que no hace falta.',
    },
    'idea-reevaluation-min-interval': {
      title: 'Próxima reevaluación más temprana',
      what: 'La escuela no tiene que volver a evaluar a su hijo más de una vez al año, salvo que ustedes lo acuerden.',
    },
    'idea-exit-evaluation': {
      title: 'Evaluación antes de terminar la educación especial',
      what: 'La escuela debe evaluar a su hijo antes de decidir que termine la educación especial.',
    },
    'idea-part-c-to-b-by-third-birthday': {
      title: 'IEP antes de cumplir 3 años',
      what: 'Un niño que deja la intervención temprana debe tener un IEP vigente al cumplir 3 años.',
    },
    'idea-transition-services-by-16': {
      title: 'Plan de transición a los 16 años',
      what: 'El IEP vigente a los 16 años debe fijar metas para la vida después de la escuela y los servicios de transición para lograrlas.',
    },
    'idea-transfer-of-rights-statement': {
      title: 'Aviso sobre los derechos en la mayoría de edad',
      what: 'Por lo menos un año antes de que su hijo sea adulto según la ley estatal, el IEP debe decir qué derechos pasarán a su hijo.',
    },
    'idea-progress-reports': {
      title: 'Informes de progreso',
      what: 'La escuela debe enviar informes de progreso con la frecuencia que indica el IEP.',
    },
    'idea-iep-meeting-notice': {
      title: 'Aviso de la reunión del IEP',
      what: 'La escuela debe avisarle de la reunión con tiempo suficiente para que usted pueda asistir.',
    },
    'idea-transfer-comparable-services-in-state': {
      title: 'Servicios después de mudarse dentro del estado',
      what: 'El nuevo distrito debe dar servicios parecidos a los del IEP anterior desde el inicio.',
    },
    'idea-transfer-comparable-services-out-of-state': {
      title: 'Servicios después de mudarse desde otro estado',
      what: 'El nuevo distrito debe dar servicios parecidos a los del IEP anterior desde el inicio.',
    },
    'idea-transfer-records': {
      title: 'Expedientes de la escuela anterior',
      what: 'La nueva escuela debe pedir pronto los expedientes de su hijo a la escuela anterior.',
    },
    'idea-prior-written-notice': {
      title: 'Aviso previo por escrito',
      what: 'Antes de cambiar, o de negarse a cambiar, la evaluación, la ubicación o los servicios de su hijo, la escuela debe explicarlo por escrito.',
    },
    'idea-consent-revocation-notice': {
      title: 'Aviso antes de suspender los servicios',
      what: 'Después de que usted retire su consentimiento por escrito, la escuela debe enviar un aviso previo por escrito antes de suspender los servicios.',
    },
    'idea-safeguards-notice-annual': {
      title: 'Aviso anual de sus derechos',
      what: 'La escuela debe darle el aviso de garantías procesales una vez cada año escolar.',
    },
    'idea-safeguards-notice-on-referral': {
      title: 'Aviso de sus derechos después de una remisión',
      what: 'La escuela debe darle el aviso de garantías procesales cuando usted pide una evaluación por primera vez.',
    },
    'idea-safeguards-notice-on-complaint': {
      title: 'Aviso de sus derechos después de una queja',
      what: 'La escuela debe darle el aviso de garantías procesales cuando recibe la primera queja del año escolar.',
    },
    'idea-records-access': {
      title: 'Acceso a los expedientes escolares (IDEA)',
      what: 'La escuela debe dejarle ver los expedientes de su hijo sin demora, y antes de cualquier reunión del IEP o audiencia.',
    },
    'idea-iee-response': {
      title: 'Respuesta a su pedido de IEE',
      what: 'Sin demora, la escuela debe pagar la evaluación educativa independiente (IEE) o pedir una audiencia para defender su propia evaluación.',
    },
    'idea-discipline-removal-threshold': {
      title: 'Servicios después de 10 días de retiro',
      what: 'A partir del día escolar 11 de retiro en un año escolar, la escuela debe dar servicios a su hijo.',
    },
    'idea-discipline-notice-same-day': {
      title: 'Aviso el mismo día de un cambio por disciplina',
      what: 'El día en que decide un cambio de ubicación, la escuela debe avisarle y darle el aviso de garantías procesales.',
    },
    'idea-manifestation-determination': {
      title: 'Determinación de manifestación',
      what: 'La escuela debe reunirse con usted para decidir si la conducta se debió a la discapacidad.',
    },
    'idea-iaes-special-circumstances': {
      title: 'Fin del entorno provisional (armas, drogas o lesiones)',
      what: 'Su hijo puede estar en un entorno provisional por no más de 45 días escolares.',
    },
    'idea-hearing-officer-iaes': {
      title: 'Fin del entorno provisional ordenado por un oficial de audiencias',
      what: 'Su hijo puede estar en el entorno provisional por no más de 45 días escolares.',
    },
    'idea-expedited-resolution-meeting': {
      title: 'Reunión de resolución (audiencia acelerada)',
      what: 'El distrito debe hacer una reunión de resolución en 7 días, salvo que ustedes acuerden no hacerla.',
    },
    'idea-expedited-resolution-period': {
      title: 'Período de resolución (audiencia acelerada)',
      what: 'Si el caso no se resuelve en 15 días, la audiencia acelerada puede seguir adelante.',
    },
    'idea-expedited-hearing': {
      title: 'Audiencia acelerada',
      what: 'La audiencia debe hacerse dentro de los 20 días escolares siguientes al pedido.',
    },
    'idea-expedited-decision': {
      title: 'Decisión de la audiencia acelerada',
      what: 'El oficial de audiencias debe decidir dentro de los 10 días escolares siguientes a la audiencia.',
    },
    'idea-state-complaint-filing-limit': {
      title: 'Último día para presentar una queja estatal',
      what: 'Una queja estatal debe tratar de algo que pasó hace un año o menos.',
    },
    'idea-state-complaint-decision': {
      title: 'Decisión de la queja estatal',
      what: 'El estado debe investigar la queja y decidir en 60 días.',
    },
    'idea-mediation-no-delay': {
      title: 'Mediación',
      what: 'El estado debe organizar la mediación pronto, y no se puede usar para demorar una audiencia.',
    },
    'idea-due-process-filing-limit': {
      title: 'Último día para pedir una audiencia de debido proceso',
      what: 'Usted debe presentar el pedido dentro del plazo, contado desde que supo, o debió saber, del problema.',
    },
    'idea-due-process-sufficiency-challenge': {
      title: 'Objeción a la queja',
      what: 'La otra parte tiene 15 días para decir que a la queja le falta información obligatoria.',
    },
    'idea-due-process-sufficiency-ruling': {
      title: 'Decisión sobre la objeción',
      what: 'El oficial de audiencias debe decidir en 5 días si la queja está completa.',
    },
    'idea-due-process-lea-response': {
      title: 'Respuesta del distrito a su queja',
      what: 'El distrito debe responder a su queja por escrito en 10 días.',
    },
    'idea-due-process-other-party-response': {
      title: 'Respuesta a la queja',
      what: 'La parte que recibió la queja debe responder a sus puntos en 10 días.',
    },
    'idea-due-process-amendment-cutoff': {
      title: 'Último día para permitir cambios a la queja',
      what: 'El oficial de audiencias solo puede permitir cambios a la queja hasta 5 días antes de la audiencia.',
    },
    'idea-resolution-meeting': {
      title: 'Reunión de resolución',
      what: 'El distrito debe reunirse con usted en 15 días, salvo que ustedes acuerden no hacerla o usar la mediación.',
    },
    'idea-resolution-period': {
      title: 'Período de resolución',
      what: 'El distrito tiene 30 días para resolver su queja antes de que empiece el plazo de la audiencia.',
    },
    'idea-resolution-agreement-void-window': {
      title: 'Plazo para anular un acuerdo de resolución',
      what: 'Cualquiera de las partes puede anular un acuerdo de resolución firmado dentro de 3 días hábiles.',
    },
    'idea-evidence-disclosure': {
      title: 'Compartir las pruebas antes de la audiencia',
      what: 'Cada parte debe compartir sus evaluaciones y recomendaciones por lo menos 5 días hábiles antes de la audiencia.',
    },
    'idea-hearing-decision': {
      title: 'Decisión de la audiencia',
      what: 'El oficial de audiencias debe decidir y enviar la decisión dentro de los 45 días siguientes al período de resolución.',
    },
    'idea-state-review-decision': {
      title: 'Decisión de la revisión estatal',
      what: 'En los estados con dos niveles de audiencia, la decisión de la revisión vence 30 días después del pedido.',
    },
    'idea-civil-action': {
      title: 'Último día para ir a la corte',
      what: 'Para apelar la decisión de la audiencia en la corte, usted debe presentar la demanda dentro del plazo.',
    },
    'idea-fee-settlement-offer': {
      title: 'Oferta de acuerdo antes de la audiencia',
      what: 'Una oferta escrita hecha por lo menos 10 días antes de la audiencia puede limitar después el pago de honorarios de abogados.',
    },
    'idea-fee-settlement-acceptance': {
      title: 'Plazo para aceptar una oferta de acuerdo',
      what: 'Usted tiene 10 días para aceptar una oferta de acuerdo por escrito.',
    },
    's504-annual-child-find': {
      title: 'Búsqueda anual de niños que necesitan apoyo (Sección 504)',
      what: 'Cada año el distrito debe buscar a los niños con discapacidades e informar a las familias sobre sus deberes.',
    },
    's504-evaluation-before-placement': {
      title: 'Evaluación 504 antes de un plan',
      what: 'La escuela debe evaluar a su hijo antes de poner en marcha un plan 504 o de hacer un cambio importante.',
    },
    's504-periodic-reevaluation': {
      title: 'Reevaluación 504',
      what: 'La escuela debe volver a evaluar a su hijo de vez en cuando, y antes de un cambio importante de ubicación.',
    },
    's504-grievance': {
      title: 'Decisión de la queja formal 504',
      what: 'El distrito debe resolver su queja formal de forma rápida y justa.',
    },
    's504-ocr-complaint': {
      title: 'Último día para presentar una queja ante la OCR',
      what: 'Una queja ante la Oficina de Derechos Civiles (OCR) vence 180 días después de la discriminación.',
    },
    's504-ocr-complaint-after-grievance': {
      title: 'Último día para presentar una queja ante la OCR después de una queja formal',
      what: 'Si usted usó el proceso de quejas formales de la escuela, la OCR espera su queja dentro de los 60 días siguientes a que termine.',
    },
    's504-ocr-information-request': {
      title: 'Respuesta a la OCR',
      what: 'Cuando la OCR le pide más información, usted tiene 20 días para responder.',
    },
    'ferpa-records-access': {
      title: 'Acceso a los expedientes escolares (FERPA)',
      what: 'La escuela debe dejarle ver los expedientes educativos de su hijo dentro de los 45 días siguientes a su pedido.',
    },
    'ferpa-amendment-decision': {
      title: 'Decisión sobre corregir un expediente',
      what: 'La escuela debe decidir en un tiempo razonable si corrige el expediente.',
    },
    'ferpa-complaint': {
      title: 'Último día para una queja por FERPA',
      what: 'Una queja por una violación de la privacidad de los expedientes escolares vence en 180 días.',
    },
    'ferpa-rights-transfer': {
      title: 'Los derechos sobre los expedientes pasan a su hijo',
      what: 'A los 18 años, los derechos sobre los expedientes escolares (FERPA) pasan de usted a su hijo.',
    },
  },
  events: {
    'evaluation-requested': 'Evaluación pedida por escrito',
    'consent-requested-or-refusal-notice-sent': 'La escuela pidió el consentimiento o se negó por escrito',
    'consent-to-evaluate-signed': 'Consentimiento para la evaluación recibido',
    'evaluation-completed': 'Evaluación terminada',
    'eligibility-determined': 'Elegibilidad decidida',
    'initial-iep-meeting-held': 'Primera reunión del IEP hecha',
    'iep-developed': 'IEP escrito',
    'services-begin': 'Servicios iniciados',
    'school-year-starts': 'Inicio del año escolar',
    'iep-in-effect': 'IEP vigente',
    'iep-meeting-held': 'Reunión del IEP hecha',
    'annual-iep-review-held': 'Revisión anual del IEP hecha',
    'reevaluation-completed': 'Reevaluación terminada',
    'reevaluation-may-be-conducted': 'Reevaluación permitida',
    'termination-of-eligibility-proposed': 'La escuela propuso terminar la educación especial',
    'child-date-of-birth': 'Nacimiento de su hijo',
    'iep-includes-transition-plan': 'Plan de transición agregado al IEP',
    'age-of-majority-date': 'Su hijo llega a la mayoría de edad según la ley estatal',
    'iep-includes-transfer-of-rights-statement': 'Declaración sobre los derechos agregada al IEP',
    'progress-report-sent': 'Informe de progreso enviado',
    'iep-meeting-scheduled': 'Reunión del IEP prevista',
    'meeting-notice-sent': 'Aviso de la reunión enviado',
    'transfer-student-enrolled': 'Inscripción en un nuevo distrito del mismo estado',
    'comparable-services-begin': 'Servicios parecidos iniciados',
    'transfer-student-enrolled-from-other-state': 'Inscripción desde otro estado',
    'previous-school-records-requested': 'Expedientes pedidos a la escuela anterior',
    'school-proposes-or-refuses-action': 'Cambio que la escuela propuso o rechazó',
    'prior-written-notice-sent': 'Aviso previo por escrito enviado',
    'consent-for-services-revoked-in-writing': 'Consentimiento para los servicios retirado por escrito',
    'procedural-safeguards-notice-given': 'Aviso de garantías procesales entregado',
    'first-state-or-due-process-complaint-of-school-year': 'Primera queja del año escolar recibida',
    'records-request-received': 'Pedido de expedientes recibido',
    'records-made-available': 'Expedientes puestos a su disposición',
    'iee-requested': 'Evaluación educativa independiente (IEE) pedida',
    'due-process-filed-or-iee-funded': 'La escuela pidió una audiencia o aceptó pagar la IEE',
    'disciplinary-removal-day-recorded': 'Retiro de la escuela por disciplina',
    'services-required-during-removal': 'Servicios durante el retiro iniciados',
    'disciplinary-change-of-placement-decided': 'Cambio de ubicación por disciplina decidido',
    'parent-notified-and-safeguards-given': 'Usted fue avisado y recibió el aviso de garantías procesales',
    'manifestation-determination-held': 'Determinación de manifestación hecha',
    'removal-for-weapon-drugs-or-serious-bodily-injury': 'Retiro por armas, drogas o lesiones graves',
    'return-from-interim-alternative-setting': 'Regreso del entorno provisional',
    'hearing-officer-orders-iaes': 'El oficial de audiencias ordenó un entorno provisional',
    'expedited-due-process-complaint-received': 'Pedido de audiencia acelerada recibido',
    'resolution-meeting-held': 'Reunión de resolución hecha',
    'expedited-hearing-may-proceed': 'La audiencia acelerada puede seguir adelante',
    'expedited-hearing-held': 'Audiencia acelerada hecha',
    'hearing-decision-issued': 'Decisión de la audiencia emitida',
    'alleged-violation-occurred': 'Ocurrió el problema del que usted se queja',
    'state-complaint-filed': 'Queja estatal presentada',
    'state-complaint-decision-issued': 'Decisión de la queja estatal emitida',
    'mediation-requested': 'Mediación pedida',
    'mediation-held': 'Mediación hecha',
    'parent-knew-or-should-have-known': 'Usted supo, o debió saber, del problema',
    'due-process-complaint-filed': 'Queja de debido proceso presentada',
    'due-process-complaint-received': 'Queja de debido proceso recibida',
    'sufficiency-challenge-filed': 'Objeción a la queja presentada',
    'sufficiency-ruling-issued': 'Decisión sobre la objeción emitida',
    'parent-due-process-complaint-received': 'El distrito recibió su queja de debido proceso',
    'district-response-sent': 'Respuesta del distrito enviada',
    'response-to-complaint-sent': 'Respuesta a la queja enviada',
    'due-process-hearing-date': 'Audiencia de debido proceso',
    'amendment-permission-deadline': 'Último día para permitir cambios a la queja',
    'resolution-period-ends': 'Fin del período de resolución',
    'resolution-agreement-signed': 'Acuerdo de resolución firmado',
    'agreement-void-deadline': 'Último día para anular el acuerdo',
    'evaluations-and-evidence-disclosed': 'Evaluaciones y pruebas compartidas',
    'state-level-review-requested': 'Revisión estatal pedida',
    'review-decision-issued': 'Decisión de la revisión emitida',
    'civil-action-filed': 'Demanda presentada en la corte',
    'administrative-hearing-begins': 'Inicio de la audiencia',
    'written-settlement-offer-made': 'Oferta de acuerdo por escrito hecha',
    'offer-accepted': 'Oferta de acuerdo aceptada',
    'child-find-and-parent-notice': 'Aviso anual a las familias entregado',
    '504-referral-or-suspected-disability': 'Referido para una evaluación 504',
    '504-evaluation-completed': 'Evaluación 504 terminada',
    '504-reevaluation-completed': 'Reevaluación 504 terminada',
    '504-grievance-filed': 'Queja formal 504 presentada',
    '504-grievance-decision': 'Queja formal 504 decidida',
    'alleged-discrimination-occurred': 'Ocurrió la discriminación de la que usted se queja',
    'ocr-complaint-filed': 'Queja ante la OCR presentada',
    'institutional-grievance-completed': 'Fin del proceso de quejas formales de la escuela',
    'ocr-information-request-received': 'La OCR le pidió más información',
    'complainant-response-sent': 'Su respuesta a la OCR enviada',
    '504-plan-meeting-held': 'Reunión del plan 504 hecha',
    '504-plan-in-effect': 'Plan 504 en vigor',
    'record-amendment-requested': 'Usted pidió a la escuela corregir un expediente',
    'amendment-decision-sent': 'Decisión sobre corregir el expediente enviada',
    'alleged-ferpa-violation': 'Ocurrió un problema de privacidad de los expedientes',
    'ferpa-complaint-filed': 'Queja por FERPA presentada',
    'ferpa-rights-transfer-to-student': 'Los derechos sobre los expedientes pasaron a su hijo',
    'district-written-notice-of-decision': 'Aviso escrito del distrito sobre su decisión',
    'referral-received': 'Remisión recibida por la escuela',
    'iep-implemented': 'IEP puesto en marcha',
    'proposed-iep-or-ineligibility-notice-sent': 'IEP propuesto, o aviso de que no es elegible, enviado',
    'fape-offer-or-ineligibility-notice-sent': 'Oferta de servicios, o aviso de que no es elegible, enviada',
    'written-referral-received': 'Remisión por escrito recibida',
    'placement-decided': 'Ubicación decidida',
    'party-knew-or-reasonably-should-have-known': 'Usted supo, o debió saber, del problema',
    'evaluation-report-given-to-parent': 'Informe de evaluación entregado a usted',
    'evaluation-report-issued': 'Informe de evaluación emitido',
    'evaluation-report-completed': 'Informe de evaluación terminado',
    'referral-received-by-special-education-administrator':
      'Remisión recibida por la oficina de educación especial',
    'district-refusal-or-proposal': 'Rechazo o propuesta del distrito',
    'resolution-meeting-waived': 'Reunión de resolución omitida por acuerdo escrito',
    'age-of-majority-reached': 'Su hijo llegó a la mayoría de edad según la ley estatal',
    'screener-completed': 'Cuestionario inicial completado',
    'student-absent': 'Ausencia de su hijo a la escuela',
    'due-process-hearing-held': 'Audiencia de debido proceso hecha',
    'due-process-complaint-amended': 'Queja de debido proceso modificada presentada',
    'resolution-no-agreement-possible': 'Ambas partes acordaron por escrito que no es posible un acuerdo',
    'parent-failed-to-produce-child': 'Su hijo no estuvo disponible para la evaluación',
    'evaluation-completion-date-agreed': 'Fecha de término acordada con el nuevo distrito',
    'reevaluation-agreed-unnecessary': 'Usted y la escuela acordaron que no hace falta una reevaluación',
    'early-reevaluation-agreed': 'Usted y la escuela acordaron una reevaluación anticipada',
    'graduated-with-regular-diploma': 'Graduación con diploma regular',
    'aged-out-of-eligibility': 'Edad máxima para la educación especial cumplida',
    other: 'Otro evento',
  },
  explain: {
    event: '{{event}}: {{date}}.',
    birth: 'Su hijo nació el {{date}}.',
    majorityAssumed:
      'Su hijo cumple {{age}} años el {{date}}. La mayoría de los estados fija la mayoría de edad a los 18, así que usamos esa edad. Confirme la edad de su estado.',
    countCalendar: '{{authority}} da {{amount}} {{unit}}. El día siguiente es el día 1.',
    countSchool:
      '{{authority}} cuenta {{amount}} {{unit}}, desde el día siguiente. Un día escolar es un día entre semana en que la escuela abre.',
    skippedClosed: 'La escuela cerró {{count}} días entre semana en ese período, así que no se cuentan.',
    skippedClosedOne: 'La escuela cerró 1 día entre semana en ese período, así que no se cuenta.',
    skippedSummer:
      '{{count}} días entre semana de ese período quedan fuera del año escolar, así que tampoco se cuentan.',
    skippedSummerOne:
      '1 día entre semana de ese período queda fuera del año escolar, así que tampoco se cuenta.',
    countBusiness:
      '{{authority}} cuenta {{amount}} {{unit}}, desde el día siguiente: de lunes a viernes, sin contar los feriados.',
    skippedHolidays: 'Se saltaron {{count}} feriados en ese período.',
    skippedHolidaysOne: 'Se saltó 1 feriado en ese período.',
    noHolidays: 'No se indicaron feriados, así que solo se saltaron los fines de semana.',
    countMonths: '{{authority}} da {{amount}} {{unit}}, así que la fecha cae el mismo día del mes.',
    clamped: 'Ese mes no tiene ese día, así que la fecha es el último día del mes.',
    countBackward:
      '{{authority}} dice que esto debe pasar por lo menos {{amount}} {{unit}} antes de ese día.',
    beforeNoLead:
      'Esto debe pasar antes de ese día. La ley no fija un número de días; pide un tiempo razonable antes.',
    sameDay: 'Esto debe pasar ese mismo día.',
    notBefore:
      '{{authority}} dice que esto no tiene que pasar hasta {{amount}} {{unit}} después de ese día, salvo que usted y la escuela lo acuerden.',
    happensAt: 'Esto pasa {{amount}} {{unit}} después de ese día.',
    schoolYear: 'Esto debe pasar durante el año escolar, que termina el {{date}}.',
    schoolYearNoCalendar:
      'No se dio un calendario escolar, así que contamos un año desde ese día, menos un día.',
    noFixedPeriod:
      'La ley no fija un número de días para esto; debe hacerse pronto. Pathway se lo recordará, pero no lo marcará como atrasado.',
    alsoDueBefore:
      '{{event}}: {{date}}, que llega antes. Esto debe hacerse antes de esa fecha, así que esa es la fecha.',
    due: 'Vence el {{date}}.',
    earliest: 'Primera fecha posible: {{date}}.',
    weekend:
      'El {{date}} es fin de semana o feriado. La ley no mueve la fecha, así que planee terminar el día hábil anterior.',
    needsCalendar:
      'Aquí se cuentan días escolares. Agregue el calendario de la escuela (primer día, último día y días cerrados) para ver la fecha.',
    needsNextYear:
      'El conteo pasa del último día del año escolar, el {{date}}. Agregue el calendario del próximo año escolar para ver la fecha.',
    beforeCalendar:
      'Ningún calendario escolar cubre los días antes del {{date}}, así que los contamos como días sin clases.',
    metOnTime: '{{event}}: {{date}}, a tiempo.',
    metLate: '{{event}}: {{date}}, con {{days}} días de atraso.',
    metLateOne: '{{event}}: {{date}}, con 1 día de atraso.',
    metEarly: '{{event}}: {{date}}, antes de la primera fecha posible.',
    endedByEvent: '{{event}}: {{date}}, así que el período terminó ese día.',
    periodEnded: 'Este período terminó el {{date}}.',
    earliestReached: 'Esa fecha ya pasó, así que esto ya puede hacerse.',
    overdue: 'La fecha ya pasó y su registro no muestra que esto se haya hecho.',
    chanceEnded: 'La oportunidad de hacer esto terminó el {{date}}.',
    superseded: '{{event}}: {{date}}. Eso empezó un nuevo plazo, así que este ya no aplica.',
    chainComputed:
      'Ningún evento de su registro muestra cuándo terminó el período anterior ({{rule}}), así que usamos la fecha calculada a partir de la queja: {{date}}.',
    stateReplaces:
      '{{state}} usa aquí su propia norma en lugar de los {{amount}} {{unit}} de la ley federal.',
    stateReplacesNoFigure:
      '{{state}} fija su propio plazo para esto; la ley federal no fija un número de días.',
    stateUnknown:
      'No sabemos si {{state}} fija su propio plazo para esto, así que se muestra la norma federal. Consulte a la agencia de educación de su estado.',
    stateNoShorter:
      'No encontramos un plazo más corto en las normas de {{state}}, así que se aplica el plazo federal.',
    stateUnclear:
      'No está claro si un estado puede cambiar este plazo. Consulte a la agencia de educación de su estado.',
    stateFolded:
      'En {{state}}, el primer IEP también debe estar listo dentro del plazo estatal de evaluación. Revise también esa fecha.',
    candidateDate:
      '{{state}} podría usar {{amount}} {{unit}}, lo que daría el {{date}}, pero no pudimos confirmarlo. Revise la norma del estado ({{citation}}) antes de confiar en cualquiera de las dos fechas.',
    candidateNoDate:
      '{{state}} podría usar {{amount}} {{unit}}, pero no pudimos confirmarlo. Revise la norma del estado ({{citation}}).',
    gives: 'Eso da el {{date}}.',
    earlierApplies: 'Se aplica la más temprana de las dos fechas.',
    needsEvent:
      '{{state}} cuenta {{amount}} {{unit}} desde otro evento ({{event}}). Agregue su fecha a su registro para ver esta fecha límite.',
    stateFromOtherEvent:
      '{{state}} cuenta desde otro evento ({{event}}). Agregue su fecha para ver la fecha de {{state}}; mientras tanto, se muestra la norma federal.',
    pauses:
      '{{state}} detiene este plazo durante el verano y las vacaciones escolares, así que {{count}} días de ese período no se contaron.',
    pausesNoCalendar:
      '{{state}} detiene este plazo durante las vacaciones escolares y el verano. No se dio un calendario escolar, así que esta es la fecha más temprana posible. Agregue el calendario de la escuela para ver la fecha real.',
    absences:
      'Su hijo faltó {{count}} días escolares en ese período. {{state}} suma las ausencias cuando son {{minimum}} o más, así que la fecha pasa al {{date}}.',
    absencesFew:
      'Su registro muestra {{count}} ausencias en ese período. {{state}} suma las ausencias solo cuando son {{minimum}} o más.',
    absencesNone:
      'Si su hijo falta {{minimum}} días escolares o más en ese período, {{state}} mueve la fecha esa misma cantidad de días.',
    endOfYearSchoolDays: 'Eso es {{count}} días escolares antes del último día de clases, el {{date}}.',
    endOfYearCalendarDays: 'Eso es {{count}} días antes del último día de clases, el {{date}}.',
    endOfYearRule:
      '{{state}} tiene una norma especial para este caso ({{citation}}), que fija la fecha de abajo.',
    summerMoved:
      'Ese día no había clases, así que {{state}} cuenta desde el primer día escolar, el {{date}}.',
    byAge: 'Su hijo tenía menos de {{age}} años ese día, así que {{state}} da {{amount}} {{unit}}.',
    alternative:
      '{{state}} también fija un segundo plazo de {{amount}} {{unit}} desde otro evento ({{event}}), que da el {{date}}.',
    alternativeMissing:
      '{{state}} también fija un segundo plazo de {{amount}} {{unit}} desde otro evento ({{event}}). Agregue su fecha para revisar también ese plazo.',
    detail: {
      intellectualDisability: 'Su registro indica que su hijo tiene una discapacidad intelectual.',
    },
    removalTotal:
      'Su registro muestra {{count}} días escolares de retiro en el año escolar que empezó el {{date}}.',
    removalRule:
      'Después de {{limit}} días escolares de retiro en un año escolar, la escuela debe dar servicios desde el día {{next}}, para que su hijo siga avanzando.',
    removalDay: 'El día escolar {{day}} de retiro fue el {{date}}.',
    removalLeft: '{{left}} días escolares más de retiro harían empezar este deber.',
    removalLeftOne: '1 día escolar más de retiro haría empezar este deber.',
  },
  exceptions: {
    'parent-fails-to-produce-child':
      'El plazo no corre mientras su hijo no esté disponible para la evaluación (34 CFR 300.301(d)(1)).',
    'child-transferred':
      'Su hijo se cambió a un nuevo distrito durante la evaluación, y usted y el nuevo distrito acordaron por escrito una fecha para terminarla. Esa fecha reemplaza el plazo normal (34 CFR 300.301(d)(2), (e)).',
    'parent-and-school-agree-unnecessary':
      'Usted y la escuela acordaron que no hace falta una reevaluación, así que esta fecha no aplica (34 CFR 300.303(b)(2)).',
    'parent-and-school-agree':
      'Usted y la escuela acordaron evaluar antes, así que la espera de un año no aplica (34 CFR 300.303(b)(1)).',
    'graduation-regular-diploma':
      'No hace falta una evaluación cuando la educación especial termina porque su hijo se gradúa con un diploma regular. En su lugar, la escuela entrega un resumen del desempeño (34 CFR 300.305(e)(2)).',
    'aged-out':
      'No hace falta una evaluación cuando su hijo supera la edad de la educación especial. En su lugar, la escuela entrega un resumen del desempeño (34 CFR 300.305(e)(2)).',
    'waived-in-writing-or-mediation':
      'Usted y el distrito acordaron por escrito no hacer la reunión, o usar la mediación, así que la reunión no es obligatoria.',
    misrepresentation:
      'El plazo no aplica si el distrito le hizo creer, sin ser cierto, que había resuelto el problema (34 CFR 300.511(f)(1)).',
    'withheld-information':
      'El plazo no aplica si el distrito no le dio información que debía darle (34 CFR 300.511(f)(2)).',
    'ocr-waiver':
      'La OCR puede aceptar una queja tardía por una buena razón, si usted lo pide y explica la demora.',
    'after-institutional-grievance':
      'Si usó primero el proceso de quejas formales de la escuela, tiene 60 días después de que termine para presentar la queja ante la OCR.',
  },
  notApplicable: {
    'idea-iep-in-effect-start-of-year': 'Esto aplica a niños que tienen un IEP. Su registro no muestra uno.',
    'idea-part-c-to-b-by-third-birthday':
      'Esto aplica a niños que pasan de la intervención temprana (Parte C) antes de los 3 años. Su registro no muestra una remisión, una evaluación ni un IEP antes del tercer cumpleaños.',
    'idea-transition-services-by-16': 'Esto aplica a niños que tienen un IEP. Su registro no muestra uno.',
    'idea-transfer-of-rights-statement': 'Esto aplica a niños que tienen un IEP. Su registro no muestra uno.',
  },
  notes: {
    'idea-annual-iep-review':
      'Algunos distritos toman el día anterior a esta fecha como el último día. Pregunte cuál usa el suyo.',
    'idea-transition-services-by-16':
      'El plan va en el IEP que estará vigente cuando su hijo cumpla 16 años, así que plantéelo en la reunión del IEP anterior a esa fecha.',
  },
  problems: {
    calendarNeeded:
      'Agregue el calendario escolar (primer día, último día y días cerrados). La fecha límite {{rule}} cuenta días escolares.',
    nextYearNeeded:
      'Agregue el calendario del próximo año escolar. La fecha límite {{rule}} pasa del {{date}}, el último día de los calendarios dados.',
    previousYearNeeded:
      'Agregue el calendario del año escolar anterior. La fecha límite {{rule}} cuenta días escolares hacia atrás desde el {{date}}.',
    lastDayBeforeFirstDay: 'Escriba un último día que sea posterior al primer día.',
    calendarsOverlap: 'Separe los años escolares: este empieza antes de que termine el anterior.',
    bothCalendars: 'Indique schoolCalendar o schoolCalendars, no los dos.',
    jurisdiction: 'Escriba US o el código de dos letras de un estado, por ejemplo TX.',
    eventType:
      'Elija uno de los tipos de evento de la guía de fechas límite (docs/deadlines.md). "{{type}}" no es uno de ellos.',
    unknownEventType:
      'Elija uno de los tipos de evento de la guía de fechas límite (docs/deadlines.md), por ejemplo iep-meeting-held.',
    duplicateEventId: 'Dé a cada evento su propio id. Este ya se usó.',
  },
  lawData: {
    name: 'Use un nombre en kebab-case: letras minúsculas, dígitos y guiones.',
    eventAndEffect: 'Dé a la excepción un evento y un efecto, o ninguno de los dos.',
    amountNeeded: 'Indique una cantidad: una norma con límite "{{bound}}" cuenta un período.',
    noAmount: 'Quite la cantidad: una norma sin período fijo no la tiene.',
    amountAndUnit: 'Indique la cantidad y la unidad juntas: las dos con valor, o las dos en null.',
    figureIncomplete: 'Indique la unidad y el evento de inicio junto con la cantidad.',
    unknownWithFigure: 'Use una confianza distinta de "unknown" cuando dé una cifra.',
    exactlyOne: 'Indique exactamente una de las opciones.',
    monthDay: 'Escriba el día como MM-DD, por ejemplo 06-30.',
    duplicate: '"{{value}}" se usa más de una vez.',
    unknownRule: '"{{value}}" debe ser el id de una norma que aparezca antes de esta.',
  },
  ui: {
    nav: 'Fechas límite',
    timeline: {
      title: 'Fechas límite',
      intro:
        'Estas son las fechas que fija la ley, calculadas a partir de los eventos del expediente de {{name}}. Es una orientación, no asesoría legal.',
      rulesOf: 'Normas usadas: {{place}}.',
      federalOnly: 'Normas usadas: solo la ley federal. Pathway todavía no tiene las normas de {{state}}.',
      counts: '{{overdue}} vencidos · {{dueSoon}} vencen en 14 días · {{upcoming}} próximos',
      none: 'Todavía no hay fechas límite. Agregue los eventos que ya pasaron, como la fecha en que firmó el consentimiento para la evaluación.',
      noneShown: 'Ninguna fecha límite coincide con lo que eligió mostrar.',
      filterLabel: 'Mostrar',
      filterSubmit: 'Mostrar',
      filters: {
        all: 'Todas las fechas límite',
        open: 'Pendientes',
        overdue: 'Vencidos',
        'due-soon': 'Vencen en 14 días',
        upcoming: 'Próximos',
        met: 'Cumplidos',
        'not-applicable': 'No aplican',
      },
      listTitle: 'Las fechas límite',
      due: 'Vence: {{date}}',
      earliest: 'Primer día posible: {{date}}',
      threshold: 'Límite alcanzado el: {{date}}',
      noDate: 'Sin plazo fijo',
      noDateYet: 'Todavía sin fecha',
      count: '{{value}} de {{limit}} días escolares hasta ahora',
      startedBy: 'Comenzó con: {{event}} el {{date}}',
      startedByBirth: 'Comenzó con: la fecha de nacimiento',
      metBy: 'Cumplido con: {{event}} el {{date}}',
      metOnTime: 'A tiempo.',
      metLate: '{{days}} días tarde.',
      metLateOne: '1 día tarde.',
      supersededBy: 'Reemplazado por un evento posterior: {{event}} el {{date}}',
      why: 'Por qué esta fecha',
      citation: 'La ley: {{citation}}',
      whoseRule: 'Norma que dio la fecha: {{place}}',
      confidenceNote: 'Qué tan seguro está Pathway: {{confidence}}',
      addMeeting: 'Agregar el evento que lo cumple: {{event}}',
      addEvent: 'Agregar un evento',
      calendarNeededTitle: 'Agregue el calendario escolar para tener todas las fechas',
      calendarLink: 'Agregar o cambiar el calendario escolar',
      schoolCalendar: 'Calendario escolar',
      schoolYearsCount: 'Años escolares ingresados: {{count}}.',
      followUpsTitle: 'Sus seguimientos',
      followUpsIntro: 'Fechas que usted fijó en el registro de comunicaciones.',
      followUpDue: 'Hacer seguimiento antes del {{date}}',
      followUpDone: 'Hecho',
      followUpOpen: 'Abrir la entrada del registro',
      calendarTitle: 'Ponga estas fechas en su calendario',
      download: 'Descargar las fechas (archivo .ics)',
      downloadHint: 'Su aplicación de calendario puede abrir este archivo. Solo muestra el primer nombre.',
      remindersLink: 'Elegir cuándo Pathway le envía correos sobre las fechas límite',
    },
    dashboard: {
      title: 'Fechas límite',
      overdue: 'Vencidos',
      dueSoon: 'Vencen en los próximos 30 días',
      recentlyMet: 'Cumplidos en los últimos 30 días',
      counts: '{{overdue}} vencidos, {{dueSoon}} vencen en los próximos 30 días',
      nothing: 'Nada vencido ni por vencer en los próximos 30 días.',
      item: '{{title}} de {{name}}',
      seeAll: 'Ver todas las fechas límite de {{name}}',
    },
    calendar: {
      title: 'Calendario escolar',
      intro:
        'Algunas fechas límite cuentan días escolares. Ingrese el primer y el último día de cada año escolar y los días en que la escuela cierra, para que Pathway pueda contarlos.',
      none: 'Todavía no hay ningún año escolar.',
      add: 'Agregar un año escolar',
      newTitle: 'Agregar un año escolar',
      editTitle: 'Cambiar un año escolar',
      yearTitle: '{{first}} a {{last}}',
      closedCount: 'Días cerrados ingresados: {{count}}.',
      edit: 'Cambiar',
      delete: 'Quitar',
      deleteTitle: '¿Quitar este año escolar?',
      deleteConfirm:
        'Las fechas límite que cuentan días escolares en él no tendrán fecha hasta que lo agregue de nuevo.',
      deleteSubmit: 'Quitar el año escolar',
      firstDay: 'Primer día de clases',
      firstDayHint: 'Por ejemplo, 2026-08-17.',
      lastDay: 'Último día de clases',
      lastDayHint: 'Por ejemplo, 2027-05-28.',
      closures: 'Días en que la escuela cierra',
      closuresHint:
        'Uno por línea: la fecha, o la primera y la última fecha de unas vacaciones, luego holiday (feriado), break (vacaciones) o closed (cerrado), y un nombre. Por ejemplo: 2026-11-26, holiday, Acción de Gracias. Puede pegar filas de una hoja de cálculo. Los feriados tampoco cuentan como días hábiles.',
      save: 'Guardar el año escolar',
      conflict:
        'Otra persona cambió este año escolar mientras usted lo editaba. Lo que escribió está abajo; revíselo y guarde de nuevo.',
      flash: {
        added: 'Se agregó el año escolar.',
        saved: 'Se guardó el año escolar.',
        deleted: 'Se quitó el año escolar.',
      },
      kinds: { holiday: 'Feriado', break: 'Vacaciones', closed: 'Escuela cerrada' },
      problems: {
        firstDayMissing: 'Ingrese el primer día de clases.',
        lastDayMissing: 'Ingrese el último día de clases.',
        dateInvalid: 'Ingrese una fecha real como AAAA-MM-DD, por ejemplo 2026-08-17.',
        tooLong: 'Ingrese un último día que esté a menos de un año del primero.',
        lineDate: 'Línea {{line}}: empiece con una fecha real como AAAA-MM-DD, por ejemplo 2026-11-26.',
        lineOrder: 'Línea {{line}}: ponga la primera fecha de las vacaciones antes de la última.',
        lineOutside: 'Línea {{line}}: ingrese una fecha dentro del año escolar.',
        tooManyLines: 'Ingrese como máximo {{max}} líneas.',
        overlap: 'Ingrese fechas que no se crucen con el año escolar del {{first}} al {{last}}.',
      },
    },
    reminders: {
      title: 'Recordatorios de fechas límite',
      intro:
        'Pathway puede enviarle un correo antes de cada fecha límite de los niños que usted ve, y antes de los seguimientos que fijó.',
      onOff: '¿Quiere recibir recordatorios?',
      on: 'Sí, enviar recordatorios',
      off: 'No, apagar los recordatorios',
      days: '¿Cuándo le enviamos el correo?',
      daysHint: 'Elija una o más opciones. Recibirá un correo por fecha límite en cada momento que elija.',
      dayOption: '{{count}} días antes',
      dayOptionOne: '1 día antes',
      save: 'Guardar los recordatorios',
      saved: 'Se guardaron sus recordatorios.',
      conflict:
        'Sus recordatorios cambiaron en otra ventana. Lo que eligió está abajo; guarde de nuevo para mantenerlo.',
      problems: {
        onOffMissing: 'Elija si quiere recibir recordatorios.',
        daysMissing: 'Elija al menos un momento para el recordatorio, o apague los recordatorios.',
        daysInvalid: 'Elija entre los momentos de la lista.',
      },
    },
    email: {
      subject: 'Recordatorio: {{title}} de {{name}}, {{date}}',
      intro: 'Hola, {{person}}:',
      due: '{{title}} de {{name}} vence el {{date}}, en {{days}} días.',
      dueOne: '{{title}} de {{name}} vence mañana, {{date}}.',
      dueToday: '{{title}} de {{name}} vence hoy, {{date}}.',
      why: 'Por qué esta fecha:',
      citation: 'La ley: {{citation}}',
      link: 'Vea todas las fechas límite de {{name}}: {{url}}',
      followUpSubject: 'Recordatorio: seguimiento de “{{subject}}” antes del {{date}}',
      followUp: 'Usted pidió hacer seguimiento de “{{subject}}” ({{name}}) antes del {{date}}.',
      followUpLink: 'Abrir la entrada del registro: {{url}}',
      settings: 'Para cambiar cuándo recibe estos correos, o apagarlos: {{url}}',
      notAdvice: 'Es una orientación, no asesoría legal.',
    },
    ics: {
      calendarName: 'Fechas límite de {{name}}',
      summary: '{{name}}: {{title}}',
      summaryDone: '{{name}}: {{title}} (cumplido)',
      status: 'Estado: {{status}}',
      followUp: '{{name}}: seguimiento de “{{subject}}”',
      link: 'Véalo en Pathway: {{url}}',
      notAdvice: 'Es una orientación, no asesoría legal.',
    },
  },
}

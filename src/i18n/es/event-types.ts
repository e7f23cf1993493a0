import type { Translation } from '../catalog-types.ts'
import type { eventTypes as english } from '../en/event-types.ts'

/**
 * Spanish text for eventTypes: neutral Latin American Spanish, formal "usted" (see CONTENT.md).
 * Terms follow src/i18n/glossary-terms.ts (checked by glossary-terms.test.ts).
 */
export const eventTypes: Translation<typeof english> = {
  groups: {
    evaluation: 'Evaluación y elegibilidad',
    iep: 'IEP y reuniones',
    'section-504': 'Sección 504 y derechos civiles',
    notices: 'Avisos y consentimiento',
    records: 'Expedientes escolares',
    discipline: 'Disciplina',
    disputes: 'Desacuerdos y audiencias',
    other: 'Otros',
  },
  'evaluation-requested': {
    label: 'Evaluación solicitada',
    hint: 'Anote la fecha en que pidió por escrito a la escuela que evaluara a su hijo para ver si necesita educación especial.',
  },
  'consent-requested-or-refusal-notice-sent': {
    label: 'La escuela respondió a la solicitud de evaluación',
    hint: 'Anote la fecha en que la escuela le envió el formulario de consentimiento para la evaluación, o le escribió para negarse a evaluar.',
  },
  'consent-to-evaluate-signed': {
    label: 'Consentimiento para la evaluación firmado',
    hint: 'Anote la fecha en que la escuela recibió su consentimiento firmado para la evaluación; desde ese día corre el plazo para evaluar.',
  },
  'evaluation-completed': {
    label: 'Evaluación terminada',
    hint: 'Anote la fecha en que la escuela terminó todas las pruebas y revisiones de la evaluación.',
  },
  'eligibility-determined': {
    label: 'Elegibilidad decidida',
    hint: 'Anote la fecha en que el equipo decidió si su hijo tiene derecho a educación especial (elegibilidad).',
  },
  'initial-iep-meeting-held': {
    label: 'Primera reunión del IEP',
    hint: 'Anote la fecha de la primera reunión en la que el equipo escribió el IEP de su hijo.',
  },
  'iep-developed': {
    label: 'IEP redactado',
    hint: 'Anote la fecha en que el equipo terminó de redactar el IEP de su hijo.',
  },
  'services-begin': {
    label: 'Servicios iniciados',
    hint: 'Anote el primer día en que su hijo recibió de verdad la enseñanza y los servicios del plan.',
  },
  'school-year-starts': {
    label: 'Inicio del año escolar',
    hint: 'Anote el primer día del año escolar; para entonces el IEP ya debe estar vigente.',
  },
  'iep-in-effect': {
    label: 'IEP vigente',
    hint: 'Anote la fecha en que el IEP entró en vigor y la escuela empezó a cumplirlo.',
  },
  'iep-meeting-held': {
    label: 'Reunión del IEP realizada',
    hint: 'Anote la fecha de cualquier reunión del equipo del IEP; la próxima revisión anual vence un año después.',
  },
  'annual-iep-review-held': {
    label: 'Revisión anual del IEP realizada',
    hint: 'Anote la fecha de la reunión en la que el equipo revisó todo el IEP, algo que debe hacer por lo menos una vez al año.',
  },
  'reevaluation-completed': {
    label: 'Reevaluación terminada',
    hint: 'Anote la fecha en que la escuela terminó una nueva ronda de pruebas (reevaluación), que se debe hacer por lo menos cada 3 años.',
  },
  'reevaluation-may-be-conducted': {
    label: 'Nueva evaluación permitida',
    hint: 'Pathway calcula esta fecha: el primer día en que puede hacerse una nueva evaluación, salvo que usted y la escuela acuerden hacerla antes.',
  },
  'termination-of-eligibility-proposed': {
    label: 'La escuela propuso terminar la educación especial',
    hint: 'Anote la fecha en que la escuela dijo que su hijo ya no necesitaría educación especial; antes debe hacer una reevaluación.',
  },
  'child-date-of-birth': {
    label: 'Fecha de nacimiento',
    hint: 'La fecha de nacimiento de su hijo, que sirve para calcular fechas que dependen de la edad, como el plan para la vida adulta a los 16 años.',
  },
  'iep-includes-transition-plan': {
    label: 'Plan de transición añadido al IEP',
    hint: 'Anote la fecha en que el IEP incluyó por primera vez metas y servicios para la vida después de la secundaria (servicios de transición).',
  },
  'age-of-majority-date': {
    label: 'Fecha de la mayoría de edad',
    hint: 'La fecha en que su hijo será adulto según la ley de su estado, casi siempre a los 18 años, cuando los derechos escolares pasan a su hijo.',
  },
  'iep-includes-transfer-of-rights-statement': {
    label: 'Aviso de traspaso de derechos añadido al IEP',
    hint: 'Anote la fecha en que el IEP dijo por primera vez que a su hijo se le explicó qué derechos pasarán a él como adulto.',
  },
  'progress-report-sent': {
    label: 'Informe de progreso enviado',
    hint: 'Anote la fecha en que la escuela le envió un informe sobre cómo avanza su hijo en las metas del IEP (informe de progreso).',
  },
  'iep-meeting-scheduled': {
    label: 'Reunión del IEP programada',
    hint: 'Anote la fecha fijada para una próxima reunión del IEP, para que Pathway se la recuerde y revise la invitación.',
  },
  'meeting-notice-sent': {
    label: 'Aviso de reunión enviado',
    hint: 'Anote la fecha en que la escuela envió la invitación que dice para qué, cuándo y dónde es la reunión y quiénes asistirán.',
  },
  'transfer-student-enrolled': {
    label: 'Inscripción en una escuela nueva del mismo estado',
    hint: 'Anote la fecha en que su hijo, que tiene un IEP, empezó en un distrito escolar nuevo del mismo estado.',
  },
  'comparable-services-begin': {
    label: 'Servicios parecidos iniciados en la escuela nueva',
    hint: 'Anote la fecha en que la escuela nueva empezó a dar servicios parecidos a los del IEP anterior (servicios comparables).',
  },
  'transfer-student-enrolled-from-other-state': {
    label: 'Inscripción después de una mudanza desde otro estado',
    hint: 'Anote la fecha en que su hijo, que tiene un IEP, empezó clases en un estado nuevo.',
  },
  'previous-school-records-requested': {
    label: 'Expedientes de la escuela anterior solicitados',
    hint: 'Anote la fecha en que la escuela nueva pidió los expedientes de su hijo a la escuela anterior.',
  },
  'school-proposes-or-refuses-action': {
    label: 'La escuela propuso o rechazó un cambio',
    hint: 'Anote la fecha en que la escuela propuso, o rechazó, un cambio en la forma de evaluar, enseñar o ubicar a su hijo.',
  },
  'prior-written-notice-sent': {
    label: 'Aviso previo por escrito enviado',
    hint: 'Anote la fecha en que la escuela le dio una carta que explica qué decidió y por qué (aviso previo por escrito).',
  },
  'consent-for-services-revoked-in-writing': {
    label: 'Consentimiento para los servicios retirado',
    hint: 'Anote la fecha en que le dijo por escrito a la escuela que retira su consentimiento para todos los servicios de educación especial.',
  },
  'procedural-safeguards-notice-given': {
    label: 'Folleto de derechos entregado',
    hint: 'Anote la fecha en que la escuela le dio el folleto que explica sus derechos (aviso de garantías procesales).',
  },
  'first-state-or-due-process-complaint-of-school-year': {
    label: 'Primera queja del año escolar',
    hint: 'Anote la fecha de la primera queja estatal o queja de debido proceso de este año escolar; ese día la escuela debe darle el folleto de derechos.',
  },
  'records-request-received': {
    label: 'Solicitud de expedientes recibida',
    hint: 'Anote la fecha en que la escuela recibió su pedido para ver los expedientes escolares de su hijo.',
  },
  'records-made-available': {
    label: 'Expedientes puestos a su disposición',
    hint: 'Anote la fecha en que la escuela le dejó ver los expedientes de su hijo o le dio copias.',
  },
  'iee-requested': {
    label: 'Evaluación externa solicitada',
    hint: 'Anote la fecha en que pidió una evaluación externa pagada por la escuela (evaluación educativa independiente, IEE).',
  },
  'due-process-filed-or-iee-funded': {
    label: 'La escuela respondió al pedido de evaluación externa',
    hint: 'Anote la fecha en que la escuela aceptó pagar la evaluación externa, o pidió una audiencia para defender su propia evaluación.',
  },
  'disciplinary-removal-day-recorded': {
    label: 'Día fuera de clase por disciplina',
    hint: 'Anote cada día escolar en que su hijo fue enviado a casa, suspendido o sacado de clase por disciplina.',
  },
  'services-required-during-removal': {
    label: 'Servicios obligatorios durante la separación de clase',
    hint: 'Pathway calcula esta fecha: después de 10 días escolares fuera de clase en un año, su hijo debe recibir servicios mientras no esté en clase.',
  },
  'disciplinary-change-of-placement-decided': {
    label: 'Separación larga por disciplina decidida',
    hint: 'Anote la fecha en que la escuela decidió sacar a su hijo más de 10 días escolares seguidos, o con un patrón de separaciones (cambio de ubicación).',
  },
  'parent-notified-and-safeguards-given': {
    label: 'Le avisaron de la separación de clase',
    hint: 'Anote la fecha en que la escuela le informó de la separación de clase y le dio el folleto de derechos.',
  },
  'manifestation-determination-held': {
    label: 'Determinación de manifestación realizada',
    hint: 'Anote la fecha de la reunión que decidió si la conducta se debió a la discapacidad de su hijo (determinación de manifestación).',
  },
  'removal-for-weapon-drugs-or-serious-bodily-injury': {
    label: 'Traslado por armas, drogas o lesión grave',
    hint: 'Anote la fecha en que la escuela trasladó a su hijo a otro lugar por un arma, drogas o una lesión grave en la escuela.',
  },
  'return-from-interim-alternative-setting': {
    label: 'Regreso del entorno provisional',
    hint: 'Anote la fecha en que su hijo regresó de un lugar provisional usado por disciplina (entorno educativo alternativo provisional).',
  },
  'hearing-officer-orders-iaes': {
    label: 'El oficial de audiencias ordenó un entorno provisional',
    hint: 'Anote la fecha en que un oficial de audiencias envió a su hijo a un entorno provisional porque quedarse podía causar daño.',
  },
  'expedited-due-process-complaint-received': {
    label: 'Pedido de audiencia rápida recibido',
    hint: 'Anote la fecha en que alguien pidió una audiencia rápida sobre una decisión de disciplina (debido proceso acelerado).',
  },
  'resolution-meeting-held': {
    label: 'Reunión de resolución realizada',
    hint: 'Anote la fecha de la reunión que hace la escuela para intentar resolver una queja de debido proceso (reunión de resolución).',
  },
  'expedited-hearing-may-proceed': {
    label: 'La audiencia rápida puede seguir',
    hint: 'Pathway calcula esta fecha: el día en que puede seguir una audiencia rápida sobre disciplina si el asunto no se ha resuelto.',
  },
  'expedited-hearing-held': {
    label: 'Audiencia rápida realizada',
    hint: 'Anote la fecha en que se hizo la audiencia rápida sobre una decisión de disciplina.',
  },
  'hearing-decision-issued': {
    label: 'Decisión de la audiencia emitida',
    hint: 'Anote la fecha en que el oficial de audiencias emitió la decisión por escrito.',
  },
  'alleged-violation-occurred': {
    label: 'Fecha del problema',
    hint: 'Anote la fecha del problema que usted cree que violó las reglas de educación especial; la queja estatal debe presentarse dentro de 1 año.',
  },
  'state-complaint-filed': {
    label: 'Queja estatal presentada',
    hint: 'Anote la fecha en que la agencia de educación del estado recibió su queja firmada y por escrito (queja estatal).',
  },
  'state-complaint-decision-issued': {
    label: 'Decisión de la queja estatal emitida',
    hint: 'Anote la fecha en que el estado envió su decisión por escrito sobre la queja estatal.',
  },
  'mediation-requested': {
    label: 'Mediación solicitada',
    hint: 'Anote la fecha en que usted o la escuela pidieron una reunión con una persona neutral para resolver un desacuerdo (mediación).',
  },
  'mediation-held': {
    label: 'Mediación realizada',
    hint: 'Anote la fecha de la reunión de mediación.',
  },
  'parent-knew-or-should-have-known': {
    label: 'Fecha en que supo del problema',
    hint: 'Anote la fecha en que supo, o debió saber, del problema; desde ahí se cuenta el plazo para pedir una audiencia.',
  },
  'due-process-complaint-filed': {
    label: 'Queja de debido proceso presentada',
    hint: 'Anote la fecha en que usted o la escuela presentaron por escrito un pedido de audiencia (queja de debido proceso).',
  },
  'due-process-complaint-received': {
    label: 'Queja de debido proceso recibida',
    hint: 'Anote la fecha en que la otra parte recibió la queja de debido proceso.',
  },
  'sufficiency-challenge-filed': {
    label: 'Queja impugnada por incompleta',
    hint: 'Anote la fecha en que una parte le dijo al oficial de audiencias que a la queja de debido proceso le faltan datos obligatorios.',
  },
  'sufficiency-ruling-issued': {
    label: 'Decisión sobre la impugnación emitida',
    hint: 'Anote la fecha en que el oficial de audiencias decidió si la queja de debido proceso tiene datos suficientes.',
  },
  'parent-due-process-complaint-received': {
    label: 'La escuela recibió su queja de debido proceso',
    hint: 'Anote la fecha en que el distrito escolar recibió la queja de debido proceso que usted presentó.',
  },
  'district-response-sent': {
    label: 'Respuesta del distrito enviada',
    hint: 'Anote la fecha en que el distrito envió su respuesta por escrito a su queja de debido proceso.',
  },
  'response-to-complaint-sent': {
    label: 'Respuesta a la queja enviada',
    hint: 'Anote la fecha en que la otra parte respondió por escrito a los puntos de la queja de debido proceso.',
  },
  'due-process-hearing-date': {
    label: 'Fecha de la audiencia de debido proceso',
    hint: 'Anote la fecha fijada para la audiencia de debido proceso.',
  },
  'amendment-permission-deadline': {
    label: 'Último día para pedir un cambio en la queja',
    hint: 'Pathway calcula esta fecha: el último día para pedir al oficial de audiencias permiso para cambiar la queja, 5 días antes de la audiencia.',
  },
  'resolution-period-ends': {
    label: 'Fin del plazo para llegar a un acuerdo',
    hint: 'Pathway calcula esta fecha: el final de los 30 días para resolver la queja antes de que empiece a correr el plazo de la audiencia.',
  },
  'resolution-agreement-signed': {
    label: 'Acuerdo de resolución firmado',
    hint: 'Anote la fecha en que usted y la escuela firmaron un acuerdo por escrito para resolver la queja.',
  },
  'agreement-void-deadline': {
    label: 'Último día para anular el acuerdo',
    hint: 'Pathway calcula esta fecha: el último día en que cualquiera de las partes puede anular un acuerdo de resolución firmado, 3 días hábiles después de firmarlo.',
  },
  'evaluations-and-evidence-disclosed': {
    label: 'Pruebas compartidas antes de la audiencia',
    hint: 'Anote la fecha en que cada parte compartió sus evaluaciones y pruebas, al menos 5 días hábiles antes de la audiencia.',
  },
  'state-level-review-requested': {
    label: 'Revisión estatal solicitada',
    hint: 'Anote la fecha en que usted o la escuela pidieron al estado revisar una decisión de audiencia (solo en algunos estados).',
  },
  'review-decision-issued': {
    label: 'Decisión de la revisión estatal emitida',
    hint: 'Anote la fecha en que el revisor estatal envió su decisión sobre la apelación.',
  },
  'civil-action-filed': {
    label: 'Demanda presentada en la corte',
    hint: 'Anote la fecha en que se presentó una demanda sobre la decisión de la audiencia en una corte estatal o federal (acción civil).',
  },
  'administrative-hearing-begins': {
    label: 'Inicio de la audiencia',
    hint: 'Anote la fecha en que empezó la audiencia.',
  },
  'written-settlement-offer-made': {
    label: 'Oferta de acuerdo por escrito',
    hint: 'Anote la fecha en que la escuela hizo una oferta por escrito para resolver el caso.',
  },
  'offer-accepted': {
    label: 'Oferta de acuerdo aceptada',
    hint: 'Anote la fecha en que se aceptó la oferta de acuerdo.',
  },
  'child-find-and-parent-notice': {
    label: 'Aviso anual sobre la búsqueda de estudiantes con discapacidades',
    hint: 'Anote la fecha en que el distrito informó a las familias de su deber anual de encontrar y atender a estudiantes con discapacidades (búsqueda de niños, "child find").',
  },
  '504-referral-or-suspected-disability': {
    label: 'Remisión para la Sección 504',
    hint: 'Anote la fecha en que usted o la escuela pidieron una evaluación según la Sección 504, o en que la escuela tuvo motivos para pensar que su hijo tiene una discapacidad.',
  },
  '504-evaluation-completed': {
    label: 'Evaluación para el plan 504 terminada',
    hint: 'Anote la fecha en que la escuela terminó la evaluación para un plan 504.',
  },
  '504-reevaluation-completed': {
    label: 'Reevaluación para el plan 504 terminada',
    hint: 'Anote la fecha en que la escuela terminó una nueva evaluación para el plan 504 (reevaluación).',
  },
  '504-plan-meeting-held': {
    label: 'Reunión del plan 504 realizada',
    hint: 'Anote la fecha en que la escuela se reunió con usted para escribir o revisar el plan 504 de su hijo.',
  },
  '504-plan-in-effect': {
    label: 'Plan 504 en vigor',
    hint: 'Anote la fecha en que la escuela empezó a usar el plan 504 de su hijo.',
  },
  '504-grievance-filed': {
    label: 'Queja formal 504 presentada',
    hint: 'Anote la fecha en que entregó una queja por escrito al coordinador 504 del distrito (queja formal).',
  },
  '504-grievance-decision': {
    label: 'Decisión de la queja formal 504',
    hint: 'Anote la fecha en que el distrito le envió su decisión sobre la queja formal.',
  },
  'alleged-discrimination-occurred': {
    label: 'Fecha del trato injusto',
    hint: 'Anote la fecha en que su hijo recibió un trato injusto por una discapacidad; la queja ante la Oficina de Derechos Civiles vence en 180 días.',
  },
  'ocr-complaint-filed': {
    label: 'Queja ante la OCR presentada',
    hint: 'Anote la fecha en que presentó una queja ante la Oficina de Derechos Civiles (OCR) del gobierno federal.',
  },
  'institutional-grievance-completed': {
    label: 'Fin de la queja formal en el distrito',
    hint: 'Anote la fecha en que terminó el proceso de queja formal del distrito; luego tiene 60 días para acudir a la Oficina de Derechos Civiles.',
  },
  'ocr-information-request-received': {
    label: 'La OCR pidió más información',
    hint: 'Anote la fecha en que la Oficina de Derechos Civiles (OCR) le pidió más datos; su respuesta vence en 20 días.',
  },
  'complainant-response-sent': {
    label: 'Respuesta enviada a la OCR',
    hint: 'Anote la fecha en que envió a la Oficina de Derechos Civiles (OCR) los datos que le pidió.',
  },
  'record-amendment-requested': {
    label: 'Corrección de expedientes solicitada',
    hint: 'Anote la fecha en que pidió a la escuela corregir algo falso o engañoso en los expedientes de su hijo.',
  },
  'amendment-decision-sent': {
    label: 'Decisión sobre la corrección',
    hint: 'Anote la fecha en que la escuela le dijo si va a corregir el expediente.',
  },
  'alleged-ferpa-violation': {
    label: 'Problema de privacidad de los expedientes',
    hint: 'Anote la fecha en que usted cree que la escuela violó la ley de privacidad de los expedientes escolares (FERPA).',
  },
  'ferpa-complaint-filed': {
    label: 'Queja por FERPA presentada',
    hint: 'Anote la fecha en que presentó una queja sobre la privacidad de los expedientes ante la oficina federal de privacidad estudiantil.',
  },
  'ferpa-rights-transfer-to-student': {
    label: 'Los derechos sobre los expedientes pasan a su hijo',
    hint: 'La fecha en que su hijo cumple 18 años o entra a la universidad, cuando los derechos sobre los expedientes escolares pasan a él.',
  },
  'district-written-notice-of-decision': {
    label: 'Aviso escrito del distrito sobre su decisión',
    hint: 'Anote la fecha en que el distrito le dio su decisión por escrito; en algunos estados el plazo para pedir una audiencia se cuenta desde ahí.',
  },
  'referral-received': {
    label: 'Remisión recibida',
    hint: 'Anote la fecha en que la escuela recibió el pedido de considerar a su hijo para educación especial (remisión); algunos estados cuentan desde ahí.',
  },
  'iep-implemented': {
    label: 'Primer IEP puesto en práctica',
    hint: 'Anote la fecha en que la escuela empezó a cumplir el primer IEP de su hijo.',
  },
  'proposed-iep-or-ineligibility-notice-sent': {
    label: 'IEP propuesto o aviso de "no elegible" enviado',
    hint: 'Anote la fecha en que la escuela le envió un IEP propuesto, o un aviso de que su hijo no es elegible.',
  },
  'fape-offer-or-ineligibility-notice-sent': {
    label: 'Oferta de servicios o aviso de "no elegible" enviado',
    hint: 'Anote la fecha en que la escuela envió su oferta de servicios (oferta de FAPE), o un aviso de que su hijo no es elegible.',
  },
  'written-referral-received': {
    label: 'Remisión por escrito recibida',
    hint: 'Anote la fecha en que la escuela recibió el pedido por escrito de evaluar a su hijo.',
  },
  'placement-decided': {
    label: 'Ubicación decidida',
    hint: 'Anote la fecha en que el equipo decidió dónde y cómo recibirá servicios su hijo (ubicación).',
  },
  'party-knew-or-reasonably-should-have-known': {
    label: 'Fecha en que se supo del problema',
    hint: 'Anote la fecha en que supo, o debió saber, del problema; algunos estados cuentan desde ahí el plazo para pedir una audiencia.',
  },
  'evaluation-report-given-to-parent': {
    label: 'Informe de evaluación entregado a usted',
    hint: 'Anote la fecha en que recibió el informe escrito de la evaluación.',
  },
  'evaluation-report-issued': {
    label: 'Informe de evaluación emitido',
    hint: 'Anote la fecha en que la escuela emitió el informe escrito de la evaluación.',
  },
  'evaluation-report-completed': {
    label: 'Informe de evaluación terminado',
    hint: 'Anote la fecha en que se terminó el informe escrito de la evaluación.',
  },
  'referral-received-by-special-education-administrator': {
    label: 'La remisión llegó a la oficina de educación especial',
    hint: 'Anote la fecha en que el encargado de educación especial del distrito recibió la remisión; algunos estados cuentan desde ahí.',
  },
  'district-refusal-or-proposal': {
    label: 'El distrito rechazó o propuso un cambio',
    hint: 'Anote la fecha en que el distrito propuso o rechazó un cambio para su hijo; algunos estados cuentan desde ahí el plazo para pedir una audiencia.',
  },
  'resolution-meeting-waived': {
    label: 'Se omitió la reunión de resolución',
    hint: 'Anote la fecha en que usted y la escuela acordaron por escrito no hacer la reunión de resolución.',
  },
  'age-of-majority-reached': {
    label: 'Su hijo llegó a la mayoría de edad',
    hint: 'Anote la fecha en que su hijo llegó a la mayoría de edad según la ley de su estado; los derechos escolares pasan entonces a él.',
  },
  'screener-completed': {
    label: 'Cuestionario completado',
    hint: 'Anote cuándo terminó las preguntas de Pathway sobre qué plan podría servirle a su hijo.',
  },
  'student-absent': {
    label: 'Ausencia de su hijo',
    hint: 'Anote un día en que su hijo faltó a clases; en algunos estados las ausencias pueden mover la fecha límite de la evaluación.',
  },
  'due-process-hearing-held': {
    label: 'Audiencia de debido proceso realizada',
    hint: 'Anote la fecha en que se hizo la audiencia de debido proceso; los expedientes deben compartirse con usted antes.',
  },
  'due-process-complaint-amended': {
    label: 'Queja de debido proceso modificada',
    hint: 'Anote la fecha en que se presentó una queja de debido proceso modificada; vuelve a empezar los plazos de resolución.',
  },
  'resolution-no-agreement-possible': {
    label: 'Acuerdo escrito de que no hay acuerdo posible',
    hint: 'Anote la fecha en que usted y el distrito acordaron por escrito que la reunión de resolución no puede resolver la queja.',
  },
  'parent-failed-to-produce-child': {
    label: 'Su hijo no estuvo disponible para la evaluación',
    hint: 'Anote la fecha en que su hijo no pudo estar disponible para la evaluación; el plazo no corre mientras eso dure.',
  },
  'evaluation-completion-date-agreed': {
    label: 'Fin de la evaluación acordado tras una mudanza',
    hint: 'Anote la fecha en que usted y el nuevo distrito acordaron por escrito cuándo terminar una evaluación que empezó el distrito anterior.',
  },
  'reevaluation-agreed-unnecessary': {
    label: 'Reevaluación acordada como innecesaria',
    hint: 'Anote la fecha en que usted y la escuela acordaron por escrito que no hace falta la reevaluación de cada tres años.',
  },
  'early-reevaluation-agreed': {
    label: 'Reevaluación anticipada acordada',
    hint: 'Anote la fecha en que usted y la escuela acordaron reevaluar a su hijo antes de que pase un año desde la última evaluación.',
  },
  'graduated-with-regular-diploma': {
    label: 'Graduación con diploma regular',
    hint: 'Anote la fecha en que su hijo se graduó con un diploma regular de secundaria, lo que termina la educación especial.',
  },
  'aged-out-of-eligibility': {
    label: 'Edad máxima para la educación especial',
    hint: 'Anote la fecha en que su hijo pasó la edad máxima que su estado atiende en la educación especial.',
  },
  other: {
    label: 'Otro evento',
    hint: 'Use esta opción para algo importante que no encaje en otro tipo, como una llamada o una nota de la escuela.',
  },
}

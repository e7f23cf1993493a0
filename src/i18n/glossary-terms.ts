/**
 * The English ↔ Spanish term pairs Pathway uses everywhere (CONTENT.md, "Spanish"). One place both
 * languages draw from: the Spanish catalogs are checked against it (glossary-terms.test.ts), so a
 * term written one way on one page and another way elsewhere fails the build.
 *
 * - `en` / `es`: the term as it appears in running text (lower case unless it is a name).
 * - `acronym`: the English letters families see in school papers, kept in Spanish text too.
 * - `esFirstUse`: how Spanish text writes the term the first time on a page, when it differs from
 *   "`es` (`acronym`)".
 * - `enMatch` / `esMatch`: how the term is recognized in running text (plurals and verb forms), used by
 *   the tests: wherever an English string uses the English term, its Spanish twin uses the Spanish one.
 * - `esAvoid`: other translations families meet elsewhere that Pathway does not use, so a Spanish page
 *   never mixes two names for one thing.
 *
 * Add a term: add an entry here, write it the same way in both catalogs, run the tests.
 */
export interface GlossaryTerm {
  readonly id: string
  readonly en: string
  readonly es: string
  readonly acronym?: string
  readonly esFirstUse?: string
  readonly enMatch: RegExp
  readonly esMatch: RegExp
  readonly esAvoid: readonly string[]
}

export const GLOSSARY_TERM_PAIRS: readonly GlossaryTerm[] = [
  {
    id: 'iep',
    en: 'Individualized Education Program',
    es: 'Programa de Educación Individualizado',
    acronym: 'IEP',
    esFirstUse: 'Programa de Educación Individualizado (IEP, por sus siglas en inglés)',
    enMatch: /\bIEPs?\b|Individualized Education Program/,
    esMatch: /\bIEP\b|Programa de Educación Individualizado/,
    esAvoid: [
      'Plan de Educación Individualizado',
      'Programa de Educación Individualizada',
      'Programa Educativo Individualizado',
      'Plan Educativo Individualizado',
      'Programa de Educación Individual ',
    ],
  },
  {
    id: 'plan-504',
    en: '504 plan',
    es: 'plan 504',
    enMatch: /\b504 plans?\b/i,
    esMatch: /\bplan(es)? 504\b/i,
    esAvoid: ['plan de 504', 'plan de la sección 504'],
  },
  {
    id: 'idea',
    en: 'Individuals with Disabilities Education Act',
    es: 'Ley de Educación para Personas con Discapacidades',
    acronym: 'IDEA',
    enMatch: /\bIDEA\b|Individuals with Disabilities Education Act/,
    esMatch: /\bIDEA\b|Ley de Educación para Personas con Discapacidades/,
    esAvoid: [
      'Ley de Educación para Individuos con Discapacidades',
      'Ley de Educación de Personas con Discapacidades',
      'Ley para la Educación de Individuos con Discapacidades',
    ],
  },
  {
    id: 'section-504',
    en: 'Section 504 of the Rehabilitation Act',
    es: 'Sección 504 de la Ley de Rehabilitación',
    enMatch: /\bSection 504\b/,
    esMatch: /\bSección 504\b/,
    esAvoid: ['Artículo 504', 'Seccion 504', 'sección 504'],
  },
  {
    id: 'fape',
    en: 'free appropriate public education',
    es: 'educación pública gratuita y apropiada',
    acronym: 'FAPE',
    enMatch: /\bFAPE\b|free appropriate public education/i,
    esMatch: /\bFAPE\b|educación pública gratuita y apropiada/i,
    esAvoid: ['educación pública apropiada y gratuita', 'educación pública gratuita y adecuada'],
  },
  {
    id: 'lre',
    en: 'least restrictive environment',
    es: 'ambiente menos restrictivo',
    acronym: 'LRE',
    enMatch: /\bLRE\b|least restrictive environment/i,
    esMatch: /\bLRE\b|ambiente menos restrictivo/i,
    esAvoid: ['entorno menos restrictivo', 'ambiente menos restringido'],
  },
  {
    id: 'sdi',
    en: 'specially designed instruction',
    es: 'instrucción especialmente diseñada',
    acronym: 'SDI',
    enMatch: /\bSDI\b|specially designed instruction/i,
    esMatch: /\bSDI\b|instrucción especialmente diseñada/i,
    esAvoid: ['instrucción diseñada especialmente', 'enseñanza especialmente diseñada'],
  },
  {
    id: 'related-services',
    en: 'related services',
    es: 'servicios relacionados',
    enMatch: /\brelated services?\b/i,
    esMatch: /\bservicios? relacionados?\b/i,
    esAvoid: ['servicios conexos'],
  },
  {
    id: 'accommodations',
    en: 'accommodations',
    es: 'adaptaciones',
    enMatch: /\baccommodations?\b/i,
    esMatch: /\badaptaci(ón|ones)\b/i,
    esAvoid: ['acomodaciones', 'acomodos', 'acomodación'],
  },
  {
    id: 'modifications',
    en: 'modifications',
    es: 'modificaciones',
    enMatch: /\bmodifications?\b/i,
    esMatch: /\bmodificaci(ón|ones)\b/i,
    esAvoid: [],
  },
  {
    id: 'present-levels',
    en: 'present levels of academic achievement and functional performance',
    es: 'niveles actuales de rendimiento académico y funcional',
    acronym: 'PLAAFP',
    enMatch: /\bPLAAFP\b|present levels/i,
    esMatch: /\bPLAAFP\b|niveles actuales/i,
    esAvoid: ['niveles presentes', 'nivel presente'],
  },
  {
    id: 'measurable-annual-goal',
    en: 'measurable annual goal',
    es: 'meta anual medible',
    enMatch: /\bmeasurable (annual )?goals?\b/i,
    esMatch: /\bmetas? (anual(es)? )?medibles?\b/i,
    esAvoid: ['objetivo anual medible', 'meta anual mensurable', 'metas anuales mensurables'],
  },
  {
    id: 'progress-report',
    en: 'progress report',
    es: 'informe de progreso',
    enMatch: /\bprogress reports?\b/i,
    esMatch: /\binformes? de progreso\b/i,
    esAvoid: ['reporte de progreso', 'reportes de progreso'],
  },
  {
    id: 'evaluation',
    en: 'evaluation',
    es: 'evaluación',
    enMatch: /\bevaluat(e|es|ed|ing|ion|ions)\b/i,
    esMatch: /\bevalu[a-záéíóú]*/i,
    esAvoid: [],
  },
  {
    id: 'reevaluation',
    en: 'reevaluation',
    es: 'reevaluación',
    enMatch: /\breevaluat(e|ed|ion|ions)\b/i,
    esMatch: /\breevalu[a-záéíóú]*/i,
    esAvoid: ['re-evaluación', 're-evaluar'],
  },
  {
    id: 'iee',
    en: 'independent educational evaluation',
    es: 'evaluación educativa independiente',
    acronym: 'IEE',
    enMatch: /\bIEE\b|independent educational evaluation/i,
    esMatch: /\bIEE\b|evaluación educativa independiente/i,
    esAvoid: ['evaluación independiente educativa', 'evaluación educacional independiente'],
  },
  {
    id: 'consent',
    en: 'consent',
    es: 'consentimiento',
    enMatch: /\bconsent(s|ed)?\b/i,
    esMatch: /\bconsentimiento\b/i,
    esAvoid: [],
  },
  {
    id: 'prior-written-notice',
    en: 'prior written notice',
    es: 'aviso previo por escrito',
    acronym: 'PWN',
    enMatch: /\bPWN\b|prior written notice/i,
    esMatch: /\bPWN\b|aviso previo por escrito/i,
    esAvoid: ['notificación previa por escrito', 'aviso previo escrito', 'notificación escrita previa'],
  },
  {
    id: 'procedural-safeguards',
    en: 'procedural safeguards',
    es: 'garantías procesales',
    enMatch: /\bprocedural safeguards\b/i,
    esMatch: /\bgarantías procesales\b/i,
    esAvoid: ['salvaguardas procesales', 'salvaguardias procesales', 'garantías procedimentales'],
  },
  {
    id: 'mediation',
    en: 'mediation',
    es: 'mediación',
    enMatch: /\bmediation\b/i,
    esMatch: /\bmediación\b/i,
    esAvoid: [],
  },
  {
    id: 'state-complaint',
    en: 'state complaint',
    es: 'queja estatal',
    enMatch: /\bstate complaints?\b/i,
    esMatch: /\bquejas? estatal(es)?\b/i,
    esAvoid: ['queja del estado', 'denuncia estatal', 'queja ante el estado'],
  },
  {
    id: 'due-process-hearing',
    en: 'due process hearing',
    es: 'audiencia de debido proceso',
    enMatch: /\bdue process hearings?\b/i,
    esMatch: /\baudiencias? de debido proceso\b/i,
    esAvoid: ['audiencia de proceso debido', 'audiencia del debido proceso'],
  },
  {
    id: 'due-process-complaint',
    en: 'due process complaint',
    es: 'queja de debido proceso',
    enMatch: /\bdue process complaints?\b/i,
    esMatch: /\bquejas? de debido proceso\b/i,
    esAvoid: ['demanda de debido proceso', 'queja del debido proceso'],
  },
  {
    id: 'resolution-meeting',
    en: 'resolution meeting',
    es: 'reunión de resolución',
    enMatch: /\bresolution meetings?\b/i,
    esMatch: /\breuni(ón|ones) de resolución\b/i,
    esAvoid: ['junta de resolución', 'sesión de resolución'],
  },
  {
    id: 'manifestation-determination',
    en: 'manifestation determination',
    es: 'determinación de manifestación',
    enMatch: /\bmanifestation determinations?\b/i,
    esMatch: /\bdeterminaci(ón|ones) de manifestación\b/i,
    esAvoid: ['revisión de manifestación', 'determinación de la manifestación'],
  },
  {
    id: 'stay-put',
    en: 'stay-put',
    es: 'permanencia en la ubicación actual',
    esFirstUse: 'permanencia en la ubicación actual ("stay-put")',
    enMatch: /\bstay-put\b/i,
    esMatch: /\bstay-put\b|permanencia en la ubicación actual/i,
    esAvoid: ['quedarse en su lugar'],
  },
  {
    id: 'esy',
    en: 'extended school year',
    es: 'año escolar extendido',
    acronym: 'ESY',
    enMatch: /\bESY\b|extended school year/i,
    esMatch: /\bESY\b|año escolar extendido/i,
    esAvoid: ['año escolar prolongado', 'año escolar ampliado'],
  },
  {
    id: 'transition-services',
    en: 'transition services',
    es: 'servicios de transición',
    enMatch: /\btransition services\b/i,
    esMatch: /\bservicios de transición\b/i,
    esAvoid: [],
  },
  {
    id: 'ocr',
    en: 'Office for Civil Rights',
    es: 'Oficina de Derechos Civiles',
    acronym: 'OCR',
    enMatch: /\bOCR\b|Office for Civil Rights/,
    esMatch: /\bOCR\b|Oficina de Derechos Civiles/,
    esAvoid: [
      'Oficina para los Derechos Civiles',
      'Oficina de los Derechos Civiles',
      'Oficina para Derechos Civiles',
    ],
  },
  {
    id: 'parent-center',
    en: 'Parent Training and Information Center',
    es: 'Centro de Capacitación e Información para Padres',
    enMatch: /Parent Training and Information Center/,
    esMatch: /Centro de Capacitación e Información para Padres/,
    esAvoid: ['Centro de Entrenamiento e Información para Padres', 'Centro de Información y Capacitación'],
  },
  {
    id: 'school-day',
    en: 'school day',
    es: 'día escolar',
    enMatch: /\bschool days?\b/i,
    esMatch: /\bdías? escolar(es)?\b/i,
    esAvoid: ['días de escuela', 'día de escuela'],
  },
  {
    id: 'calendar-day',
    en: 'calendar day',
    es: 'día calendario',
    enMatch: /\bcalendar days?\b/i,
    esMatch: /\bdías? calendario\b/i,
    esAvoid: ['días naturales', 'días corridos'],
  },
  {
    id: 'business-day',
    en: 'business day',
    es: 'día hábil',
    enMatch: /\bbusiness days?\b/i,
    esMatch: /\bdías? hábil(es)?\b/i,
    esAvoid: ['días laborables'],
  },
  {
    id: 'deadline',
    en: 'deadline',
    es: 'fecha límite',
    enMatch: /\bdeadlines?\b/i,
    esMatch: /\bfechas? límites?\b/i,
    esAvoid: [],
  },
  // Added for Pathway beyond the CONTENT.md table.
  {
    id: 'special-education',
    en: 'special education',
    es: 'educación especial',
    enMatch: /\bspecial education\b/i,
    esMatch: /\beducación especial\b/i,
    esAvoid: [],
  },
  {
    id: 'eligibility',
    en: 'eligibility',
    es: 'elegibilidad',
    enMatch: /\beligib(le|ility)\b/i,
    esMatch: /\belegib(le|les|ilidad)\b/i,
    esAvoid: ['eligibilidad'],
  },
  {
    id: 'placement',
    en: 'placement',
    es: 'ubicación',
    enMatch: /\bplacements?\b/i,
    esMatch: /\bubicaci(ón|ones)\b/i,
    esAvoid: ['colocación educativa'],
  },
  {
    id: 'hearing-officer',
    en: 'hearing officer',
    es: 'oficial de audiencias',
    enMatch: /\bhearing officers?\b/i,
    esMatch: /\boficial(es)? de audiencias\b/i,
    esAvoid: ['juez de audiencia', 'funcionario de audiencias'],
  },
  {
    id: 'grievance',
    en: 'grievance',
    es: 'queja formal',
    enMatch: /\bgrievances?\b/i,
    esMatch: /\bquejas? formal(es)?\b/i,
    esAvoid: ['agravio'],
  },
  {
    id: 'referral',
    en: 'referral',
    es: 'remisión',
    enMatch: /\breferrals?\b/i,
    esMatch: /\bremisi(ón|ones)\b/i,
    esAvoid: ['referimiento'],
  },
  {
    id: 'child-find',
    en: 'child find',
    es: 'búsqueda de niños',
    esFirstUse: 'búsqueda de niños ("child find")',
    enMatch: /\bchild find\b/i,
    esMatch: /\bchild find\b|búsqueda de niños/i,
    esAvoid: ['localización de niños', 'identificación de niños'],
  },
  {
    id: 'interim-setting',
    en: 'interim alternative educational setting',
    es: 'entorno educativo alternativo provisional',
    enMatch: /\binterim alternative educational setting\b/i,
    esMatch: /\bentorno educativo alternativo provisional\b/i,
    esAvoid: ['ambiente educativo alternativo interino'],
  },
  {
    id: 'ferpa',
    en: 'Family Educational Rights and Privacy Act',
    es: 'Ley de Derechos Educativos y Privacidad de la Familia',
    acronym: 'FERPA',
    enMatch: /\bFERPA\b|Family Educational Rights and Privacy Act/,
    esMatch: /\bFERPA\b|Ley de Derechos Educativos y Privacidad de la Familia/,
    esAvoid: [],
  },
  {
    id: 'ada',
    en: 'Americans with Disabilities Act',
    es: 'Ley para Estadounidenses con Discapacidades',
    acronym: 'ADA',
    enMatch: /\bADA\b|Americans with Disabilities Act/,
    esMatch: /\bADA\b|Ley para Estadounidenses con Discapacidades/,
    esAvoid: ['Ley de Estadounidenses con Discapacidades', 'Ley de Americanos con Discapacidades'],
  },
]

/** The term pair with this id; throws for an unknown id (a typo in code, not in data). */
export function glossaryTerm(id: string): GlossaryTerm {
  const found = GLOSSARY_TERM_PAIRS.find((term) => term.id === id)
  if (!found) throw new Error(`Unknown glossary term: ${id}`)
  return found
}

/** How a term is written the first time on a page: "Individualized Education Program (IEP)". */
export function firstUse(term: GlossaryTerm, lang: 'en' | 'es'): string {
  if (lang === 'es' && term.esFirstUse) return term.esFirstUse
  const words = lang === 'en' ? term.en : term.es
  return term.acronym ? `${words} (${term.acronym})` : words
}

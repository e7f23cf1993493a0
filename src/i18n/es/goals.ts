import type { Translation } from '../catalog-types.ts'
import type { goals as english } from '../en/goals.ts'

/** Spanish text for goals: neutral Latin American Spanish, formal "usted" (see CONTENT.md). */
export const goals: Translation<typeof english> = {
  parts: {
    condition: 'Cuándo o con qué ayuda',
    behavior: 'Qué hará su hijo',
    criterion: 'Qué tan bien',
    timeframe: 'Para cuándo',
    measurementMethod: 'Cómo se mide',
    baseline: 'Nivel inicial',
    target: 'Meta',
  },
  flags: {
    noCondition: 'No dice cuándo ni con qué ayuda',
    noBehavior: 'No nombra una acción que se pueda ver',
    noCriterion: 'No dice qué tan bien',
    noTimeframe: 'No dice para cuándo',
    noMeasurementMethod: 'No dice cómo se mide el progreso',
  },
  criterionKinds: {
    accuracy: 'Precisión',
    rate: 'Ritmo',
    frequency: 'Con qué frecuencia',
    duration: 'Cuánto tiempo',
    trials: 'Número de intentos',
  },
  directions: {
    increase: 'Más alto es mejor',
    decrease: 'Más bajo es mejor',
  },
  suggestions: {
    noCondition:
      'Indique cuándo, dónde o con qué ayuda hará esto su hijo. Por ejemplo: «Dada una lista de 20 palabras» o «Durante la clase de matemáticas».',
    noBehavior:
      'Nombre algo que hará su hijo y que otra persona pueda ver u oír, como leer en voz alta, escribir, señalar, resolver o decir.',
    vagueVerb:
      '«{{verb}}» no es algo que se pueda ver ni contar. Use una acción, como leer en voz alta, escribir, señalar, resolver o decir.',
    noCriterion:
      'Indique qué tan bien debe hacerlo su hijo. Por ejemplo: «con un 80 % de precisión», «90 palabras por minuto», «en 4 de 5 intentos» o «durante 10 minutos».',
    noTimeframe: 'Indique para cuándo. Por ejemplo: «para junio de 2027» o «para el final del año escolar».',
    noMeasurementMethod:
      'Indique cómo se medirá el progreso y quién lo medirá. Por ejemplo: «según las pruebas semanales de lectura que anota la maestra». El IEP debe indicarlo (34 CFR 300.320(a)(3)).',
  },
  ui: {
    title: '¿Esta meta es medible?',
    intro:
      'Pegue una meta anual de un IEP. Pathway busca las cinco partes que hacen medible una meta y le dice qué falta.',
    law: 'Todo IEP debe tener metas anuales medibles y decir cómo se mide el progreso hacia ellas (34 CFR 300.320(a)(2) y (a)(3)).',
    label: 'La meta',
    labelAgain: 'Revise otra meta, o cambie esta',
    hint: 'Cópiela del IEP tal como está escrita',
    submit: 'Revisar la meta',
    resultTitle: 'Lo que encontró Pathway',
    flagCount: 'Partes que faltan: {{count}} de 5. Pida al equipo del IEP que las agregue.',
    measurable: 'Esta meta tiene las cinco partes de una meta medible.',
    notFound: 'No se encontró',
    vagueLabel: 'no se puede ver ni contar',
    suggestionsTitle: 'Qué pedir',
    liveEmpty: 'Escriba la meta arriba para ver qué falta.',
    checkSubmit: 'Revisar esta meta',
    allParts: 'No falta nada.',
    notAdvice:
      'Pathway lee las palabras de la meta; puede pasar por alto cosas que una persona vería. Esto es orientación, no asesoría legal.',
    planCheck: '¿Esta meta es medible?',
    planFlags: 'Partes que faltan: {{count}}',
    planProgress: 'Progreso en esta meta',
    problems: {
      textMissing: 'Pegue o escriba la meta',
      textTooLong: 'Escriba una meta de {{max}} caracteres o menos',
    },
  },
}

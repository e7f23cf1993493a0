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
}

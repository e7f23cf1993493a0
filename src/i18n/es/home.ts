import type { Translation } from '../catalog-types.ts'
import type { home as english } from '../en/home.ts'

/** Spanish text for home: neutral Latin American Spanish, formal "usted" (see CONTENT.md). */
export const home: Translation<typeof english> = {
  landing: {
    title: 'Consiga para su hijo el apoyo escolar que promete la ley',
    lead: 'Pathway guarda en un solo lugar el Programa de Educación Individualizado (IEP, por sus siglas en inglés) o el plan 504 de su hijo, sus cartas y sus registros, y le avisa cada fecha límite legal antes de que pase.',
    second:
      'Explica cada paso con palabras sencillas, para que usted llegue a las reuniones escolares con los datos.',
    screener: '¿Qué plan le conviene a mi hijo?',
    screenerHint:
      'Conteste unas preguntas, sin crear una cuenta. En unos 5 minutos verá si le podría convenir un IEP, un plan 504 o una evaluación, y por qué.',
    guides: 'Lea las guías para familias',
    signUpHint:
      'Con una cuenta gratuita puede tener el expediente y las fechas límite de su hijo en un solo lugar.',
    signUp: 'Crear una cuenta gratuita',
    signIn: 'Iniciar sesión',
    goToDashboard: 'Ir a su página de inicio',
    whatTitle: 'Lo que puede hacer con Pathway',
    what: {
      record: 'Tener un solo expediente de su hijo: planes, evaluaciones, reuniones y cartas.',
      deadlines: 'Ver las fechas límite que la escuela debe cumplir y por qué cada fecha es la que es.',
      evidence: 'Seguir el progreso de las metas y si los servicios de verdad se dan.',
      share: 'Compartir el expediente de su hijo con un defensor, con sus condiciones.',
    },
  },
  dashboard: {
    title: 'Hola, {{name}}',
    noChildren: 'Empiece por agregar a su hijo. Toma un minuto.',
    childrenTitle: 'Sus hijos',
  },
}

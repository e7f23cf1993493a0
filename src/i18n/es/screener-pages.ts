import type { Translation } from '../catalog-types.ts'
import type { screenerPages as english } from '../en/screener-pages.ts'

/** Spanish text for the screener's pages: neutral Latin American Spanish, formal "usted" (see CONTENT.md). */
export const screenerPages: Translation<typeof english> = {
  start: {
    metaDescription:
      'Conteste unas preguntas sobre su hijo, sin crear una cuenta, y vea si le podría convenir un IEP, un plan 504 o una evaluación, con la ley de cada razón.',
    howTitle: 'Cómo funciona',
    how: {
      questions:
        'Le preguntamos la edad de su hijo, su escuela y si tiene una condición de salud o una dificultad.',
      notSure: 'Puede contestar “No sé” a la mayoría de las preguntas.',
      result: 'Verá qué plan podría convenirle, por qué y qué hacer después.',
    },
    privacy:
      'Sus respuestas se guardan en este navegador hasta que lo cierre. Pathway solo las guarda si usted inicia sesión y las guarda en el expediente de su hijo.',
    resume: 'Seguir donde se quedó',
    seeResult: 'Ver su resultado',
    startOver: 'Borrar mis respuestas y empezar de nuevo',
    guidesTitle: '¿Quiere leer primero?',
    guidesLink: 'Vea cómo se comparan el IEP y el plan 504',
  },

  question: {
    or: 'o',
    backToAnswers: 'Volver a sus respuestas',
    conditionCaption: 'Condición {{number}}',
  },

  check: {
    aboutChild: 'Sobre su hijo',
    schoolAndSupport: 'La escuela y el apoyo',
    removeCondition: 'Quitar esta condición',
    removeHidden: 'condición {{number}}: {{name}}',
    ready: 'El resultado le mostrará qué plan podría convenirle, por qué y qué hacer después.',
  },

  result: {
    caption: 'Su resultado',
    lawLinkHidden: 'explicado en la guía: {{entry}}',
    primaryStepTitle: 'Su próximo paso: pida una evaluación por escrito',
    primaryStepBody:
      'Una carta muestra la fecha en que usted lo pidió, y la escuela debe contestarla. La guía explica qué escribir y qué pasa después.',
    primaryStepLink: 'Cómo pedir una evaluación por escrito',
    writeLetter: 'Escribir la carta para {{name}}',
    letterSignedOut:
      'Con una cuenta gratuita, Pathway le escribe esta carta con los datos de su hijo ya incluidos.',
    print: 'Imprimir esta página',
    printHint:
      'Para guardar una copia, use la opción de imprimir de su navegador. La página se imprime sin los menús.',
    answersTitle: 'Sus respuestas',
    changeAnswers: 'Cambiar sus respuestas',
    compareLink: 'Vea cómo se comparan el IEP y el plan 504',
    helpTitle: 'Reciba ayuda gratuita',
    helpLink: 'Encuentre su Centro de Capacitación e Información para Padres',
  },

  save: {
    title: 'Guarde este resultado en el expediente de su hijo',
    intro:
      'Al guardarlo, sus respuestas y este resultado quedan en la línea de tiempo de su hijo, para mostrarlos en las reuniones escolares.',
    childLabel: '¿De cuál de sus hijos se trata?',
    submit: 'Guardar en el expediente',
    noChildren:
      'Primero agregue a su hijo en Pathway. Sus respuestas se quedan en este navegador, así que puede volver aquí para guardarlas.',
    addChild: 'Agregar a su hijo',
    signedOut:
      'Inicie sesión para guardar este resultado en el expediente de su hijo. La cuenta es gratuita.',
    signIn: 'Inicie sesión para guardar este resultado',
    createAccount: 'Crear una cuenta gratuita',
    chooseChild: 'Elija de cuál de sus hijos trata este resultado',
    saved: 'El resultado del cuestionario se guardó en el expediente de {{name}}.',
  },

  saved: {
    savedOn: 'Guardado el {{date}}',
    intro:
      'Este es el resultado calculado con las respuestas que usted guardó. Si algo cambió, puede cambiar las respuestas y ver un resultado nuevo.',
    reopen: 'Cambiar estas respuestas',
    backToRecord: 'Volver al expediente de {{name}}',
    timelineLink: 'Ver el resultado',
  },

  notices: {
    unreadable: 'No pudimos leer sus respuestas anteriores, así que las preguntas empiezan de nuevo.',
  },
}

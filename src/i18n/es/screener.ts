import type { Translation } from '../catalog-types.ts'
import type { screener as english } from '../en/screener.ts'

/** Spanish text for screener: neutral Latin American Spanish, formal "usted" (see CONTENT.md). */
export const screener: Translation<typeof english> = {
  notice:
    'Esto es orientación, no asesoría legal. Para recibir ayuda gratuita, comuníquese con el Centro de Capacitación e Información para Padres de su estado.',

  flow: {
    title: '¿Qué plan le conviene a mi hijo?',
    intro:
      'Conteste unas preguntas sobre su hijo. Toma unos 5 minutos y no necesita una cuenta. Al final verá qué plan podría convenirle, por qué y qué hacer después.',
    start: 'Comenzar',
    continue: 'Continuar',
    back: 'Atrás',
    change: 'Cambiar',
    remove: 'Quitar',
    checkAnswersTitle: 'Revise sus respuestas',
    checkAnswersHint: 'Revise sus respuestas. Puede cambiar cualquiera antes de ver el resultado.',
    seeResult: 'Ver el resultado',
    startAgain: 'Empezar de nuevo',
    conditionHeading: 'Condición {{number}}: {{name}}',
    reasonsHeading: 'Por qué',
    nextStepsHeading: 'Qué hacer ahora',
    lawLabel: 'La ley',
  },

  recommendations: {
    iep: {
      title: 'Un IEP parece lo más adecuado',
      summary:
        'Sus respuestas indican educación especial bajo la Ley de Educación para Personas con Discapacidades (IDEA). Su hijo podría tener una discapacidad de la lista de IDEA y necesitar una enseñanza planeada para él. Solo la evaluación de la escuela puede decidirlo, así que pídala por escrito.',
    },
    '504': {
      title: 'Un plan 504 parece lo más adecuado',
      summary:
        'Sus respuestas indican un plan 504. Una condición le hace mucho más difícil a su hijo una actividad de todos los días, y su hijo necesita cambios o ayuda en la escuela. La escuela decide después de su propia evaluación.',
    },
    evaluate: {
      title: 'Pida a la escuela una evaluación',
      summary:
        'Todavía no se conocen algunos datos que deciden qué plan conviene. Una evaluación gratuita de la escuela los averigua. Pídala por escrito.',
      titleEarlyIntervention: 'Pida una evaluación gratuita de intervención temprana',
      summaryEarlyIntervention:
        'Su hijo tiene menos de 3 años. A esta edad, la ayuda viene del programa de intervención temprana de su estado, que evalúa a los niños gratis.',
    },
    neither: {
      title: 'Por ahora ningún plan parece necesario',
      summary:
        'Según sus respuestas, su hijo no parece necesitar hoy un IEP ni un plan 504. Su hijo sigue protegido contra un trato injusto, y usted puede volver a preguntar si las cosas cambian.',
    },
  },

  errors: {
    numberRange: 'Escriba un número entero del {{min}} al {{max}}.',
    tooLong: 'Use {{max}} caracteres o menos.',
    noSuchCondition: 'Agregue las condiciones en orden, empezando por la primera.',
    exclusive: {
      none: 'Elija “Ninguna de estas” sola, o quítela y conserve sus otras respuestas.',
      unsure: 'Elija “No sé cuál corresponde” sola, o quítela y conserve sus otras respuestas.',
    },
  },

  problems: {
    duplicates: 'Anote cada valor una sola vez.',
  },

  answers: {
    notSure: 'No sé',
    years_one: '{{count}} año',
    years_other: '{{count}} años',
    months_one: 'Aproximadamente {{count}} mes',
    months_other: 'Aproximadamente {{count}} meses',
    text: '{{value}}',
  },

  categoryNames: {
    autism: 'autismo',
    'deaf-blindness': 'sordoceguera',
    deafness: 'sordera',
    'emotional-disturbance': 'trastorno emocional',
    'hearing-impairment': 'impedimento auditivo',
    'intellectual-disability': 'discapacidad intelectual',
    'multiple-disabilities': 'discapacidades múltiples',
    'orthopedic-impairment': 'impedimento ortopédico',
    'other-health-impairment': 'otro impedimento de salud',
    'specific-learning-disability': 'discapacidad específica del aprendizaje',
    'speech-or-language-impairment': 'impedimento del habla o del lenguaje',
    'traumatic-brain-injury': 'lesión cerebral traumática',
    'visual-impairment-including-blindness': 'impedimento visual, incluida la ceguera',
  },

  activityNames: {
    learning: 'aprender',
    reading: 'leer',
    concentrating: 'concentrarse',
    thinking: 'pensar',
    communicating: 'comunicarse',
    eating: 'comer',
    breathing: 'respirar',
    walking: 'caminar',
    seeing: 'ver',
    hearing: 'oír',
    speaking: 'hablar',
    'caring-for-oneself': 'cuidarse a sí mismo',
    writing: 'escribir',
    'interacting-with-others': 'relacionarse con otras personas',
    sleeping: 'dormir',
    'performing-manual-tasks': 'hacer tareas con las manos',
    standing: 'estar de pie',
    sitting: 'estar sentado',
    reaching: 'alcanzar objetos',
    lifting: 'levantar objetos',
    bending: 'agacharse',
    working: 'trabajar',
    'immune-system': 'el sistema inmunitario',
    'normal-cell-growth': 'el crecimiento normal de las células',
    digestive: 'la digestión',
    bowel: 'el intestino',
    bladder: 'la vejiga',
    neurological: 'el sistema nervioso',
    brain: 'el cerebro',
    respiratory: 'los órganos de la respiración (sistema respiratorio)',
    circulatory: 'el corazón y la sangre (sistema circulatorio)',
    endocrine: 'las hormonas (sistema endocrino)',
    reproductive: 'el sistema reproductor',
  },

  questions: {
    age: {
      title: '¿Cuántos años tiene su hijo?',
      hint: 'Escriba la edad de su hijo en años cumplidos. Si es un bebé de menos de 1 año, escriba 0.',
      error: 'Escriba la edad de su hijo en años, por ejemplo 7.',
    },
    school: {
      title: '¿A qué escuela va su hijo?',
      hint: 'Elija la opción que mejor describe la situación de hoy.',
      error: 'Elija a qué escuela va su hijo.',
      options: {
        public: {
          label: 'Una escuela pública',
          hint: 'La administra el distrito escolar público. También cuentan el preescolar público y la escuela pública en línea.',
        },
        charter: {
          label: 'Una escuela chárter pública',
          hint: 'Una escuela chárter es una escuela pública. Tiene los mismos deberes con los niños con discapacidades.',
        },
        private: {
          label: 'Una escuela privada o religiosa',
          hint: 'Una escuela que usted eligió y que no administra el sistema de escuelas públicas. Si el distrito escolar colocó a su hijo allí, elija “Una escuela pública”.',
        },
        home: {
          label: 'Educación en el hogar',
          hint: 'Usted le enseña a su hijo en casa.',
        },
      },
    },
    currentPlan: {
      title: '¿Tiene su hijo ahora un IEP o un plan 504?',
      hint: 'Revise los papeles que le dio la escuela. El Programa de Educación Individualizado (IEP, por sus siglas en inglés) es un plan escrito de educación especial. Un plan 504 es una lista escrita de cambios y ayudas en la escuela.',
      error: 'Elija si su hijo tiene un IEP, un plan 504 o ninguno.',
      options: {
        none: {
          label: 'Ninguno',
          hint: 'Su hijo no tiene un plan escrito, o usted no está seguro.',
        },
        iep: {
          label: 'Un IEP (Programa de Educación Individualizado)',
          hint: 'En algunos estados se llama plan ARD o plan de educación especial.',
        },
        '504': {
          label: 'Un plan 504',
          hint: 'A veces se llama plan de la Sección 504 o plan de adaptaciones.',
        },
      },
    },
    basis: {
      title: '¿Cuál de estas opciones describe mejor a su hijo?',
      hint: 'Esto nos dice qué parte de la ley debemos mirar.',
      error: 'Elija la respuesta que describe mejor a su hijo.',
      options: {
        impairment: {
          label: 'Mi hijo tiene ahora una condición de salud, una discapacidad o una dificultad',
          hint: 'No necesita un diagnóstico. Cuentan las dificultades con la lectura, la atención, las emociones o el comportamiento.',
        },
        'record-of': {
          label: 'Mi hijo tuvo una condición en el pasado, o una vez lo clasificaron por error con una',
          hint: 'Por ejemplo, un problema del corazón que se corrigió con una operación, o una discapacidad del aprendizaje que luego las pruebas mostraron que no existía.',
        },
        'regarded-as': {
          label: 'En la escuela tratan a mi hijo como si tuviera una condición',
          hint: 'Por ejemplo, la escuela no deja que su hijo juegue deportes porque cree que tiene una condición que su hijo no tiene.',
        },
      },
    },
    conditionName: {
      title: '¿Qué condición de salud, discapacidad o dificultad tiene su hijo?',
      titleAnother: '¿Qué otra cosa tiene su hijo?',
      titleUnderThree: '¿Qué le preocupa de la salud o el desarrollo de su hijo?',
      hint: 'Use sus propias palabras, una a la vez. Por ejemplo: TDAH, asma, dislexia, ansiedad, dificultad para leer, un brazo fracturado.',
      hintRecordOf:
        'Escriba con sus propias palabras la condición que tuvo su hijo. Por ejemplo: leucemia, una condición del corazón.',
      hintRegardedAs:
        'Escriba con sus propias palabras la condición que otras personas creen que tiene su hijo.',
      hintUnderThree:
        'Use sus propias palabras. Por ejemplo: todavía no habla, todavía no camina, un problema de audición, una condición de salud desde el nacimiento.',
      error: 'Escriba la condición o dificultad en pocas palabras.',
    },
    conditionDiagnosed: {
      title: '¿Un médico u otro especialista diagnosticó {{name}}?',
      hint: 'Un diagnóstico ayuda, pero su hijo no lo necesita para ser evaluado. La escuela paga las pruebas que necesite.',
      error: 'Elija sí, no o no sé.',
      options: {
        yes: { label: 'Sí' },
        no: { label: 'No' },
        unsure: { label: 'No sé' },
      },
    },
    conditionDuration: {
      title: '¿Cuánto tiempo se espera que dure {{name}}?',
      hint: 'Piense en lo que le ha dicho el médico o el especialista.',
      error: 'Elija cuánto tiempo se espera que dure la condición.',
      options: {
        'long-lasting': {
          label: 'Mucho tiempo, o toda la vida',
          hint: 'Por ejemplo: autismo, diabetes, una discapacidad del aprendizaje.',
        },
        temporary: {
          label: 'Un tiempo, y luego debería desaparecer',
          hint: 'Por ejemplo: una pierna fracturada, la recuperación de una operación, una conmoción cerebral.',
        },
        unsure: { label: 'No sé' },
      },
    },
    conditionMonths: {
      title: '¿Aproximadamente cuántos meses durará {{name}} en total?',
      hint: 'Cuente desde que empezó. Escriba un número entero, por ejemplo 3.',
      notSure: 'No sé',
      error: 'Escriba un número de meses, o elija “No sé”.',
    },
    conditionPattern: {
      title: '¿Cómo afecta {{name}} a su hijo con el paso del tiempo?',
      hint: 'Algunas condiciones están siempre presentes. Otras van y vienen, o están tranquilas por ahora.',
      error: 'Elija cómo afecta la condición a su hijo con el tiempo.',
      options: {
        steady: {
          label: 'Casi igual la mayor parte del tiempo',
          hint: 'Por ejemplo: dislexia, parálisis cerebral.',
        },
        'comes-and-goes': {
          label: 'Va y viene, con crisis',
          hint: 'Por ejemplo: ataques de asma, convulsiones, migrañas, épocas de tristeza profunda.',
        },
        'in-remission': {
          label: 'Está tranquila por ahora, pero podría volver',
          hint: 'Por ejemplo: cáncer en remisión, o la enfermedad de Crohn entre crisis.',
        },
        unsure: { label: 'No sé' },
      },
    },
    anotherCondition: {
      title: '¿Tiene su hijo otra condición o dificultad?',
      hint: 'Agregue cada una por separado. Ya nos habló de {{name}}.',
      error: 'Elija sí o no.',
      options: {
        yes: { label: 'Sí, agregar otra' },
        no: { label: 'No, es todo' },
      },
    },
    ideaCategories: {
      title: '¿Alguna de estas opciones podría describir a su hijo?',
      hint: 'La ley nombra 13 tipos de discapacidad que pueden llevar a un IEP. Elija cada una que podría corresponder, aunque no haya un diagnóstico. La evaluación de la escuela decide.',
      error:
        'Elija todos los grupos que podrían corresponder, “No sé cuál corresponde” o “Ninguna de estas”.',
      options: {
        autism: {
          label: 'Autismo',
          hint: 'Dificultad para hablar y relacionarse. Muchas veces hay conductas repetidas o reacciones fuertes a los cambios, los sonidos, las luces o el tacto.',
        },
        'deaf-blindness': {
          label: 'Sordoceguera',
          hint: 'Pérdida grave de la audición y de la vista al mismo tiempo.',
        },
        deafness: {
          label: 'Sordera',
          hint: 'Una pérdida de audición tan grave que su hijo no entiende el habla al oírla, aun con audífonos.',
        },
        'emotional-disturbance': {
          label: 'Condición emocional o de salud mental (trastorno emocional)',
          hint: 'Durante mucho tiempo: tristeza profunda, miedos fuertes, dificultad para llevarse bien con otros, o un comportamiento que le impide aprender.',
        },
        'hearing-impairment': {
          label: 'Pérdida de audición (impedimento auditivo)',
          hint: 'Una pérdida de audición permanente o que va y viene, que afecta en la escuela pero es menor que la sordera.',
        },
        'intellectual-disability': {
          label: 'Discapacidad intelectual',
          hint: 'El aprendizaje y las habilidades diarias están muy por debajo de los de otros niños de la misma edad, y se notó desde pequeño.',
        },
        'multiple-disabilities': {
          label: 'Más de una discapacidad (discapacidades múltiples)',
          hint: 'Dos o más discapacidades a la vez. Juntas necesitan más ayuda que cada una por separado.',
        },
        'orthopedic-impairment': {
          label: 'Discapacidad física (impedimento ortopédico)',
          hint: 'Un problema grave de los huesos, las articulaciones o los músculos, como la parálisis cerebral o la falta de un brazo o una pierna.',
        },
        'other-health-impairment': {
          label: 'Condición de salud que afecta la energía o la atención (otro impedimento de salud)',
          hint: 'Un problema de salud que quita fuerza o energía, o que hace difícil estar alerta en la escuela. Por ejemplo: TDAH, asma, diabetes, convulsiones o anemia de células falciformes.',
        },
        'specific-learning-disability': {
          label: 'Discapacidad del aprendizaje (discapacidad específica del aprendizaje)',
          hint: 'Dificultad para leer, escribir, deletrear o hacer matemáticas que no se explica por otras razones. La dislexia es un ejemplo.',
        },
        'speech-or-language-impairment': {
          label: 'Problema del habla o del lenguaje (impedimento del habla o del lenguaje)',
          hint: 'Tartamudez, dificultad para pronunciar sonidos, o dificultad con las palabras y las oraciones.',
        },
        'traumatic-brain-injury': {
          label: 'Lesión cerebral por un accidente (lesión cerebral traumática)',
          hint: 'Una lesión del cerebro por un golpe o una caída. Afecta la memoria, la atención, el pensamiento o el comportamiento.',
        },
        'visual-impairment-including-blindness': {
          label: 'Pérdida de la vista o ceguera (impedimento visual)',
          hint: 'Una pérdida de la vista que afecta en la escuela aun con anteojos.',
        },
        'developmental-delay': {
          label: 'Retraso en el desarrollo',
          hint: 'Para niños de 3 a 9 años: un desarrollo más lento en el movimiento, el habla, el pensamiento, las habilidades sociales o las tareas diarias. No todos los estados usan este grupo.',
        },
        unsure: { label: 'No sé cuál corresponde' },
        none: { label: 'Ninguna de estas' },
      },
    },
    adverseEffectOnEducation: {
      title: '¿La condición le hace más difícil la escuela a su hijo?',
      hint: 'La escuela es más que las calificaciones. Piense en el aprendizaje, el comportamiento, las amistades, la comunicación, la organización, y cuánto tiempo o ayuda extra necesita su hijo para no quedarse atrás.',
      error: 'Elija sí, no o no sé.',
      options: {
        yes: {
          label: 'Sí',
          hint: 'Por ejemplo: se atrasa, necesita horas de ayuda en casa para no quedarse atrás, lo sacan de la clase a menudo, o tiene problemas con sus amigos por la condición.',
        },
        no: {
          label: 'No',
          hint: 'La condición no le estorba en la escuela de ninguna de estas formas.',
        },
        unsure: {
          label: 'No sé',
          hint: 'Usted no está seguro, o nadie en la escuela lo ha revisado todavía.',
        },
      },
    },
    needsSpecializedInstruction: {
      title: '¿Necesita su hijo una enseñanza planeada para él?',
      titleExistingIep: '¿Todavía necesita su hijo una enseñanza planeada para él?',
      hint: 'Esto se llama instrucción especialmente diseñada. Cambia qué, cómo o dónde se le enseña a su hijo; por ejemplo, un programa de lectura con un maestro de educación especial, o clases de habilidades sociales. Los cambios como más tiempo o un salón tranquilo no son, por sí solos, una enseñanza planeada para su hijo.',
      error: 'Elija sí, no o no sé.',
      options: {
        yes: {
          label: 'Sí, o creo que sí',
          hint: 'Su hijo no avanza lo suficiente con la enseñanza de siempre, ni siquiera con ayuda extra.',
        },
        no: {
          label: 'No, bastan los cambios y la ayuda',
          hint: 'Su hijo aprende con la enseñanza de siempre cuando hay cambios como más tiempo, descansos o la ayuda de una enfermera.',
        },
        unsure: {
          label: 'No sé',
          hint: 'Es muy común. La evaluación de la escuela lo responde.',
        },
      },
    },
    majorLifeActivities: {
      title: '¿Cuáles de estas actividades le hace más difíciles la condición a su hijo?',
      hint: 'Piense en un día normal sin medicinas, aparatos ni ayuda especial. Elija todas las que correspondan.',
      error: 'Elija todas las actividades que son más difíciles, o “Ninguna de estas”.',
      options: {
        learning: { label: 'Aprender', hint: 'Entender y recordar cosas nuevas.' },
        reading: {
          label: 'Leer',
          hint: 'Leer palabras, leer con suficiente rapidez o entender lo que leyó.',
        },
        concentrating: { label: 'Poner atención', hint: 'Mantenerse concentrado en una tarea o una clase.' },
        thinking: { label: 'Pensar', hint: 'Resolver problemas, planear, tomar decisiones.' },
        communicating: {
          label: 'Comunicarse',
          hint: 'Entender a los demás y hacerse entender.',
        },
        eating: {
          label: 'Comer',
          hint: 'Comer sin peligro, por ejemplo con una alergia a alimentos.',
        },
        breathing: { label: 'Respirar', hint: 'Por ejemplo, durante un ataque de asma.' },
        walking: {
          label: 'Caminar',
          hint: 'Moverse por la escuela, usar las escaleras, caminar distancias largas.',
        },
        seeing: { label: 'Ver', hint: 'Ver el pizarrón, los libros o las pantallas.' },
        hearing: { label: 'Oír', hint: 'Oír al maestro y a los compañeros.' },
        speaking: { label: 'Hablar', hint: 'Decir las palabras con claridad o sin trabarse.' },
        'caring-for-oneself': {
          label: 'Cuidarse solo',
          hint: 'Vestirse, usar el baño, comer, tomar medicinas.',
        },
        writing: { label: 'Escribir', hint: 'La letra, la ortografía, poner las ideas en papel.' },
        'interacting-with-others': {
          label: 'Llevarse bien con los demás',
          hint: 'Hacer amigos, trabajar en grupo, entender el lenguaje corporal.',
        },
        sleeping: {
          label: 'Dormir',
          hint: 'Quedarse dormido, seguir dormido, llegar descansado a la escuela.',
        },
        'performing-manual-tasks': {
          label: 'Usar las manos',
          hint: 'Recortar, abotonarse, sostener un lápiz.',
        },
        standing: { label: 'Estar de pie', hint: 'Hacer fila o estar de pie durante una actividad.' },
        sitting: { label: 'Estar sentado', hint: 'Permanecer sentado durante una clase o un examen.' },
        reaching: { label: 'Alcanzar objetos', hint: 'Alcanzar un estante, un casillero o un escritorio.' },
        lifting: { label: 'Levantar objetos', hint: 'Cargar una mochila o una bandeja de comida.' },
        bending: { label: 'Agacharse', hint: 'Agacharse para recoger cosas.' },
        working: {
          label: 'Trabajar',
          hint: 'Un empleo o capacitación para el trabajo, para estudiantes mayores.',
        },
        'immune-system': {
          label: 'Defenderse de infecciones (sistema inmunitario)',
          hint: 'Por ejemplo: una enfermedad o un tratamiento que hace difícil combatir los microbios.',
        },
        'normal-cell-growth': { label: 'Crecimiento de las células', hint: 'Por ejemplo: cáncer.' },
        digestive: { label: 'Digestión', hint: 'Por ejemplo: enfermedad de Crohn, enfermedad celíaca.' },
        bowel: { label: 'Intestino', hint: 'Necesitar ir al baño a menudo o con urgencia.' },
        bladder: { label: 'Vejiga', hint: 'Aguantar la orina.' },
        neurological: {
          label: 'Sistema nervioso',
          hint: 'Por ejemplo: epilepsia, síndrome de Tourette, migrañas.',
        },
        brain: {
          label: 'Cerebro',
          hint: 'Por ejemplo: autismo, depresión, trastorno bipolar.',
        },
        respiratory: {
          label: 'Pulmones y vías respiratorias',
          hint: 'Por ejemplo: asma, fibrosis quística.',
        },
        circulatory: {
          label: 'Corazón y sangre',
          hint: 'Por ejemplo: una condición del corazón, anemia de células falciformes.',
        },
        endocrine: { label: 'Hormonas', hint: 'Por ejemplo: diabetes, problemas de la tiroides.' },
        reproductive: {
          label: 'Sistema reproductor',
          hint: 'Por ejemplo: problemas con la pubertad o la menstruación.',
        },
        none: { label: 'Ninguna de estas' },
      },
    },
    mitigatingMeasures: {
      title: '¿Qué le ayuda a su hijo a manejar la condición?',
      hint: 'Elija todo lo que su hijo usa, en casa o en la escuela. La siguiente pregunta deja esta ayuda a un lado: la ley mira a su hijo sin ella, salvo los anteojos o lentes de contacto comunes.',
      error: 'Elija todo lo que le ayuda, o “Ninguna de estas”.',
      options: {
        medication: { label: 'Medicinas', hint: 'Pastillas, inhaladores, insulina, inyecciones.' },
        'hearing-aids': { label: 'Audífonos', hint: 'Aparatos que se llevan en el oído o detrás de él.' },
        'cochlear-implants': {
          label: 'Implante coclear',
          hint: 'U otro aparato para oír colocado con una operación.',
        },
        'low-vision-devices': {
          label: 'Aparatos para baja visión',
          hint: 'Lupas, letra grande, aumento de pantalla. No los anteojos comunes.',
        },
        'ordinary-eyeglasses-or-contacts': {
          label: 'Anteojos o lentes de contacto comunes',
          hint: 'Anteojos o lentes que corrigen por completo la vista de su hijo.',
        },
        'mobility-devices': {
          label: 'Aparatos para moverse',
          hint: 'Silla de ruedas, andador, muletas o aparatos ortopédicos.',
        },
        prosthetics: { label: 'Prótesis', hint: 'Un brazo, una pierna, una mano o un pie artificial.' },
        'assistive-technology': {
          label: 'Tecnología de asistencia',
          hint: 'Lectura en voz alta, dictado por voz, un aparato que habla, aplicaciones especiales.',
        },
        'oxygen-therapy': { label: 'Oxígeno', hint: 'Oxígeno de un tanque o de una máquina.' },
        'learned-behavioral-adaptations': {
          label: 'Formas que su hijo aprendió para arreglárselas',
          hint: 'Por ejemplo: trabajar mucho más tiempo que otros, memorizar en vez de leer, evitar situaciones difíciles.',
        },
        'reasonable-accommodations': {
          label: 'Cambios que ya se hacen en la escuela',
          hint: 'Más tiempo sin un plan escrito, descansos, un asiento adelante.',
        },
        'auxiliary-aids': {
          label: 'Personas y ayudas de apoyo',
          hint: 'Un intérprete de lengua de señas, alguien que toma notas, alguien que lee en voz alta.',
        },
        none: { label: 'Ninguna de estas' },
      },
    },
    substantialLimitation: {
      title:
        'Sin esa ayuda, ¿la actividad le resulta a su hijo mucho más difícil que a la mayoría de los niños de su edad?',
      hint: 'Piense en un día sin las medicinas, los aparatos ni las formas de arreglárselas. “Mucho más difícil” puede ser que tarda mucho más, que le cuesta mucho más esfuerzo o que le duele. No tiene que ser imposible.',
      hintMeasures:
        'Imagine un día sin las medicinas o los aparatos que eligió. La ley mira a su hijo sin ellos.',
      hintGlasses:
        'Los anteojos o lentes de contacto comunes son la excepción: piense en su hijo con ellos puestos.',
      hintFlareUps:
        'Si la condición va y viene o está tranquila por ahora, piense en un momento en que está activa.',
      hintTemporary: 'Si la condición es pasajera, piense en lo difícil que es mientras dura.',
      error: 'Elija sí, no o no sé.',
      options: {
        yes: {
          label: 'Sí, mucho más difícil',
          hint: 'Por ejemplo: sin la medicina su hijo no puede quedarse en una clase completa, o sin el inhalador un ataque le dificulta respirar.',
        },
        no: {
          label: 'No, no mucho más difícil',
          hint: 'Aun sin ninguna ayuda, su hijo hace estas cosas casi tan bien como la mayoría de los niños.',
        },
        unsure: {
          label: 'No sé',
          hint: 'La evaluación de la escuela puede ayudar a responderlo.',
        },
      },
    },
    needsAccommodations: {
      title: '¿Necesita su hijo cambios o ayuda en la escuela por la condición?',
      hint: 'Por ejemplo: más tiempo en los exámenes, descansos, un asiento adelante, una enfermera que le dé la medicina, meriendas en clase, un plan para emergencias, o ayuda para moverse entre clases.',
      error: 'Elija sí, no o no sé.',
      options: {
        yes: {
          label: 'Sí',
          hint: 'Su hijo necesita al menos un cambio o servicio para participar por completo.',
        },
        no: { label: 'No', hint: 'Su hijo participa por completo sin ningún cambio.' },
        unsure: { label: 'No sé', hint: 'La evaluación 504 decide lo que su hijo necesita.' },
      },
    },
    schoolResponse: {
      title: '¿Qué ha dicho la escuela hasta ahora?',
      hint: 'Elija la respuesta más parecida a lo que pasó.',
      error: 'Elija la respuesta más parecida a lo que ha dicho la escuela.',
      options: {
        none: {
          label: 'Nada todavía, o no lo he pedido',
          hint: 'Usted no ha pedido una evaluación, o está esperando la respuesta.',
        },
        'evaluation-refused': {
          label: 'La escuela dijo que no a una evaluación',
          hint: 'Por ejemplo: “Su hijo no la necesita”.',
        },
        'evaluation-delayed-for-interventions': {
          label: 'La escuela dijo que esperemos y probemos primero con ayuda extra',
          hint: 'Por ejemplo: “Primero probemos unos meses con grupos de lectura (RTI o MTSS)”.',
        },
        'told-grades-too-good': {
          label: 'La escuela dijo que las calificaciones de mi hijo son demasiado buenas',
          hint: 'Por ejemplo: “Su hijo está aprobando, así que no hay problema”.',
        },
        evaluating: {
          label: 'La escuela está evaluando a mi hijo ahora',
          hint: 'Usted firmó el consentimiento y las pruebas ya empezaron.',
        },
        'found-not-eligible': {
          label: 'La escuela evaluó a mi hijo y dijo que no califica para un IEP',
          hint: 'Usted recibió una decisión después de las pruebas, o se la comunicaron.',
        },
      },
    },
  },

  reasons: {
    partCEarlyIntervention:
      'Los niños menores de 3 años reciben ayuda por medio de la intervención temprana, no con un IEP ni con un plan 504. El programa de intervención temprana de su estado evalúa gratis y escribe un plan con su familia (IFSP, por sus siglas en inglés).',
    partCNoConcern:
      'Los niños menores de 3 años reciben ayuda por medio de la intervención temprana. Usted no anotó ninguna preocupación, así que por ahora no hay nada que pedir.',
    ideaOverAge:
      'La educación especial bajo IDEA es para estudiantes de hasta 21 años. Algunos estados atienden a los estudiantes un poco más. La Sección 504 de la Ley de Rehabilitación sigue protegiendo a su hijo en la escuela, en la universidad y en el trabajo.',
    existingIep:
      'Su hijo ya tiene un IEP. Sigue vigente hasta que la escuela haga una reevaluación y encuentre que ya no necesita educación especial.',
    iepAlsoCoveredBy504:
      'Un niño con un IEP también está protegido por la Sección 504. No necesita un plan 504 aparte: los cambios que su hijo necesita van en el IEP.',
    leavingIepNeedsReevaluation:
      'Usted dijo que tal vez su hijo ya no necesita una enseñanza planeada para él. La escuela debe hacer una reevaluación antes de terminar el IEP. Un plan 504 es una decisión aparte con su propia evaluación.',
    existing504:
      'Su hijo ya tiene un plan 504. La escuela debe hacer una reevaluación antes de cualquier cambio importante, y revisarlo de vez en cuando.',
    plan504DoesNotReplaceIep:
      'Tener un plan 504 no impide que la escuela evalúe a su hijo para un IEP. Si su hijo podría necesitar educación especial, la escuela debe evaluarlo.',
    ideaCategory:
      'Usted dijo que su hijo podría corresponder a este grupo de discapacidad de IDEA: {{category}}.',
    ideaTwoPartTest:
      'Un IEP necesita dos cosas: una discapacidad de la lista de IDEA y, por esa discapacidad, la necesidad de una enseñanza planeada para su hijo. Sus respuestas indican las dos. La evaluación de la escuela toma la decisión final.',
    ideaCategoryUnknown:
      'Usted no estaba seguro de qué grupo corresponde. No hay problema. La evaluación de la escuela debe revisar todas las áreas relacionadas con la posible discapacidad.',
    ideaInstructionUnknown:
      'Todavía no está claro si su hijo necesita una enseñanza planeada para él. Esa es la segunda parte de la prueba de IDEA, y la evaluación la responde.',
    ideaNoInstructionNeed:
      'Un IEP es para niños que necesitan una enseñanza planeada para ellos. Un niño que solo necesita cambios, como más tiempo, o solo un servicio, como la ayuda de una enfermera, por lo general no recibe un IEP. Algunos estados consideran educación especial un servicio como la terapia del habla. Un plan 504 puede dar esta ayuda.',
    ideaNoCategory:
      'Ninguno de los grupos de discapacidad de IDEA parece corresponder, así que no es probable un IEP. Esto no descarta un plan 504.',
    ideaNoAdverseEffect:
      'Usted dijo que la condición no le hace más difícil la escuela de ninguna forma. La mayoría de los grupos de IDEA exigen un efecto en los estudios de su hijo, así que por ahora no es probable un IEP.',
    developmentalDelayStateOption:
      'Algunos estados usan “retraso en el desarrollo” para niños de 3 a 9 años en lugar de un grupo específico. Pregunte si su estado lo usa.',
    developmentalDelayAge:
      '“Retraso en el desarrollo” se usa solo para niños de 3 a 9 años, así que no se aplica a la edad de su hijo. Los otros grupos sí pueden aplicarse.',
    disabilityDefinition:
      'La Sección 504 protege a un niño cuya condición le hace mucho más difícil que a la mayoría una actividad importante de todos los días. Sus respuestas dicen que esto es cierto para su hijo.',
    limitsActivity: 'La ley nombra esta actividad como una actividad importante de la vida: {{activity}}.',
    oneActivityEnough: 'Basta con una actividad. No es necesario que su hijo tenga limitaciones en varias.',
    needsServices:
      'Su hijo necesita cambios o servicios en la escuela por la condición. Eso es lo que da un plan 504.',
    limitationUnknown:
      'Todavía no está claro cuánto limita la condición a su hijo. La evaluación 504 de la escuela lo revisa.',
    notDemanding:
      '“Mucho más difícil” no es una exigencia alta. La ley dice que se debe interpretar de forma amplia, y la condición no tiene que impedirle a su hijo hacer la actividad.',
    needUnknown:
      'Todavía no está claro qué cambios o servicios necesita su hijo en la escuela. La evaluación 504 lo decide.',
    notLimited:
      'Según sus respuestas, la condición no le hace mucho más difíciles las actividades diarias, aun sin medicinas ni otra ayuda. Un plan 504 es para las condiciones que sí lo hacen.',
    noNeedStillProtected:
      'Su hijo podría tener una discapacidad según la Sección 504 pero, según sus respuestas, ahora no necesita cambios en la escuela. Aun así, su hijo está protegido contra un trato injusto por esa razón.',
    noImpairment:
      'Usted no describió ninguna condición o dificultad, así que por ahora no hay nada que un plan deba atender.',
    recordOfProtection:
      'Un niño que tuvo una discapacidad en el pasado, o al que una vez clasificaron por error con una, está protegido contra un trato injusto por esa razón. Esta protección no incluye un plan 504 de servicios.',
    recordButActive:
      'Usted dijo que la condición es del pasado, pero podría volver o todavía tiene crisis. La ley juzga una condición así como es cuando está activa, así que cuenta como una condición que su hijo tiene ahora.',
    regardedAsProtection:
      'Si tratan a su hijo como si tuviera una discapacidad, la ley lo protege contra un trato injusto, como no dejarlo jugar deportes. Pero solo por esto, la escuela no tiene que darle cambios ni servicios.',
    transitoryAndMinor:
      'Esta protección no cubre una condición que es leve y que se espera que dure 6 meses o menos.',
    mitigatingMeasuresIgnored:
      'La ley mira a su hijo sin medicinas, sin aparatos y sin las formas que aprendió para arreglárselas. Que funcionen bien no debe contar en contra de su hijo.',
    ordinaryGlassesCount:
      'Los anteojos y lentes de contacto comunes son la única excepción. La ley mira a su hijo con ellos puestos.',
    episodicWhenActive:
      'Algunas condiciones van y vienen, como el asma o la epilepsia. La ley mira cómo afectan a su hijo durante una crisis.',
    remissionWhenActive:
      'Algunas condiciones están tranquilas por ahora, como un cáncer en remisión. La ley mira cómo afectan a su hijo cuando están activas.',
    temporaryCanQualify:
      'Una condición pasajera puede contar si le hace mucho más difícil una actividad mientras dura. La regla sobre las condiciones leves que duran 6 meses o menos trata solo de cuando tratan a alguien como si tuviera una discapacidad. La escuela decide caso por caso. Mira cuánto dura la condición y cuánto limita a su hijo.',
    noDiagnosisNeeded:
      'Su hijo no necesita un diagnóstico antes. La evaluación le corresponde a la escuela y es gratuita para usted. La escuela debe tener en cuenta cualquier informe médico que usted le entregue.',
    childFind:
      'Las escuelas deben encontrar y evaluar a los niños que podrían tener una discapacidad, incluso a los que pasan de grado. Este deber se llama “child find” (búsqueda de niños).',
    charterIsPublic:
      'Una escuela chárter pública es una escuela pública. Tiene los mismos deberes con los niños con discapacidades que cualquier otra escuela pública.',
    privateSchoolIdea:
      'Su hijo va a una escuela privada que usted eligió. El distrito escolar donde está la escuela privada debe encontrar y evaluar a su hijo. Su hijo podría recibir algunos servicios por medio de un plan de servicios, pero mientras esté allí no tiene derecho a un IEP completo. El distrito donde usted vive debe ofrecer un IEP si inscribe a su hijo en la escuela pública.',
    privateSchool504:
      'Una escuela pública escribe planes 504 para sus propios estudiantes. Una escuela privada que recibe dinero federal debe hacer cambios pequeños para que su hijo pueda asistir, pero no le debe un plan 504 completo.',
    homeSchoolIdea:
      'Su hijo recibe educación en el hogar. El distrito escolar de todos modos debe encontrar y evaluar a los niños que podrían tener una discapacidad. Si ofrece servicios depende de cómo trata su estado la educación en el hogar.',
    homeSchool504:
      'Una escuela pública no escribe un plan 504 para un niño al que no le enseña. Si su hijo toma clases o actividades en una escuela pública, la Sección 504 se aplica a ellas.',
    refusalMustBeInWriting:
      'Si la escuela se niega a evaluar, debe decirle por escrito por qué y cómo puede usted impugnar la decisión. Un “no” de palabra no es suficiente.',
    interventionsCannotDelay:
      'Los programas de ayuda extra como RTI o MTSS están bien. Pero la escuela no puede usarlos para retrasar o negar una evaluación cuando sospecha una discapacidad.',
    gradesAreNotTheTest:
      'Las buenas calificaciones, por sí solas, no descartan un IEP ni un plan 504. Un niño puede sacar buenas notas solo con mucho esfuerzo, tiempo o ayuda extra, y aun así calificar.',
    evaluationUnderway:
      'La escuela está evaluando a su hijo. Según la ley federal, tiene 60 días desde su consentimiento por escrito, a menos que su estado fije otro plazo.',
    notEligibleCanDisagree:
      'Usted puede estar en desacuerdo con la decisión de la escuela. Puede pedir una evaluación externa pagada por la escuela, y puede usar la mediación o una audiencia.',
    notEligibleMayStillGet504:
      'Un niño que no califica para un IEP todavía podría calificar para un plan 504. Es una decisión aparte, con su propia evaluación.',
  },

  nextSteps: {
    contactEarlyIntervention:
      'Llame al programa de intervención temprana de su estado y pida una evaluación gratuita. El médico de su hijo también puede referirlo. El programa debe terminar la evaluación y un primer plan familiar dentro de los 45 días siguientes a la referencia.',
    planTransitionAtThree:
      'Si su hijo recibe intervención temprana, el programa debe planear con usted, al menos 90 días antes de que cumpla 3 años, el paso a los servicios de la escuela. Un IEP debe estar listo para el tercer cumpleaños.',
    watchDevelopment:
      'Observe cómo crece y aprende su hijo. Si algo le preocupa, pida una evaluación gratuita al médico de su hijo o al programa de intervención temprana de su estado.',
    keep504WhileEvaluating: 'Mantenga el plan 504 de su hijo mientras la escuela lo evalúa para un IEP.',
    requestEvaluation:
      'Escriba a la escuela y pida una evaluación completa para educación especial. Diga qué le preocupa, ponga la fecha en la carta y guarde una copia. La escuela entonces debe pedirle su consentimiento, o decirle por escrito por qué se niega.',
    request504Evaluation:
      'Escriba a la escuela y pida una evaluación de la Sección 504. Describa la condición y cómo afecta a su hijo en la escuela, ponga la fecha en la carta y guarde una copia.',
    askToEvaluateNow:
      'Diga por escrito que quiere la evaluación ahora, mientras continúa la ayuda extra. Las dos cosas pueden hacerse al mismo tiempo.',
    trackEvaluationTimeline:
      'Anote la fecha en que firmó el consentimiento. La escuela debe terminar dentro de los 60 días siguientes, o dentro del plazo de su estado. Usted recibirá una copia de los resultados.',
    track504Evaluation:
      'Pregunte a la escuela cuándo terminará la evaluación 504 y quién decidirá. La ley federal no fija un número de días, pero la escuela no debe retrasarla.',
    shareRecords:
      'Entregue a la escuela copias de informes médicos, evaluaciones anteriores y ejemplos del trabajo y el esfuerzo extra de su hijo. La escuela debe tenerlos en cuenta.',
    askForEvaluationReport:
      'Pida una copia del informe de la evaluación y de la decisión. Las dos son gratuitas.',
    requestIee:
      '¿No está de acuerdo con la evaluación de la escuela? Entonces pida por escrito una evaluación externa pagada por la escuela (evaluación educativa independiente, o IEE).',
    askForWrittenNotice:
      'Pida a la escuela que ponga su decisión por escrito (aviso previo por escrito). Debe decir qué rechaza, por qué y qué información usó.',
    askFor504Notice: 'Pida a la escuela que le dé su decisión por escrito, con los pasos para impugnarla.',
    mediation:
      'Puede pedir una mediación. Es una reunión gratuita con una persona neutral que les ayuda a usted y a la escuela a llegar a un acuerdo.',
    stateComplaint:
      'Puede enviar una queja estatal por escrito a la agencia de educación de su estado dentro de 1 año desde el problema. El estado debe decidir en 60 días.',
    dueProcess:
      'Puede pedir una audiencia de debido proceso ante un oficial de audiencias imparcial, por lo general dentro de 2 años. Algunos estados fijan un plazo más corto.',
    grievance504:
      'Puede presentar una queja ante el coordinador de la Sección 504 del distrito. También puede pedir una audiencia ante una persona neutral.',
    ocrComplaint:
      'Puede presentar una queja ante la Oficina de Derechos Civiles (OCR) del gobierno federal dentro de los 180 días siguientes a lo que pasó.',
    addAccommodationsToIep:
      'Asegúrese de que los cambios que su hijo necesita, como más tiempo o descansos, estén escritos en el IEP.',
    talkAboutReevaluation:
      'Si cree que su hijo ya no necesita educación especial, hable con el equipo del IEP. El IEP termina solo después de una reevaluación. Pregunte al mismo tiempo por un plan 504.',
    check504Plan:
      'Verifique que todos los maestros sigan el plan 504. Si cambian las necesidades de su hijo, pida por escrito una reunión para revisarlo.',
    privateSchoolDistrict:
      'Comuníquese con el distrito escolar donde está la escuela privada y pida una evaluación (child find). También puede preguntar al distrito donde usted vive qué le ofrecería en la escuela pública.',
    privateSchoolAdjustments:
      'Pregunte a la escuela privada qué cambios puede hacer. Para un plan 504 completo, pregunte al distrito escolar público cómo inscribir allí a su hijo.',
    homeSchoolDistrict:
      'Comuníquese con su distrito escolar y pida una evaluación (child find). Pregunte qué servicios ofrece a los niños que reciben educación en el hogar en su estado.',
    homeSchool504:
      '¿Su hijo toma clases o actividades en una escuela pública? Entonces pida a esa escuela una evaluación 504 para ellas.',
    collegeDisabilityOffice:
      'En la universidad o en la capacitación para el trabajo, pida adaptaciones a la oficina de servicios para personas con discapacidades. Por lo general, su hijo tendrá que pedirlas y mostrar documentos.',
    watchAndAskAgain:
      'Tome notas de cómo le va a su hijo. Si aparecen problemas nuevos, puede pedir una evaluación en cualquier momento.',
    reportDiscrimination:
      '¿Tratan a su hijo de forma injusta por la condición, por ejemplo no lo dejan ir a una clase o a una excursión? Puede quejarse ante el coordinador 504 del distrito o ante la Oficina de Derechos Civiles.',
    keepRecords:
      'Guarde en una carpeta todas las cartas, correos electrónicos, boletas de calificaciones e informes. Anote la fecha de cada llamada y cada reunión.',
    parentCenter:
      'Para recibir ayuda gratuita, comuníquese con el Centro de Capacitación e Información para Padres de su estado. Ayudan a las familias con estos pasos todos los días.',
  },
}

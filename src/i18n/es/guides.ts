import type { Translation } from '../catalog-types.ts'
import type { guides as english } from '../en/guides.ts'

/**
 * Spanish text for guides: neutral Latin American Spanish, formal "usted" (see CONTENT.md).
 * Terms follow src/i18n/glossary-terms.ts; the first use of each term on a page carries the English
 * letters families see in school papers (checked by guides-content.test.ts).
 */
export const guides: Translation<typeof english> = {
  pages: {
    hub: {
      title: 'Guías para familias',
      intro:
        'Respuestas claras sobre la educación especial y los planes 504, y la ley que respalda cada una. Empiece por comparar los dos planes o vaya directo a su pregunta.',
      metaDescription:
        'Guías en lenguaje sencillo para padres: IEP o plan 504, las preguntas más comunes de las familias y un glosario de términos escolares. En español y en inglés.',
    },
    comparison: {
      title: '¿IEP o plan 504?',
      intro:
        'El Programa de Educación Individualizado (IEP, por sus siglas en inglés) y el plan 504 ayudan a niños con discapacidades en la escuela. Vienen de leyes distintas y funcionan de forma distinta. La tabla los compara lado a lado.',
      metaDescription:
        'Compare un IEP y un plan 504 lado a lado: la ley, quién tiene derecho, qué incluye cada plan, las revisiones, sus derechos y cómo resolver un desacuerdo.',
    },
    questions: {
      title: 'Preguntas de las familias',
      intro:
        'Respuestas breves a lo que más preguntan los padres sobre el Programa de Educación Individualizado (IEP, por sus siglas en inglés), los planes 504 y las evaluaciones. Cada respuesta indica la ley en la que se basa.',
      metaDescription:
        'Por qué una escuela puede negar un IEP, los límites de un plan 504, cómo pedir una evaluación, qué es "stay-put", los expedientes y más.',
    },
    glossary: {
      title: 'Palabras que verá en la escuela',
      intro:
        'Los documentos escolares usan muchas palabras especiales y siglas. Aquí se explica cada una en palabras sencillas, con la ley de la que viene.',
      metaDescription:
        'El significado sencillo de términos de educación especial como FAPE, LRE, IEE, aviso previo por escrito, "stay-put" y debido proceso, con la ley de cada uno.',
    },
  },
  notice: {
    title: 'Orientación, no asesoría legal',
    body: 'Pathway explica la ley en palabras sencillas para ayudarle a trabajar con la escuela de su hijo. No es asesoría legal. Para recibir ayuda gratis con su caso, comuníquese con el Centro de Capacitación e Información para Padres de su estado. Todos los estados tienen al menos uno.',
    linkText: 'Encuentre su Centro de Capacitación e Información para Padres',
  },
  labels: {
    sources: 'La ley',
    onThisPage: 'En esta página',
    tableHint: 'En una pantalla pequeña, deslice la tabla hacia el lado para ver los dos planes.',
    screenerTitle: '¿No sabe qué plan le conviene a su hijo?',
  },
  comparison: {
    caption: 'Cómo se comparan el IEP y el plan 504',
    columns: {
      topic: 'Tema',
      iep: 'IEP',
      section504: 'Plan 504',
    },
    rows: {
      law: {
        label: 'La ley que lo respalda',
        iep: 'La Ley de Educación para Personas con Discapacidades (IDEA), una ley federal de educación especial. Su estado agrega sus propias reglas.',
        section504:
          'La Sección 504 de la Ley de Rehabilitación, una ley de derechos civiles, junto con la Ley para Estadounidenses con Discapacidades (ADA). Las dos prohíben el trato injusto por una discapacidad.',
      },
      purpose: {
        label: 'Para qué sirve',
        iep: 'Para dar a su hijo una enseñanza planeada según sus necesidades (instrucción especialmente diseñada). También le da los servicios que necesita para aprovechar esa enseñanza (servicios relacionados).',
        section504:
          'Para dar a su hijo la misma oportunidad de aprender que a los demás alumnos. Quita barreras con cambios como más tiempo, descansos o la atención de la enfermera.',
      },
      'who-qualifies': {
        label: 'Quién tiene derecho',
        iep: 'Un niño que tiene uno de los 13 tipos de discapacidad que nombra la ley y que, por esa razón, necesita instrucción especialmente diseñada. Las dos cosas deben cumplirse.',
        section504:
          'Un niño con una condición física o mental que limita mucho una actividad importante de la vida, como aprender, leer, respirar o comer. La escuela mide ese límite como si su hijo no usara medicinas ni otras ayudas, salvo los lentes comunes.',
      },
      'ages-and-schools': {
        label: 'Edades y escuelas',
        iep: 'Niños de 3 a 21 años en escuelas públicas, aunque algunos estados terminan antes. Un niño que sus padres inscriben en una escuela privada recibe solo los servicios limitados que el distrito ofrece a ese grupo, no un IEP completo.',
        section504:
          'Estudiantes de cualquier edad en escuelas que reciben dinero federal, incluso la mayoría de las universidades. Las universidades hacen cambios (ajustes académicos), pero no un plan 504 como el de la escuela.',
      },
      evaluation: {
        label: 'Cómo decide la escuela',
        iep: 'La escuela evalúa a su hijo en cada área que preocupa, después de que usted da su consentimiento por escrito. Debe terminar dentro de 60 días calendario desde su consentimiento, o en la fecha límite propia de su estado.',
        section504:
          'La escuela debe evaluar a su hijo antes de armar un plan o de hacer un cambio grande. La ley federal no fija un número de días, pero la escuela no debe demorarse.',
      },
      'plan-contents': {
        label: 'Qué incluye el plan',
        iep: 'Un plan escrito con partes fijas. Dice lo que su hijo puede hacer hoy (niveles actuales) y fija metas anuales medibles. Nombra los servicios y apoyos, el tiempo con otros alumnos y las adaptaciones para los exámenes, y dice cómo se informará el progreso.',
        section504:
          'La ley no fija un formato. La mayoría de las escuelas escriben un plan que nombra las adaptaciones y los servicios, quién los da y con qué frecuencia.',
      },
      review: {
        label: 'Revisiones y nuevas evaluaciones',
        iep: 'El equipo revisa el IEP por lo menos una vez al año. La escuela vuelve a evaluar a su hijo (reevaluación) por lo menos cada 3 años, y no más de una vez al año salvo que usted y la escuela estén de acuerdo.',
        section504:
          'La escuela debe volver a evaluar de vez en cuando y antes de cualquier cambio grande de ubicación. Muchas escuelas revisan el plan cada año y hacen una reevaluación cada 3 años.',
      },
      'parents-role': {
        label: 'Su papel y su consentimiento',
        iep: 'Usted es miembro del equipo del IEP. La escuela necesita su consentimiento por escrito antes de la primera evaluación y antes de empezar los servicios. Usted recibe una copia gratis del IEP.',
        section504:
          'La ley no dice que los padres deban estar en el grupo que decide, pero muchas escuelas los invitan; pida participar. La escuela necesita su consentimiento antes de la primera evaluación y debe informarle de las decisiones y de sus derechos.',
      },
      disputes: {
        label: 'Si no está de acuerdo',
        iep: 'Puede pedir una reunión, usar la mediación, presentar una queja estatal o pedir una audiencia de debido proceso. Durante la audiencia, su hijo casi siempre sigue en su ubicación actual, por la regla de permanencia en la ubicación actual ("stay-put").',
        section504:
          'Puede usar el proceso de quejas del distrito (queja formal). También puede pedir una audiencia ante un oficial neutral o presentar una queja ante la Oficina de Derechos Civiles (OCR), casi siempre dentro de 180 días.',
      },
      'when-fits': {
        label: 'Cuándo conviene más',
        iep: 'Cuando su hijo necesita que cambie la enseñanza misma, por ejemplo que le enseñen a leer de otra forma, con metas para cerrar una brecha.',
        section504:
          'Cuando su hijo puede aprender las mismas lecciones con cambios en la forma de aprender o de dar exámenes, como más tiempo, descansos, un asiento cerca del maestro o atención de salud en la escuela.',
      },
    },
    note: 'Un niño que tiene un IEP también está protegido por la Sección 504, así que el IEP puede incluir todas las adaptaciones que su hijo necesita. La mayoría de los niños no necesitan los dos planes.',
    screenerLink: '¿No sabe cuál le conviene? Responda unas preguntas',
  },
  questions: {
    'iep-denied': {
      question: '¿Por qué una escuela podría negar un IEP y qué puedo hacer?',
      answer: {
        p1: 'El equipo puede decidir que su hijo no tiene una de las discapacidades que nombra la ley. O puede decidir que su hijo necesita algo de apoyo, pero no una enseñanza planeada según sus necesidades. Un niño no es elegible si la causa principal de sus dificultades es que no recibió buena enseñanza de lectura o de matemáticas, o que todavía está aprendiendo inglés.',
        p2: 'Algunas razones no están permitidas. Las buenas calificaciones por sí solas no descartan un IEP. La escuela no puede retrasar una evaluación solo para probar antes otro tipo de ayuda (respuesta a la intervención).',
        p3: 'Pida por escrito la decisión y sus razones (aviso previo por escrito). Si no está de acuerdo con las pruebas de la escuela, puede pedir una evaluación externa pagada por la escuela (evaluación educativa independiente). También puede preguntar por un plan 504, o usar la mediación, una queja estatal o una audiencia de debido proceso. El Centro de Capacitación e Información para Padres de su estado puede ayudarle a decidir, gratis.',
      },
    },
    'plan-504-drawbacks': {
      question: '¿Tiene desventajas un plan 504?',
      answer: {
        p1: 'Un plan 504 puede dar una ayuda real. Puede incluir servicios, no solo adaptaciones. Pero tiene menos reglas fijas que un IEP.',
        p2: 'La ley no dice qué debe incluir un plan 504. No exige metas medibles ni informes de progreso. La ley federal no fija un número de días para la evaluación, y los padres no tienen que formar parte del grupo que decide. Usted puede estar en desacuerdo, pero los pasos son menos detallados.',
        p3: 'Si su hijo necesita que cambie la enseñanza misma, pregunte por un IEP. Si un plan 504 es lo que le conviene, pida a la escuela que lo escriba con claridad: cada adaptación, quién la da, cuándo y cómo sabrá usted que funciona.',
      },
    },
    'both-plans': {
      question: '¿Puede mi hijo tener un IEP y un plan 504 a la vez?',
      answer: {
        p1: 'Por lo general no, y su hijo no necesita los dos. Un niño con un IEP ya está protegido por la Sección 504. Cuando la escuela cumple el IEP, también cumple sus deberes según la Sección 504.',
        p2: 'Ponga en el IEP todas las adaptaciones que su hijo necesita, también las de salud. Así un solo plan lo reúne todo, y el equipo debe revisarlo cada año.',
      },
    },
    'switching-plans': {
      question: '¿Puede mi hijo pasar de un IEP a un plan 504, o al revés?',
      answer: {
        p1: 'Sí, en las dos direcciones, pero cada cambio tiene sus pasos. Para terminar un IEP porque su hijo ya no es elegible, la escuela primero debe volver a evaluarlo (reevaluación). No puede simplemente quitar el IEP.',
        p2: 'El plan 504 es una decisión aparte, y la escuela puede usar los mismos resultados de las pruebas. Si piensa retirar su consentimiento para la educación especial, pregunte por escrito a la escuela qué ayuda dará después. La ley no está clara en este punto, así que pida consejo antes.',
        p3: 'Para pasar de un plan 504 a un IEP, pida por escrito una evaluación de educación especial. Explique por qué cree que ahora su hijo necesita que cambie la enseñanza misma.',
      },
    },
    'measurable-goal': {
      question: '¿Qué significa "meta medible"?',
      answer: {
        p1: 'Cada IEP debe tener metas para el año que se puedan medir (metas anuales medibles). Una meta medible dice qué hará su hijo, qué tan bien, para cuándo y cómo se va a comprobar.',
        p2: 'Una meta como "Sam mejorará en lectura" no se puede medir. Una meta como "Para junio, Sam leerá en voz alta una página de tercer grado a 90 palabras por minuto con 3 errores o menos, y se revisará cada dos semanas" sí se puede medir.',
        p3: 'El IEP también debe decir cómo se medirá el progreso y cuándo recibirá usted los informes. Si una meta es vaga, pida al equipo que agregue un número, una fecha y una forma de comprobarla.',
      },
    },
    'request-evaluation': {
      question: '¿Cómo pido una evaluación?',
      answer: {
        p1: 'Escriba una carta o un correo electrónico breve y con fecha al director de la escuela o a la oficina de educación especial. Pida una evaluación completa para educación especial. Describa lo que ve en casa y en la escuela, y guarde una copia.',
        p2: 'La escuela debe responder. Le pedirá su consentimiento para evaluar, o le explicará por escrito por qué se niega (aviso previo por escrito). También debe darle un folleto sobre sus derechos (aviso de garantías procesales).',
        p3: 'Cuando usted firme el consentimiento, la escuela tiene 60 días calendario para terminar, salvo que su estado fije su propia fecha límite. La escuela no puede retrasar la evaluación solo para probar antes otro tipo de ayuda.',
      },
    },
    'prior-written-notice': {
      question: '¿Qué es el aviso previo por escrito?',
      answer: {
        p1: 'Es una carta que la escuela debe darle antes de cambiar, o de negarse a cambiar, la forma en que su hijo es declarado elegible, evaluado, ubicado o atendido. Dice qué decidió la escuela y por qué.',
        p2: 'También debe nombrar las otras opciones que la escuela pensó y por qué las rechazó, y las pruebas y expedientes que usó. Debe informarle de sus derechos y de dónde conseguir ayuda, en palabras sencillas y en su idioma.',
        p3: 'Si la escuela le dice que no solo de palabra, pida el aviso previo por escrito. Las razones por escrito le ayudan a decidir qué hacer después.',
      },
    },
    'before-meeting': {
      question: '¿Qué debo hacer antes de una reunión del IEP?',
      answer: {
        p1: 'Pida unos días antes copias de los nuevos resultados de las pruebas, de las metas en borrador y de los informes de progreso. Usted tiene derecho a ver los expedientes de su hijo antes de la reunión.',
        p2: 'Anote sus tres preocupaciones principales y lo que le gustaría cambiar. Lleve muestras de los trabajos de su hijo y notas de la casa. Puede ir con alguien que conozca a su hijo o que conozca el proceso.',
        p3: 'Si el horario no le sirve, pida otro. La escuela debe intentar reunirse en una fecha y un lugar que les convengan a los dos, y puede usar una llamada o una videollamada si usted no puede ir.',
      },
    },
    'stay-put': {
      question: '¿Qué significa "stay-put"?',
      answer: {
        p1: 'La permanencia en la ubicación actual ("stay-put") es la regla que mantiene a su hijo en su programa escolar actual mientras dura una audiencia de debido proceso o un caso en la corte. La escuela no puede cambiar la ubicación durante el desacuerdo, salvo que usted y la escuela estén de acuerdo.',
        p2: 'La ubicación es el tipo de programa y de servicios del IEP, no siempre un edificio escolar. Las apelaciones sobre disciplina siguen otras reglas.',
        p3: 'La permanencia en la ubicación actual empieza cuando se presenta una queja de debido proceso. Si un cambio le preocupa, pida primero una reunión, y busque consejo antes de presentar la queja.',
      },
    },
    'get-records': {
      question: '¿Cómo consigo los expedientes escolares de mi hijo?',
      answer: {
        p1: 'Pida por escrito ver los expedientes escolares de su hijo y guarde una copia de su pedido. La escuela debe dejarle verlos sin demora, antes de cualquier reunión del IEP o audiencia, y nunca después de 45 días.',
        p2: 'Puede pedir a la escuela que le explique los expedientes. Puede recibir copias cuando no haya otra forma de verlos. La escuela puede cobrar las copias si eso no le impide verlos, pero no puede cobrar por buscarlos.',
        p3: 'Si algo en los expedientes es falso o engañoso, pida por escrito que lo corrijan. Si la escuela se niega, puede pedir una audiencia y agregar su propia declaración al expediente.',
      },
    },
    'good-grades': {
      question: 'Mi hijo saca buenas calificaciones. ¿Puede tener derecho de todos modos?',
      answer: {
        p1: 'Sí. Las buenas calificaciones por sí solas no descartan un IEP ni un plan 504. Algunos niños sacan buenas notas solo con mucho esfuerzo, más tiempo o ayuda en casa.',
        p2: 'Para un plan 504, la escuela debe juzgar la condición de su hijo como si no usara medicinas ni otras ayudas. Los lentes comunes son la única excepción. Para un IEP, la escuela debe buscar y evaluar a los niños que puedan tener una discapacidad, aunque pasen de grado.',
        p3: 'En su pedido, describa lo que le cuesta a su hijo mantener esas notas, como horas de tarea, estrés o la ayuda de usted.',
      },
    },
    'disagree-evaluation': {
      question: '¿Qué hago si no estoy de acuerdo con la evaluación de la escuela?',
      answer: {
        p1: 'Puede pedir una evaluación externa pagada por la escuela (evaluación educativa independiente). La hace una persona calificada que no trabaja para la escuela. Pídala por escrito y diga que no está de acuerdo con la evaluación de la escuela.',
        p2: 'La escuela debe actuar sin demoras innecesarias. O paga la evaluación externa, o pide una audiencia para demostrar que su propia evaluación fue correcta. Puede preguntarle por qué no está de acuerdo, pero usted no tiene que explicarlo.',
        p3: 'La escuela debe tomar en cuenta cualquier evaluación externa que usted le entregue, incluso una que usted haya pagado.',
      },
    },
  },
}

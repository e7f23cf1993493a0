import type { Translation } from '../catalog-types.ts'
import type { glossary as english } from '../en/glossary.ts'

/**
 * Spanish text for glossary: neutral Latin American Spanish, formal "usted" (see CONTENT.md).
 * Headings use the Spanish terms of src/i18n/glossary-terms.ts with the English letters families see
 * in school papers.
 */
export const glossary: Translation<typeof english> = {
  terms: {
    'accommodations-modifications': {
      term: 'Adaptaciones y modificaciones',
      definition:
        'Una adaptación cambia la forma en que su hijo aprende o muestra lo que sabe, como más tiempo, un salón tranquilo o exámenes leídos en voz alta. Su hijo sigue aprendiendo lo mismo. Una modificación cambia lo que se espera que su hijo aprenda, como menos estándares o estándares más fáciles. Las modificaciones pueden afectar las notas, los exámenes y el diploma, así que pregunte por ellas.',
    },
    'child-find': {
      term: 'Búsqueda de niños ("child find")',
      definition:
        'El deber de cada estado y distrito escolar de encontrar y evaluar a los niños que puedan tener una discapacidad. Incluye a niños en escuelas privadas, niños que se mudan seguido o que no tienen hogar, y niños que pasan de grado.',
    },
    consent: {
      term: 'Consentimiento',
      definition:
        'Su "sí" por escrito, después de que la escuela le explicó todo lo que necesita saber, en su idioma. La escuela lo necesita antes de la primera evaluación y antes de empezar los servicios. Dar su consentimiento es su decisión, y puede retirarlo por escrito, pero no para lo que ya pasó.',
    },
    'due-process': {
      term: 'Queja de debido proceso y audiencia',
      definition:
        'Una forma oficial de resolver un desacuerdo sobre la evaluación, la elegibilidad, la ubicación o los servicios de su hijo. Usted presenta una queja por escrito, y la escuela tiene la oportunidad de llegar a un acuerdo en una reunión. Si no se logra, un oficial de audiencias neutral escucha a las dos partes y decide. Casi siempre debe presentar la queja dentro de 2 años desde que supo del problema.',
    },
    evaluation: {
      term: 'Evaluación',
      definition:
        'Las pruebas, observaciones y revisiones que usa la escuela para saber si su hijo tiene una discapacidad y qué ayuda necesita. Debe cubrir cada área que preocupa y usar más de una prueba. La escuela necesita su consentimiento antes de la primera evaluación.',
    },
    esy: {
      term: 'Año escolar extendido (ESY)',
      definition:
        'Educación especial y servicios que se dan fuera del año escolar normal, a menudo en el verano. El equipo del IEP decide si su hijo lo necesita, un niño a la vez. La escuela no puede limitarlo a algunas discapacidades ni poner un tope a lo que da, y es gratis.',
    },
    fape: {
      term: 'Educación pública gratuita y apropiada (FAPE)',
      definition:
        'El derecho de todo niño con una discapacidad a una educación pública que responda a sus necesidades, sin costo para usted. Con un IEP, significa educación especial y servicios planeados para su hijo. Con la Sección 504, significa educación y servicios que atienden las necesidades de su hijo tan bien como las de los demás alumnos.',
    },
    iee: {
      term: 'Evaluación educativa independiente (IEE)',
      definition:
        'Una evaluación hecha por una persona calificada que no trabaja para su distrito escolar. Si usted no está de acuerdo con la evaluación de la escuela, puede pedir una pagada por la escuela. La escuela debe pagarla o pedir una audiencia para demostrar que su propia evaluación fue correcta.',
    },
    iep: {
      term: 'Programa de Educación Individualizado (IEP, por sus siglas en inglés)',
      definition:
        'El plan escrito para un niño que tiene derecho a educación especial. Dice lo que su hijo puede hacer hoy, fija metas para el año y nombra la enseñanza, los servicios y los apoyos que dará la escuela. El equipo, del que usted forma parte, lo revisa por lo menos una vez al año.',
    },
    idea: {
      term: 'Ley de Educación para Personas con Discapacidades (IDEA)',
      definition:
        'La ley federal de educación especial. Da a los niños con discapacidades de 3 a 21 años el derecho a una educación pública gratuita y apropiada (FAPE). También fija las reglas de las evaluaciones, de los IEP y de sus derechos como padre o madre.',
    },
    lre: {
      term: 'Ambiente menos restrictivo (LRE)',
      definition:
        'Su hijo debe aprender junto a niños sin discapacidades tanto como sea bueno para él. Un salón o una escuela aparte se usa solo cuando su hijo no puede avanzar en un salón regular, ni siquiera con ayudas y servicios.',
    },
    'manifestation-determination': {
      term: 'Determinación de manifestación',
      definition:
        'Una reunión que se hace dentro de 10 días escolares después de que la escuela decide sacar a un niño con un IEP por más de 10 días escolares seguidos, o con un patrón. Usted y el equipo deciden si la conducta se debió a la discapacidad de su hijo, o a que la escuela no cumplió el IEP. Si fue así, su hijo casi siempre vuelve a la misma ubicación.',
    },
    'measurable-annual-goal': {
      term: 'Meta anual medible',
      definition:
        'Una meta del IEP sobre lo que su hijo debe aprender o hacer en un año, escrita de forma que se pueda contar el progreso. Una buena meta dice qué hará su hijo, qué tan bien y cómo se va a comprobar. El IEP también dice cuándo recibirá usted los informes de progreso.',
    },
    mediation: {
      term: 'Mediación',
      definition:
        'Una reunión en la que una persona capacitada y neutral les ayuda a usted y a la escuela a llegar a un acuerdo. Es gratis y las dos partes deben aceptar participar. Lo que se dice es confidencial, y un acuerdo firmado se puede hacer cumplir en la corte. No se puede usar para retrasar una audiencia.',
    },
    'ocr-complaint': {
      term: 'Queja ante la OCR',
      definition:
        'Una queja ante la Oficina de Derechos Civiles (OCR), que forma parte del departamento federal de educación, cuando usted cree que una escuela trató injustamente a su hijo por una discapacidad. Casi siempre debe presentarla dentro de 180 días. La ley también lo protege de represalias por quejarse.',
    },
    'present-levels': {
      term: 'Niveles actuales (PLAAFP)',
      definition:
        'La parte del IEP que describe cómo le va a su hijo hoy en las tareas escolares y en las destrezas diarias, y cómo la discapacidad afecta su aprendizaje en el salón regular. El nombre completo es niveles actuales de rendimiento académico y funcional. Las metas deben partir de ahí.',
    },
    'prior-written-notice': {
      term: 'Aviso previo por escrito (PWN)',
      definition:
        'Una carta que la escuela debe darle antes de cambiar, o de negarse a cambiar, la evaluación, la elegibilidad, la ubicación o los servicios de su hijo. Dice qué decidió la escuela y por qué. También nombra las otras opciones que pensó y las pruebas y expedientes que usó.',
    },
    'procedural-safeguards': {
      term: 'Garantías procesales',
      definition:
        'Sus derechos como padre o madre en la educación especial, como el derecho a dar su consentimiento, a ver los expedientes y a estar en desacuerdo. La escuela debe darle un aviso escrito de estos derechos una vez al año y en otros momentos clave, como cuando usted pide una evaluación por primera vez.',
    },
    reevaluation: {
      term: 'Reevaluación',
      definition:
        'Una nueva evaluación para ver cómo le va a su hijo y qué ayuda sigue necesitando. Se hace por lo menos cada 3 años, y no más de una vez al año salvo que usted y la escuela estén de acuerdo. Usted o un maestro pueden pedirla antes.',
    },
    'related-services': {
      term: 'Servicios relacionados',
      definition:
        'Servicios que ayudan a su hijo a aprovechar la educación especial. Algunos ejemplos son la terapia del habla, la terapia ocupacional o física, la consejería, la atención de la enfermera escolar y el transporte. El IEP nombra cada uno, con qué frecuencia y por cuánto tiempo.',
    },
    'resolution-meeting': {
      term: 'Reunión de resolución',
      definition:
        'Una reunión que la escuela debe hacer dentro de 15 días después de recibir una queja de debido proceso de los padres. Da a las dos partes la oportunidad de llegar a un acuerdo antes de la audiencia. Usted y la escuela pueden acordar por escrito no hacerla o usar la mediación en su lugar.',
    },
    'section-504': {
      term: 'Sección 504 y plan 504',
      definition:
        'La Sección 504 de la Ley de Rehabilitación es una ley de derechos civiles. Prohíbe el trato injusto por una discapacidad en toda escuela que recibe dinero federal. Un plan 504 es la lista escrita de adaptaciones y servicios que da una escuela según esta ley.',
    },
    sdi: {
      term: 'Instrucción especialmente diseñada (SDI)',
      definition:
        'Enseñanza que se cambia para responder a las necesidades de su hijo: qué se enseña, cómo se enseña o cómo se presenta. Ayuda a su hijo a aprender las mismas lecciones que los demás alumnos. Necesitarla por una discapacidad es lo que hace que un niño sea elegible para un IEP.',
    },
    'state-complaint': {
      term: 'Queja estatal',
      definition:
        'Una queja firmada y por escrito ante la agencia de educación de su estado porque una escuela no cumplió una regla de educación especial. Cualquier persona puede presentarla, sobre un problema del último año. El estado debe investigar y decidir dentro de 60 días.',
    },
    'stay-put': {
      term: 'Permanencia en la ubicación actual ("stay-put")',
      definition:
        'Mientras dura una audiencia de debido proceso o un caso en la corte, su hijo sigue en su ubicación actual, salvo que usted y la escuela acuerden un cambio. La ubicación es el programa y los servicios, no siempre un edificio.',
    },
    'transition-services': {
      term: 'Servicios de transición',
      definition:
        'Planes y servicios del IEP que preparan a su hijo para la vida después de la secundaria: más estudios o capacitación, trabajo y, cuando corresponda, vida independiente. Deben estar en el IEP vigente cuando su hijo cumpla 16 años, o antes si su estado o el equipo lo deciden.',
    },
  },
}

import type { Translation } from '../catalog-types.ts'
import type { letters as english } from '../en/letters.ts'

/** Spanish text for letters: neutral Latin American Spanish, formal "usted" (see CONTENT.md). */
export const letters: Translation<typeof english> = {
  list: {
    title: 'Cartas a la escuela',
    intro:
      'Haga sus pedidos por escrito. Una carta con fecha prueba lo que usted pidió y cuándo, y muchos plazos legales empiezan a contar desde ella. Elija una carta: Pathway llena lo que sabe, y usted puede cambiar cada palabra antes de enviarla.',
    yours: 'Sus cartas',
    yoursCaption: 'Sus cartas, las más recientes primero',
    headSubject: 'Carta',
    headStatus: 'Estado',
    draft: 'Borrador',
    sentOn: 'Enviada el {{date}}',
    empty: 'Todavía no ha escrito ninguna carta.',
    choose: 'Escribir una carta',
    write: 'Escribir esta carta',
    law: 'La ley: {{citations}}',
    complaintNote: 'Un borrador para presentar ante una agencia, no una carta a la escuela.',
  },
  laws: {
    IDEA: 'IDEA',
    '504': 'Sección 504',
    FERPA: 'FERPA',
    ADA: 'ADA',
  },
  fields: {
    language: 'Idioma de la carta',
    languageHint: 'Escriba en el idioma que lee la escuela. Puede escribir otra copia en el otro idioma.',
    languages: {
      en: 'Inglés',
      es: 'Español',
    },
    recipientName: '¿A quién le escribe?',
    recipientNameHint: 'Su nombre, por ejemplo “Dra. Ana Flores”.',
    recipientTitle: 'Su cargo',
    recipientTitleHint: 'Por ejemplo, “Directora” o “Director de Educación Especial”.',
    parentName: 'Su nombre',
    parentContact: 'Cómo puede comunicarse la escuela con usted',
    parentContactHint: 'Su dirección, teléfono o correo electrónico, uno en cada línea.',
  },
  new: {
    intro:
      'Pathway escribirá un primer borrador con estos datos y con el expediente de {{name}}. Después usted puede cambiar cada palabra.',
    lawTitle: 'La ley en la que se basa esta carta',
    submit: 'Escribir la carta',
  },
  view: {
    draftIntro:
      'Lea la carta y cambie lo que quiera. Después descárguela, envíela a la escuela y márquela como enviada.',
    subject: 'Asunto',
    body: 'La carta',
    bodyHint: 'La fecha de arriba y las líneas de la dirección salen de los datos que usted dio.',
    save: 'Guardar los cambios',
    downloadPdf: 'Descargar la carta (PDF)',
    downloadText: 'Descargar el texto (para un correo electrónico)',
    markSent: 'Marcar como enviada',
    delete: 'Borrar este borrador',
    sentTitle: 'Enviada',
    sentLine: 'Enviada el {{date}}. Cómo: {{via}}.',
    receivedLine: 'La escuela la recibió el {{date}}.',
    eventsTitle: 'Se agregó a la cronología de {{name}}',
    noEvents: 'Esta carta no inicia un plazo legal. Se guarda en el registro de comunicaciones.',
    logLink: 'Verla en el registro de comunicaciones',
    timelineLink: 'Ver la cronología',
    conflictSaved: 'Lo que se guardó mientras tanto',
    complaintNote:
      'Este es un borrador de queja. Revise los hechos, fírmelo y preséntelo ante la agencia. Pathway ofrece orientación, no asesoría legal: para recibir ayuda gratuita, comuníquese con el Centro de Capacitación e Información para Padres de su estado.',
  },
  sent: {
    title: 'Marcar la carta como enviada',
    intro: 'Diga a Pathway cuándo y cómo envió “{{subject}}”.',
    records: 'Pathway agregará esto a la cronología de {{name}}, lo que pone en marcha el plazo legal:',
    noClock: 'Esta carta no inicia un plazo legal. Pathway la guardará en el registro de comunicaciones.',
    sentOn: '¿Cuándo la envió?',
    sentOnHint: 'Por ejemplo, 2026-09-02.',
    sentVia: '¿Cómo la envió?',
    via: {
      email: 'Por correo electrónico',
      hand: 'En persona',
      mail: 'Por correo postal',
    },
    receivedOn: 'Si la envió por correo postal: ¿cuándo la recibió la escuela?',
    receivedOnHint:
      'Solo si lo sabe, por ejemplo por un acuse de recibo. El plazo empieza cuando la escuela recibe la carta; sin esta fecha, Pathway cuenta desde el día en que usted la envió.',
    followUpOn: 'Dar seguimiento antes del',
    followUpOnHint: 'Una fecha para ver si hay respuesta. Aparece entre las fechas de {{name}}.',
    submit: 'Marcar como enviada',
  },
  delete: {
    title: '¿Borrar este borrador?',
    confirm: 'Se borrará el borrador “{{subject}}”.',
    warning: 'Esto no se puede deshacer.',
    submit: 'Borrar el borrador',
  },
  flash: {
    started: 'Su carta está lista para que la revise.',
    saved: 'Se guardó la carta.',
    sent: 'La carta está marcada como enviada.',
    deleted: 'Se borró el borrador.',
  },
  problems: {
    templateUnknown: 'Elija una carta de la lista',
    languageMissing: 'Elija el idioma de la carta',
    missing: {
      recipientName: 'Escriba el nombre de la persona a quien le escribe',
      recipientTitle: 'Escriba su cargo',
      parentName: 'Escriba su nombre',
      parentContact: 'Escriba cómo puede comunicarse la escuela con usted',
      concerns: 'Escriba lo que ha notado en su hijo o hija',
      reasons: 'Escriba sus razones',
      evaluationName: 'Escriba con qué evaluación no está de acuerdo',
      evaluationDate: 'Escriba la fecha de esa evaluación',
      recordsWanted: 'Escriba qué expedientes quiere',
      meetingDate: 'Escriba la fecha de la reunión',
      availability: 'Escriba cuándo está disponible',
      decisionDate: 'Escriba la fecha de la decisión',
      decision: 'Escriba lo que pasó',
      agreements: 'Escriba lo que se acordó',
      attendees: 'Escriba quiénes estuvieron en la reunión',
      violationDate: 'Escriba la fecha en que pasó',
      facts: 'Escriba los hechos',
      resolution: 'Escriba lo que pide',
    },
    dateInvalid: 'Escriba una fecha real, por ejemplo 2026-09-02',
    dateTooEarly: 'Revise la fecha: es anterior a 1990',
    dateInFuture: 'La fecha debe ser hoy o en el pasado',
    tooLong: 'Use {{max}} caracteres o menos',
    subjectMissing: 'Escriba el asunto de la carta',
    bodyMissing: 'La carta está vacía. Escriba la carta',
    sentOnMissing: 'Escriba la fecha en que envió la carta',
    sentInFuture: 'La fecha en que la envió debe ser hoy o en el pasado',
    sentBeforeWritten: 'La fecha en que la envió debe ser el mismo día de la carta o después',
    sentViaMissing: 'Elija cómo envió la carta',
    receivedInFuture: 'La fecha en que la recibió la escuela debe ser hoy o en el pasado',
    receivedBeforeSent: 'La escuela no pudo recibirla antes de que usted la enviara',
    followUpBeforeSent: 'La fecha de seguimiento debe ser el mismo día del envío o después',
  },
  common: {
    greeting: 'Estimado/a {{name}}:',
    childBorn: 'Soy madre o padre de {{child}}, nacido/a el {{birth}}.',
    childSchoolGrade: '{{first}} está en {{grade}} en {{school}}.',
    childSchool: '{{first}} asiste a {{school}}.',
    childGrade: '{{first}} está en {{grade}}.',
    thanks:
      'Gracias. Le pido que me responda por escrito y que guarde esta carta en el expediente de {{first}}.',
    signOff: 'Atentamente,',
    regarding: 'Asunto: {{subject}}',
    theDistrict: 'el distrito escolar de mi hijo o hija',
  },
  templates: {
    'initial-evaluation': {
      title: 'Pedir una evaluación',
      description:
        'Cuando usted cree que su hijo o hija puede tener una discapacidad y necesita ayuda en la escuela. Pide una evaluación completa según IDEA y la Sección 504.',
      subject: 'Solicitud de una evaluación completa para {{child}}',
      fields: {
        concerns: '¿Qué ha notado?',
      },
      hints: {
        concerns:
          'Lo que le preocupa, en la escuela y en la casa, con ejemplos. Por ejemplo, “No puede leer palabras que sus compañeros leen, y llega cansada y triste de la escuela”.',
      },
      paragraphs: {
        request:
          'Le pido a la escuela que evalúe a {{first}} en todas las áreas en que se sospecha una discapacidad. Quiero saber si {{first}} necesita educación especial y servicios relacionados según la Ley de Educación para Personas con Discapacidades (IDEA), o servicios y adaptaciones según la Sección 504 de la Ley de Rehabilitación.',
        concerns: 'Estas son mis razones:\n{{concerns}}',
        ask: 'Le pido que me envíe el formulario de consentimiento para la evaluación, un aviso por escrito de lo que decida la escuela (aviso previo por escrito) y una copia del aviso de garantías procesales.',
        law: 'IDEA permite que madres y padres pidan una evaluación inicial (34 CFR 300.301(b)). La escuela debe responder por escrito, proponiendo la evaluación o explicando por qué la rechaza (34 CFR 300.503). Una vez que yo firme el consentimiento, la evaluación debe terminarse en 60 días, o en el plazo que fije mi estado (34 CFR 300.301(c)). La Sección 504 exige una evaluación antes de que un estudiante reciba servicios o un cambio de ubicación (34 CFR 104.35(a)).',
      },
    },
    reevaluation: {
      title: 'Pedir una reevaluación',
      description:
        'Cuando su hijo o hija ya tiene un IEP o un plan 504 y usted cree que sus necesidades han cambiado.',
      subject: 'Solicitud de una reevaluación para {{child}}',
      fields: {
        reasons: '¿Por qué quiere una reevaluación?',
      },
      hints: {
        reasons: 'Qué ha cambiado, con ejemplos. Por ejemplo, “Sus calificaciones han bajado desde enero”.',
      },
      paragraphs: {
        request:
          'Le pido a la escuela que reevalúe a {{first}}. Creo que las necesidades de {{first}} han cambiado, y el equipo necesita información actual para planificar.',
        reasons: 'Estas son mis razones:\n{{reasons}}',
        ask: 'Le pido que me envíe el formulario de consentimiento, o una explicación por escrito si la escuela lo rechaza (aviso previo por escrito).',
        law: 'Según IDEA, la escuela debe reevaluar a un niño o niña cuando la madre, el padre o un maestro lo pide, aunque no más de una vez al año salvo que la familia y la escuela estén de acuerdo (34 CFR 300.303). La escuela debe responder por escrito (34 CFR 300.503). La Sección 504 también exige reevaluar a los estudiantes periódicamente (34 CFR 104.35(d)).',
      },
    },
    'independent-evaluation': {
      title: 'Pedir una evaluación educativa independiente (IEE)',
      description:
        'Cuando usted no está de acuerdo con una evaluación que hizo la escuela. Pide una evaluación hecha por alguien de fuera de la escuela, pagada con fondos públicos.',
      subject: 'Solicitud de una evaluación educativa independiente para {{child}}',
      fields: {
        evaluationName: '¿Con qué evaluación no está de acuerdo?',
        evaluationDate: '¿Cuándo se hizo?',
        reasons: '¿Por qué no está de acuerdo?',
      },
      hints: {
        evaluationName:
          'Por ejemplo, “la evaluación psicoeducativa” o “la evaluación del habla y el lenguaje”.',
        evaluationDate: 'La fecha del informe de evaluación. Por ejemplo, 2026-03-14.',
        reasons: 'No tiene que explicarlo. Si quiere hacerlo, escríbalo aquí.',
      },
      paragraphs: {
        request:
          'No estoy de acuerdo con {{evaluationName}} que la escuela terminó el {{evaluationDate}}. Pido una evaluación educativa independiente (IEE, por sus siglas en inglés) pagada con fondos públicos.',
        reasons: 'Mis razones:\n{{reasons}}',
        ask: 'Le pido que me envíe los criterios de la escuela para evaluadores independientes (como el lugar y las calificaciones) e información sobre dónde puedo obtener una IEE.',
        law: 'Según IDEA, la madre o el padre que no está de acuerdo con una evaluación de la escuela puede pedir una IEE pagada con fondos públicos. Sin demoras innecesarias, la escuela debe pagar la IEE o pedir una audiencia de debido proceso para demostrar que su evaluación fue apropiada (34 CFR 300.502(b)). La escuela puede preguntar por qué no estoy de acuerdo, pero no tengo que explicarlo, y la escuela no puede demorarse por eso.',
      },
    },
    records: {
      title: 'Pedir los expedientes de su hijo o hija',
      description:
        'Para ver todo lo que la escuela guarda sobre su hijo o hija, por ejemplo antes de una reunión. La escuela tiene como máximo 45 días para responder.',
      subject: 'Solicitud para ver los expedientes educativos de {{child}}',
      fields: {
        recordsWanted: '¿Qué expedientes quiere ver primero?',
        meetingDate: '¿Tiene una reunión próxima? Su fecha',
      },
      hints: {
        recordsWanted:
          'Déjelo en blanco para pedir todo. Por ejemplo, “los registros de terapia del habla de este año”.',
        meetingDate:
          'Si tiene una reunión del IEP planeada, la escuela debe mostrarle los expedientes antes.',
      },
      paragraphs: {
        request:
          'Pido ver todos los expedientes educativos de {{first}}. Esto incluye las evaluaciones con sus puntajes y protocolos, el IEP o plan 504 y sus borradores, los informes de progreso, los registros de servicios, de disciplina y de asistencia, los correos electrónicos sobre {{first}} y las notas del personal.',
        recordsWanted: 'En especial, quisiera ver:\n{{recordsWanted}}',
        copies: 'Le pido también copias. Si las copias tienen un costo, por favor avíseme antes.',
        meeting: 'Tenemos una reunión el {{meetingDate}}. Necesito ver los expedientes antes de esa reunión.',
        law: 'Según IDEA, la escuela debe permitirme ver los expedientes de mi hijo o hija sin demoras innecesarias, antes de cualquier reunión del IEP o audiencia, y nunca más de 45 días después de esta solicitud (34 CFR 300.613). FERPA da a madres y padres el mismo derecho, dentro de 45 días (34 CFR 99.10).',
      },
    },
    'iep-meeting': {
      title: 'Pedir una reunión del IEP',
      description:
        'Cuando algo del IEP no está funcionando y usted quiere que el equipo se reúna antes de la revisión anual.',
      subject: 'Solicitud de una reunión del IEP para {{child}}',
      fields: {
        reasons: '¿De qué quiere hablar?',
        availability: '¿Cuándo está disponible?',
      },
      hints: {
        reasons:
          'Por ejemplo, “No se está cumpliendo la meta de lectura” o “Se están perdiendo sesiones de terapia del habla”.',
        availability: 'Días y horas que le convienen.',
      },
      paragraphs: {
        request: 'Pido una reunión del equipo del IEP para revisar el programa de {{first}}.',
        reasons: 'Quisiera hablar de:\n{{reasons}}',
        availability: 'Estoy disponible:\n{{availability}}',
        ask: 'Le pido que me envíe un aviso por escrito de la reunión, con la fecha, la hora, el lugar y quiénes asistirán, con tiempo suficiente para que yo pueda ir (34 CFR 300.322).',
        law: 'Según IDEA, el equipo del IEP debe revisar el IEP al menos una vez al año y cambiarlo cuando haga falta, también para atender la información que dan la madre o el padre y la falta del progreso esperado (34 CFR 300.324(b)).',
      },
    },
    '504-meeting': {
      title: 'Pedir una reunión del plan 504',
      description: 'Cuando el plan 504 no está funcionando, o su hijo o hija necesita nuevas adaptaciones.',
      subject: 'Solicitud de una reunión de la Sección 504 para {{child}}',
      fields: {
        reasons: '¿De qué quiere hablar?',
        availability: '¿Cuándo está disponible?',
      },
      hints: {
        reasons: 'Por ejemplo, “No le están dando tiempo extra en los exámenes”.',
        availability: 'Días y horas que le convienen.',
      },
      paragraphs: {
        request:
          'Pido una reunión del equipo de la Sección 504 de {{first}} para revisar el plan y las necesidades de {{first}}.',
        reasons: 'Quisiera hablar de:\n{{reasons}}',
        availability: 'Estoy disponible:\n{{availability}}',
        ask: 'Le pido que me informe por escrito la fecha, la hora y el lugar de la reunión, y quiénes asistirán.',
        law: 'La Sección 504 exige que las decisiones sobre los servicios de un estudiante las tome un grupo de personas que conozcan al estudiante y la información (34 CFR 104.35(c)), y da a las familias garantías procesales, entre ellas el aviso y la posibilidad de revisar los expedientes (34 CFR 104.36).',
      },
    },
    'prior-written-notice': {
      title: 'Pedir una decisión por escrito (aviso previo por escrito)',
      description:
        'Cuando la escuela le dijo “sí” o “no” a algo de palabra, por ejemplo al negarse a evaluar o al reducir un servicio. Pide la decisión y sus razones por escrito.',
      subject: 'Solicitud de aviso previo por escrito para {{child}}',
      fields: {
        decisionDate: '¿Cuándo se lo dijo la escuela?',
        decision: '¿Qué decidió la escuela?',
      },
      hints: {
        decisionDate: 'Por ejemplo, 2026-09-02.',
        decision: 'Con sus palabras, por ejemplo “La escuela no le hará pruebas de dislexia”.',
      },
      paragraphs: {
        request: 'El {{decisionDate}}, me informaron que la escuela decidió lo siguiente:\n{{decision}}',
        ask: 'Le pido que me dé esta decisión por escrito, como aviso previo por escrito. El aviso debe decir qué propone o rechaza la escuela, explicar por qué, describir las otras opciones que consideró y por qué las rechazó, y nombrar cada evaluación, expediente o informe que usó para decidir.',
        law: 'IDEA exige un aviso previo por escrito cada vez que la escuela propone o rechaza iniciar o cambiar la identificación, la evaluación, la ubicación educativa o los servicios de un niño o niña (34 CFR 300.503).',
      },
    },
    'meeting-confirmation': {
      title: 'Confirmar lo que se acordó en una reunión',
      description:
        'Después de una reunión, para dejar por escrito lo que usted entendió que se acordó, mientras todos lo recuerdan.',
      subject: 'Lo que acordamos en la reunión del {{meetingDate}} sobre {{child}}',
      fields: {
        meetingDate: '¿Cuándo fue la reunión?',
        attendees: '¿Quiénes estuvieron?',
        agreements: '¿Qué se acordó?',
      },
      hints: {
        meetingDate: 'Por ejemplo, 2026-09-02.',
        attendees: 'Nombres y cargos, separados por comas.',
        agreements: 'Un punto en cada línea, con quién hará qué y para cuándo.',
      },
      paragraphs: {
        thanks: 'Gracias por reunirse conmigo el {{meetingDate}}.',
        attendees: 'En la reunión estuvieron: {{attendees}}.',
        agreements: 'Esto es lo que entiendo que acordamos:\n{{agreements}}',
        ask: 'Si usted lo entiende de otra manera, por favor dígamelo por escrito. Le pido también un aviso previo por escrito de cualquier cambio que la escuela proponga o rechace, y una copia del plan con los cambios.',
        law: 'La escuela debe dar a la familia una copia del IEP (34 CFR 300.322(f)) y un aviso previo por escrito de los cambios que propone o rechaza (34 CFR 300.503).',
      },
    },
    disagreement: {
      title: 'Decir que no está de acuerdo con una decisión',
      description:
        'Cuando usted no está de acuerdo con una decisión de la escuela y quiere que su desacuerdo quede registrado.',
      subject: 'Aviso de que no estoy de acuerdo con una decisión sobre {{child}}',
      fields: {
        decisionDate: '¿Cuándo se tomó la decisión?',
        decision: '¿Qué decidió la escuela?',
        reasons: '¿Por qué no está de acuerdo?',
      },
      hints: {
        decisionDate: 'Por ejemplo, 2026-09-02.',
        decision: 'Por ejemplo, “terminar la terapia del habla”.',
        reasons: 'Los hechos ayudan más: fechas, puntajes, lo que usted ha visto.',
      },
      paragraphs: {
        decision: 'El {{decisionDate}}, la escuela decidió:\n{{decision}}',
        disagree: 'No estoy de acuerdo con esta decisión. Mis razones:\n{{reasons}}',
        ask: 'Le pido que me envíe un aviso previo por escrito de esta decisión si todavía no lo ha hecho, y una copia del aviso de garantías procesales. Quisiera reunirme para resolver esto.',
        law: 'La escuela debe explicar sus decisiones en un aviso previo por escrito (34 CFR 300.503) e informar a la familia cómo puede resolver un desacuerdo (34 CFR 300.504). La Sección 504 da a la familia el derecho a una audiencia imparcial (34 CFR 104.36).',
      },
    },
    'state-complaint': {
      title: 'Preparar una queja estatal',
      description:
        'Cuando el distrito escolar no ha cumplido la ley de educación especial. Usted la presenta ante la agencia de educación de su estado, dentro de un año de lo que pasó.',
      subject: 'Queja estatal sobre la educación especial de {{child}}',
      fields: {
        violationDate: '¿Cuándo pasó?',
        decision: '¿Qué hizo el distrito, o qué dejó de hacer?',
        facts: 'Los hechos',
        resolution: '¿Qué pide?',
      },
      hints: {
        violationDate: 'Debe ser hace menos de un año. Por ejemplo, 2026-09-02.',
        decision: 'Por ejemplo, “no dio la terapia del habla que dice el IEP”.',
        facts: 'Lo que pasó, con fechas, nombres y documentos.',
        resolution: 'Por ejemplo, “que se repongan las sesiones de terapia perdidas”.',
      },
      paragraphs: {
        intro: 'Presento esta queja estatal sobre {{agency}}, según 34 CFR 300.151 a 300.153.',
        violation:
          'El distrito no cumplió la Ley de Educación para Personas con Discapacidades (IDEA). Lo que pasó:\n{{decision}}',
        facts: 'Los hechos:\n{{facts}}',
        when: 'Esto pasó el {{violationDate}}, menos de un año antes de esta queja.',
        resolution: 'Para resolverlo, pido:\n{{resolution}}',
        copy: 'Envío al mismo tiempo una copia de esta queja al distrito escolar.',
        law: 'El estado debe investigar y dar una decisión por escrito dentro de los 60 días después de recibir la queja (34 CFR 300.152(a)). La queja debe estar firmada, exponer los hechos y tratar de una violación ocurrida no más de un año antes de presentarla; quien la presenta envía una copia al distrito (34 CFR 300.153).',
      },
    },
    'ocr-complaint': {
      title: 'Preparar una queja ante la Oficina de Derechos Civiles (OCR)',
      description:
        'Cuando usted cree que la escuela discriminó a su hijo o hija por su discapacidad. Usted la presenta ante la Oficina de Derechos Civiles del Departamento de Educación de los EE. UU., dentro de 180 días.',
      subject: 'Queja por discriminación por discapacidad sobre {{child}}',
      fields: {
        violationDate: '¿Cuándo pasó el último hecho?',
        decision: '¿Qué hizo la escuela?',
        facts: 'Los hechos',
        resolution: '¿Qué pide?',
      },
      hints: {
        violationDate: 'La fecha más reciente. Debe ser hace menos de 180 días. Por ejemplo, 2026-09-02.',
        decision: 'Por ejemplo, “no lo dejó ir a la excursión por su silla de ruedas”.',
        facts: 'Lo que pasó, con fechas, nombres y documentos.',
        resolution: 'Por ejemplo, “una reunión del plan 504 para planear adaptaciones en las excursiones”.',
      },
      paragraphs: {
        intro:
          'Presento esta queja ante la Oficina de Derechos Civiles (OCR) del Departamento de Educación de los EE. UU., contra {{agency}}.',
        violation:
          'Creo que la escuela discriminó a {{first}} por su discapacidad. Lo que pasó:\n{{decision}}',
        facts: 'Los hechos:\n{{facts}}',
        when: 'El hecho más reciente pasó el {{violationDate}}.',
        resolution: 'Para resolverlo, pido:\n{{resolution}}',
        law: 'La Sección 504 de la Ley de Rehabilitación (29 U.S.C. 794; 34 CFR 104.4) y el Título II de la Ley de Estadounidenses con Discapacidades (42 U.S.C. 12132) prohíben que las escuelas públicas discriminen por discapacidad. También se prohíben las represalias contra quien presenta una queja (34 CFR 104.61). La queja se presenta dentro de los 180 días del último hecho.',
      },
    },
    'compensatory-services': {
      title: 'Pedir que se repongan los servicios perdidos',
      description:
        'Cuando la escuela no dio todos los minutos de servicios que promete el plan. Usted le pide a la escuela que reponga los minutos que debe (servicios compensatorios).',
      subject: 'Pedido para reponer los servicios perdidos de {{child}}',
      fields: {
        facts: 'Los minutos prometidos, dados y debidos',
        resolution: '¿Qué está pidiendo?',
      },
      hints: {
        facts: 'Lo escribimos con su registro de servicios. Revíselo y cámbielo si hace falta.',
        resolution:
          'Por ejemplo, "los 300 minutos debidos de terapia del habla, antes de fin de marzo, en horarios que no saquen a mi hijo de clase".',
      },
      paragraphs: {
        request:
          'Le escribo porque {{first}} no ha recibido todos los servicios del plan. Le pido a la escuela que reponga los minutos que debe.',
        facts: 'Nuestros registros muestran:\n{{facts}}',
        resolution: 'Pido lo siguiente:\n{{resolution}}',
        ask: 'Por favor, dígame por escrito, dentro de 10 días escolares, cómo y cuándo se repondrán los minutos debidos, y envíeme una copia del registro de servicios de la escuela para estas fechas.',
        law: 'La escuela debe dar la educación especial y los servicios relacionados del plan, con la cantidad y la frecuencia que indica (34 CFR 300.320(a)(7) y 34 CFR 300.323(c)(2)). Un plan 504 también debe cumplirse tal como está escrito (34 CFR 104.33).',
      },
    },
  },
}

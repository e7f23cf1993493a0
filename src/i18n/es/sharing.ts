import type { Translation } from '../catalog-types.ts'
import type { sharing as english } from '../en/sharing.ts'

/** Spanish text for sharing: neutral Latin American Spanish, formal "usted" (see CONTENT.md). */
export const sharing: Translation<typeof english> = {
  enter: {
    title: 'Agregar información sobre {{name}}',
    intro:
      'La familia de {{name}} le dio este enlace para que agregue información a su expediente. Puede hacerlo aquí sin una cuenta. No puede ver el resto del expediente.',
    progress: 'Agregar datos de progreso',
    progressHint:
      'Anote cómo le fue a {{name}} en una meta: un puntaje, un conteo o un porcentaje, con la fecha.',
    services: 'Anotar sesiones de servicios',
    servicesHint:
      'Anote una sesión de un servicio que recibe {{name}}, como terapia del habla: la fecha y los minutos.',
    keepPrivate:
      'No comparta este enlace. Cualquier persona que lo tenga puede agregar información. La familia puede cancelarlo en cualquier momento.',
  },
  scopes: {
    full: { label: 'Acceso completo', hint: 'Ver y cambiar todo en el expediente de {{name}}.' },
    read: { label: 'Ver el expediente', hint: 'Ver todo en el expediente de {{name}}, sin cambiarlo.' },
    glance: { label: 'Plan en resumen', hint: 'Ver solo el resumen de una página del plan de {{name}}.' },
    'data-entry': {
      label: 'Solo agregar datos',
      hint: 'Agregar datos de progreso y sesiones de servicios de {{name}}, sin ver el resto del expediente.',
    },
  },
  email: {
    invitation: {
      subject: '{{inviter}} compartió con usted el expediente de {{name}} en Pathway',
      body: '{{inviter}} le invitó al expediente de {{name}} en Pathway.\n\nLo que puede hacer: {{scope}}. {{scopeHint}}\n{{until}}\n\nPara aceptar, abra este enlace e inicie sesión, o cree una cuenta gratuita con esta dirección de correo electrónico:\n{{url}}\n\nEl enlace funciona durante {{days}} días. Si no esperaba este mensaje, puede ignorarlo o rechazar la invitación en esa página.',
      until: 'El acceso termina después del {{date}}.',
      noEnd: 'El acceso no tiene fecha de fin. La familia puede terminarlo en cualquier momento.',
    },
  },
  page: {
    title: 'Quién puede ver este expediente',
    intro:
      'Todas las personas fuera de su hogar que pueden ver el expediente de {{name}} o agregar información, y los enlaces que usted creó. Puede terminar cualquiera en cualquier momento, y el cambio es inmediato.',
    household: 'Las personas de su hogar siempre pueden ver y cambiar el expediente.',
    peopleTitle: 'Personas y organizaciones',
    peopleCaption: 'Personas y organizaciones que pueden ver el expediente de {{name}}',
    noPeople: 'No ha compartido este expediente con nadie.',
    organization: 'Organización: todos sus miembros',
    headWho: 'Quién',
    headCan: 'Lo que puede hacer',
    headUntil: 'Hasta',
    headAction: 'Acción',
    headLink: 'Enlace',
    headFor: 'Para',
    headLastUsed: 'Último uso',
    until: 'Hasta el {{date}}',
    noEnd: 'Sin fecha de fin',
    end: 'Terminar el acceso',
    withdraw: 'Retirar',
    invite: 'Invitar a una persona',
    shareOrganization: 'Compartir con una organización',
    invitationsTitle: 'Invitaciones sin respuesta',
    linksTitle: 'Enlaces',
    linksIntro:
      'Un enlace funciona sin cuenta. Cualquier persona que lo tenga puede usarlo, así que délo solo a la persona para quien es.',
    noLinks: 'No ha creado ningún enlace.',
    neverUsed: 'Todavía sin usar',
    newDataEntryLink: 'Crear un enlace para que un maestro agregue datos',
    newCalendarLink: 'Crear un enlace de calendario',
    endedTitle: 'Accesos terminados ({{count}})',
    activityTitle: 'Quién miró el expediente',
    activityLink: 'Vea quién abrió o cambió el expediente de {{name}}',
  },
  form: {
    scope: '¿Qué puede hacer?',
    theChild: 'su hijo o hija',
    expiresOn: 'Último día (opcional)',
    expiresOnHint:
      'El acceso termina después de este día. Déjelo vacío si no quiere fecha de fin. Por ejemplo, 2027-06-30.',
  },
  invite: {
    title: 'Invitar a una persona a ver el expediente de {{name}}',
    intro:
      'Le enviamos a la persona un correo electrónico con un enlace. La persona acepta después de iniciar sesión o de crear una cuenta gratuita. Usted puede terminar su acceso en cualquier momento.',
    email: 'Su dirección de correo electrónico',
    language: 'Idioma del correo electrónico',
    languageHint: 'Si no está seguro, usamos el idioma que la persona eligió en Pathway o, si no, el suyo.',
    languageAuto: 'Elegir por mí',
    submit: 'Enviar la invitación',
  },
  organization: {
    title: 'Compartir el expediente de {{name}} con una organización',
    intro:
      'Comparta con una práctica de defensa o un centro para padres. Todas las personas que trabajan allí en Pathway podrán ver el expediente.',
    adminEmail: 'Dirección de correo electrónico de la persona que dirige la organización',
    adminEmailHint:
      'Pida a la organización la dirección de correo electrónico que su director usa en Pathway.',
    submit: 'Compartir el expediente',
  },
  link: {
    title: 'Crear un enlace',
    purpose: '¿Para qué es el enlace?',
    label: '¿Para quién es el enlace?',
    labelHint: 'Para distinguir sus enlaces. Por ejemplo, "Sra. Lee, maestra de lectura".',
    submit: 'Crear el enlace',
    createdTitle: 'Su enlace está listo',
    address: 'El enlace',
    onlyOnce:
      'Cópielo ahora. Por su seguridad, lo mostramos una sola vez. Si lo pierde, termínelo y cree uno nuevo.',
    back: 'Volver a quién puede ver este expediente',
  },
  purposes: {
    'data-entry': {
      label: 'Un maestro o terapeuta agrega datos',
      hint: 'Puede agregar datos de progreso y sesiones de servicios. No puede ver el resto del expediente.',
      created: 'Dé este enlace a {{label}}. Con él puede agregar datos de progreso y sesiones de servicios.',
    },
    'calendar-feed': {
      label: 'Un calendario',
      hint: 'Su aplicación de calendario muestra las fechas límite y las reuniones. Cualquier persona con el enlace puede verlas.',
      created:
        'Agregue este enlace a su aplicación de calendario ({{label}}) como suscripción. Muestra las fechas límite y las reuniones.',
    },
  },
  invitation: {
    title: 'Una invitación al expediente de {{name}}',
    intro: '{{inviter}} le invitó a ver el expediente de {{name}} en Pathway.',
    accept: 'Aceptar',
    decline: 'Rechazar',
    signInFirst: 'Inicie sesión para aceptar. Si no tiene una cuenta, cree una con {{email}}.',
    signIn: 'Iniciar sesión',
    signUp: 'Crear una cuenta',
    signUpHint:
      'Después de crear una cuenta con {{email}} y confirmar la dirección, encontrará esta invitación en su página de inicio.',
    closed:
      'Esta invitación ya no está abierta. Fue respondida, retirada o es muy antigua. Pida a la familia que envíe una nueva.',
  },
  home: {
    title: 'Compartido con usted',
    invitation: '{{inviter}} le invitó al expediente de {{name}}',
  },
  flash: {
    invited: 'Enviamos una invitación a {{email}}',
    shared: 'El expediente ahora se comparte con {{name}}',
    ended: 'Terminó el acceso de {{name}}',
    withdrawn: 'La invitación fue retirada',
    accepted: 'Usted aceptó la invitación',
    declined: 'Usted rechazó la invitación',
  },
  activity: {
    title: 'Quién miró el expediente',
    intro:
      'Cada vez que alguien fuera de su hogar abrió el expediente de {{name}}, y cada vez que alguien lo cambió. Nadie puede cambiar ni borrar esta lista.',
    empty: 'Nadie fuera de su hogar ha abierto el expediente y nadie lo ha cambiado todavía.',
    caption: 'Quién abrió o cambió el expediente, lo más reciente primero (página {{page}} de {{pages}})',
    headWhen: 'Cuándo',
    headWho: 'Quién',
    headWhat: 'Qué',
    read: 'Abrió {{thing}}',
    change: 'Cambió {{thing}}',
    removedPerson: 'Una persona cuya cuenta fue borrada',
    removedLink: 'Un enlace que fue borrado',
    pages: 'Páginas de la lista',
    newer: 'Entradas más recientes',
    older: 'Entradas más antiguas',
    pageOf: 'Página {{page}} de {{pages}}',
    kinds: {
      child: 'el expediente',
      plan: 'un plan',
      plans: 'los planes',
      document: 'un documento',
      documents: 'los documentos',
      communication: 'un mensaje',
      communications: 'el registro de comunicaciones',
      letter: 'una carta',
      letters: 'las cartas',
      event: 'la cronología',
      events: 'la cronología',
      search: 'una búsqueda',
      sharing: 'quién puede ver el expediente',
      activity: 'esta lista',
      share: 'un acceso compartido',
      link: 'un enlace',
      invitation: 'una invitación',
      progress: 'datos de progreso',
      services: 'los servicios',
      goal: 'una meta',
      goals: 'las metas',
      deadlines: 'las fechas límite',
      meetings: 'las reuniones',
      meeting: 'una reunión',
      other: 'una parte del expediente',
    },
  },
  problems: {
    scopeMissing: 'Elija lo que la persona puede hacer',
    languageMissing: 'Elija el idioma del correo electrónico',
    organizationNotFound:
      'No encontramos una organización dirigida por esta dirección de correo electrónico. Revise la dirección o invite a la persona por correo electrónico',
    labelMissing: 'Escriba para quién es el enlace, por ejemplo "Sra. Lee, maestra de lectura"',
    tooLong: 'Escriba {{max}} caracteres como máximo',
    purposeMissing: 'Elija para qué es el enlace',
    lastDayInvalid: 'Escriba el último día como una fecha real, por ejemplo 2027-06-30',
    lastDayPast: 'El último día debe ser hoy o una fecha posterior',
  },
}

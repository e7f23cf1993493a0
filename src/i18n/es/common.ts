import type { Translation } from '../catalog-types.ts'
import type { common as english } from '../en/common.ts'

/** Spanish text for common: neutral Latin American Spanish, formal "usted" (see CONTENT.md). */
export const common: Translation<typeof english> = {
  metaDescription:
    'Pathway ayuda a las familias a guardar el Programa de Educación Individualizado (IEP, por sus siglas en inglés) o el plan 504 de su hijo, conocer cada fecha límite y llevar datos a las reuniones escolares.',
  skipToContent: 'Saltar al contenido principal',
  back: 'Volver',
  errorPrefix: 'Error:',
  errorSummaryTitle: 'Hay un problema',
  warning: 'Advertencia',
  languageSwitch: 'English',
  notLegalAdvice:
    'Pathway ofrece orientación, no asesoría legal. Para recibir ayuda gratuita, comuníquese con el Centro de Capacitación e Información para Padres de su estado.',
  optional: '(opcional)',
  yes: 'Sí',
  no: 'No',
  notSure: 'No estoy seguro',
  continue: 'Continuar',
  save: 'Guardar',
  saveChanges: 'Guardar cambios',
  cancel: 'Cancelar',
  change: 'Cambiar',
  edit: 'Editar',
  delete: 'Eliminar',
  none: 'Ninguno',
  notGiven: 'No indicado',
  nav: {
    label: 'Principal',
    dashboard: 'Inicio',
    children: 'Sus hijos',
    account: 'Su cuenta',
    signIn: 'Iniciar sesión',
    signUp: 'Crear una cuenta',
    signOut: 'Cerrar sesión',
  },
  footer: {
    about: 'Acerca de Pathway',
    privacy: 'Privacidad',
    api: 'Referencia de la API',
    devMailbox: 'Buzón de desarrollo',
  },
  banner: {
    success: 'Listo',
    important: 'Importante',
  },
  errors: {
    goHome: 'Ir a la página de inicio',
    reference: 'Si se comunica con nosotros, mencione esta referencia:',
    notFound: {
      title: 'No se encontró la página',
      body: 'Si escribió la dirección, revise que esté bien. Si siguió un enlace, es posible que la página se haya movido o que usted no tenga acceso a ella.',
    },
    internal: {
      title: 'Lo sentimos, algo salió mal',
      body: 'Sus cambios no se guardaron. Vuelva a intentarlo en unos minutos.',
    },
    csrf: {
      title: 'Este formulario venció',
      body: 'Por su seguridad, los formularios dejan de funcionar después de un tiempo. Vuelva atrás, recargue la página e inténtelo de nuevo. No se guardó nada.',
    },
    badRequest: {
      title: 'No pudimos atender esa solicitud',
      body: 'Vuelva atrás e inténtelo de nuevo.',
    },
    linkExpired: {
      title: 'Este enlace ya no funciona',
      newReset: 'Pedir un enlace nuevo para restablecer la contraseña',
      signIn:
        'Iniciar sesión (le enviamos un enlace nuevo de confirmación si su dirección aún no está confirmada)',
    },
    generic: {
      title: 'No se pudo hacer',
    },
  },
  apiDocs: {
    title: 'Referencia de la API',
    intro:
      'Los programas pueden usar Pathway por medio de una API JSON, con las mismas reglas que las páginas.',
    download: 'Descargar el documento OpenAPI 3.1',
    contents: 'Secciones de la API',
    needsToken: 'Necesita un token de acceso.',
    open: 'No se necesita una cuenta.',
    required: 'obligatorio',
    body: 'Contenido de la solicitud',
    responses: 'Respuestas',
    schemas: 'Esquemas',
  },
  about: {
    title: 'Acerca de Pathway',
    intro:
      'Pathway es un programa gratuito y de código abierto que ayuda a las familias a conseguir para su hijo el apoyo escolar que promete la ley, y ayuda a los defensores y centros para padres que trabajan con ellas.',
    whatTitle: 'Qué hace Pathway',
    what: 'Guarda los planes, cartas y registros de su hijo en un solo lugar que usted controla, calcula las fechas límite legales a partir de las fechas que usted escribe y explica cada una con palabras sencillas.',
    notTitle: 'Qué no es Pathway',
    not: 'Pathway no es un bufete de abogados y no da asesoría legal. La ley puede cambiar de un estado a otro. Para recibir ayuda gratuita, comuníquese con el Centro de Capacitación e Información para Padres de su estado.',
  },
  privacy: {
    title: 'Privacidad',
    intro: 'El expediente de su hijo pertenece a su familia. Así lo cuida Pathway.',
    items: {
      owner:
        'Solo las personas de su hogar pueden ver los expedientes de sus hijos, a menos que usted decida compartirlos.',
      noSale: 'Nunca vendemos ni compartimos su información con nadie, y no mostramos publicidad.',
      logs: 'Los registros de nuestro sistema anotan que hubo una solicitud, nunca de qué se trataba.',
      passwords: 'Las contraseñas se guardan solo como códigos cifrados de un solo sentido.',
      deletion: 'Puede pedir que se eliminen su cuenta y todo lo que contiene.',
    },
  },
}

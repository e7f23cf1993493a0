import type { Translation } from '../catalog-types.ts'
import type { privacy as english } from '../en/privacy.ts'

/** Texto en español para exportar, cargar, borrar y la verificación en dos pasos. */
export const privacy: Translation<typeof english> = {
  section: {
    title: 'Llevarse el expediente, o borrarlo',
    childIntro: 'Descargue todo el expediente de {{name}} en un solo archivo, o borre el expediente.',
    export: 'Exportar el expediente de {{name}}',
    accountTitle: 'Sus datos',
    accountIntro:
      'Descargue todo lo que hay en su cuenta, cargue un archivo exportado de Pathway o borre su cuenta.',
    accountExport: 'Exportar su cuenta',
    import: 'Cargar una exportación',
    delete: 'Borrar el expediente de {{name}}',
  },
  export: {
    childTitle: 'Exportar el expediente de {{name}}',
    accountTitle: 'Exportar su cuenta',
    childIntro: 'Recibe un archivo ZIP con todo el expediente de {{name}}:',
    accountIntro:
      'Recibe un archivo ZIP con su nombre y su correo electrónico y el expediente de cada niño de su hogar, también los archivados. Contiene:',
    itemRecord: 'cada dato, en archivos que una computadora puede leer (JSON, descrito en manifest.json)',
    itemDocuments: 'cada documento que subió, como el archivo original',
    itemPlans: 'cada plan de un vistazo, en PDF',
    itemLetters: 'cada carta, en PDF',
    keepSafe:
      'El archivo contiene información privada sobre su hijo. Guárdelo en un lugar seguro y no lo envíe por correo electrónico común.',
    importHint: 'Puede cargar el archivo en otra cuenta de Pathway para tener allí el mismo expediente.',
    submit: 'Descargar el archivo ZIP',
  },
  delete: {
    title: 'Borrar el expediente de {{name}}',
    intro:
      'Esto borra todo el expediente de {{name}}: eventos, documentos, planes, cartas, notas, y cada enlace y cada acceso compartido.',
    grace:
      'El expediente se oculta para todos de inmediato. Durante 14 días puede recuperarlo desde la página de su cuenta. Después se borra para siempre y nadie puede recuperarlo.',
    exportFirst: 'Quizás quiera exportar el expediente antes.',
    confirmName: 'Para confirmar, escriba el nombre {{name}}',
    submit: 'Borrar el expediente',
    flash: 'El expediente de {{name}} está oculto y se borrará el {{date}}. Puede deshacerlo abajo.',
    problems: {
      nameMissing: 'Escriba el nombre del niño para confirmar.',
      nameWrong: 'Escriba el nombre tal como aparece: {{name}}.',
    },
  },
  deleteAccount: {
    title: 'Borrar su cuenta',
    intro:
      'Esto borra su cuenta y el expediente de cada niño de su hogar: eventos, documentos, planes, cartas y notas.',
    grace:
      'Sus expedientes se ocultan de inmediato y se cierra su sesión en todos los demás lugares. Durante 14 días puede iniciar sesión y recuperarlo todo. Después se borra para siempre.',
    password: 'Su contraseña',
    submit: 'Borrar mi cuenta',
    flash: 'Su cuenta se borrará el {{date}}. Puede deshacerlo abajo.',
    problems: {
      passwordMissing: 'Escriba su contraseña para confirmar.',
      passwordWrong: 'La contraseña no es correcta. Escriba la contraseña con la que inicia sesión.',
    },
  },
  deletions: {
    title: 'Expedientes borrados',
    intro: 'Los expedientes que borró quedan ocultos durante 14 días. Hasta entonces puede recuperarlos.',
    none: 'No hay nada esperando a ser borrado.',
    child: '{{name}}: se borrará para siempre el {{date}}',
    account: 'Su cuenta se borrará para siempre el {{date}}.',
    undo: 'Recuperar a {{name}}',
    undoAccount: 'Conservar mi cuenta',
    undone: 'El expediente de {{name}} está de vuelta.',
    accountUndone: 'Su cuenta no se borrará.',
    link: 'Expedientes borrados que todavía puede recuperar',
    deleteAccountLink: 'Borrar su cuenta',
  },
  import: {
    title: 'Cargar una exportación',
    intro:
      'Cargue un archivo ZIP exportado de Pathway, aquí o en otro Pathway. Cada niño que contiene se agrega a su hogar como un expediente nuevo. Nada de lo que ya está en su cuenta cambia.',
    file: 'Archivo ZIP de Pathway',
    fileHint: 'Hasta {{max}}. Su nombre termina en .zip.',
    fileAgain: 'Elija el archivo otra vez después de corregir el problema: los navegadores no lo guardan.',
    submit: 'Cargar el archivo',
    flash: 'Se agregó a su hogar: {{names}}.',
    problems: {
      empty: 'Elija el archivo ZIP que quiere cargar.',
      notAnExport:
        'El archivo no es una exportación de Pathway. Elija el archivo ZIP que descargó de una página de exportación de Pathway.',
      malformed:
        'El archivo está dañado o no es una exportación completa de Pathway. Descargue la exportación otra vez y cargue el archivo nuevo.',
      badName:
        'El archivo contiene un nombre que apunta fuera de su carpeta, así que no se cargó nada. Cargue un archivo ZIP hecho por Pathway.',
      tooLarge:
        'El archivo es demasiado grande: puede contener como máximo {{max}}. Exporte un niño a la vez y cargue cada archivo.',
      tooManyEntries:
        'El archivo contiene más de {{max}} archivos. Exporte un niño a la vez y cargue cada archivo.',
      newerFormat:
        'El archivo viene de una versión más nueva de Pathway. Pida a quienes administran este Pathway que lo actualicen y cargue el archivo otra vez.',
      missingFile:
        'Falta un archivo que la exportación menciona ({{path}}). Descargue la exportación otra vez y cargue el archivo nuevo.',
      damagedFile:
        'Un archivo de la exportación cambió después de hacerse ({{path}}). Descargue la exportación otra vez y cargue el archivo nuevo.',
      noChildren: 'El archivo no contiene el expediente de ningún niño. Elija otro archivo.',
      couldNotImport:
        'No se pudieron agregar los datos del archivo, así que no se agregó nada. Descargue la exportación otra vez y cargue el archivo nuevo.',
    },
  },
}

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
    twoStep: 'Inicio de sesión en dos pasos',
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
  twoStep: {
    title: 'Inicio de sesión en dos pasos',
    intro:
      'Con el inicio de sesión en dos pasos, para entrar necesita su contraseña y un código de una aplicación en su teléfono (una aplicación de autenticación como Google Authenticator, Microsoft Authenticator o 2FAS). Aunque alguien sepa su contraseña, no podrá entrar.',
    on: 'El inicio de sesión en dos pasos está activado.',
    off: 'El inicio de sesión en dos pasos está desactivado.',
    codesLeft: 'Códigos de recuperación que quedan: {{count}}.',
    requiredBy: 'Lo exige: {{names}}.',
    setUp: 'Activar el inicio de sesión en dos pasos',
    setUpTitle: 'Activar el inicio de sesión en dos pasos',
    step1:
      '1. Abra su aplicación de autenticación y agregue una cuenta. Escanee este código con su teléfono:',
    qrLabel: 'Código QR para escanear con su aplicación de autenticación',
    step2: 'O escriba esta clave en la aplicación:',
    step3: '2. Escriba el código de 6 dígitos que muestra la aplicación.',
    code: 'Código de su aplicación',
    codeHint: 'Seis dígitos, por ejemplo 123456.',
    confirm: 'Activar el inicio de sesión en dos pasos',
    recoveryTitle: 'Sus códigos de recuperación',
    recoveryIntro:
      'Si pierde su teléfono, puede entrar con uno de estos códigos. Cada uno funciona una sola vez. Imprímalos o escríbalos y guárdelos en un lugar seguro: Pathway solo los muestra esta vez.',
    recoveryDone: 'Ya guardé mis códigos',
    newCodes: 'Obtener códigos de recuperación nuevos',
    newCodesHint: 'Los códigos anteriores dejan de funcionar.',
    turnOff: 'Desactivar el inicio de sesión en dos pasos',
    password: 'Su contraseña',
    cannotTurnOff: 'Su organización exige el inicio de sesión en dos pasos, así que no se puede desactivar.',
    mustSetUp: '{{names}} exige el inicio de sesión en dos pasos. Actívelo para continuar.',
    turnedOn: 'El inicio de sesión en dos pasos está activado.',
    turnedOff: 'El inicio de sesión en dos pasos está desactivado.',
    signInTitle: 'Escriba el código de su aplicación',
    signInIntro:
      'Abra su aplicación de autenticación y escriba el código de 6 dígitos de Pathway. ¿Perdió su teléfono? Escriba uno de sus códigos de recuperación.',
    signInCode: 'Código de su aplicación o código de recuperación',
    signInSubmit: 'Iniciar sesión',
    expired: 'Ese inicio de sesión tardó demasiado. Inicie sesión otra vez.',
    rateLimited: 'Demasiados códigos incorrectos. Espere 15 minutos y vuelva a intentarlo.',
    usedRecoveryCode: 'Entró con un código de recuperación. Ese código ya no volverá a funcionar.',
    organizationTitle: 'Reglas de sus organizaciones',
    organizationRequire: 'Exigir el inicio de sesión en dos pasos a cada miembro de {{name}}',
    organizationSave: 'Guardar la regla',
    organizationSaved: 'La regla está guardada.',
    problems: {
      codeMissing: 'Escriba el código de 6 dígitos de su aplicación.',
      codeWrong:
        'Ese código no es correcto. Escriba el código que la aplicación muestra ahora, o un código de recuperación que no haya usado.',
      passwordMissing: 'Escriba su contraseña para confirmar.',
      passwordWrong: 'La contraseña no es correcta. Escriba la contraseña con la que inicia sesión.',
    },
  },
  newDevice: {
    subject: 'Nuevo inicio de sesión en su cuenta de Pathway',
    body: 'Hola, {{name}}:\n\nAlguien inició sesión en su cuenta de Pathway desde un navegador que no se había usado antes ({{device}}, {{when}} UTC).\n\nSi fue usted, no tiene que hacer nada. Si no fue usted, cambie su contraseña ahora y active el inicio de sesión en dos pasos: {{link}}\n\nPathway',
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

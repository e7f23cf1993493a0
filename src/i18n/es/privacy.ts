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

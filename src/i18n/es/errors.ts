import type { Translation } from '../catalog-types.ts'
import type { errors as english } from '../en/errors.ts'

/** Spanish text for errors: neutral Latin American Spanish, formal "usted" (see CONTENT.md). */
export const errors: Translation<typeof english> = {
  INVALID_INPUT: 'Hay información que debe corregir.',
  UNAUTHENTICATED: 'Inicie sesión para continuar.',
  NOT_FOUND: 'No encontramos esa página.',
  VERSION_CONFLICT:
    'Otra persona guardó una versión más nueva mientras usted editaba. Sus cambios están abajo; revíselos y vuelva a guardar.',
  EMAIL_TAKEN: 'Otra cuenta ya usa esa dirección de correo electrónico.',
  LINK_EXPIRED: 'Ese enlace venció o ya se usó. Pida uno nuevo.',
  RATE_LIMITED: 'Demasiados intentos. Espere unos minutos y vuelva a intentarlo.',
  TOO_LARGE: 'Es demasiado grande.',
  INVALID_STATE: 'Eso no se puede hacer en este momento.',
  PLAN_TRANSITION_NOT_ALLOWED:
    'El plan no puede dar ese paso desde donde está ahora. Elija uno de los pasos que se muestran.',
  PLAN_NOT_EDITABLE:
    'Este plan ya fue acordado, así que no se puede cambiar aquí. Para cambiar lo que dice el plan, comience una enmienda. Para arreglar un error al copiarlo, guárdelo como corrección.',
  SLOT_TAKEN: 'Otra persona reservó esa hora justo antes que usted. Elija otra hora.',
  input: {
    required: 'Escriba un valor en este campo.',
    wrongType: 'Escriba un valor del tipo correcto ({{expected}}).',
    oneOf: 'Elija una de estas opciones: {{allowed}}.',
    tooFewItems: 'Dé al menos {{minimum}}.',
    tooManyItems: 'Dé como máximo {{maximum}}.',
    tooSmall: 'Escriba un número de al menos {{minimum}}.',
    tooBig: 'Escriba un número que no sea mayor que {{maximum}}.',
    tooLong: 'Use {{maximum}} caracteres o menos.',
    format: 'Escriba un valor con el formato correcto ({{format}}).',
    unknownKeys: 'Quite los campos que no se aceptan: {{keys}}.',
    invalid: 'Revise este valor.',
    date: 'Escriba una fecha real como AAAA-MM-DD, por ejemplo 2026-09-02.',
    json: 'Envíe el contenido como JSON.',
  },
}

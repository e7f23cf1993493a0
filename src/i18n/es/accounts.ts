import type { Translation } from '../catalog-types.ts'
import type { accounts as english } from '../en/accounts.ts'

/** Spanish text for accounts: neutral Latin American Spanish, formal "usted" (see CONTENT.md). */
export const accounts: Translation<typeof english> = {
  householdName: 'Hogar de {{name}}',
  fields: {
    name: 'Su nombre completo',
    email: 'Correo electrónico',
    emailHint: 'Le enviaremos un enlace para confirmarlo.',
    password: 'Contraseña',
    currentPassword: 'Contraseña actual',
    newPassword: 'Cree una contraseña',
    newPasswordHint: 'Use al menos 10 caracteres. Una frase corta que pueda recordar funciona bien.',
  },
  problems: {
    nameMissing: 'Escriba su nombre',
    nameTooLong: 'Su nombre debe tener {{max}} caracteres o menos',
    emailMissing: 'Escriba su correo electrónico',
    emailInvalid: 'Escriba un correo electrónico con el formato correcto, como nombre@ejemplo.com',
    passwordMissing: 'Escriba su contraseña',
    passwordTooShort: 'Su contraseña debe tener al menos {{min}} caracteres',
    passwordTooLong: 'Su contraseña debe tener {{max}} caracteres o menos',
    passwordIsEmail: 'Su contraseña no puede ser su correo electrónico',
    currentPasswordMissing: 'Escriba su contraseña actual',
    currentPasswordWrong: 'Su contraseña actual no es correcta',
    signInFailed: 'El correo electrónico o la contraseña no son correctos',
    tokenNameMissing: 'Escriba un nombre para el token, para reconocerlo después',
    tokenNameTooLong: 'El nombre debe tener {{max}} caracteres o menos',
  },
  signUp: {
    title: 'Cree su cuenta',
    intro: 'Su cuenta mantiene los expedientes de su hijo privados para su familia. Es gratuita.',
    submit: 'Crear cuenta',
    haveAccount: '¿Ya tiene una cuenta?',
    signInLink: 'Inicie sesión',
  },
  checkEmail: {
    title: 'Revise su correo electrónico',
    'sign-up':
      'Enviamos un mensaje a la dirección que nos dio. Abra el enlace del mensaje para confirmar su dirección y luego inicie sesión.',
    reset:
      'Si esa dirección tiene una cuenta de Pathway, le enviamos un enlace para elegir una contraseña nueva. El enlace funciona durante una hora.',
    unverified: 'Debe confirmar su correo electrónico antes de iniciar sesión. Le enviamos un enlace nuevo.',
    spam: 'Si no encuentra el mensaje, busque en la carpeta de correo no deseado. Puede tardar unos minutos en llegar.',
    backToSignIn: 'Ir a iniciar sesión',
  },
  verify: {
    title: 'Confirme su correo electrónico',
    intro: 'Seleccione el botón para confirmar que este es su correo electrónico.',
    submit: 'Confirmar mi correo electrónico',
    done: 'Su correo electrónico está confirmado. Ya puede iniciar sesión.',
  },
  signIn: {
    title: 'Iniciar sesión',
    submit: 'Iniciar sesión',
    forgot: 'Olvidé mi contraseña',
    newTitle: '¿Es nuevo en Pathway?',
    createLink: 'Crear una cuenta',
  },
  signOut: {
    done: 'Cerró la sesión.',
  },
  forgot: {
    title: 'Restablezca su contraseña',
    intro:
      'Escriba el correo electrónico que usa en Pathway. Le enviaremos un enlace para elegir una contraseña nueva.',
    submit: 'Enviarme un enlace',
  },
  reset: {
    title: 'Elija una contraseña nueva',
    submit: 'Guardar la contraseña nueva',
    done: 'Se cambió su contraseña. Inicie sesión con su contraseña nueva.',
  },
  account: {
    title: 'Su cuenta',
    language: 'Idioma',
  },
  changePassword: {
    title: 'Cambie su contraseña',
    otherSessions: 'Cuando cambie su contraseña, se cerrará su sesión en sus otros dispositivos.',
    submit: 'Cambiar contraseña',
    done: 'Se cambió su contraseña.',
  },
  tokens: {
    title: 'Tokens de acceso a la API',
    intro:
      'Un token permite que un programa use su cuenta de Pathway por medio de la API. Cuídelo como una contraseña. Puede terminarlo en cualquier momento.',
    manage: 'Administrar los tokens de acceso a la API',
    reference: 'Leer la referencia de la API',
    tableCaption: 'Sus tokens activos',
    name: 'Nombre',
    nameHint: 'Por ejemplo, “Mi programa del calendario”.',
    starts: 'Empieza con',
    created: 'Creado',
    lastUsed: 'Último uso',
    never: 'Nunca',
    revoke: 'Terminar el acceso',
    revoked: 'El token ya no funciona.',
    noneYet: 'No tiene tokens activos.',
    createTitle: 'Crear un token',
    create: 'Crear token',
    createdOnce: 'Copie su token nuevo ahora. Por su seguridad, no se volverá a mostrar:',
  },
  email: {
    verify: {
      subject: 'Confirme su correo electrónico para Pathway',
      body: 'Hola, {{name}}:\n\nConfirme su correo electrónico abriendo este enlace:\n{{url}}\n\nEl enlace funciona durante 24 horas. Si usted no creó una cuenta de Pathway, puede ignorar este mensaje.\n\nPathway',
    },
    alreadyRegistered: {
      subject: 'Alguien intentó crear una cuenta de Pathway con su dirección',
      body: 'Hola, {{name}}:\n\nAlguien intentó crear una cuenta nueva de Pathway con este correo electrónico. Usted ya tiene una cuenta.\n\nSi fue usted, inicie sesión aquí: {{signInUrl}}\nSi olvidó su contraseña, restablézcala aquí: {{resetUrl}}\n\nSi no fue usted, no necesita hacer nada.\n\nPathway',
    },
    reset: {
      subject: 'Restablezca su contraseña de Pathway',
      body: 'Hola, {{name}}:\n\nAbra este enlace para elegir una contraseña nueva:\n{{url}}\n\nEl enlace funciona durante una hora y una sola vez. Si usted no lo pidió, puede ignorar este mensaje; su contraseña no cambió.\n\nPathway',
    },
  },
}

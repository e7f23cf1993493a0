/**
 * The shape a Spanish catalog must have: the same keys as the English one, every leaf a string.
 * `const accounts: Translation<typeof enAccounts> = { … }` makes a missing or extra key a type error.
 */
export type Translation<T> = { readonly [K in keyof T]: T[K] extends string ? string : Translation<T[K]> }

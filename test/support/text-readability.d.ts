// text-readability ships JavaScript without types; these are the parts Pathway's tests use.
declare module 'text-readability' {
  interface Readability {
    fleschKincaidGrade(text: string): number
    fleschReadingEase(text: string): number
    lexiconCount(text: string, removePunctuation?: boolean): number
    sentenceCount(text: string): number
    syllableCount(text: string, lang?: string): number
  }
  const readability: Readability
  export default readability
}

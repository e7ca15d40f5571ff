// The stopword package (3.x) ships no type declarations; these are the two lists we use.
declare module 'stopword' {
  /** French stop words, lower case, with accents. */
  export const fra: readonly string[];
  /** English stop words, lower case. */
  export const eng: readonly string[];
}

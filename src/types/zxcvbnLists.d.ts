/**
 * The zxcvbn-ts language packages type only their index, which also loads first names, last names
 * and keyboard sequences: the search imports the two word lists it reads on their own
 * (src/search/realWords.ts), so start-up decodes and keeps only those.
 */
declare module '@zxcvbn-ts/language-nl-be/dist/commonWords.json.js' {
  const words: string[];
  export = words;
}
declare module '@zxcvbn-ts/language-nl-be/dist/wikipedia.json.js' {
  const words: string[];
  export = words;
}
declare module '@zxcvbn-ts/language-en/dist/commonWords.json.mjs' {
  const words: string[];
  export = words;
}
declare module '@zxcvbn-ts/language-en/dist/wikipedia.json.mjs' {
  const words: string[];
  export = words;
}

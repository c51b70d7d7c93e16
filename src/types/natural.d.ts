/**
 * natural ships no types for its deep modules. We import the Dutch Porter stemmer on its own:
 * `import 'natural'` costs about a second and 160 MB and runs dotenv (docs/stack-notes.md).
 */
declare module 'natural/lib/natural/stemmers/porter_stemmer_nl.js' {
  interface PorterStemmerNl {
    stem(word: string): string;
  }
  const stemmer: PorterStemmerNl;
  export = stemmer;
}

/** natural's English Porter stemmer, on its own for the same reason (src/search/englishGlossary.ts). */
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  interface PorterStemmer {
    stem(word: string): string;
  }
  const stemmer: PorterStemmer;
  export = stemmer;
}

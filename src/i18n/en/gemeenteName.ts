/** The gemeente in a sentence, as in src/i18n/nl/gemeenteName.ts. */
export const inGemeente = (name?: string): string =>
  name === undefined ? 'in this municipality' : `in ${name}`;
export const wholeGemeente = (name?: string): string =>
  name === undefined ? 'the whole municipality' : `all of ${name}`;
export const ofGemeente = (name?: string): string =>
  name === undefined ? 'of this municipality' : `of ${name}`;

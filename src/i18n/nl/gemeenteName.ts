/**
 * The gemeente in a sentence, by the name its knowledge gives (gebieden.yaml `gemeente`, else
 * gemeentediensten.yaml); without a name, in words that fit any gemeente.
 */
export const inGemeente = (name?: string): string =>
  name === undefined ? 'in deze gemeente' : `in ${name}`;
export const wholeGemeente = (name?: string): string =>
  name === undefined ? 'de hele gemeente' : `heel ${name}`;
export const ofGemeente = (name?: string): string =>
  name === undefined ? 'van deze gemeente' : `van ${name}`;

/**
 * A wijkteam in a sentence, as in src/i18n/nl/wijkteamName.ts: "wijkteam Centrum", or the name
 * alone where it says itself that it is a team ("Sociaal team Reggedal-Noord").
 */
const namesItselfATeam = (name: string): boolean => /team\b/i.test(name);

export const wijkteamCalled = (name: string): string =>
  namesItselfATeam(name) ? name : `wijkteam ${name}`;

/** The same at the start of a sentence. */
export const WijkteamCalled = (name: string): string =>
  namesItselfATeam(name) ? name : `Wijkteam ${name}`;

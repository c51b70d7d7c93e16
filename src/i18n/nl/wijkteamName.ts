/**
 * A wijkteam in a sentence, by the name the knowledge or routering.yaml gives: "wijkteam Centrum"
 * where the name is only the area (Enschede's), the name alone where it says itself that it is a
 * team ("Sociaal team Reggedal-Noord", "Buurtteam Oost"), so no text reads "wijkteam Sociaal team".
 */
const namesItselfATeam = (name: string): boolean => /team\b/i.test(name);

export const wijkteamCalled = (name: string): string =>
  namesItselfATeam(name) ? name : `wijkteam ${name}`;

/** The same at the start of a sentence. */
export const WijkteamCalled = (name: string): string =>
  namesItselfATeam(name) ? name : `Wijkteam ${name}`;

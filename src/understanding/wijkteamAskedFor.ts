import { tokenize } from '../text/normalise.js';
import { namesWijkteam } from './aboutWijkteam.js';

/**
 * Whether a message asks for the wijkteam itself (ADR 0013, session 22, "the wijkteam itself asked
 * for"): it names the wijkteam or its people ("wijkteam bellen", "wie is mijn wijkcoach", "can I
 * see the neighbourhood team about my son"), and not only as who sent or told the resident ("het
 * wijkteam heeft me doorverwezen naar de voedselbank") nor as a team the resident looks past ("waar
 * kan ik anders heen dan het wijkteam"). Wider than a question about the wijkteam and nothing else
 * (aboutWijkteam.ts): a need may stand beside it ("een afspraak bij het wijkteam, thuis loopt alles
 * mis"), and then the kaart's own wijkteam entry is what was asked for.
 */

/** Words that make the wijkteam the one who sent, told or advised the resident, or one looked past. */
const NOT_ASKED = new Set(
  [
    // Dutch: sent or told by it.
    'verwezen doorverwezen verwees verwijst doorgestuurd gestuurd stuurde stuurt stuurden',
    'zei zegt zeiden gezegd adviseerde adviseert geadviseerd raadde aangeraden raadt',
    'geholpen hielp',
    // Dutch: looked past.
    'anders behalve',
    // English.
    'referred refer sent told said says advised recommended suggested helped',
    'instead else besides except',
  ].flatMap((line) => line.split(' ')),
);

export function asksForWijkteam(text: string): boolean {
  if (!namesWijkteam(text)) return false;
  return !tokenize(text).some((token) => NOT_ASKED.has(token));
}

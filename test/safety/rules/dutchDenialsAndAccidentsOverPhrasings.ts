/**
 * The twenty-ninth round's class set (docs/adr/0012-safety-net.md): the Dutch rules brought to
 * parity with the twenty-eighth round's English ones in two classes.
 *
 * - `nooitDenial`: a violence verb denied ("slaat de kinderen nooit", "heeft me nooit geslagen",
 *   "slaat me niet"), which Dutch puts after the verb and often after the object;
 * - `accidentOverNl`: a resident hit by a car or a bike ("aangereden", "aangefietst") in an
 *   accident that is over and well ("het gaat nu goed met hem", "niks gebroken").
 *
 * Each class has Dutch near misses (NT2 and typos among them) that must get no crisis reply, and
 * Dutch crises of the same shape that must keep their reply and their line (abuse → Veilig Thuis,
 * danger → 112). Written for this round, never taken from an issue, a corpus round, the frozen
 * test, an unseen round, a kaart or an earlier round's phrasings.
 */
import type { ClassSet } from './edgeExSleepingPillsPhrasings.js';
import type { ShortCrisis } from './veryShortMessagePhrasings.js';
import type { CrisisKind } from '../../../src/safety/crisisKind.js';

function crises(kinds: readonly CrisisKind[], texts: readonly string[]): ShortCrisis[] {
  return texts.map((text) => ({ text, kinds }));
}

export const nooitDenialNearMisses: readonly string[] = [
  'mijn vriend schreeuwt soms hard maar hij slaat onze dochter nooit',
  'mijn vrouw heeft de jongens nooit geslagen, ze is wel streng met schermtijd',
  'onze opa heeft ons nooit geslagen, hij was altijd lief',
  'mijn man slaat mij niet, we hebben alleen veel ruzie over geld',
  'hij schopt de hond nooit hoor, hij is alleen bang voor hem',
  'mijn partner heeft nog nooit iemand geslagen maar hij is erg somber',
  'papa slaat ons nooit, hij geeft ons straf op de kamer',
  'mijn ex heeft de kinderen nooit geduwd of geslagen, hij komt alleen niet op tijd',
  'mijn moeder sloeg mijn broertje nooit, ze was wel vaak moe',
  'mijn man slaat nooit de kinderen, hoe maken wij samen regels thuis',
  'mijn schoonvader heeft me nooit bedreigd, hij praat gewoon weinig',
  'mijn vrouw slaat de kinderen nooit maar ze roept veel, waar vind ik een cursus',
  'hij sla mij nooit, alleen boos met woorden',
  'mijn man slaad de kinderen nooit, hij is heel rustig',
];

export const nooitDenialCrises: readonly ShortCrisis[] = crises(
  ['abuse'],
  [
    'hij slaat me nooit waar de buren het zien, alleen als de deur dicht is',
    'mijn vriend belooft dat hij me nooit meer slaat maar gisteren deed hij het weer',
    'mijn man slaat nooit in het gezicht, alleen op mijn rug en benen',
    'mijn stiefvader had me nooit geslagen tot vannacht, nu heb ik een blauw oog',
    'mijn man stopt nooit met slaan als hij gedronken heeft',
    'hij schopt de kinderen nooit voor de ogen van anderen, wel thuis',
    'ze slaat mijn zusje niet alleen, ze sluit haar ook op in de kast',
    'mijn vader slaat ons nooit met zijn hand maar wel met de riem',
    'mijn vriend heeft me nooit geslagen maar vanavond duwde hij me van de trap',
    'hij zegt dat hij nooit meer slaat maar hij sloeg me vanochtend weer',
    'mijn partner slaat me niet meer met de vuist, nu knijpt hij mijn keel dicht',
  ],
);

export const accidentOverNlNearMisses: readonly string[] = [
  'mijn dochter is vorige week aangereden door een scooter maar het gaat nu goed met haar',
  'mijn vader is aangereden op de fiets, gelukkig niks gebroken, kan hij hulp krijgen bij boodschappen',
  'mijn zoon is gisteren aangefietst maar hij is weer helemaal beter',
  'mijn buurman werd aangereden vorig jaar en is hersteld, hij zoekt nu vrijwilligerswerk',
  'mijn vrouw is aangereden maar het gaat goed, ze heeft alleen wat blauwe plekken',
  'ik ben aangereden door een auto maar met mij gaat het prima, wie betaalt mijn fiets',
  'mijn moeder is aangereden in maart, ze is aan het revalideren en heeft hulp thuis nodig',
  'mijn kind is aangereeden door een fietser maar ze is oke nu',
  'mijn man is aangereden maar hij is er goed vanaf gekomen, nu heeft hij fysio',
  'mijn opa werd aangereden, hij is nu weer thuis en het gaat beter',
  'mijn zoon is aangereden bij school, niks ergs gelukkig, hij heeft geen pijn meer',
];

export const accidentOverNlCrises: readonly ShortCrisis[] = crises(
  ['danger'],
  [
    'mijn dochter is net aangereden en ze reageert niet',
    'mijn vader is aangereden op de fiets en hij bloedt uit zijn hoofd',
    'mijn zoon is aangereden door een bus, hij ligt op straat en praat niet',
    'er is net een kind aangereden voor ons huis',
    'mijn vrouw is aangereden en ze kan niet meer opstaan',
    'mijn buurman is aangereden, het gaat helemaal niet goed met hem',
    'ik ben net aangereden en mijn been ligt helemaal raar',
    'mijn moeder is aangereden en ze ademt heel raar',
    'mijn kind is aangereeden door een auto en hij beweegt niet meer',
    'mijn opa is aangereden, hij zegt dat het goed gaat maar hij is heel wit en valt steeds weg',
  ],
);

export const classSets: readonly ClassSet[] = [
  { name: 'nooitDenial', crises: nooitDenialCrises, nearMisses: nooitDenialNearMisses },
  { name: 'accidentOverNl', crises: accidentOverNlCrises, nearMisses: accidentOverNlNearMisses },
];

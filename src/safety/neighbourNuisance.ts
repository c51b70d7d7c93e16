import { collapseRegexSource } from './crisisRule.js';
import {
  keepsCheck,
  onlyKnownWords,
  sharedWordsEn,
  sharedWordsNl,
  vocabulary,
  wordList,
} from './everydayGate.js';

/**
 * A neighbour's everyday nuisance (docs/adr/0012-safety-net.md, session 19, gates19): "de rook
 * van de houtkachel hiernaast komt elke avond ons huis in", "de bovenburen slepen tot middernacht
 * met stoelen", "upstairs they play loud music till 3". The class of ordinary question the
 * concern model checks most on the dev kaarten. ordinary23's gate for it (E2, E2b) read crises
 * told in the class's words because its lists of what keeps the check missed words; this gate
 * fires only when every word is a known harmless one (src/safety/everydayGate.ts), so a threat,
 * an injury or neglect in words no list names keeps the model's check. Smoke, a smell or a fume
 * counts only beside its everyday source (someone smoking, a joint, a wood stove); alone it may be
 * a fire or a neighbour not seen. A gate on a model-only soft check (decideSafety).
 */

/** Words in ordinary spelling, read on the normalised text (letters squeezed). */
const words = (source: string) => new RegExp(collapseRegexSource(String.raw`\b(?:${source})\b`));

/** A neighbour, or the home next to, above or below the writer's. */
const neighbour = words(
  'buren|buurtbemiddeling|buurman|buurvrouw|bovenburen|benedenburen|onderburen|achterburen|overburen|bovenbuurman|bovenbuurvrouw|benedenbuurman|benedenbuurvrouw|onderbuurman|onderbuurvrouw|hiernaast|naast ons|naast mij|boven ons|onder ons|boven mij|onder mij|beneden ons|neighbour|neighbours|neighbor|neighbors|upstairs|downstairs|next door',
);

/** Smoke's everyday sources. */
const smokeSource = words(
  'roken|rookt|rookte|sigaret|sigaretten|sigarettenrook|sigarettenwalm|peuk|peuken|wiet|wietlucht|blowen|blowt|joint|joints|vapen|houtkachel|houtkachels|houtstook|stoken|stookt|barbecue|barbecuen|bbq|smoking|smokes|cigarette|cigarettes|weed|woodstove|woodburner',
);

/** Smoke, a smell or a fume: everyday only beside a source. */
const smokeOrSmell = words(
  'rook|walm|walmt|lucht|geur|stank|stinkt|ruikt|ruiken|trekt|smoke|smell|smells|fumes',
);

/** Noise and things of the everyday kind. */
const nuisance = new RegExp(
  collapseRegexSource(
    String.raw`\b(?:lawaai|lawaaiig|herrie|geluid|geluiden|geluidsoverlast|muziek|bas|stampen|stampt|gestamp|hakken|trampoline|slepen|sleept|gesleep|boren|boort|geboor|klussen|klust|verbouwen|verbouwing|timmeren|wasmachine|droger|blaft|blaffen|geblaf|feest|feestje|feesten|tv|televisie|radio|gitaar|drums|bladblazer|grasmaaier|karaoke|bal|ballen|voetbal|takken|tak|bladeren|blad|boom|bomen|heg|haag|schutting|vuilnis|vuilniszak|vuilniszakken|afval|kliko|rommel|kattenpoep|hondenpoep|poep|poept|parkeren|parkeert|parkeerplek|parkeerplaats|noise|music|loud|stomp|stomps|stomping|barking|barks|party|parties|drilling|bins|rubbish|parking)\b`,
  ),
);

/** The words of a neighbour's-nuisance question, beside the shared ones. */
const neighbourWords = vocabulary(
  sharedWordsNl,
  sharedWordsEn,
  wordList(`
  buren buurman buurvrouw bovenburen benedenburen onderburen achterburen
  overburen bovenbuurman bovenbuurvrouw benedenbuurman benedenbuurvrouw
  onderbuurman onderbuurvrouw hiernaast beneden overkant galerij portiek
  trappenhuis mensen nieuwe
  roken rookt rookte rook sigaret sigaretten sigarettenrook
  sigarettenwalm peuk peuken walm walmt wiet wietlucht blowen blowt
  joint joints vapen houtkachel houtkachels houtstook stoken stookt
  barbecue barbecuen bbq lucht geur stinkt ruikt ruiken trekt
  komt dicht open slaapkamerraam hele
  lawaai lawaaiig herrie geluid geluiden geluidsoverlast muziek hard
  harde luid bas stampen stampt gestamp slepen sleept gesleep
  stoelen meubels boren boort geboor klussen klust verbouwen
  verbouwing timmeren wasmachine droger draait blaft blaffen geblaf
  hond honden feest feestje feesten tv televisie radio gitaar
  drums bladblazer grasmaaier karaoke dun dunne aan uit draaien
  draait hakken lopen loopt trampoline weg
  bal ballen voetbal takken tak bladeren blad boom bomen eik
  walnoot heg haag schutting hek erfgrens vuilnis vuilniszak
  vuilniszakken afval kliko rommel kattenpoep hondenpoep poep poept
  kat katten moestuin parkeren parkeert parkeerplek parkeerplaats auto
  busje caravan stoep oprit goot dakgoot hangen hangt ligt liggen
  aanspreken aangesproken aanbellen aangebeld briefje buurtbemiddeling
  bemiddeling afspraken afspreken toegestaan verboden handhaving
  neighbour neighbours neighbor neighbors upstairs downstairs next door
  they them he she his her smoke smoking smokes cigarette cigarettes
  weed woodstove woodburner smell smells comes noise music loud
  blast play plays stomp stomps stomping around barking barks dog
  party parties drilling bins rubbish parking car up be i to
  spreek
`),
);

/** True when a message tells of a neighbour's everyday nuisance and nothing that keeps a check. */
export function tellsNeighbourNuisanceOnly(normalised: string): boolean {
  const smoke = smokeOrSmell.test(normalised);
  const source = smokeSource.test(normalised);
  if (smoke && !source) return false;
  return (
    neighbour.test(normalised) &&
    (source || nuisance.test(normalised)) &&
    onlyKnownWords(normalised, neighbourWords) &&
    !keepsCheck(normalised)
  );
}

import type { GemeenteDienst, GemeenteDiensten } from '../knowledge/schema.js';
import { QUALITY_WORD_CAP } from '../search/search.js';
import { tokenize } from '../text/normalise.js';
import { providerSought } from './providerSought.js';

/**
 * Gemeentelijke dienstverlening (ADR 0013, gemeente amendment): a question about a service of the
 * gemeente itself (a passport, a permit, bulky waste, parking) is not one for the sociale basis.
 * The gemeente lists its services with residents' everyday words in knowledge/gemeentediensten.yaml;
 * this module recognises them in a message. Rules, not the model: the gemeente edits them today,
 * and the model's corpus (and the safety tuner that reads it) stays as it is.
 */

/** From this length a word also matches the compounds that end with it ("parkeervergunning"). */
export const COMPOUND_HEAD_MIN = 8;

/**
 * What is left of a message beside a gemeente service counts as a need of its own when its best
 * entry matches at least half of its words (match quality counts at most QUALITY_WORD_CAP content
 * words: two strong words of four). Half, not "most" (ADR 0009's MIN_MATCH_QUALITY, 0.52): a rest
 * such as "help me apply for a remission of ..." keeps two strong words of four and is a need the
 * sociale basis meets. Chosen after reading the dev kaarten, and reported so (ADR 0013, gemeente
 * amendment).
 */
export const REST_NEED_QUALITY = 2 / QUALITY_WORD_CAP;

/**
 * A rest also counts as a need of its own when the needs the model reads in it agree this much
 * with its best entry's (the `agreement` signal), however few words they share: "de overburen …
 * voor onze oprit en worden boos" beside parking shares no word with buurtbemiddeling, yet the
 * model reads neighbour trouble in it and the entry says the same. The rests of questions that are
 * only the gemeente's (a street light, a dakkapel, an id card for a school trip) stay at 0.41 or
 * below on the eleven dev kaarten and golden train+dev, a neighbour quarrel beside parking at 0.71
 * and above (ADR 0013, session 15).
 */
export const REST_NEED_AGREEMENT = 0.6;

export interface GemeenteDienstMatch {
  readonly id: string;
  readonly naam: string;
  readonly naamEngels?: string;
  /** A gemeente service, or care for a huisarts, tandarts and the like (ADR 0013, session 14). */
  readonly soort: GemeenteDienst['soort'];
  /**
   * For care (`soort: zorg`): whether the message asks for a care provider ("welke tandarts heeft
   * plek", "ik zoek een fysio", "ik heb een huisarts nodig"): src/understanding/providerSought.ts.
   * A provider named as where someone goes, lies or was told something ("naar het ziekenhuis", "de
   * dokter zegt") is no question for one: the care reply then stays out (`isGemeenteQuestion`).
   */
  readonly providerSought: boolean;
  /** How many of the message's words belong to the service. */
  readonly words: number;
  /**
   * The message without the service's words: what is left to ask the sociale kaart ("ik heb
   * schulden en mijn paspoort verloopt" → "ik heb schulden en mijn verloopt").
   */
  readonly rest: string;
}

type Phrase = readonly string[];

interface CompiledDienst {
  readonly dienst: GemeenteDienst;
  readonly phrases: readonly Phrase[];
  readonly except: readonly Phrase[];
  readonly around: readonly Phrase[];
}

const compiled = new WeakMap<GemeenteDiensten, readonly CompiledDienst[]>();

function compile(diensten: GemeenteDiensten): readonly CompiledDienst[] {
  let found = compiled.get(diensten);
  if (found === undefined) {
    const phrases = (words: readonly string[]) =>
      words.map((word) => tokenize(word)).filter((phrase) => phrase.length > 0);
    found = diensten.diensten.map((dienst) => ({
      dienst,
      // Longest first, so "parkeervergunning" is not taken by a shorter phrase of another kind.
      phrases: phrases(dienst.woorden).sort((a, b) => b.length - a.length),
      except: phrases(dienst.behalve),
      around: phrases(dienst.rondom),
    }));
    compiled.set(diensten, found);
  }
  return found;
}

/** One word of the message matches one word of a phrase: equal, or a compound that ends with it. */
function wordMatches(token: string, word: string, single: boolean): boolean {
  if (token === word) return true;
  return single && word.length >= COMPOUND_HEAD_MIN && token.endsWith(word);
}

/** The positions of the message's words that a phrase covers, wherever it occurs. */
function covered(tokens: readonly string[], phrase: Phrase, compounds = true): number[] {
  const at: number[] = [];
  const single = compounds && phrase.length === 1;
  for (let start = 0; start + phrase.length <= tokens.length; start += 1) {
    if (phrase.every((word, i) => wordMatches(tokens[start + i] as string, word, single))) {
      for (let i = 0; i < phrase.length; i += 1) at.push(start + i);
    }
  }
  return at;
}

/**
 * Dutch separable verbs that end phrases of the gemeente's file ("verhuizing doorgeven"), with
 * their particle and the finite forms that stand before the noun in a question or main clause:
 * "hoe geef ik mijn verhuizing door", "wanneer halen ze het oud papier op". Grammar, not the
 * gemeente's data, so here and not in the yaml (ADR 0013, session 14).
 */
const SEPARABLE: ReadonlyMap<
  string,
  { readonly particle: string; readonly finite: ReadonlySet<string> }
> = new Map(
  (
    [
      ['doorgeven', 'door', ['geef', 'geeft', 'geven', 'gaf', 'gaven']],
      ['aangeven', 'aan', ['geef', 'geeft', 'geven', 'gaf', 'gaven']],
      ['opgeven', 'op', ['geef', 'geeft', 'geven', 'gaf', 'gaven']],
      ['aanvragen', 'aan', ['vraag', 'vraagt', 'vragen', 'vroeg', 'vroegen']],
      ['ophalen', 'op', ['haal', 'haalt', 'halen', 'haalde', 'haalden']],
      ['afmelden', 'af', ['meld', 'meldt', 'melden', 'meldde', 'meldden']],
      ['aanmelden', 'aan', ['meld', 'meldt', 'melden', 'meldde', 'meldden']],
    ] as const
  ).map(([verb, particle, finite]) => [verb, { particle, finite: new Set<string>(finite) }]),
);

/** How far apart the parts of a phrase with a separable verb may stand (words). */
const SEPARABLE_REACH = 4;

/**
 * The positions a phrase that ends in a separable verb covers when its verb does not follow the
 * noun at once: the infinitive a few words later ("verhuizing aan de gemeente doorgeven"), or a
 * finite form before the noun and the particle after it ("geef ik mijn nieuwe adres door").
 */
function coveredApart(tokens: readonly string[], phrase: Phrase): number[] {
  const verb = phrase[phrase.length - 1] as string;
  const separable = SEPARABLE.get(verb);
  if (separable === undefined || phrase.length < 2) return [];
  const noun = phrase.slice(0, -1);
  const at: number[] = [];
  for (let start = 0; start + noun.length <= tokens.length; start += 1) {
    if (!noun.every((word, i) => tokens[start + i] === word)) continue;
    const end = start + noun.length - 1;
    const nounAt = noun.map((_, i) => start + i);
    const after = (word: string) => {
      for (let m = end + 1; m <= end + SEPARABLE_REACH && m < tokens.length; m += 1) {
        if (tokens[m] === word) return m;
      }
      return undefined;
    };
    const infinitive = after(verb);
    if (infinitive !== undefined) {
      at.push(...nounAt, infinitive);
      continue;
    }
    const particle = after(separable.particle);
    if (particle === undefined) continue;
    for (let k = start - 1; k >= 0 && k >= start - SEPARABLE_REACH; k -= 1) {
      if (separable.finite.has(tokens[k] as string)) {
        at.push(k, ...nounAt, particle);
        break;
      }
    }
  }
  return at;
}

/**
 * The gemeente service a message is about, when it names one: the service whose words cover most
 * of the message's words (the first in the file on a tie). Undefined when none does.
 */
export function recogniseGemeenteDienst(
  text: string,
  diensten: GemeenteDiensten | undefined,
): GemeenteDienstMatch | undefined {
  if (diensten === undefined) return undefined;
  const tokens = tokenize(text);
  if (tokens.length === 0) return undefined;
  let best:
    | {
        readonly compiled: CompiledDienst;
        readonly at: ReadonlySet<number>;
        readonly letters: number;
      }
    | undefined;
  for (const compiled of compile(diensten)) {
    const { phrases, except } = compiled;
    const excluded = new Set(except.flatMap((phrase) => covered(tokens, phrase)));
    const at = new Set<number>();
    // Letters of the service's own words that matched: "parkeervergunning" as a word of parking
    // (17) beats the compound head "vergunning" of permits (10).
    let letters = 0;
    for (const phrase of phrases) {
      const positions = [...new Set([...covered(tokens, phrase), ...coveredApart(tokens, phrase)])];
      if (positions.some((position) => excluded.has(position))) continue;
      const fresh = positions.filter((position) => !at.has(position));
      if (fresh.length === 0) continue;
      for (const position of fresh) at.add(position);
      letters += Math.min(1, fresh.length / phrase.length) * phrase.join('').length;
    }
    const better =
      best === undefined ||
      at.size > best.at.size ||
      (at.size === best.at.size && letters > best.letters);
    if (at.size > 0 && better) best = { compiled, at, letters };
  }
  if (best === undefined) return undefined;
  const { dienst, around } = best.compiled;
  // The words around the service leave the rest too: "een schuur in mijn tuin" beside a permit is
  // no question about a garden.
  const gone = new Set([...best.at, ...around.flatMap((phrase) => covered(tokens, phrase, false))]);
  return {
    id: dienst.id,
    naam: dienst.naam,
    ...(dienst.naamEngels === undefined ? {} : { naamEngels: dienst.naamEngels }),
    soort: dienst.soort,
    providerSought: dienst.soort === 'zorg' && providerSought(tokens, best.at),
    words: best.at.size,
    rest: tokens.filter((_, i) => !gone.has(i)).join(' '),
  };
}

/**
 * Whether the wijkwijzer answers "a question for the gemeente itself": the message names a
 * gemeente service, and the sociale kaart has no good match for the whole question or for what is
 * left without the service's words (`search`, the same search the intake runs). The rest counts
 * as a need only when its best entry also matches at least half of its words (REST_NEED_QUALITY):
 * "de voor mijn huis is al weken kapot", what is left of a broken street light, is sure of a
 * housing entry on one word (quality 0.2), unless the needs the model reads in the rest agree with
 * that entry's (REST_NEED_AGREEMENT: neighbour trouble told beside parking). A question that
 * also names a need the sociale basis meets keeps its matches: "ik heb schulden en mijn paspoort
 * verloopt". The whole question first: where it finds no good match, the gemeente's contact is
 * more help than "nothing found". Care (`soort: zorg`) only when the message asks for a care
 * provider (`providerSought`): "hoe kom ik bij het ziekenhuis" asks for transport, which the
 * sociale basis meets, even when its words alone find too little; and only when what is left is
 * no need of its own, whatever the whole finds (ADR 0013, session 14).
 */
export function isGemeenteQuestion(
  match: GemeenteDienstMatch | undefined,
  whole: string,
  search: (text: string, part: QuestionPart) => RestAnswer,
): boolean {
  if (match === undefined) return false;
  if (match.soort === 'zorg' && !match.providerSought) return false;
  if (!/\p{L}{2}/u.test(match.rest)) return true;
  // Care ends the question where "no good match" leaves the intake to find the help, so for care
  // the rest decides even when the whole finds nothing good (ADR 0013, session 14).
  if (match.soort === 'gemeente' && search(whole, 'whole').noGoodMatch) return true;
  const rest = search(match.rest, 'rest');
  if (rest.noGoodMatch) return true;
  const { quality = 1, agreement = 0 } = rest.signals ?? {};
  return quality < REST_NEED_QUALITY && agreement < REST_NEED_AGREEMENT;
}

/**
 * Which part of the question `isGemeenteQuestion` has searched: the whole question, or the rest
 * without the service's words. Said by the caller's search, not read off the text: a rest that
 * happens to read like the whole is still the rest (its own probabilities, GemeenteDienstReading).
 */
export type QuestionPart = 'whole' | 'rest';

/** What `isGemeenteQuestion` reads of a search answer. */
export interface RestAnswer {
  readonly noGoodMatch: boolean;
  /** Without signals only `noGoodMatch` decides; without `agreement`, only the words' quality. */
  readonly signals?: { readonly quality: number; readonly agreement?: number };
}

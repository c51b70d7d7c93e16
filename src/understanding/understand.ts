import type { ForWhom } from '../cases/case.js';
import {
  ageFor,
  extractFirstMessageFacts,
  ownAgeOf,
  withoutResidence,
  type FirstMessageFacts,
} from '../conversation/firstMessage.js';
import { recogniseInterruption, type InterruptionKind } from '../conversation/interruptions.js';
import { placeNamesIn, type PlaceIndex } from '../conversation/places.js';
import { detectLanguageRead, isShortAnswer, type Language } from './language.js';
import {
  readLanguageRequest,
  withoutRequestRead,
  type LanguageRequest,
} from './languageRequest.js';
import type { GemeenteDiensten } from '../knowledge/schema.js';
import { foldReply } from '../text/normalise.js';
import { recogniseWijkteamQuestion, type WijkteamQuestion } from './aboutWijkteam.js';
import { domainOffer, type DomainOffer } from './domainOffer.js';
import { recogniseGemeenteDienst, type GemeenteDienstMatch } from './gemeenteDienst.js';
import { isOnlyGreeting } from './greeting.js';
import { shippedModel, type LinearModel } from './linearModel.js';
import { namedDomains } from './namedDomains.js';
import { levensgebiedOfNeed, OUT_OF_SCOPE, VAGUE } from './needs.js';
import { recogniseHelpfulReply, type HelpfulReply } from './replies.js';
import { readText, type TextReadings } from './textReadings.js';
import { asksForWijkteam } from './wijkteamAskedFor.js';

/**
 * One understanding pass per message (ADR 0013): everything the conversation needs to know about
 * a resident's words, computed once and shared by safety, prompts and search. SDK-free and
 * deterministic; the learned model is local (models/understanding.model.json), no network.
 */

/** The prompt the resident is answering, when there is one. */
export type OpenPrompt = 'none' | 'question' | 'helpful';

export interface UnderstandingContext<Safety> {
  /**
   * The safety assessment, injected so the crisis work of src/safety can change on its own
   * (today `detectCrisis`; `assessSafety` of docs/adr/0012 fits the same slot).
   */
  readonly assessSafety: (text: string) => Safety;
  /** The conversation's language so far; a message in the other language switches it. */
  readonly language?: Language;
  /** Wijk names of the knowledge, to recognise "ik woon in Deppenbroek". */
  readonly wijken?: readonly string[];
  /**
   * The knowledge's place index (src/conversation/places.ts), when the caller has one: the
   * gemeente's name and stadsdelen count then ("ik woon in Enschede" says where, not what).
   */
  readonly places?: PlaceIndex;
  readonly prompt?: OpenPrompt;
  /** Levensgebied ids of the knowledge; others are dropped. All when left out. */
  readonly levensgebieden?: readonly string[];
  /** The understanding model; the shipped one when left out. */
  readonly model?: LinearModel;
  /**
   * The gemeente's own services (knowledge/gemeentediensten.yaml), to recognise a question for
   * the gemeente itself (ADR 0013, gemeente amendment). Not recognised when left out.
   */
  readonly gemeenteDiensten?: GemeenteDiensten;
}

/** A gemeente service the message names, with the model's reading of what is left. */
export interface GemeenteDienstReading extends GemeenteDienstMatch {
  /** The model's probabilities for `rest`, for the search of the rest to reuse. */
  readonly restProbabilities: Float64Array;
  /** What the search reads of `rest` beside its words (src/understanding/textReadings.ts). */
  readonly restReadings: TextReadings;
}

export type Intent =
  /** A command that works anywhere: help, stop, restart, a person, privacy, forget. */
  | { readonly kind: 'command'; readonly command: InterruptionKind }
  /** Free text that answers the open prompt ("Helpt dit u verder?"). */
  | { readonly kind: 'answer'; readonly answer: HelpfulReply }
  /** Only a greeting ("hallo ik ben terug", "hoi, ik heb een vraag"): the question is still to come. */
  | { readonly kind: 'greeting' }
  /** Too little to search on: no words, or a test. */
  | { readonly kind: 'empty' }
  /** Letters, but not one word the model knows and no need it can see ("sdfg hjk"): not a guess. */
  | { readonly kind: 'unreadable' }
  /** A question in the resident's own words. */
  | { readonly kind: 'question' };

export interface Facts {
  readonly postcode?: string;
  readonly wijk?: string;
  readonly forWhom?: ForWhom;
  /** The age of the person the question is about, when the message says it. */
  readonly age?: number;
  /** The resident's own age, when the message says it ("ik ben 15"); may differ from `age`. */
  readonly ownAge?: number;
}

export interface Understanding<Safety> {
  /** The conversation's language after this message: the message's own, else the one before. */
  readonly language: Language;
  /**
   * The language the message itself shows, null when it shows none ("ok", "schulden"): what the
   * search reads the text as (SearchQuery.language), decided here once per message.
   */
  readonly textLanguage: Language | null;
  /**
   * The language the message shows within a running conversation: `textLanguage`, but none (null)
   * for a short answer ("ja", "yes please", "ok") unless it asks for a language (`languageShownIn`).
   * What switches the conversation's language; the conversation guard reads it.
   */
  readonly shownLanguage: Language | null;
  /**
   * A language the message asks for in its own words ("English please", "graag in het Engels: …"),
   * read once per message (src/understanding/languageRequest.ts): with `rest` '' the message only
   * chooses a language (`onlyLanguageOf`), which the main dialog answers; otherwise the request's
   * clauses are left out of `searchText`. Absent when the message asks for none.
   */
  readonly languageRequest?: LanguageRequest;
  readonly safety: Safety;
  /** Levensgebieden by the model's probability, most likely first (≥ 0.05 only). */
  readonly levensgebieden: readonly { readonly slug: string; readonly confidence: number }[];
  /** The three most likely needs (training/behoeften.yaml). */
  readonly needs: readonly { readonly need: string; readonly probability: number }[];
  /** Probability that the message names no subject yet ("ik zit met iets"). */
  readonly vague: number;
  /** Probability that the message is not for the sociale kaart (a passport, the weather). */
  readonly outOfScope: number;
  /**
   * Levensgebieden the message names by their own need words ("huis" → wonen), sorted: a plain
   * reading for an answer at the list of levensgebieden (src/understanding/namedDomains.ts).
   */
  readonly named: readonly string[];
  /** Which levensgebieden the intake offers to confirm. */
  readonly offer: DomainOffer;
  readonly facts: Facts;
  readonly intent: Intent;
  /** The text to search with: the question without "ik woon in 7544" (not a housing question). */
  readonly searchText: string;
  /** The model's probabilities per label, for the search to reuse (SearchQuery.needProbabilities). */
  readonly probabilities: Float64Array;
  /**
   * The gemeente service the message names (a passport, a permit), when it names one. Whether the
   * answer is "a question for the gemeente" also depends on the rest: `isGemeenteQuestion`.
   */
  readonly gemeenteDienst?: GemeenteDienstReading;
  /**
   * A question about the wijkteam itself (how to reach it, what it does, who is in it), and
   * nothing else: answered with the gemeente's own wijkteam, not searched (ADR 0013, session 18).
   * Only for a question (`intent.kind === 'question'`).
   */
  readonly aboutWijkteam?: WijkteamQuestion;
  /**
   * The message names the wijkteam itself as what it asks for (src/understanding/wijkteamAskedFor.ts),
   * read of the message as typed: the intake and the "iemand spreken" command then show the kaart's
   * own wijkteam entry before the handover (ADR 0013, sessions 22 and 23).
   */
  readonly asksForWijkteam: boolean;
  /**
   * What the search reads of `searchText` beside its words: the wijkteam asked for, the caring
   * (src/understanding/textReadings.ts). Handed to the search with `searchText`
   * (SearchQuery.readings), so it does not read them again (ADR 0013, session 23).
   */
  readonly searchReadings: TextReadings;
}

/** Words that say nothing to search on. */
const TOO_LITTLE = new Set(['test', 'testen', 'testing']);

function factsOf(
  extracted: FirstMessageFacts,
  place: { readonly postcode?: string; readonly wijk?: string },
): Facts {
  const age = ageFor(extracted, extracted.forWhom ?? 'zelf');
  const ownAge = ownAgeOf(extracted);
  return {
    ...(place.postcode === undefined ? {} : { postcode: place.postcode }),
    ...(place.wijk === undefined ? {} : { wijk: place.wijk }),
    ...(extracted.forWhom === undefined ? {} : { forWhom: extracted.forWhom }),
    ...(age === undefined ? {} : { age }),
    ...(ownAge === undefined ? {} : { ownAge }),
  };
}

/**
 * Below this probability for its likeliest need the model has no reading of the message (a typo of
 * a real word, "schuldn", still scores far above it: the character n-grams carry it).
 */
export const UNREADABLE_NEED = 0.2;

function intentOf(text: string, prompt: OpenPrompt, unreadable: () => boolean): Intent {
  const command = recogniseInterruption(text);
  if (command !== undefined) return { kind: 'command', command };
  const folded = foldReply(text);
  if (prompt === 'helpful') {
    const answer = recogniseHelpfulReply(text);
    if (answer !== undefined) return { kind: 'answer', answer };
  }
  if (isOnlyGreeting(text)) return { kind: 'greeting' };
  if (folded === '' || !/\p{L}{2}/u.test(folded) || TOO_LITTLE.has(folded)) {
    return { kind: 'empty' };
  }
  if (unreadable()) return { kind: 'unreadable' };
  return { kind: 'question' };
}

export function understand<Safety>(
  text: string,
  context: UnderstandingContext<Safety>,
): Understanding<Safety> {
  const model = context.model ?? shippedModel();
  const wijken = context.wijken ?? [];
  const gemeente = context.places?.source.gemeente;
  // A language asked for beside the question ("In English please, I need help with my rent") is
  // no part of it: read as a need, "English" is a language lesson (ADR 0013, session 21). Read
  // once here, for the search text, the message's language and the turn's callers.
  const languageRequest = readLanguageRequest(text);
  const searchText = withoutResidence(withoutRequestRead(text, languageRequest), wijken, gemeente);
  // The stated facts are read for the answer; the model's features read them as the shipped model
  // was trained (the `model` reading, ADR 0013, session 25), of the text it reads, which is the
  // message itself unless a residence phrase was taken out.
  const extracted = extractFirstMessageFacts(text);
  const probabilities = model.predict(
    searchText,
    searchText === text ? { facts: extractFirstMessageFacts(text, 'model') } : undefined,
  );
  const known = context.levensgebieden === undefined ? undefined : new Set(context.levensgebieden);
  const domains = new Map<string, number>();
  let vague = 0;
  let outOfScope = 0;
  const ranked: { need: string; probability: number }[] = [];
  model.labels.forEach((label, index) => {
    const p = probabilities[index] as number;
    if (label === VAGUE) vague = p;
    if (label === OUT_OF_SCOPE) outOfScope = p;
    ranked.push({ need: label, probability: p });
    const domain = levensgebiedOfNeed(label);
    if (domain === undefined || (known !== undefined && !known.has(domain))) return;
    domains.set(domain, (domains.get(domain) ?? 0) + p);
  });
  const levensgebieden = [...domains.entries()]
    .map(([slug, p]) => ({ slug, confidence: Math.round(p * 100) / 100 }))
    .filter((domain) => domain.confidence >= 0.05)
    .sort((a, b) => b.confidence - a.confidence || (a.slug < b.slug ? -1 : 1));
  ranked.sort((a, b) => b.probability - a.probability || (a.need < b.need ? -1 : 1));
  const textLanguage = detectLanguageRead(text, languageRequest) ?? null;
  const dienst = recogniseGemeenteDienst(searchText, context.gemeenteDiensten);
  const intent = intentOf(
    text,
    context.prompt ?? 'none',
    () => (ranked[0]?.probability ?? 0) < UNREADABLE_NEED && model.knownWords(searchText) === 0,
  );
  const aboutWijkteam =
    intent.kind === 'question'
      ? recogniseWijkteamQuestion(
          searchText,
          gemeente === undefined ? wijken : [...wijken, gemeente],
        )
      : undefined;
  // The readers of session 22, once per message: of the message for the dialogs, of the search
  // text for the search (one read when the two are the same, as they most often are).
  const wijkteamAsked = asksForWijkteam(text);
  const searchReadings = readText(searchText, searchText === text ? wijkteamAsked : undefined);
  return {
    language: textLanguage ?? context.language ?? 'nl',
    textLanguage,
    shownLanguage: isShortAnswer(text, languageRequest) ? null : textLanguage,
    ...(languageRequest === undefined ? {} : { languageRequest }),
    safety: context.assessSafety(text),
    levensgebieden,
    needs: ranked.slice(0, 3).map(({ need, probability }) => ({
      need,
      probability: Math.round(probability * 1000) / 1000,
    })),
    vague,
    outOfScope,
    offer: domainOffer(levensgebieden, vague),
    named: namedDomains(searchText, model, known),
    // Places are read by src/conversation/places.ts (ADR 0014): wijk parts, buurten, typos.
    facts: factsOf(extracted, placeNamesIn(text, context.places ?? wijken)),
    intent,
    searchText,
    probabilities,
    ...(dienst === undefined
      ? {}
      : {
          gemeenteDienst: {
            ...dienst,
            restProbabilities: model.predict(dienst.rest),
            restReadings: readText(dienst.rest),
          },
        }),
    ...(aboutWijkteam === undefined ? {} : { aboutWijkteam }),
    asksForWijkteam: wijkteamAsked,
    searchReadings,
  };
}

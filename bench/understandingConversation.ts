import { knowledgePort } from '../dialogs/conversationServices.js';
import { en } from '../src/i18n/en/index.js';
import { nl } from '../src/i18n/nl/index.js';
import type { Catalogue } from '../src/knowledge/catalogue.js';
import { search } from '../src/search/search.js';
import type { SearchIndex } from '../src/search/searchIndex.js';
import { createHarness } from '../test/dialogs/conversationHarness.js';
import { playJourney } from '../test/dialogs/journeys/simulatedResident.js';
import { ManualClock } from '../test/support/manualClock.js';
import { simulatedChoice, type BenchCase, type ForOfCase } from './benchSupport.js';

/**
 * The "after the intake" measure through the whole conversation (ADR 0013 §7): each answerable
 * question through the real dialogs on botbuilder's TestAdapter (the test harness), with a resident
 * who answers every prompt in the question's language and picks the levensgebied the bench's
 * simulated resident picks. What a resident gets over /api/messages, safety check included.
 */
export interface ConversationScores {
  readonly answerable: number;
  readonly hit3: number;
  readonly english: number;
  readonly englishToCards: number;
  /** Ended without result cards: crisis lines, or "no good match" with a person offered. */
  readonly noCards: number;
  /**
   * Why, read from the conversation's own path (ADR 0013, round 16), never from the question's
   * text: the safety check showed a crisis line; the resident was handed to a person (asked for
   * one); the gemeente's answer; the results said "no good match" and offered the wijkteam, which
   * the simulated resident declines; or the conversation stopped elsewhere (a question of the
   * safety check the simulated resident did not answer, a prompt it did not know).
   */
  readonly noCardsWhy: {
    crisisLine: number;
    person: number;
    gemeente: number;
    noGoodMatch: number;
    other: number;
  };
  /**
   * Of the crisis lines, those that are the expected help itself (the question expects Veilig
   * Thuis or 113, and the safety check showed its number): right help, though not as a card.
   */
  readonly expectedLine: number;
  /**
   * Conversations without a right card that ended in the warm handover while the question expects
   * the wijkteam itself (`wijkteamExpected`): the wijkteam contacts the resident, right help
   * though not as a card (ADR 0013, session 20).
   */
  readonly wijkteamHandover: number;
  /**
   * Conversations in which the intake asked for whom (the first message did not tell it) and the
   * simulated resident answered "Voor mezelf", the limitation `playAsBenchResident` describes; of
   * those, `withAge` have an age in the file, which the resident gives as its own when asked.
   */
  readonly forSelf: { readonly asked: number; readonly withAge: number };
  /**
   * Conversations in which the safety check gave a crisis reply, whatever came after it (the
   * simulated resident then says it is no emergency now, `AFTER_CRISIS_REPLY`): the safety net's
   * decisions, which a change of the conversation must leave as they are.
   */
  readonly crisisReplies: number;
}

/**
 * The simulated resident's answer to "Voor wie zoekt u hulp?" when the questions file says whom
 * the question is about (`for`): the buttons' words, or the person's own word where no button
 * names them, as a resident types it (the intake reads "moeder" as a parent).
 */
const FOR_WHOM_ANSWER: Readonly<Record<ForOfCase, { readonly nl: string; readonly en: string }>> = {
  self: { nl: nl.intake.forWhom.self, en: en.intake.forWhom.self },
  child: { nl: nl.intake.forWhom.child, en: en.intake.forWhom.child },
  parent: { nl: 'Voor mijn moeder', en: 'For my mother' },
  partner: { nl: 'Voor mijn partner', en: 'For my partner' },
  other: { nl: nl.intake.forWhom.someoneElse, en: en.intake.forWhom.someoneElse },
};

/**
 * What the simulated resident says after a crisis reply ("Daarna kunt u altijd terugkomen in deze
 * chat. Dan zoeken we samen verder."): it is no emergency now, as it answers "Nee, het gaat wel" to
 * the safety check's question (ADR 0013, session 19, "whole conversation losses"). Before session
 * 19 the resident said nothing more, and a question told after the fact (a burglary last week,
 * answered with 112) counted as lost whatever the conversation would have done next.
 */
const AFTER_CRISIS_REPLY = { nl: 'Het is geen noodgeval', en: 'It is not an emergency' };

/** The crisis reply's last words (comeBack in src/i18n/nl/safety.ts and en), in either language. */
const CRISIS_REPLY_SHOWN = [nl.safety.comeBack, en.safety.comeBack];

/** Whether the bot gave a crisis reply anywhere in this transcript. */
export function crisisReplyShown(transcript: readonly string[]): boolean {
  return transcript.some((line) => CRISIS_REPLY_SHOWN.some((text) => line === `bot: ${text}`));
}

/** The simulated resident's answer when the intake asks for whom (test/dialogs/journeys). */
const FOR_SELF = new Set(['resident: Voor mezelf', 'resident: For myself']);

/** Whether the simulated resident answered "Voor mezelf" (or "For myself") in this transcript. */
export function answeredForSelf(transcript: readonly string[]): boolean {
  return transcript.some((line) => FOR_SELF.has(line));
}

const digits = (text: string) => text.replace(/\D/g, '');

/** A crisis line in the bot's words (ADR 0012): 113, 0800-0113, Veilig Thuis 0800-2000, 112. */
const CRISIS_LINE = /\b(?:113|0800[- ]?0113|0800[- ]?2000|112)\b/;

/** The results' "no good match", in either language (the proposal of a person follows it). */
const NO_GOOD_MATCH = [
  nl.intake.proposal.reason.no_good_match,
  en.intake.proposal.reason.no_good_match,
];

/** The gemeente's answer to a question about its own services, in either language. */
const GEMEENTE_REPLY = /vraag voor de gemeente zelf|question for the municipality/;

type Knowledge = ReturnType<typeof knowledgePort>;

/**
 * One question through the whole conversation as the bench's simulated resident answers it,
 * choosing `chosen` at the levensgebied question; hit when a right entry is among the first three
 * cards. Shared with scripts/understanding/intakeParity.ts, so both play the same resident.
 *
 * A limitation (docs/benchmarks.md, Understanding, session 11): when the intake asks "Voor wie
 * zoekt u hulp?" (the first message did not say), the resident answers "Voor mezelf", and gives the
 * file's `age` when asked its own, also when the question is about a child or a parent. The
 * questions files (golden, kaarten) record an age but, before session 12, not whose it is, and the
 * answer is not guessed from the question's text (that would score the bench's reading of the
 * text, not the bot's). A question with `for` (session 12) is answered by it (FOR_WHOM_ANSWER);
 * `ConversationScores.forSelf` counts the conversations without it that this touches.
 */
export async function playAsBenchResident(
  catalogue: Catalogue,
  knowledge: Knowledge,
  clock: ManualClock,
  c: BenchCase,
  chosen: string,
) {
  const english = c.category === 'english';
  const topic = english
    ? (en.levensgebieden[chosen] ?? chosen)
    : (catalogue.levensgebied(chosen)?.label ?? chosen);
  const forWhom = c.for === undefined ? undefined : FOR_WHOM_ANSWER[c.for][english ? 'en' : 'nl'];
  const played = await playJourney(createHarness({ knowledge, clock }).chat(), {
    name: 'resident',
    theme: 'bench',
    first: c.text,
    topic,
    ...(forWhom === undefined ? {} : { forWhom }),
    ...(c.age === undefined ? {} : { age: String(c.age) }),
    ...(c.postcode === undefined ? {} : { where: c.postcode }),
    afterResults: 'helped',
    afterCrisisReply: AFTER_CRISIS_REPLY[english ? 'en' : 'nl'],
    // Offered the wijkteam after asking about it, the resident takes it (ADR 0013, session 20):
    // before, it said nothing and the conversation ended at the offer.
    acceptsWijkteamOffer: true,
  });
  const names = new Set(c.expected.map((id) => catalogue.voorziening(id)?.naam));
  return { played, hit: played.cards.slice(0, 3).some((name) => names.has(name)) };
}

/**
 * The knowledge port and the clock the dialogs run on in a bench conversation: one kaart, fixed at
 * `today`, so that every run plays the same.
 */
export function benchKnowledge(catalogue: Catalogue, index: SearchIndex, today: string) {
  const clock = new ManualClock(`${today}T09:00:00Z`);
  const knowledge = knowledgePort(() => ({
    catalogue,
    index,
    version: 'bench',
    loadedAt: clock.now(),
  }));
  return { clock, knowledge };
}

/**
 * The levensgebied the simulated resident chooses in the conversation: from the levensgebieden the
 * intake offers after the first message as the resident typed it (no age or place given yet).
 */
export function conversationChoice(index: SearchIndex, c: BenchCase, today: string): string {
  const first = search(index, { text: c.text, audience: 'resident', today });
  return simulatedChoice(index.catalogue, c, first.domains) ?? '';
}

/**
 * The levensgebied an out-of-scope question's simulated resident chooses: the questions file's
 * label when it gives one (offered or from the list, as `simulatedChoice`), else the intake's own
 * first guess (the resident goes along with what the bot offers), else the list's first. Any
 * choice is a levensgebied the question does not belong to; what is measured is whether the
 * conversation still says honestly that it found nothing good.
 */
export function outOfScopeChoice(index: SearchIndex, c: BenchCase, today: string): string {
  const first = search(index, { text: c.text, audience: 'resident', today });
  return (
    simulatedChoice(index.catalogue, c, first.domains) ??
    first.domains[0]?.slug ??
    index.catalogue.levensgebieden[0]?.id ??
    ''
  );
}

/**
 * "No good match" on out-of-scope questions through the whole conversation: how many of the
 * questions the kaart has no help for end without result cards, and why (`whyNoCards`: no good
 * match with the wijkteam offered, the gemeente's answer, a crisis line, handed to a person, or
 * stopped elsewhere). Cards shown for such a question are help for another question.
 */
export interface OutOfScopeConversation {
  readonly outOfScope: number;
  readonly withoutCards: number;
  /** The same causes as a conversation that ended without cards (`ConversationScores.noCardsWhy`). */
  readonly why: ConversationScores['noCardsWhy'];
}

export async function outOfScopeConversation(
  catalogue: Catalogue,
  index: SearchIndex,
  cases: readonly BenchCase[],
  today: string,
): Promise<OutOfScopeConversation> {
  const { clock, knowledge } = benchKnowledge(catalogue, index, today);
  const why = { noGoodMatch: 0, person: 0, gemeente: 0, crisisLine: 0, other: 0 };
  let outOfScope = 0;
  let withoutCards = 0;
  for (const c of cases) {
    if (c.expected.length > 0) continue;
    outOfScope += 1;
    const chosen = outOfScopeChoice(index, c, today);
    const { played } = await playAsBenchResident(catalogue, knowledge, clock, c, chosen);
    if (played.cards.length > 0) continue;
    withoutCards += 1;
    why[whyNoCards(catalogue, c, played).why] += 1;
  }
  return { outOfScope, withoutCards, why };
}

/** Why a conversation ended without result cards (`ConversationScores.noCardsWhy`). */
export type NoCardsWhy = keyof ConversationScores['noCardsWhy'];

/**
 * Why a conversation ended without cards, read from its own path (what the bot said), never from
 * the question's text; `expectedLineShown` when the crisis line shown is the expected help's own.
 */
export function whyNoCards(
  catalogue: Catalogue,
  c: BenchCase,
  played: { readonly endedWith: string; readonly transcript: readonly string[] },
): { readonly why: NoCardsWhy; readonly expectedLineShown: boolean } {
  const said = played.transcript.filter((line) => !line.startsWith('resident:')).join('\n');
  // A handover first: its closing words name 112 and Veilig Thuis too (for when it is urgent).
  if (played.endedWith === 'handover') return { why: 'person', expectedLineShown: false };
  // "Dit is een vraag voor de gemeente zelf" (ADR 0013, gemeente amendment).
  if (GEMEENTE_REPLY.test(said)) return { why: 'gemeente', expectedLineShown: false };
  // The results' "no good match", the wijkteam offered and declined by the simulated resident.
  if (NO_GOOD_MATCH.some((text) => said.includes(text)))
    return { why: 'noGoodMatch', expectedLineShown: false };
  if (!CRISIS_LINE.test(said)) return { why: 'other', expectedLineShown: false };
  return { why: 'crisisLine', expectedLineShown: expectedLineShown(catalogue, c, played) };
}

/** An entry whose name names the wijkteam itself ("Het wijkteam in uw wijk"), not a part of it. */
const WIJKTEAM_NAME = /\bwijkteam\b/i;

/**
 * Whether the question expects the wijkteam itself among its entries: a conversation handed over
 * to the wijkteam (the resident's reference number) then reached the expected help. Of the dev
 * sets only golden's knowledge has such an entry; the dev kaarten name none.
 */
export function wijkteamExpected(catalogue: Catalogue, c: BenchCase): boolean {
  return c.expected.some((id) => WIJKTEAM_NAME.test(catalogue.voorziening(id)?.naam ?? ''));
}

/**
 * Whether the bot's words (a crisis reply, before any cards) show the phone number of one of the
 * expected entries and a crisis line: the expected help is that line itself (Veilig Thuis, 113).
 */
export function expectedLineShown(
  catalogue: Catalogue,
  c: BenchCase,
  played: { readonly transcript: readonly string[] },
): boolean {
  const said = played.transcript.filter((line) => !line.startsWith('resident:')).join('\n');
  if (!CRISIS_LINE.test(said)) return false;
  const lines = c.expected
    .map((id) => digits(catalogue.voorziening(id)?.contact.telefoon ?? ''))
    .filter((line) => line.length >= 6);
  return lines.some((line) => digits(said).includes(line));
}

export async function conversationScores(
  catalogue: Catalogue,
  index: SearchIndex,
  cases: readonly BenchCase[],
  today: string,
): Promise<ConversationScores> {
  const { clock, knowledge } = benchKnowledge(catalogue, index, today);
  const scores = { answerable: 0, hit3: 0, english: 0, englishToCards: 0, noCards: 0 };
  const noCardsWhy = { crisisLine: 0, person: 0, gemeente: 0, noGoodMatch: 0, other: 0 };
  const forSelf = { asked: 0, withAge: 0 };
  let expectedLine = 0;
  let wijkteamHandover = 0;
  let crisisReplies = 0;
  for (const c of cases) {
    if (c.expected.length === 0) continue;
    scores.answerable += 1;
    const chosen = conversationChoice(index, c, today);
    const english = c.category === 'english';
    const { played, hit } = await playAsBenchResident(catalogue, knowledge, clock, c, chosen);
    if (played.cards.length === 0) {
      scores.noCards += 1;
      noCardsWhy[whyNoCards(catalogue, c, played).why] += 1;
    }
    if (crisisReplyShown(played.transcript)) crisisReplies += 1;
    // The expected help's own line, shown by a crisis reply, whether or not cards came after it
    // (since the resident goes on after the reply): right help where no right card was shown.
    if (!hit && expectedLineShown(catalogue, c, played)) expectedLine += 1;
    // Handed over to the wijkteam the question expects: right help, no card.
    else if (!hit && played.endedWith === 'handover' && wijkteamExpected(catalogue, c))
      wijkteamHandover += 1;
    // A file that says the question is the resident's own is no limitation: only guesses count.
    if (c.for === undefined && answeredForSelf(played.transcript)) {
      forSelf.asked += 1;
      if (c.age !== undefined) forSelf.withAge += 1;
    }
    if (hit) scores.hit3 += 1;
    if (english) {
      scores.english += 1;
      if (played.cards.length > 0) scores.englishToCards += 1;
    }
  }
  return { ...scores, noCardsWhy, expectedLine, wijkteamHandover, forSelf, crisisReplies };
}

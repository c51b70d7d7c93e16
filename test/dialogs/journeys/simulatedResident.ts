import type { Activity } from 'botbuilder';
import type { Chat } from '../conversationHarness.js';
import { texts } from '../conversationHarness.js';

/**
 * A resident who answers whatever the wijkwijzer asks, from what they know about themselves. The
 * conversation is not scripted turn by turn: the wijkwijzer decides what to ask, and a better
 * intake asks less. That is what the journey suite and `npm run bench:journey` measure: the turns
 * from the first message to the first result card, and what reaches the wijkteam.
 */
export interface Persona {
  readonly name: string;
  /** What the suite groups by: money, loneliness, parenting, mantelzorg, … */
  readonly theme: string;
  /** The first message, in the resident's own words. */
  readonly first: string;
  /** The levensgebied label the resident means; used when the bot asks what it is about. */
  readonly topic: string;
  /** The answer to "Voor wie zoekt u hulp?" (a button label or own words). */
  readonly forWhom?: string;
  /** What the resident says when asked who a named person is ("Wie is Sanne voor u?"). */
  readonly whoIs?: string;
  readonly age?: string;
  readonly where?: string;
  readonly tried?: string;
  /** "Zal ik uw vraag doorsturen?" */
  readonly acceptsProposal?: boolean;
  /**
   * "Wilt u dat iemand van het wijkteam contact met u opneemt?", asked after the answer to a
   * question about the wijkteam itself; without it the conversation ends there.
   */
  readonly acceptsWijkteamOffer?: boolean;
  /** After the results: it helped, or the resident wants a person. */
  readonly afterResults?: 'helped' | 'person';
  /** For a handover. */
  readonly story?: string;
  readonly callName?: string;
  readonly contact?: string;
  readonly mayCall?: boolean;
  readonly moment?: string;
  /** The answer to "Vorige keer … Is het gelukt?" when the opening asks it. */
  readonly followUp?: string;
  /**
   * What the resident says after a crisis reply ("Daarna kunt u altijd terugkomen in deze chat"),
   * for whom it is no emergency now; without it the conversation ends there.
   */
  readonly afterCrisisReply?: string;
}

export interface JourneyResult {
  /** Resident messages from the first message up to and including the one answered by cards. */
  readonly turnsToResult: number | null;
  readonly turns: number;
  readonly transcript: readonly string[];
  readonly cards: readonly string[];
  readonly reference: string | null;
  readonly endedWith: 'result' | 'handover' | 'stuck';
}

const MAX_TURNS = 30;

/** The bot's last words of a turn: a card (a drop-down list, the summary) is not a question. */
function lastPrompt(replies: readonly string[]): string {
  return replies.filter((line) => !line.startsWith('[card: ')).at(-1) ?? '';
}

function includesAny(text: string, needles: readonly string[]): boolean {
  return needles.some((needle) => text.includes(needle));
}

/** What this resident answers to the bot's last message; undefined when the conversation is over. */
function answerTo(persona: Persona, prompt: string, all: string): string | undefined {
  const english = /[A-Za-z]/.test(prompt) && /\b(?:you|your|Is that right)\b/.test(prompt);
  if (/Uw nummer is WW-|Your number is WW-/.test(all)) return undefined;
  // The crisis reply's last words (comeBack in src/i18n/nl/safety.ts and en): no question, a way back.
  if (
    includesAny(prompt, ['Daarna kunt u altijd terugkomen', 'Afterwards you can always come back'])
  )
    return persona.afterCrisisReply;
  // The safety check (ADR 0012) asks whether all is well: it is, for these residents.
  if (includesAny(prompt, ['Nee, het gaat wel', 'No, I am okay'])) {
    return english ? 'No, I am okay' : 'Nee, het gaat wel';
  }
  // The returning check (ADR 0010, 2 December): these residents are back on their own device.
  if (includesAny(prompt, ['Was u hier eerder met een vraag?', 'Were you here before'])) {
    return english ? 'Yes, that was me' : 'Ja, dat was ik';
  }
  if (includesAny(prompt, ['Is het gelukt?', 'Did it work out?']))
    return persona.followUp ?? 'Overslaan';
  if (includesAny(prompt, ['Wat ging er mis?', 'What went wrong?']))
    return persona.followUp ?? 'Overslaan';
  if (includesAny(prompt, ['Wilt u verder gaan?', 'Do you want to continue?'])) return 'ja';
  // The wijkteam's own answer ends with its warm handover offered (intake.aboutWijkteam.offer).
  if (
    includesAny(prompt, [
      'Wilt u dat iemand van het wijkteam contact met u opneemt?',
      'Would you like someone from the wijkteam to contact you?',
    ])
  ) {
    if (persona.acceptsWijkteamOffer === undefined) return undefined;
    if (persona.acceptsWijkteamOffer) return english ? 'Yes, please' : 'Ja, graag';
    return english ? 'No, thank you' : 'Nee, dank u';
  }
  if (includesAny(prompt, ['Zal ik uw vraag doorsturen?', 'Shall I send your question'])) {
    return persona.acceptsProposal === true ? 'ja' : 'nee';
  }
  if (includesAny(prompt, ['Klopt dat?', 'Is that right?'])) {
    return prompt.includes(persona.topic)
      ? english
        ? 'yes'
        : 'ja'
      : english
        ? 'Something else'
        : 'Iets anders';
  }
  if (
    includesAny(prompt, [
      'Welke past het best?',
      'Which fits best?',
      'Waar wilt u eerst hulp bij?',
      'What would you like help with first?',
    ])
  ) {
    return prompt.includes(persona.topic)
      ? persona.topic
      : english
        ? 'Something else'
        : 'Iets anders';
  }
  if (
    includesAny(prompt, ['Waar gaat uw vraag vooral over?', 'What is your question mainly about?'])
  ) {
    return persona.topic;
  }
  // Asked back about a name, then the question again: the answer is who that person is.
  if (includesAny(all, ['Wie is ', 'Who is '])) return persona.whoIs ?? 'Voor iemand anders';
  if (includesAny(prompt, ['Voor wie zoekt u hulp?', 'Who are you looking for help for?'])) {
    return persona.forWhom ?? (english ? 'For myself' : 'Voor mezelf');
  }
  if (includesAny(prompt, ['Hoe oud', 'How old'])) {
    return persona.age ?? (english ? 'I would rather not say' : 'Zeg ik liever niet');
  }
  if (
    includesAny(prompt, [
      'In welke wijk',
      'Wat is uw postcode?',
      'In which neighbourhood',
      'What is your postcode?',
      'Welke wijk bedoelt u',
    ])
  ) {
    return persona.where ?? (english ? 'Skip' : 'Overslaan');
  }
  if (includesAny(prompt, ['Heeft u al iets geprobeerd?', 'Have you already tried something?'])) {
    return persona.tried ?? (english ? 'Nothing yet' : 'Nog niets');
  }
  if (includesAny(prompt, ['Helpt dit u verder?', 'Does this help you?'])) {
    if (persona.afterResults === 'person')
      return english ? 'I want to talk to someone' : 'Ik wil met iemand praten';
    return undefined;
  }
  if (
    includesAny(prompt, [
      'Wilt u in een paar zinnen vertellen',
      'Would you like to tell me in a few sentences',
    ])
  ) {
    return persona.story ?? 'Overslaan';
  }
  if (
    includesAny(prompt, [
      'Mag ik uw vraag en uw contactgegevens delen',
      'May I share your question',
    ])
  ) {
    return english ? 'yes' : 'ja';
  }
  if (includesAny(prompt, ['Hoe mag het wijkteam u noemen?', 'What may the wijkteam call you?'])) {
    return persona.callName ?? 'Sam';
  }
  if (
    includesAny(prompt, ['Hoe kan het wijkteam u bereiken?', 'How can the wijkteam reach you?'])
  ) {
    return persona.contact ?? '06 12345678';
  }
  if (includesAny(prompt, ['Mag het wijkteam u bellen?', 'May the wijkteam call you?'])) {
    return persona.mayCall === false ? 'Nee, alleen sms of e-mail' : english ? 'yes' : 'ja';
  }
  if (
    includesAny(prompt, ['Wanneer kan het wijkteam u het best bereiken?', 'When is the best time'])
  ) {
    return persona.moment ?? 'Maakt niet uit';
  }
  if (includesAny(prompt, ['Klopt dit?', 'Is this right?']))
    return english ? 'Yes, send' : 'Ja, versturen';
  if (includesAny(prompt, ['Waar kan ik u mee helpen?', 'How can I help you?']))
    return persona.first;
  return undefined;
}

/** The names on the result cards of a turn (the results are the one message laid out as a list). */
function cardNames(replies: readonly Partial<Activity>[]): string[] {
  return texts(replies.filter((reply) => reply.attachmentLayout === 'list'))
    .filter((line) => line.startsWith('[card: '))
    .map((line) => line.slice('[card: '.length, -1));
}

/** Plays one persona: join, the first message, then answers until a result, a reference or silence. */
export async function playJourney(chat: Chat, persona: Persona): Promise<JourneyResult> {
  const transcript: string[] = [];
  const cards: string[] = [];
  let turns = 0;
  /** Turns before the first message (answering "Is het gelukt?") do not count. */
  let before = 0;
  let asked = false;
  let turnsToResult: number | null = null;
  let replies = texts(await chat.join());
  transcript.push(...replies.map((line) => `bot: ${line}`));
  let next: string | undefined = answerTo(persona, lastPrompt(replies), replies.join('\n'));
  if (next === undefined) next = persona.first;
  while (next !== undefined && turns - before < MAX_TURNS) {
    turns += 1;
    if (next === persona.first && !asked) {
      asked = true;
      before = turns - 1;
    }
    transcript.push(`resident: ${next}`);
    const activities = await chat.say(next);
    replies = texts(activities);
    transcript.push(...replies.map((line) => `bot: ${line}`));
    const shown = cardNames(activities);
    if (shown.length > 0) {
      cards.push(...shown);
      turnsToResult ??= turns - before;
    }
    next = answerTo(persona, lastPrompt(replies), replies.join('\n'));
  }
  const all = transcript.join('\n');
  const reference = /WW-\d{4}-\d{6}/.exec(all)?.[0] ?? null;
  return {
    turnsToResult,
    turns: turns - before,
    transcript,
    cards,
    reference,
    endedWith: reference !== null ? 'handover' : turnsToResult !== null ? 'result' : 'stuck',
  };
}

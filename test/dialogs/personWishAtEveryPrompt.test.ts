import { describe, expect, it } from 'vitest';
import { createHarness, joined, type Chat } from './conversationHarness.js';

/**
 * A wish for a person or for the wijkteam is one wish, wherever in the conversation it is typed:
 * as the first message, at "Voor wie zoekt u hulp?", at the place question, at "Helpt dit u
 * verder?" and at the score question after the results, it starts the warm handover. Before,
 * three vocabularies read it (the first message, the "human" command at a question and the reply
 * to the results) and the same words started a handover at one prompt and a search or "Dat
 * begreep ik niet" at another. Phrasings written for this test: plain Dutch, everyday speech,
 * Dutch as a second language, English.
 */

/** What the warm handover says first, in either language: its story, where, consent or offer. */
const HANDOVER_STARTED = [
  'Wilt u in een paar zinnen vertellen wat er speelt?',
  'Wat is uw postcode? Dan kies ik het goede wijkteam.',
  'Mag ik uw vraag en uw contactgegevens delen met het wijkteam?',
  'Ik kan uw vraag doorsturen naar',
  'Would you like to tell me in a few sentences what is going on?',
  'What is your postcode? Then I can choose the right wijkteam.',
  'May I share your question and your contact details with the wijkteam?',
  'I can send your question to',
];

/** Words that show the wish was read as something else. */
const NOT_HANDED_OVER = [
  'begreep ik niet',
  'did not understand',
  'Waar gaat uw vraag vooral over?',
  'What is your question mainly about?',
  'Ik heb 2 dingen voor u gevonden',
  'Het wijkteam is een team van hulpverleners',
  'Ik zoek hulp bij:',
  'Ik wil even zeker weten dat het goed met u gaat.',
  'I want to make sure you are all right.',
  'Hoe oud bent u?',
  'How old are you?',
  'Klopt dat?',
  'Fijn dat ik u kon helpen',
];

function expectHandover(said: string): void {
  expect(
    HANDOVER_STARTED.some((words) => said.includes(words)),
    `no handover in:\n${said}`,
  ).toBe(true);
  for (const words of NOT_HANDED_OVER) expect(said).not.toContain(words);
}

const DUTCH_STEPS = ['Ik heb schulden', 'ja', 'voor mezelf', '45', '7544', 'nog niets', 'ja'];
const ENGLISH_STEPS = ['I have debts', 'yes', 'for myself', '45', '7544', 'nothing yet', 'yes'];

/** How many replies of the intake come before each prompt the wish is typed at. */
const PROMPTS = {
  'the first message': 0,
  '"Voor wie zoekt u hulp?"': 2,
  'the place question': 4,
  '"Helpt dit u verder?"': 6,
  'the score question after the results': 7,
} as const;

async function wishAt(steps: readonly string[], before: number, wish: string): Promise<string> {
  const chat: Chat = createHarness().chat();
  await chat.join();
  for (const step of steps.slice(0, before)) await chat.say(step);
  return joined(await chat.say(wish));
}

const WISHES: Record<string, readonly string[]> = {
  'plain Dutch': [
    'Ik wil graag een gesprek bij het wijkteam',
    'Kan het wijkteam mij bellen?',
    'Ik wil liever met een medewerker praten',
    'Mag ik iemand van het wijkteam aan de telefoon?',
  ],
  'everyday Dutch': [
    'geef mij maar gewoon een mens',
    'doe mij maar iemand van het wijkteam',
    'kan ik ff iemand spreken',
    'liever een echt mens',
  ],
  'Dutch as a second language': [
    'ik wil praat met wijkteam',
    'ik wil spreken wijkteam',
    'mag ik met mens praten',
    'ik wil persoon van wijkteam',
  ],
};

const ENGLISH_WISHES = [
  'put me through to a person please',
  'I want a human',
  'could someone from the wijkteam call me',
  'i want speak with person',
];

describe('a wish for a person starts the handover at every prompt', () => {
  for (const [prompt, before] of Object.entries(PROMPTS)) {
    for (const [register, wishes] of Object.entries(WISHES)) {
      for (const wish of wishes) {
        const name = `${register} at ${prompt}: "${wish}"`;
        it(name, async () => {
          expectHandover(await wishAt(DUTCH_STEPS, before, wish));
        });
      }
    }
    for (const wish of ENGLISH_WISHES) {
      const name = `English at ${prompt}: "${wish}"`;
      it(name, async () => {
        expectHandover(await wishAt(ENGLISH_STEPS, before, wish));
      });
    }
  }
});

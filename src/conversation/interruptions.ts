import { foldReply, withinEditDistance } from './matchText.js';
import { asksOnlyForPerson } from '../understanding/personWish.js';

/**
 * Commands a resident can type at any moment of the conversation. They are recognised on the
 * whole message only, never inside a longer sentence: "help de kinderen" is a question about
 * children, not the help command (microsoft/botframework-solutions#539).
 */
export const interruptionKinds = [
  'help',
  'restart',
  'stop',
  'human',
  'privacy',
  'whatWeKnow',
  'forget',
] as const;
export type InterruptionKind = (typeof interruptionKinds)[number];

/** Polite words around a command that do not change it ("help alstublieft", "please stop"). */
const LEADING =
  /^(?:(?:graag|please|alstublieft|aub|a u b|even|nu|kunt u|kun je|wil je|wilt u|mag ik|can i|could you|ok|oke|hallo|hoi|hi|hello)\s+)+/;
const TRAILING =
  /(?:\s+(?:graag|please|alstublieft|aub|a u b|even|nu|dan|maar|nou|pls|plz|thanks|bedankt|dank u|dank je|now))+$/;

const patterns: ReadonlyArray<readonly [InterruptionKind, RegExp]> = [
  [
    'forget',
    /^(?:vergeet (?:mij|me|alles|mijn gegevens)(?: maar)?|wis (?:mij|me|mijn gegevens|alles|alles van mij)|verwijder (?:mij|me|mijn gegevens|alles)|(?:alles|mijn gegevens|gegevens) (?:wissen|verwijderen)|ik wil (?:dat je mij vergeet|vergeten worden|mijn gegevens (?:wissen|verwijderen|laten wissen))|forget (?:me|about me|everything)|(?:delete|erase|remove) (?:me|my data|my details|everything))$/,
  ],
  [
    'whatWeKnow',
    /^(?:wat (?:weet|weten|bewaar|bewaart|bewaren|heb|hebt|hebben) (?:je|jij|u|jullie) (?:allemaal )?(?:van|over) (?:mij|me)(?: opgeslagen| bewaard)?|welke gegevens (?:heb je|hebt u|heeft u|hebben jullie|bewaren jullie|bewaar je) (?:van|over) (?:mij|me)|(?:mijn gegevens|wat jullie van mij weten) (?:inzien|bekijken|zien|laten zien)|inzage(?: in mijn gegevens)?|what do you (?:know|have|store|keep) (?:about|on|of) me|show (?:me )?my data)$/,
  ],
  [
    'privacy',
    /^(?:privacy|privacyverklaring|privacy beleid|privacybeleid|avg|gdpr|privacy policy|wat (?:bewaren|bewaar|bewaart|onthouden|onthoud|slaan) (?:jullie|je|u)(?: op)?|wat gebeurt er met mijn (?:gegevens|antwoorden|vraag)|hoe lang (?:bewaren|bewaar|onthoud|onthouden) (?:jullie|je|u)(?: dit| dat| mijn gegevens| alles)?|what do you (?:store|keep|save)|what happens (?:to|with) my data|how long do you keep (?:it|this|my data)|wat (?:doen|doe|doet) (?:jullie|je|jij|u) met (?:mijn|deze|die) (?:gegevens|antwoorden|informatie|data|berichten|vraag|verhaal)|wie (?:kan|kunnen|ziet|zien|leest|lezen) (?:dit|dat|het|mijn (?:gegevens|antwoorden|berichten|vraag|verhaal))(?: lezen| zien)?|is (?:dit|dat|het|dit gesprek|de chat) (?:anoniem|veilig|prive|geheim)|what do you do with my (?:data|answers|information|messages)|who (?:can|will) (?:read|see) (?:this|it|my (?:data|messages|answers))|is (?:this|it|this chat) (?:anonymous|private|safe))$/,
  ],
  [
    'help',
    /^(?:help|help me|help mij|helpen|\?+|ik snap het niet|ik begrijp het niet|snap het niet|hoe werkt (?:dit|het)|wat kan ik (?:hier )?(?:doen|typen|vragen|zeggen)|uitleg|menu|commandos|opties|what can i (?:do|type|say|ask)|how does (?:this|it) work|i dont understand|commands|options|(?:ben|bent) (?:je|jij|u) (?:een |echt een )?(?:mens|robot|computer|computerprogramma|bot|chatbot|echt persoon|echte persoon)|(?:is dit|praat ik met) (?:een )?(?:mens|robot|computer|bot|chatbot|echt persoon|echte persoon)|wie (?:ben|bent) (?:je|jij|u)|wat ben (?:je|jij)|are you (?:a )?(?:human|robot|bot|computer|real person|real)|(?:is this|am i talking to) (?:a )?(?:human|robot|bot|computer|real person)|who are you|what are you)$/,
  ],
  [
    'restart',
    /^(?:opnieuw|opnieuw beginnen|begin opnieuw|begin maar opnieuw|overnieuw|over nieuw|vanaf het begin|terug naar het begin|nieuwe vraag|ik heb een nieuwe vraag|ik wil opnieuw beginnen|reset|restart|start over|start again|begin again|new question)$/,
  ],
  [
    'stop',
    /^(?:stop|stoppen|ik wil stoppen|ik stop|stop het gesprek|stop dit gesprek|ophouden|hou op|afsluiten|annuleer|annuleren|laat maar|laat maar zitten|einde|cancel|quit|exit|end)$/,
  ],
];

/**
 * One-word commands as a resident may mistype them on a phone ("stopp", "opniew", "privasy"). The
 * longer ones forgive one edit; the four-letter ones only a doubled or swapped letter, because one
 * other letter makes another word ("stom", "stof", "hulp").
 */
const MISTYPED_COMMANDS: ReadonlyArray<readonly [InterruptionKind, string]> = [
  ['help', 'help'],
  ['stop', 'stop'],
  ['stop', 'stoppen'],
  ['restart', 'opnieuw'],
  ['privacy', 'privacy'],
];

/** `word` is `command` with one of its letters typed twice ("stopp", "heelp"). */
function doubledLetter(word: string, command: string): boolean {
  if (word.length !== command.length + 1) return false;
  return [...word].some(
    (letter, i) => letter === word[i + 1] && word.slice(0, i) + word.slice(i + 1) === command,
  );
}

function mistypedCommand(word: string): InterruptionKind | undefined {
  if (word.length < 4 || word.includes(' ')) return undefined;
  for (const [kind, command] of MISTYPED_COMMANDS) {
    if (!withinEditDistance(word, command, 1)) continue;
    if (command.length > 4) return kind;
    // Within one edit and the same length: two neighbouring letters swapped ("hlep") or one other
    // letter, which the guard above already let through; only the swap keeps all the letters.
    const swapped =
      word.length === command.length && [...word].sort().join('') === [...command].sort().join('');
    if (swapped || doubledLetter(word, command)) return kind;
  }
  return undefined;
}

/** The command a whole message is, or undefined when it is an ordinary message. */
export function recogniseInterruption(text: string): InterruptionKind | undefined {
  // "?" alone is folded away, so look at the raw text first.
  if (/^\s*\?+\s*$/.test(text)) return 'help';
  let folded = foldReply(text);
  if (folded === '' || folded.length > 80) return undefined;
  folded = folded.replace(LEADING, '').replace(TRAILING, '').trim();
  for (const [kind, pattern] of patterns) {
    if (pattern.test(folded)) return kind;
  }
  // A person, the wijkteam or someone of the gemeente, asked for in the resident's own words: the
  // one vocabulary of src/understanding/personWish.ts.
  if (asksOnlyForPerson(folded)) return 'human';
  return mistypedCommand(folded);
}

/** The Dutch service words the bot itself uses, which a resident may ask about. */
export const serviceWords = ['wijkteam', 'voorziening', 'levensgebied', 'mantelzorg'] as const;
export type ServiceWord = (typeof serviceWords)[number];

const SERVICE_WORD_FORMS: ReadonlyArray<readonly [ServiceWord, string]> = [
  ['wijkteam', 'wijkteams?'],
  ['voorziening', 'voorzieningen|voorziening'],
  ['levensgebied', 'levensgebieden|levensgebied'],
  ['mantelzorg', 'mantelzorgers?|mantelzorg'],
];

/**
 * "wat is (een) X", "wat betekent X", "wat doet een X", "what is a X", "what does X mean", "what
 * does a X do": only the whole, short message, so "wat is wijkteam precies en kunnen ze mijn moeder
 * helpen" stays an answer.
 */
const SERVICE_WORD_QUESTION = new RegExp(
  `^(?:(?:wat|what) (?:is|zijn|are|betekent|means?|is meant by|bedoel je met|bedoelt u met|is dat|doet|doen)(?: (?:een|het|de|a|an|the|that|dat))?|(?:what does|what do)(?: (?:a|an|the))?) (${SERVICE_WORD_FORMS.map(([, form]) => form).join('|')})(?: mean| do)?$`,
);

/** The service word a short "wat is X?" asks about, or undefined. */
export function recogniseServiceWordQuestion(text: string): ServiceWord | undefined {
  const folded = foldReply(text).replace(LEADING, '').replace(TRAILING, '').trim();
  if (folded === '' || folded.length > 50) return undefined;
  const word = SERVICE_WORD_QUESTION.exec(folded)?.[1];
  if (word === undefined) return undefined;
  return SERVICE_WORD_FORMS.find(([, form]) => new RegExp(`^(?:${form})$`).test(word))?.[0];
}

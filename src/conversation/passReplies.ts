import { foldReply } from './matchText.js';

/**
 * A pass: the resident will not, or cannot, answer the open question ("weet ik niet", "maakt niet
 * uit", "geen naam", "dat hoeft u niet te weten", "I'd rather not say"). One vocabulary for every
 * reader (ADR 0013, session 21): a question that may be skipped takes the listed phrases as its
 * skip, the handover's name question takes any pass as a decline and asks again kindly, and the
 * safety guard reads a pass typed while a question is open with its rules only, as it reads a
 * tapped button (docs/adr/0012-safety-net.md, session 20). Only the whole reply is a pass: a
 * sentence that holds one and more words ("maakt niet uit, alles is toch zinloos geworden") is a
 * message of its own.
 */

/** Ways to skip a question that may be skipped, word for word. */
export const SKIP_SYNONYMS: readonly string[] = [
  'overslaan',
  'sla over',
  'skip',
  'weet ik niet',
  'weet niet',
  'geen idee',
  'zeg ik liever niet',
  'liever niet zeggen',
  'maakt niet uit',
  // The same pass in other everyday words: said to a question without buttons (the handover's
  // name) they were taken as the answer itself ("doesn't matter" as a name) or read as a new message.
  'het maakt niet uit',
  'maakt me niet uit',
  'maakt mij niet uit',
  'i dont know',
  'doesnt matter',
  'it doesnt matter',
  'does not matter',
  'it does not matter',
  'id rather not say',
  'i would rather not say',
  // Declining in other words (a resident at the handover's name who will not give one): read as
  // a new message, the concern model took "wil ik niet zeggen" after a sad story for a sign.
  'wil ik niet zeggen',
  'dat wil ik niet zeggen',
  'zeg ik niet',
  'dat zeg ik niet',
  'i dont want to say',
  'i do not want to say',
  'i prefer not to say',
  'id prefer not to say',
  'dont know',
  'rather not say',
  'pass',
  'volgende',
  'next',
];

const SKIPS = new Set(SKIP_SYNONYMS.map(foldReply));

/** True when the whole reply asks to skip the question, word for word one of the listed ways. */
export function isSkip(text: string): boolean {
  return SKIPS.has(foldReply(text));
}

/** A no or a sorry before the pass changes nothing: "nee joh, geen naam", "sorry, no name". */
const LEADING_NO = '(?:(?:nee|neen|no|sorry)(?: (?:joh|hoor|sorry))? )?';
const TRAILING_POLITE = '(?: (?:hoor|joh|please|alstublieft|aub|sorry|thanks|bedankt))?';

/**
 * Ways to decline to say what is asked, the name above all: "nothing", "no name", "anonymous",
 * "I won't say", "dat hoeft u niet te weten", and as Dutch learners say them ("ik wil niet naam
 * geven", "i not want give name").
 */
const DECLINES = [
  '(?:ik )?weet (?:ik )?het niet',
  'ik weet niet',
  'geen',
  'nvt',
  'niks',
  'niets',
  'none',
  'nothing',
  'n a',
  '(?:ik heb )?geen naam',
  'no name',
  '(?:ik )?(?:blijf |wil )?(?:liever )?anoniem(?: blijven)?',
  '(?:(?:i would|id) rather )?(?:stay |remain )?anonymous',
  '(?:dat )?(?:wil|zeg) ik (?:liever )?niet(?: zeggen)?',
  '(?:dat )?(?:geef|vertel) ik (?:liever )?niet',
  '(?:i would|id) (?:rather|prefer) not(?: to(?: say)?)?',
  'i prefer not(?: to(?: say)?)?',
  '(?:i )?(?:dont|do not|wont|will not) (?:want to )?(?:say|tell|give (?:it|my name))',
  'not telling',
  'i do ?nt know',
  'no idea',
  // Session 21: the name kept, in the resident's own words.
  '(?:liever |graag )?geen naam(?: (?:geven|noemen|zeggen|nodig))?',
  '(?:doe maar |liever |graag )?zonder naam',
  '(?:dat )?hoeft niet',
  '(?:dat|mijn naam) hoeft (?:u|je|jij|jullie) niet te weten',
  '(?:mijn naam|die|dat|het) (?:hou|houd) ik (?:liever )?voor (?:mezelf|mijzelf|mij)',
  '(?:ik )?(?:hou|houd) (?:mijn naam|die|dat|het) (?:liever )?voor (?:mezelf|mijzelf|mij)',
  '(?:ik )?(?:geef|noem|zeg|vertel) (?:mijn naam|die|dat|het) (?:liever )?niet',
  '(?:mijn )?naam (?:geef|noem|zeg|vertel) ik (?:liever )?niet',
  'ik wil (?:niet|geen) (?:mijn )?naam (?:geven|noemen|zeggen)',
  'ik wil mijn naam (?:liever )?niet (?:geven|noemen|zeggen)',
  '(?:skip|pass on|no) (?:the |my )?name',
  '(?:i (?:would|d)|id) rather keep (?:my name|it|that) to myself',
  'i (?:keep|will keep|ll keep) (?:my name|it|that) to myself',
  '(?:i am |im )?not giving (?:you )?(?:my name|a name|it|that)',
  'i (?:do )?not want (?:to )?give (?:you )?(?:my |a )?name',
  '(?:i )?(?:dont|do not|wont|will not) (?:want to )?give (?:you )?(?:my |a )?name',
];

const DECLINE = new RegExp(`^${LEADING_NO}(?:${DECLINES.join('|')})${TRAILING_POLITE}$`);

/**
 * True when the whole reply passes on the open question: a listed skip, or a way to decline to
 * say. The name question and the safety guard both read this.
 */
export function passesOn(text: string): boolean {
  return isSkip(text) || DECLINE.test(foldReply(text));
}

import { foldText } from '../text/normalise.js';
import { relationWord } from './personWords.js';

/**
 * The caring read from what a resident does and bears (ADR 0013, amendment session 22, "the carer
 * read from the caring"). Carers seldom say "mantelzorg" or "ik zorg voor": they tell the tasks
 * they do for someone close (washing, cooking, the pills, nursing), the illness of that person and
 * their own strain ("ik ben op", "geen dag voor mezelf"). Read from three word families and a
 * relative named, never from a question set's sentences:
 *
 * - a relative the resident can care for (a parent, partner, family member; a child only when ill
 *   or disabled, since cooking for one's children is parenting);
 * - a caring task done by the resident ("ik" near the task), or a nursing word that is caring by
 *   itself ("verpleeg", "verzorg");
 * - the cared-for person's condition, or the resident's own strain.
 *
 * A task with a condition or a strain, a nursing word, or a wish for someone to stay with the
 * relative while the resident gets away reads as caring. So does an adult relative who forgets or
 * is confused (amendment session 23, "the relative who forgets"): such a person seldom asks for
 * help themselves, so the partner or child who writes about it asks as the one who copes. So does
 * a young carer with an illness or a parent's drinking at home: the resident's child who cares or
 * does much at home, told by the parent, or the resident looking after a brother or sister. A sick
 * parent named in passing, without a task the resident does for them, does not.
 */

/**
 * Folded as everywhere else (`foldText`), then only letters and digits between single spaces, with
 * a space at each end so the word lists below can ask for whole words with " ". An apostrophe
 * splits ("can't" is "can t"), as the English strain and respite phrases expect.
 */
function fold(text: string): string {
  return ` ${foldText(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
}

/** Relatives beside the shared person words that carers use ("schoonma", "me moeder"). */
const EXTRA_RELATIVES: ReadonlySet<string> = new Set(['schoonma', 'schoonpa', 'schoonouders']);
const CARED_FOR_ROLES: ReadonlySet<string> = new Set(['ouder', 'partner', 'familielid']);

/** Whether the message names someone the resident may care for, and whether that is a child. */
function relativesNamed(words: readonly string[]): { adult: boolean; child: boolean } {
  let adult = false;
  let child = false;
  for (const word of words) {
    if (EXTRA_RELATIVES.has(word)) adult = true;
    const role = relationWord(word)?.forWhom;
    if (role === undefined) continue;
    if (CARED_FOR_ROLES.has(role)) adult = true;
    else if (role === 'kind') child = true;
  }
  return { adult, child };
}

/** Words that are caring by themselves: nursing, tending, the carer's own name for it. */
const NURSING =
  / (?:verpleeg(?!huis|tehuis)\w*|verzorg(?!ingshuis|ingstehuis|ingshuizen)\w*|mantelzorg\w*|nursing|caregiver|carer|(?:look|looks|looking|looked) after|(?:take|takes|taking|took) care of) /;

/** A task of caring; it counts when the resident does it ("ik" a few words before or right after). */
const TASK =
  /^(?:was|wassen|douche\w*|voer|voeren|kook|koken|boodschappen|medicijnen|pillen|til|tillen|aankleden|regel|ritjes|wash|washing|cook|cooking|feed|feeding|shopping|medication|medicine|lift|lifting)$/;
/** Doing it all, or much, for the household: "ik doe alles", "alles in huis doen". */
const DOING_ALL =
  / (?:ik|i) (?:\w+ ){0,2}?(?:doe|do) (?:\w+ ){0,2}?(?:alles|everything|veel|heel veel)\b| (?:alles|veel) (?:\w+ ){0,3}?doen /;
const FIRST_PERSON: ReadonlySet<string> = new Set(['ik', 'i', 'wij', 'we', 'im']);

/** The cared-for person's condition: illness, a stroke, forgetting, a wheelchair, bedridden. */
const CONDITION =
  / (?:ziek\w*|ms|kanker|chemo\w*|beroerte|hersenbloeding|herseninfarct|dementie|dement\w*|alzheimer\w*|parkinson\w*|vergeet\w*|rolstoel|heup|depressie\w*|depressief|verlamd|gehandicapt\w*|handicap|bedlegerig|(?:in|op) bed|ill|sick|cancer|stroke|dementia|disabled|wheelchair|bedridden) /;

/**
 * Forgetting and confusion said of someone else: dementia in everyday words. Not "ik vergeet" or
 * "I forget" (the resident's own memory), and "weet … niet meer" only of the relative ("hij weet
 * niet meer waar hij woont"), never of the resident ("ik weet niet meer wat ik moet").
 */
const FORGETS =
  /^(?:vergeet\w*|dement\w*|alzheimer\w*|forgets|forgetting|forgetful|dementia|confused)$/;
const FORGETTING_PHRASE =
  / (?:herkent (?:\w+ ){0,3}?niet|in de war|(?:alles|dingen) door elkaar|(?:doesn t|does not|no longer) recogni[sz]e) /;
/** The resident in the words: the one who asks, or whom the relative no longer knows. */
const ASKER: ReadonlySet<string> = new Set(['ik', 'i', 'wij', 'we', 'im', 'me', 'mij']);
const OTHER_PERSON: ReadonlySet<string> = new Set(['hij', 'zij', 'ze', 'he', 'she']);

/**
 * Whose the forgetting is, read back from the forgetting word: the first person word met within
 * four words decides (a relation word or "hij/zij" the relative’s, "ik/wij" the resident’s). With
 * nobody before it, a relation word in the four words after counts ("dementie bij mijn moeder").
 */
function subjectIsOther(words: readonly string[], at: number, length = 1): boolean {
  const isOther = (word: string) => OTHER_PERSON.has(word) || relationWord(word) !== undefined;
  for (let back = at - 1; back >= Math.max(0, at - 4); back -= 1) {
    const word = words[back] ?? '';
    if (FIRST_PERSON.has(word)) return false;
    if (isOther(word)) return true;
  }
  return words.slice(at + length, at + length + 4).some(isOther);
}

function forgettingOfOther(folded: string, words: readonly string[]): boolean {
  // Every forgetting phrase, not only the first: "ik ben in de war, en mijn vader is dat ook in
  // de war" tells the resident's own confusion first and the relative's after it. The phrase
  // starts at a space and may end on the space the next one starts with, so the search steps on
  // from the phrase's first letter rather than from its end.
  const phrases = new RegExp(FORGETTING_PHRASE.source, 'g');
  for (let phrase = phrases.exec(folded); phrase !== null; phrase = phrases.exec(folded)) {
    // The phrase's first word, counted in words from the start ("mijn vader is in de war").
    const at = folded
      .slice(0, phrase.index + 1)
      .trim()
      .split(' ')
      .filter(Boolean).length;
    if (subjectIsOther(words, at, phrase[0].trim().split(' ').length)) return true;
    phrases.lastIndex = phrase.index + 1;
  }
  return words.some((word, at) => {
    const before = words[at - 1] ?? '';
    const after = words[at + 1] ?? '';
    if (FORGETS.test(word)) {
      // "vergeet ik", "forgetting I": the resident's own; "vergeet niet dat …" is a command,
      // unless someone else stands right before it ("hij vergeet niet eens te eten").
      if (FIRST_PERSON.has(after)) return false;
      if (
        word === 'vergeet' &&
        after === 'niet' &&
        !OTHER_PERSON.has(before) &&
        relationWord(before) === undefined
      )
        return false;
      return subjectIsOther(words, at);
    }
    // "weet … niet meer": the relative or "hij/zij" knows no more, within a few words.
    if (word !== 'weet') return false;
    const knower = OTHER_PERSON.has(before) || relationWord(before) !== undefined;
    return knower && / niet meer /.test(` ${words.slice(at + 1, at + 6).join(' ')} `);
  });
}

/** The resident's own strain from the caring. */
const STRAIN =
  / (?:moe|doodmoe|kapot|uitgeput|overbelast\w*|opgebrand|op van\b|rek is eruit|kan (?:het|dit) niet meer aan|houd? het niet (?:meer )?vol|nergens (?:meer )?aan toe|geen (?:\w+ ){0,2}?(?:dag|tijd|moment|avond|weekend)\w* (?:\w+ )?(?:voor mezelf|voor mijzelf|rust|vrij)|slaap (?:slecht|niet|nog maar|\d+ uur)|pieker\w*|volhouden|blijven doen|worn out|exhausted|burnt out|burned out|can t cope|cannot cope|no time for myself) /;

/** Someone to stay with the relative so the resident can get away: respite asked for. */
const RESPITE =
  / (?:iemand|wie) (?:\w+ ){0,4}?(?:bij|op) (?:\w+ ){0,2}?(?:blijven|passen|letten|zitten) | (?:niet|nooit) alleen (?:kan )?laten | (?:can t|cannot|never) leave (?:him|her|them) alone /;

/**
 * A child of the resident who does the caring, told in the third person by the parent ("mijn
 * dochter zorgt voor haar vader", "onze zoon doet veel in huis", "my son helps a lot at home").
 */
const CHILD_CARES =
  / (?:mijn|mn|onze|ons|my|our) (?:zoon\w*|dochter\w*|kind|son|daughter|child|kid) (?:\w+ ){0,4}?(?:zorgt (?:\w+ ){0,3}?voor|verzorgt|helpt (?:\w+ ){0,2}?(?:veel|mee|thuis)|doet (?:\w+ ){0,3}?(?:veel(?! minder)|alles|huishouden|boodschappen)|kookt|looks after|takes care of|cares for|helps (?:\w+ ){0,2}?(?:a lot|out|at home)|does (?:\w+ ){0,2}?(?:a lot|everything|housework|shopping)|cooks) /;
/** The resident who looks after a brother or sister ("zorg voor mijn zusje", "pas ik op"). */
const SIBLING_CARED =
  / (?:(?:ik|i|im) (?:\w+ ){0,3}?(?:zorg (?:\w+ ){0,2}?voor|pas (?:\w+ ){0,2}?op|look after|take care of|care for|mind)|(?:zorg|pas) ik (?:\w+ )?(?:voor|op)) (?:\w+ ){0,2}?(?:broer\w*|zus|zusje\w*|zusjes|brother\w*|sister\w*|siblings) /;
/** A parent's trouble with drink or drugs, which a young carer tells beside illness. */
const PARENT_TROUBLE =
  / (?:drinkt|zuipt|verslaafd\w*|verslaving|alcohol\w*|drugs|drinks|drinking|addicted|addiction) /;

function taskByResident(words: readonly string[]): boolean {
  return words.some((word, at) => {
    if (!TASK.test(word)) return false;
    // "ik kook", "moet ik hem wassen", "kook ik": the resident before the task or right after it.
    const near = words.slice(Math.max(0, at - 8), at + 2);
    return near.some((other) => FIRST_PERSON.has(other));
  });
}

/** Whether the message reads as the resident caring for someone close, with its strain. */
export function readsCaring(text: string): boolean {
  const folded = fold(text);
  const words = folded.trim().split(' ');
  const { adult, child } = relativesNamed(words);
  const condition = CONDITION.test(folded);
  // A young carer: the resident's child caring, or the resident caring for a sibling, because
  // someone at home is ill or drinks. Without the illness it is a child's chores or babysitting.
  const young = CHILD_CARES.test(folded) || SIBLING_CARED.test(folded);
  if (young && (condition || PARENT_TROUBLE.test(folded))) return true;
  // A child is cared for only when ill or disabled; cooking for one's children is parenting.
  if (!adult && !(child && condition)) return false;
  if (NURSING.test(folded) || RESPITE.test(folded)) return true;
  // An adult relative who forgets, and the resident in the words as the one who asks or copes
  // ("ik", "wij", "herkent mij niet"): the one who writes asks as the one who copes. Without the
  // resident in it ("mijn vader heeft dementie, is er dagbesteding") the question is the relative's.
  if (adult && forgettingOfOther(folded, words) && words.some((word) => ASKER.has(word)))
    return true;
  const task = taskByResident(words) || DOING_ALL.test(folded);
  return task && (condition || STRAIN.test(folded));
}

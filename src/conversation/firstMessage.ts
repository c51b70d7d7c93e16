import type { ForWhom } from '../cases/case.js';
import { isPlausibleAge } from './ageBands.js';
import { withAgesInDigits } from './ageWords.js';
import { foldReply } from './matchText.js';
import {
  familyWords,
  relationOf,
  relationWord,
  wordsAddedInSession25,
} from '../understanding/personWords.js';
import { withRelationTypos } from './relationTypos.js';
import { escapeRegExp } from '../text/escapeRegExp.js';

/**
 * What a resident's own words already tell, so the intake does not ask it again (docs/adr/0010-conversation-design.md, "The flow"):
 * an age, and for whom they ask ("voor mijn moeder"); where they live is ./places.ts. Deliberately cautious:
 * a wrong guess would skip a question the resident must answer, a missed one only asks it.
 */
export interface FirstMessageFacts {
  readonly forWhom?: ForWhom;
  /** "ik ben 67": the resident's own age. */
  readonly selfAge?: number;
  /** "mijn zoon van 15", "mijn 15-jarige dochter": the age of the person the question is about. */
  readonly subjectAge?: number;
  /**
   * Whose `subjectAge` is, when a relation word says it ("onze zoon van 12": kind). Only in the
   * current reading (ADR 0013, session 25, review25b): "ik zorg voor mijn man, onze zoon van 12
   * helpt mee" gives the husband no age of 12.
   */
  readonly subjectAgeOf?: ForWhom;
  /** "80 jaar" without saying whose. */
  readonly unknownAge?: number;
  /**
   * "ik zorg al jaren voor mijn vader", "I look after my wife": the resident cares for the person
   * `forWhom` names (a mantelzorger), as the intake's button "Voor iemand voor wie ik zorg" says.
   */
  readonly caresFor?: true;
}

const relationAlternation = familyWords.join('|');

/** Verbs that make the relation the subject of the question: "mijn moeder is eenzaam". */
const SUBJECT_VERBS =
  'is|heeft|kan|wil|wordt|zit|komt|moet|gaat|krijgt|woont|voelt|doet|durft|mag|has|is|cant|can|needs|wants|lives|feels|gets|was|had';

/**
 * Finite verbs the form rule below does not see: Dutch strong past tenses and the English
 * auxiliaries (folded, "won't" is "won t": the first part is the verb). A closed class, not a
 * list of meanings.
 */
const IRREGULAR_FINITE =
  'was|had|kon|wou|zou|zal|zat|werd|ging|kwam|kreeg|lag|bleef|viel|liep|deed|zag|sprak|at|dronk|sliep|are|were|will|won|wont|would|does|doesn|doesnt|did|didn|didnt|cannot|could|should|must|might|fell|forgot';
const IRREGULAR_FINITE_SET: ReadonlySet<string> = new Set(
  `${IRREGULAR_FINITE}|${SUBJECT_VERBS}`.split('|'),
);

/**
 * Words after a relation that end like a finite verb but are none ("mijn moeder niet", "my dad
 * this week"): function words and the few everyday adverbs and adjectives with that ending.
 */
const NOT_A_VERB = new Set(
  'niet met uit want dat wat tot omdat net echt slecht thuis best laat apart altijd ooit nooit soms als ons this his hers its as us yes'.split(
    ' ',
  ),
);

/**
 * "mijn opa raakt de weg kwijt", "mijn zoon spijbelde", "mijn ouders wonen", "my gran keeps
 * falling": a relation as the subject of any finite verb, read by its form (docs/adr/0014,
 * amendment 2026-12-03) rather than from a list of verbs, which always missed the next one. After
 * "mijn": the Dutch present singular ends in -t, the weak past in -de or -te, and after a plural
 * relation the present ends in -en. After "my": the English present singular ends in -s, the past
 * in -ed ("mijn buurvrouw boos" is no verb).
 */
function isFiniteVerbAfter(possessive: string, relation: string, word: string): boolean {
  if (NOT_A_VERB.has(word) || word.length < 3) return false;
  if (possessive === 'my' || possessive === 'our') return /(?:[^s]s|ed)$/.test(word);
  if (/(?:t|de|te)$/.test(word)) return true;
  const plural = relationWord(relation)?.name === null && /(?:en|s)$/.test(relation);
  return plural && word.endsWith('en') && word !== 'en';
}

/**
 * A relative who only tells the resident something: "mijn tante zei dat ik hier moest kijken",
 * "mijn moeder wil dat ik hulp zoek", "my brother told me to look here". The help is then not for
 * them: the question stays open, as it was before.
 */
const REPORTING = new RegExp(
  `\\b(?:mijn|mn|my|onze|our) (?:\\w+ )?(?:${relationAlternation}) (?:\\w+ )?(?:zegt|zei|zeiden|zeggen|vindt|vond|vinden|denkt|dacht|raadt|raadde|adviseert|adviseerde|stuurt|stuurde|vraagt|vroeg|says|said|tells|told|thinks|thought|suggests|suggested|advises|advised|asks|asked|wants me|wanted me|(?:wil|wilde|wou|willen|wilden) dat|(?:heeft|had|hebben|has|have) (?:me |mij |ons )?(?:gezegd|aangeraden|gevraagd|told|said|suggested|advised|asked))\\b`,
);

/**
 * "mijn vader slaat me", "mn ouders schreeuwen tegen me", "door het gokken heb ik schulden en mijn
 * vrouw weet het niet", "my partner drinks and I'm scared": the resident is in the story too, so
 * whose question it is stays open. Only for a verb read by its form; the old list keeps its reading.
 */
const RESIDENT_IN_STORY = /\b(?:ik|me|mij|mezelf|mijzelf|i|myself)\b/;

/**
 * "met mijn broer", "bij mijn moeder": after a preposition the relation is no subject of a verb
 * read by its form. The old verb list keeps its reading ("de bril van mijn dochter is kapot").
 */
const AFTER_PREPOSITION =
  /\b(?:met|bij|van|aan|naar|tegen|over|om|zonder|tussen|with|to|at|from|by|without)$/;

function afterPreposition(folded: string, index: number): boolean {
  return AFTER_PREPOSITION.test(folded.slice(0, index).trimEnd());
}

/** "mijn vader …", "my gran …": the relation word and the word that follows it, anywhere. */
const RELATION_THEN_WORD = new RegExp(
  `(?:^|\\b)(mijn|mn|my|onze|our) (?:\\d{1,3} jarige |\\w+ )?(${relationAlternation}) (?:van \\d{1,3} (?:jaar )?)?(\\w+)`,
  'g',
);

/**
 * "my 11 year old keeps skipping school", "our 9 year old wants…", "looking for a club for my
 * 13yo" (ADR 0013, session 25, facts25): "N year old" as a noun, a child of N. Only when a verb
 * (by the form rule above) or nothing follows: "my 14 year old cat needs a vet" is no child.
 */
const YEAR_OLD_AS_NOUN = /\b(?:my|our) (\d{1,2}) years? old(?: (\w+))?/g;

/** A child named only by "my N year old": its age and where; undefined for none. Folded text. */
export function yearOldAsNoun(
  folded: string,
): { readonly age: number; readonly match: RegExpMatchArray } | undefined {
  for (const match of folded.matchAll(YEAR_OLD_AS_NOUN)) {
    const next = match[2];
    const aVerb =
      next === undefined ||
      (relationWord(next) === undefined &&
        (isFiniteVerbAfter('my', '', next) || IRREGULAR_FINITE_SET.has(next)));
    const found = aVerb ? age(match[1]) : undefined;
    if (found !== undefined) return { age: found, match };
  }
  return undefined;
}

function subjectByForm(folded: string): ForWhom | undefined {
  if (RESIDENT_IN_STORY.test(folded)) return undefined;
  for (const match of folded.matchAll(RELATION_THEN_WORD)) {
    const [, possessive, relation, verb] = match;
    if (possessive === undefined || relation === undefined || verb === undefined) continue;
    if (afterPreposition(folded, match.index)) continue;
    if (!isFiniteVerbAfter(possessive, relation, verb) && !IRREGULAR_FINITE_SET.has(verb)) continue;
    return relationOf(relation);
  }
  return undefined;
}

/**
 * The relation a short reply names ("mijn moeder", "oma", "de buurvrouw", "een vriendin": ander),
 * for the answer to "Voor wie zoekt u hulp?", where naming the person is the whole answer; a typo
 * of a relation word is read by the first message's own correction, on any word of the reply
 * ("me dogter", "my granma": ./relationTypos.ts).
 */
export function relationIn(text: string): ForWhom | undefined {
  for (const word of withRelationTypos(foldReply(text), 'anyWord').split(' ')) {
    const relation = relationWord(word)?.forWhom;
    if (relation !== undefined) return relation;
  }
  return undefined;
}

/**
 * A relation that is only a bystander in the resident's own story: "mijn moeder kan mij niet
 * helpen", "mijn man is overleden". The question is then about the resident, not about them.
 */
const BYSTANDER = new RegExp(
  `\\b(?:mijn|mn|my) (?:${relationAlternation}) (?:\\w+ ){0,6}?(?:(?:kan|wil|mag|kon|wilde) (?:(?:me|mij|ons) )?(?:ook )?niet (?:meer )?helpen|helpt (?:(?:me|mij|ons) )?niet|overleden|overleed|gestorven|stierf|died|passed away|cant help|can not help|cannot help)\\b`,
);

/** The resident speaks about their own trouble: then a relation named along the way is not the subject. */
const FIRST_PERSON_TROUBLE =
  /\b(?:ik (?:heb|ben|kan|voel|zit|weet|krijg|moet|red|kom|loop|durf)|i (?:have|am|cant|feel|need))\b/;

/** "voor mijn moeder", "zorgen om mijn zoon": the relation the question is for. */
const FOR_RELATION = new RegExp(
  `\\b(?:voor|for|zorgen (?:om|over)|worried about|about) (?:mijn|m n|mn|my|onze|our) (?:\\w+ )?(${relationAlternation})\\b`,
);
/** "mijn zoon van 15", "mijn 15-jarige dochter". */
const AGED_RELATION = agedRelation('mijn|mn|my');
/** "onze dochter van 10", "our 9 year old son" (ADR 0013, session 25, facts25). */
const AGED_RELATION_OURS = agedRelation('onze|our');

function agedRelation(possessives: string): RegExp {
  return new RegExp(
    `\\b(?:${possessives}) (?:(?:\\d{1,3}) jarige )?(${relationAlternation}) (?:van|of|aged) \\d{1,3}\\b|\\b(?:${possessives}) \\d{1,3} (?:jarige|year old) (${relationAlternation})\\b`,
  );
}
/**
 * "our daughter (10)", "mijn zoon (8)" (ADR 0013, session 25, facts25): an age in brackets right
 * after the person word with a possessive ("moeder (29)" said of oneself is no relative of 29;
 * ADR 0013, session 25, review25b). Read on the lower-cased text, since folding drops the brackets.
 */
const AGED_IN_BRACKETS = new RegExp(
  `\\b(?:mijn|mn|my|onze|our) (?:\\w+ )?(${relationAlternation}) ?\\((\\d{1,3})\\)`,
);

/**
 * Kinship words used as a name, without "my" (ADR 0013, session 25, facts25): "Mum is 86 and…",
 * "Oma is 91, woont alleen". Only at the start of a sentence, followed by a subject verb.
 */
const NAME_WORDS =
  'mum|mom|mam|mama|ma|dad|papa|pa|nan|nana|gran|granny|grandma|grandpa|grandad|granddad|oma|opa';
const NAME_SUBJECT = new RegExp(`(?:^|[.!?]\\s+)(${NAME_WORDS}) (?:${SUBJECT_VERBS})\\b`, 'g');
/** "Nan is my neighbour": what follows says who she is (ADR 0013, session 25, review25b). */
const WHO_SHE_IS = /^ (?:my|mijn|mn|m'n|onze|our) ([\p{L}]+)/u;
/** The clause after the verb ends in a question mark (ADR 0013, session 25, review25b). */
const FIRST_CLAUSE_ASKS = /^[^,.;!?]*\?/;

/**
 * The relative a family word used as a name stands for; when "is my X" says who she is, X's
 * relation, and none when X is no relative or neighbour.
 */
function nameAsSubject(lowered: string): ForWhom | undefined {
  for (const match of lowered.matchAll(NAME_SUBJECT)) {
    const word = match[1];
    if (word === undefined) continue;
    const rest = lowered.slice((match.index ?? 0) + match[0].length);
    // "Ma is het buurthuis open?": a question in this order has a time word first (ma: maandag),
    // not a subject; "Ma is ziek, wat moet ik doen?" ends its first clause with a comma.
    if (FIRST_CLAUSE_ASKS.test(rest)) continue;
    const who = WHO_SHE_IS.exec(rest)?.[1];
    // "Nan is my neighbour": the neighbour; "Gran is my best friend": no relative at all.
    if (who !== undefined) {
      const relation = relationOf(who);
      if (relation === undefined) continue;
      return relation;
    }
    return relationOf(word);
  }
  return undefined;
}
/** "mijn man is …", "mijn moeder woont …". */
const RELATION_SUBJECT = new RegExp(
  `(?:^|\\b)(?:mijn|mn|my|onze|our) (?:\\d{1,3} jarige |\\w+ )?(${relationAlternation}) (?:van \\d{1,3} (?:jaar )?)?(?:${SUBJECT_VERBS})\\b`,
);

/** The possessive and relation words a carer names: "mijn vader", "onze moeder", "my wife". */
const RELATION_NAMED = `(?:mijn|mn|m n|onze|my|our) (?:\\w+ )?(${relationAlternation})\\b`;
/** Every relation a message names, once per process (matchAll copies it, so sharing is safe). */
const EVERY_RELATION_NAMED = new RegExp(RELATION_NAMED, 'g');

/**
 * The resident as the one who cares (ADR 0013, session 14): "ik" or "wij" up to four words before
 * the verb, or right after it ("al jaren zorg ik voor …"); "I", "we" in English.
 */
const CARER_NL = '(?:(?:ik|wij|we)(?: \\w+){0,4}? VERB|VERB (?:ik|wij|we))';
const CARER_EN = '(?:i|im|i m|ive|i ve|we|were|we re)(?: \\w+){0,3}? VERB';

/**
 * "ik zorg al jaren voor mijn vader", "ik verzorg mijn vrouw", "sinds de zomer zorg ik voor onze
 * moeder", "I have been looking after my husband", "we take care of our dad": the resident cares
 * for the relative named right after the verb. "zorgen om/over" is worry, not care: only "voor"
 * joins the relative to "zorg".
 */
const CARES_FOR_RELATION: readonly RegExp[] = [
  new RegExp(
    `\\b${CARER_NL.replaceAll('VERB', '(?:zorg|zorgen|zorgde|zorgden|mantelzorg)')}(?: \\w+){0,3}? voor ${RELATION_NAMED}`,
  ),
  new RegExp(
    `\\b${CARER_NL.replaceAll('VERB', '(?:verzorg|verzorgen|verzorgde|verzorgden)')}(?: \\w+){0,3}? ${RELATION_NAMED}`,
  ),
  new RegExp(
    `\\b${CARER_EN.replaceAll('VERB', '(?:(?:look|looks|looking|looked) after|(?:take|takes|taking|took) care of|(?:care|cares|caring|cared) for)')} ${RELATION_NAMED}`,
  ),
];

/**
 * The caring said apart from the relative: "mijn moeder … en ik doe alle zorg alleen", "ik ben op
 * van het zorgen", "ik ben haar mantelzorger", "de zorg voor hem valt me zwaar", "I do all the
 * caring", "I'm his carer". Read only when one relative is named, who is then the one cared for.
 */
const CARING_SAID =
  /\b(?:ik (?:\w+ ){0,2}?doe (?:\w+ ){0,2}?(?:alle|de|al de|zijn|haar) (?:\w+ )?(?:zorg|verzorging|mantelzorg)|van (?:al )?het (?:mantel)?zorgen|ik ben (?:\w+ )?mantelzorger|(?:de|mijn) (?:mantel)?zorg (?:voor|van) (?:hem|haar)|ik (?:\w+ ){0,3}?zorg (?:\w+ ){0,3}?voor (?:hem|haar)|ik (?:\w+ ){0,3}?verzorg (?:\w+ ){0,3}?(?:hem|haar)|i (?:\w+ ){0,2}?do (?:all )?(?:the|his|her) (?:care|caring)|(?:im|i m|i am) (?:his|her|their) (?:\w+ )?(?:carer|caregiver)|i (?:\w+ ){0,3}?(?:look|looking) after (?:him|her)|i (?:\w+ ){0,3}?(?:take|taking) care of (?:him|her))\b/;

/** "mantelzorg", "mantelzorger": the one word that makes caring for a child mantelzorg. */
const MANTELZORG = /\bmantelzorg/;

/** The relations a message names with a possessive ("mijn man", "our son"). */
function relationsNamed(folded: string): ReadonlySet<ForWhom> {
  const named = new Set<ForWhom>();
  for (const match of folded.matchAll(EVERY_RELATION_NAMED)) {
    const relation = match[1] === undefined ? undefined : relationOf(match[1]);
    if (relation !== undefined) named.add(relation);
  }
  return named;
}

/**
 * The relative the resident cares for, when the message says so (ADR 0013, session 14): the
 * question is the carer's, about that care. Not a child of the resident unless the message says
 * "mantelzorg" ("ik zorg alleen voor mijn kinderen" is parenting); not a relative who only reports
 * or who died.
 */
function findCaredFor(folded: string, onlyReports: boolean): ForWhom | undefined {
  if (onlyReports) return undefined;
  const named = new Set<ForWhom>();
  let direct: ForWhom | undefined;
  for (const pattern of CARES_FOR_RELATION) {
    const word = pattern.exec(folded)?.[1];
    if (word !== undefined) direct ??= relationOf(word);
  }
  for (const match of folded.matchAll(EVERY_RELATION_NAMED)) {
    const relation = match[1] === undefined ? undefined : relationOf(match[1]);
    if (relation !== undefined) named.add(relation);
  }
  const [only] = named;
  const caredFor = direct ?? (named.size === 1 && CARING_SAID.test(folded) ? only : undefined);
  if (caredFor === 'kind' && !MANTELZORG.test(folded)) return undefined;
  return caredFor;
}

function findForWhom(
  folded: string,
  lowered: string,
  caredFor: ForWhom | undefined,
  onlyReports: boolean,
  reading: FactsReading,
  relativesNamed: () => number,
): ForWhom | undefined {
  if (/\b(?:voor (?:mezelf|mijzelf|mij zelf|mij)|for (?:myself|me))\b/.test(folded)) return 'zelf';
  // "ik zorg voor mijn vader en ik kan niet meer": the carer asks about that care, for him.
  if (caredFor !== undefined) return caredFor;
  const forRelation = FOR_RELATION.exec(folded);
  if (forRelation?.[1] !== undefined) return relationOf(forRelation[1]);
  // Cautious from here on: only what the resident clearly said is about someone else.
  if (onlyReports) return undefined;
  // "mijn zoon van 15 ..." or "mijn 15-jarige dochter": an age with a relation is about them.
  const aged = AGED_RELATION.exec(folded);
  const word = aged?.[1] ?? aged?.[2];
  if (word !== undefined) return relationOf(word);
  // The readings of session 25 ("onze zoon van 15", "mijn zoon (10)", "my 11 year old") only
  // when no other relative is named: "mijn man heeft parkinson … onze zoon van 12 helpt mee" is
  // the carer's question, not the son's (ADR 0013, session 25, facts25).
  const relatives = reading === 'current' ? relativesNamed() : undefined;
  if (relatives !== undefined && relatives <= 1) {
    const ours = AGED_RELATION_OURS.exec(folded);
    const named = ours?.[1] ?? ours?.[2] ?? AGED_IN_BRACKETS.exec(lowered)?.[1];
    if (named !== undefined) return relationOf(named);
    if (relatives === 0 && yearOldAsNoun(folded) !== undefined) return 'kind';
  }
  // "Mijn man is erg vergeetachtig": a relation as the subject, unless the resident speaks about
  // their own trouble too ("ik heb schulden, mijn man …"): then the question may be theirs.
  if (FIRST_PERSON_TROUBLE.test(folded)) return undefined;
  const subject = RELATION_SUBJECT.exec(folded);
  if (subject?.[1] !== undefined) return relationOf(subject[1]);
  const named = reading === 'current' ? nameAsSubject(lowered) : undefined;
  if (named !== undefined) return named;
  return subjectByForm(folded);
}

function age(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  return isPlausibleAge(number) ? number : undefined;
}

const AFTER_SELF_AGE = new Set([
  'jaar',
  'jr',
  'years',
  'year',
  'yrs',
  'oud',
  'old',
  'en',
  'and',
  'maar',
  'but',
  'nu',
  'now',
]);

/**
 * "ik ben 68, woon alleen", "ben 74. mijn ogen …", "I'm 70, my knees …": the number alone, then a
 * comma or a full stop. Read on the lower-cased text, since folding drops the punctuation that
 * ends the clause. Not a decimal ("ik ben 2,5 jaar werkloos") nor the first of two numbers ("ik
 * ben 2, misschien 3 keer gevallen"). "ben" alone (the "ik" left out) only where a sentence starts.
 */
const SELF_AGE_BEFORE_PUNCTUATION =
  /(?:\b(?:ik ben|ik word|i am|i'm|im)|(?:^|[.!?;,]\s*)ben)\s+(\d{1,3})\s*[,;.!?](?!\s*(?:(?:of|or|misschien|maybe|tot|to)\s+)?\d)/;

/** "ik ben 3 jaar in Nederland", "I am 2 years here": years spent somewhere, not an age. */
const SELF_SPAN_AFTER = /^(?:in|bij|hier|daar|here|there)\b/;

const YEAR_OLD = /\b(\d{1,3}) year old\b/;
/**
 * "I'm 16yo and my mum drinks", "I am a 14 year old and …": an "N year old" said of oneself is the
 * resident's own age, no subject's (ADR 0013, session 25, review25b).
 */
const OWN_YEAR_OLD = /\b(?:i am|im|i m|ik ben)(?: an?| een)? (\d{1,3}) year old\b/;
const YEAR_OLD_NOT_OWN = /(?<!\b(?:i am|im|i m|ik ben)(?: an?| een)? )\b(\d{1,3}) year old\b/;

function findSelfAge(folded: string, lowered: string, reading: FactsReading): number | undefined {
  const match =
    /(?:\b(?:ik ben|ik word|i am|im|i m)|^ben)\s+(\d{1,3})(?:\s+(\w+))?(?:\s+(\w+))?/.exec(folded);
  const next = match?.[2];
  if (match !== null && (next === undefined || AFTER_SELF_AGE.has(next))) {
    const span =
      (next === 'jaar' || next === 'years' || next === 'year') &&
      (SELF_SPAN_AFTER.test(match[3] ?? '') || SPAN_AFTER.test(` ${match[3] ?? ''}`));
    return span ? undefined : age(match[1]);
  }
  const beforePunctuation = age(SELF_AGE_BEFORE_PUNCTUATION.exec(lowered)?.[1]);
  if (beforePunctuation !== undefined || reading === 'model') return beforePunctuation;
  return age(OWN_YEAR_OLD.exec(folded)?.[1]);
}

const SUBJECT_AGE_PATTERNS: readonly RegExp[] = [
  new RegExp(
    `\\b(?:${relationAlternation}) (?:van|of|aged) (\\d{1,3})\\b(?! euro| eur| procent| keer| kilo| km| maanden| weken| dagen| months| weeks| days)`,
  ),
  /\b(\d{1,3}) jarige\b/,
  YEAR_OLD,
  new RegExp(`\\b(?:${relationAlternation}) (?:is|wordt|is now) (\\d{1,3}) (?:jaar|years)\\b`),
  // "mijn buurvrouw is 90 en …", "my toddler is 2 and …": a bare number right after "is", then a
  // new clause.
  new RegExp(`\\b(?:${relationAlternation}) (?:is|wordt) (\\d{1,3})(?= en | maar | and | but |$)`),
];

/** The first of SUBJECT_AGE_PATTERNS, "<relation> van N", for reading every match in turn. */
const EVERY_RELATION_OF_NUMBER = new RegExp((SUBJECT_AGE_PATTERNS[0] as RegExp).source, 'g');

/**
 * "mijn schoonvader is 86, woont alleen": a bare number after "is", then a comma or a full stop.
 * Read on the lower-cased text, since folding drops the punctuation that ends the clause.
 */
const SUBJECT_AGE_BEFORE_PUNCTUATION = new RegExp(
  `\\b(?:${relationAlternation}) (?:is|wordt) (\\d{1,3})\\s*[,.;!?]`,
);

/**
 * "ik ben een alleenstaande moeder van drie", "vader van 2 jongens": a parent word said of oneself
 * (no possessive or article before it) with a small number and no "jaar" counts children; so does
 * any relation with a number followed by a word for children ("oma van 8 kleinkinderen"). Neither
 * is an age of the person the question is for; "mijn vader van 84" and "een moeder van 34 jaar"
 * stay ages. A grandparent, an aunt or an uncle counts children the same way ("ik ben oma van 6",
 * review24).
 */
const PARENT_WORDS =
  'moeder|vader|ouder|mama|papa|mam|pap|oma|opa|grootmoeder|grootvader|tante|oom|mother|father|mum|mom|dad|parent|grandma|grandpa|granny|grandmother|grandfather|aunt|uncle';
const NOT_OF_ONESELF =
  'mijn|m n|mn|onze|ons|zijn|haar|hun|je|jouw|uw|my|our|his|her|their|your|de|die|het|the';
const CHILDREN_WORDS =
  'kinderen|kids|kinders|children|jongens|meiden|meisjes|zonen|dochters|boys|girls|sons|daughters|kleinkinderen|grandchildren';
const MOST_CHILDREN = 12;
const PARENT_OF_SMALL_NUMBER = new RegExp(
  `(?:(?:^|\\s)(?!(?:${NOT_OF_ONESELF}) )\\S+ |^)(?:${PARENT_WORDS}) (?:van|of) \\d{1,2}$`,
);
const CHILDREN_AFTER = new RegExp(`^ (?:${CHILDREN_WORDS})\\b`);

/** Whether "<relation> van N" at `match` counts children rather than giving an age. */
function countsChildren(folded: string, match: RegExpMatchArray): boolean {
  const end = (match.index ?? 0) + match[0].length;
  if (CHILDREN_AFTER.test(folded.slice(end, end + 24))) return true;
  if (Number(match[1]) > MOST_CHILDREN || /^ (?:jaar|years?)\b/.test(folded.slice(end, end + 7))) {
    return false;
  }
  return PARENT_OF_SMALL_NUMBER.test(folded.slice(0, end));
}

/** The relation word a match starts with ("zoon van 12"), if any. */
const RELATION_AT_START = new RegExp(`^(${relationAlternation})\\b`);

/** An age and, when a relation word says it, whose. */
interface SubjectAge {
  readonly age: number;
  readonly of?: ForWhom;
}

function subjectAgeOf(found: number | undefined, match?: string): SubjectAge | undefined {
  if (found === undefined) return undefined;
  const word = match === undefined ? undefined : RELATION_AT_START.exec(match)?.[1];
  const of = word === undefined ? undefined : relationOf(word);
  return of === undefined ? { age: found } : { age: found, of };
}

/** What follows "<relation> is N jaar" when N is a span back in time, no age. */
const SINCE_THEN = /^ (?:geleden|terug|ago|back)\b/;

function findSubjectAge(
  folded: string,
  lowered: string,
  reading: FactsReading,
  relativesNamed: () => number,
): SubjectAge | undefined {
  // Every "<relation> van N" in turn: "vader van 2 kinderen en mijn zoon van 5" is a five-year-old.
  for (const match of folded.matchAll(EVERY_RELATION_OF_NUMBER)) {
    if (countsChildren(folded, match)) continue;
    const found = subjectAgeOf(age(match[1]), match[0]);
    if (found !== undefined) return found;
  }
  for (const pattern of SUBJECT_AGE_PATTERNS.slice(1)) {
    const read = reading === 'current' && pattern === YEAR_OLD ? YEAR_OLD_NOT_OWN : pattern;
    const match = read.exec(folded);
    // "mijn moeder is 5 jaar geleden verhuisd": a span since then, no mother of five (ADR 0013,
    // session 25, lead); the model's reading keeps what it was trained with.
    if (
      reading === 'current' &&
      match !== null &&
      SINCE_THEN.test(folded.slice(match.index + match[0].length))
    ) {
      continue;
    }
    const found = subjectAgeOf(age(match?.[1]), match?.[0]);
    if (found !== undefined) return found;
  }
  const punctuation = SUBJECT_AGE_BEFORE_PUNCTUATION.exec(lowered);
  const beforePunctuation = subjectAgeOf(age(punctuation?.[1]), punctuation?.[0]);
  if (beforePunctuation !== undefined || reading === 'model') return beforePunctuation;
  // An age in brackets only after a possessive and with one relative named: "my mum has cancer
  // and my brother (12) …" gives the mother no age (ADR 0013, session 25, review25b).
  const brackets = relativesNamed() <= 1 ? AGED_IN_BRACKETS.exec(lowered) : null;
  const inBrackets = subjectAgeOf(age(brackets?.[2]), brackets?.[1]);
  return inBrackets ?? subjectAgeOf(yearOldAsNoun(folded)?.age);
}

/**
 * "al 2 jaar", "sinds 3 jaar", "hier 2 jaar", "na 22 jaar", "51 jaar getrouwd", "2 years ago": a
 * time span, not an age. Read as an age it would leave out entries for the person's real age.
 */
const SPAN_BEFORE =
  /(?:^|\s)(?:al|sinds|na|over|binnen|afgelopen|laatste|hier|daar|since|for|after|past|last|here|within)\s$/;
const SPAN_AFTER =
  /^\s(?:geleden|lang|getrouwd|samen|gewerkt|gewoond|in dienst|ago|long|married|together)\b/;
/**
 * "3 jaar in nederland", "30 jaar bij dezelfde baas", "5 jaar hier", "2 years in this country":
 * years spent somewhere are a span too, unless the number is said of someone ("een man van 80
 * jaar in de flat", "ik ben 15 jaar"), which the words before it show.
 */
const PLACE_AFTER = /^\s(?:in|bij|hier|daar|op|at|here|there)\b/;
const AGE_BEFORE = /(?:^|\s)(?:van|is|wordt|word|of|aged)\s$/;
/**
 * An English "N years" without "old" is an age only when said of someone ("a lady of 80 years",
 * "she is 75 years"); "been a smoker 20 years" is a span (ADR 0013, session 25, facts25).
 */
const YEARS_AGE_BEFORE = /(?:^|\s)(?:of|aged|is|am|im|are|was|turned|turning|turns)\s$/;

function findUnknownAge(folded: string, reading: FactsReading): number | undefined {
  for (const match of folded.matchAll(/\b(\d{1,3}) (?:jaar oud|jaar|years old|years)\b/g)) {
    if (match[0].endsWith(' oud') || match[0].endsWith(' old')) return age(match[1]);
    // The few characters around the number are enough for the span words; no copy of the message.
    const before = folded.slice(Math.max(0, match.index - 12), match.index);
    const end = match.index + match[0].length;
    const after = folded.slice(end, end + 16);
    if (SPAN_BEFORE.test(before) || SPAN_AFTER.test(after)) continue;
    const yearsOfSomeone = !match[0].endsWith(' years') || YEARS_AGE_BEFORE.test(before);
    if (reading === 'current' && !yearsOfSomeone) continue;
    if (PLACE_AFTER.test(after) && !AGE_BEFORE.test(before)) continue;
    return age(match[1]);
  }
  return undefined;
}

/**
 * "2,5 jaar", "1.200 euro": a number with a decimal or thousands mark. Folding drops the mark, and
 * "ik ben 2,5 jaar werkloos" read as "5 jaar" was an age. Its whole part stays ("mijn zoon van 2,5"
 * is a toddler), followed by a word that no age pattern reads past.
 */
const MARKED_NUMBER = /(\d+)(?:[.,]\d+)+/g;

/**
 * "16yo", "17 y/o", "19 yrs old" (ADR 0013, session 25, facts25): short marks of an age, written
 * out as "N year old" before any pattern reads them. Exported for the reader of named children
 * (src/understanding/childNamed.ts), so both read the same marks.
 */
export function withAgeMarksWritten(text: string): string {
  return text.replace(
    /\b(\d{1,3}) ?(?:yo|y\/o|y o|yr old|yrs old)(?![\p{L}\p{N}/])/gu,
    '$1 year old',
  );
}

/**
 * Which reading: `current` for the conversation and the search; `model` for the understanding
 * model's features (src/understanding/features.ts), which keep the reading the shipped model was
 * trained on: without the words and patterns added in session 25 (ADR 0013, session 25, facts25),
 * so the model's input, and `npm run train`'s output, stay as they were.
 */
export type FactsReading = 'current' | 'model';

/** The words the model's reading does not know, as they stand in folded text. */
const UNKNOWN_TO_MODEL = new RegExp(`\\b(?:${wordsAddedInSession25.join('|')})\\b`, 'g');

export function extractFirstMessageFacts(
  text: string,
  reading: FactsReading = 'current',
): FirstMessageFacts {
  const marked = text.replace(MARKED_NUMBER, '$1 komma');
  const unmarked = reading === 'current' ? withAgeMarksWritten(marked) : marked;
  // The model's reading sees the words added in session 25 as no person word ("qnan").
  const known = (words: string) =>
    reading === 'current' ? words : words.replace(UNKNOWN_TO_MODEL, 'q$&');
  // "mijn zoon van vier" is "mijn zoon van 4" to every pattern below.
  const folded = withAgesInDigits(
    known(withRelationTypos(foldReply(unmarked))),
    relationAlternation,
  );
  const lowered = withAgesInDigits(
    known(unmarked.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ')),
    relationAlternation,
  );
  // A bystander or a relative who only passes something on: the message is not about them.
  const onlyReports = BYSTANDER.test(folded) || REPORTING.test(folded);
  const caredFor = findCaredFor(folded, onlyReports);
  // How many relatives the message names: read once, and only when a reading asks.
  let relatives: number | undefined;
  const relativesNamed = (): number => (relatives ??= relationsNamed(folded).size);
  const forWhom = findForWhom(folded, lowered, caredFor, onlyReports, reading, relativesNamed);
  const selfAge = findSelfAge(folded, lowered, reading);
  const subject = findSubjectAge(folded, lowered, reading, relativesNamed);
  const subjectAge = subject?.age;
  // Whose, in the current reading only: the model's input stays as it was trained.
  const subjectAgeOf = reading === 'current' ? subject?.of : undefined;
  const unknownAge =
    selfAge === undefined && subjectAge === undefined ? findUnknownAge(folded, reading) : undefined;
  return {
    ...(forWhom === undefined ? {} : { forWhom }),
    ...(selfAge === undefined ? {} : { selfAge }),
    ...(subjectAge === undefined ? {} : { subjectAge }),
    ...(subjectAgeOf === undefined ? {} : { subjectAgeOf }),
    ...(unknownAge === undefined ? {} : { unknownAge }),
    ...(caredFor === undefined ? {} : { caresFor: true as const }),
  };
}

/** The age that belongs to the person the question is for, if the message said it. */
export function ageFor(facts: FirstMessageFacts, forWhom: ForWhom): number | undefined {
  if (forWhom === 'zelf') return facts.selfAge ?? facts.unknownAge;
  // "ik zorg voor mijn man, onze zoon van 12 helpt mee": the son's age is not the husband's.
  if (facts.subjectAgeOf !== undefined && forWhom !== 'naaste' && forWhom !== facts.subjectAgeOf) {
    return undefined;
  }
  return facts.subjectAge ?? (facts.selfAge === undefined ? facts.unknownAge : undefined);
}

/**
 * The resident's own age, if the message clearly said it ("ik ben 15"). Not the age of someone
 * they ask about (`ageFor`'s), and not a number of years without whose: "we gaan scheiden na 14
 * jaar" is no 14-year-old (ADR 0013, "for whom": help only for parents is not for a 15-year-old).
 */
export function ownAgeOf(facts: FirstMessageFacts): number | undefined {
  return facts.selfAge;
}

/**
 * The question without the words that only say where the resident lives: "ik woon in 7544" or
 * "wij wonen in Deppenbroek" must not make the search think the question is about housing
 * ("woon" is an everyday word for the levensgebied Wonen). Only a residence phrase followed by a
 * postcode, a known wijk, the gemeente's name (gebieden.yaml `gemeente`, when the caller knows it)
 * or "de wijk" is removed, so "ik woon in een te klein huis" stays a housing question.
 */
export function withoutResidence(
  text: string,
  wijken: readonly string[] = [],
  gemeente?: string,
): string {
  const names = [...wijken].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const place = [
    '[1-9][0-9]{3}(?:\\s?[a-z]{2})?(?![0-9a-z])',
    ...(gemeente === undefined || gemeente.trim() === ''
      ? []
      : [`${escapeRegExp(gemeente.trim())}(?![\\p{L}])`]),
    'de\\s+wijk\\b',
    ...names.map((name) => `${name}(?![\\p{L}])`),
  ].join('|');
  const residence = new RegExp(
    `\\b(?:(?:ik|wij|we|hij|zij|ze|u)\\s+(?:woon|woont|wonen)|woonachtig|i\\s+live|we\\s+live)\\s+(?:in|op|te|at)\\s+(?=${place})`,
    'giu',
  );
  return text
    .replace(residence, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

import { baseForms } from './englishGlossary.js';

/**
 * English words with two everyday senses a resident uses, and the neighbours that tell them apart
 * (ADR 0013, session 19 amendment). The glossary keeps one sense per word, and "my boss wants to
 * fire me" is no blaze, "the landlord raised the rent" no child raised, "my husband hits the
 * bottle" no blow. Each line is one sense: the word's forms, its Dutch words ("-" for none: the word
 * says nothing here), and the cue words that give it when they stand within REACH words after or
 * before the word. Written from the two languages, not from any kaart's questions. A word without a
 * cue keeps the glossary's own reading. The senses from "die" to "upstairs" were added in session
 * 21 (ADR 0013): a machine that died is broken, "clean" months on is recovery, learning to swim or
 * cycle is the lesson, standing up for oneself is assertiveness, feeling bad is low, checking on
 * a person is calling or visiting, and upstairs in one's own house is no neighbour. The senses
 * from "expecting" on were added in session 23 (ADR 0013, english23), need by need from
 * training/behoeften.yaml: expecting a baby, a baby due, the pay an employer keeps back, who hires
 * young people (a side job) or staff, money to live on and money coming in.
 *
 * A sense may also name the words that take it back (session 24, ADR 0013, english24): `not-after:`
 * and `not-before:` cues within REACH words cancel the sense even where its own cue stands near
 * ("paid me back" is a debt repaid, no employer who keeps the wage back; "not expecting the baby to
 * be so ill" is no baby on the way; money "coming in the post" is no income). `@negation` in a cue
 * list stands for every word that denies (NEGATIONS). A word whose only cued sense is cancelled says
 * nothing: not even the glossary's own reading, which is mostly that same sense ("I'm not broke").
 * A `with:` list names words of which one must stand anywhere in the message as well, for a sense
 * one neighbour does not give: bringing one's family is family reunification only with a place
 * word or the word refugee beside it ("bring my wife and kids over", "bring our children to the
 * Netherlands"), not bringing the children to school.
 *
 * A cue may be a phrase of words that follow each other, joined by `+` (session 24, ADR 0013,
 * english24b): "over+here" in a `with:` list, "to+school" in a `not-after:` list (the phrase starts
 * within REACH words after the word). A `keep-after:` phrase that starts where a taking-back word
 * stands keeps the sense: "due to" is because, but a baby "due to arrive" or "due to be born" is on
 * its way.
 *
 * The senses from "free" on were added in session 25 (ADR 0013, english25): a common word in its
 * other sense, each read over every English dev line with the Dutch it was given. Free time is no
 * free of charge; a thing that works ("how does it work", "make it work") is no job, though a job
 * stays where "to", "for", "at" and the like stand nearer ("use it to work here"); moving more is
 * exercise, not moving house; riding a bike is cycling, not a ride; a stair lift is no lift to the
 * hospital; "right now" names no rights.
 */
const SENSES = `
fire fires firing | ontslag ontslagen | after: me him her us them you staff people workers employees everyone everybody anyone someone somebody | before: to will would could might may gonna threatened threatens threatening
fire fires | brand | after: brigade alarm department service damage | before: a the on caught house kitchen big after
raise raises raised raising | huurverhoging huur | after: rent rents | before: rent rents
raise raises raised raising | opvoeden opvoeding | after: kid kids child children son sons daughter daughters baby babies family boy boys girl girls teenager teenagers teen teens toddler toddlers grandchildren
raise raises raised raising | verhoging | after: price prices cost costs fee fees premium premiums
raise raises raised raising | - | after: complaint complaints concern concerns issue issues objection question money funds awareness
hit hits hitting | drinkt alcohol drank | after: bottle booze
hit hits | ongeluk | after: car bike bicycle bus van lorry truck scooter
abuse abuses abused abusing | verslaving | after: alcohol drug drugs substance substances pills painkillers | before: alcohol drug drugs substance drink cannabis
lost lose loses losing | werkloos ontslag | after: job jobs work income contract
lost lose loses losing | uitzetting woning | after: home house flat apartment
lost lose loses losing | - | after: card wallet purse key keys passport phone bag weight way track
broke | geld tekort | before: am im so completely totally always are were be being stony flat absolutely really too very | not-before: @negation
broke broken | inbraak | after: into
broke | kapot | after: down
broke broken | gebroken | after: leg legs arm arms hip wrist ankle foot nose rib ribs
broke | uit elkaar scheiding | after: up
fall falls fell falling fallen | achterstand | after: behind
fall falls fell falling fallen | - | after: asleep love apart
resume resumes | hervatten werk | after: work working job duties school studies
lift lifts | rit vervoer | before: a give giving gave offer need get getting
train trains | trein ov | before: the a by take took taking catch caught missed next last first | after: station stations ticket tickets fare fares journey
train trains | opleiding | before: to | after: become
smoke smokes | rookmelder brand | after: alarm alarms detector detectors
take takes taking took | rit vervoer brengen | after: there hospital appointment appointments clinic
die dies died dying | kapot | before: phone laptop tablet ipad fridge freezer washer dryer toaster kettle boiler heater battery car machine oven cooker dishwasher microwave hoover
clean | herstel verslaving | before: been staying stayed | after: months years
learn learns learned learnt learning | zwemles zwemmen | after: swim swimming
learn learns learned learnt learning | fietsles fietsen | after: cycle cycling bike bicycle ride riding
stand stands standing stood stick sticks sticking | weerbaar weerbaarheid | after: himself herself myself yourself themselves ourselves
bad awful terrible horrible rubbish crap miserable | somber | before: feel feels feeling felt
check checks checking checked | bellen langskomen | after: him her them mum mom dad mother father parents nan nana gran granny grandma grandpa grandad grandmother grandfather
upstairs | - | before: bed asleep sleeping went go going ran run walk walking climb climbing carry carrying
shooting | pijn | after: pain pains
shooting shootings | schietpartij geweld | before: a was were there heard | after: near nearby outside
expecting expect expects | zwanger aanstaande | after: baby babies twins child | not-before: @negation | not-after: benefit benefits allowance
due | zwanger | before: baby babies | after: date birth | not-before: bill bills rent payment payments invoice fine fines tax taxes loan | not-after: to | keep-after: to+arrive to+be to+give to+deliver to+come
pay pays paid paying | loon uitbetalen | after: me us wages salary | before: boss employer employers company agency | not-after: back visit visits compliment compliments attention
hire hires hired hiring | bijbaan vacatures | after: teenagers teens students
hire hires hired hiring | vacatures werk | after: me staff people workers | before: shops companies employers
live | inkomen rondkomen | before: money
coming | inkomen | before: money nothing income | not-after: post mail letter letters parcel parcels package packages
wife husband spouse | - | after: died dies passed dead | before: lost losing
spare | vrije tijd | after: time afternoon afternoons morning mornings evening evenings hours day days moment moments weekend weekends
bring brings brought bringing | gezinshereniging | after: wife husband spouse family children kids son sons daughter daughters mother father parents them | with: netherlands holland over+here over+from abroad refugee refugees asylum | not-after: along to+school to+nursery to+daycare to+creche to+kindergarten to+playgroup to+practice to+training
free | vrije tijd | after: time afternoon afternoons morning mornings evening evenings hours day days moment moments weekend weekends
work works | - | before: it thing things
work works | werk | before: to for at from into off of
move moves moving | bewegen | after: more around about | before: get getting keep keeps keeping
ride rides riding | fietsen | after: bike bikes bicycle bicycles
lift lifts | traplift | before: stair stairs chair
right | - | after: now away
`;

/** How many words after or before a word its cue may stand ("raised the rent", "hits the bottle"). */
export const REACH = 3;

/**
 * The words that deny what follows them, as `tokenize` folds them ("didn't" is "didnt"): what
 * `@negation` stands for in a `not-before:` list.
 */
export const NEGATIONS: readonly string[] = [
  'not',
  'never',
  'no',
  'nor',
  'dont',
  'doesnt',
  'didnt',
  'isnt',
  'arent',
  'wasnt',
  'werent',
  'havent',
  'hasnt',
  'hadnt',
  'wont',
  'wouldnt',
  'cant',
  'cannot',
  'couldnt',
  'shouldnt',
  'aint',
];

interface Sense {
  readonly forms: ReadonlySet<string>;
  readonly dutch: readonly string[];
  readonly after: ReadonlySet<string>;
  readonly before: ReadonlySet<string>;
  /** Words after the word (within REACH) that take this sense back. */
  readonly notAfter: ReadonlySet<string>;
  /** Words before the word (within REACH) that take this sense back. */
  readonly notBefore: ReadonlySet<string>;
  /** Words of which one must stand anywhere in the message as well (none: no such need). */
  readonly with: ReadonlySet<string>;
  /** Phrases after the word that keep the sense though a taking-back word starts them. */
  readonly keepAfter: ReadonlySet<string>;
}

function parse(text: string): Sense[] {
  return text
    .split('\n')
    .filter((line) => line.includes('|'))
    .map((line) => {
      const [forms = '', dutch = '', ...cues] = line.split('|').map((part) => part.trim());
      const cueWords = (label: string) =>
        new Set(
          cues
            .filter((cue) => cue.startsWith(`${label}:`))
            .flatMap((cue) =>
              cue
                .slice(label.length + 1)
                .trim()
                .split(/\s+/),
            )
            .flatMap((word) => (word === '@negation' ? NEGATIONS : [word])),
        );
      return {
        forms: new Set(forms.split(/\s+/)),
        dutch: dutch === '-' ? [] : dutch.split(/\s+/),
        after: cueWords('after'),
        before: cueWords('before'),
        notAfter: cueWords('not-after'),
        notBefore: cueWords('not-before'),
        with: cueWords('with'),
        keepAfter: cueWords('keep-after'),
      };
    });
}

const TABLE: readonly Sense[] = parse(SENSES);

/** Every form the table holds, for a quick "is this a word with senses". */
const HEADS: ReadonlySet<string> = new Set(TABLE.flatMap((sense) => [...sense.forms]));

/** The words the table names, for the tests: each sense's forms, Dutch words and cues. */
export const ENGLISH_SENSES: readonly Sense[] = TABLE;

const isWord = (token: string | undefined, cue: string): boolean =>
  token !== undefined && baseForms(token).includes(cue);

/** Each `+` cue's words, split once per cue rather than at every check of every message. */
const CUE_WORDS: ReadonlyMap<string, readonly string[]> = new Map(
  TABLE.flatMap((sense) =>
    [sense.after, sense.before, sense.notAfter, sense.notBefore, sense.with, sense.keepAfter]
      .flatMap((cues) => [...cues])
      .map((cue): [string, readonly string[]] => [cue, cue.split('+')]),
  ),
);

/** Whether a cue (a word, or words joined by `+` that follow each other) starts at `start`. */
function cueAt(tokens: readonly string[], start: number, cues: ReadonlySet<string>): boolean {
  const token = tokens[start];
  if (token === undefined) return false;
  for (const cue of cues) {
    const words = CUE_WORDS.get(cue) ?? cue.split('+');
    if (words.every((word, offset) => isWord(tokens[start + offset], word))) return true;
  }
  return false;
}

const isCue = (token: string | undefined, cues: ReadonlySet<string>): boolean =>
  token !== undefined && cueAt([token], 0, cues);

/** Whether one of the words `sense` needs as well stands anywhere in the message. */
const withCue = (tokens: readonly string[], sense: Sense): boolean =>
  sense.with.size === 0 || tokens.some((_, position) => cueAt(tokens, position, sense.with));

/**
 * How far before a word a denying word still denies it: "not broke", "not so broke", but not "never
 * been so broke" nor "no house and expecting twins", where the denial is of another word (review24).
 */
const NEGATION_REACH = 2;
const NEGATION_WORDS: ReadonlySet<string> = new Set(NEGATIONS);

/** Whether a word that takes `sense` back stands within REACH (a denial: NEGATION_REACH) of `position`. */
function takenBack(tokens: readonly string[], position: number, sense: Sense): boolean {
  for (let distance = 1; distance <= REACH; distance += 1) {
    const before = tokens[position - distance];
    if (
      (cueAt(tokens, position + distance, sense.notAfter) &&
        !cueAt(tokens, position + distance, sense.keepAfter)) ||
      (isCue(before, sense.notBefore) &&
        (distance <= NEGATION_REACH || before === undefined || !NEGATION_WORDS.has(before)))
    ) {
      return true;
    }
  }
  return false;
}

/**
 * The Dutch words of the folded English word at `position` in `tokens` in the sense its neighbours
 * give it: the sense whose cue stands nearest (after or before, up to REACH words away; on a tie
 * the sense listed first) and that no `not-after:`/`not-before:` word near it takes back.
 * Undefined when the word has no senses here or no cue stands near it: then the glossary's own
 * reading holds. An empty list means the word says nothing in this sense, and so does a word whose
 * cued senses are all taken back.
 */
export function senseAt(
  tokens: readonly string[],
  position: number,
): readonly string[] | undefined {
  const word = tokens[position];
  if (word === undefined || !HEADS.has(word)) return undefined;
  let best: { distance: number; dutch: readonly string[] } | undefined;
  let cancelled = false;
  for (const sense of TABLE) {
    if (!sense.forms.has(word)) continue;
    for (let distance = 1; distance <= REACH; distance += 1) {
      if (best !== undefined && distance >= best.distance) break;
      if (
        isCue(tokens[position + distance], sense.after) ||
        isCue(tokens[position - distance], sense.before)
      ) {
        if (!withCue(tokens, sense)) break;
        if (takenBack(tokens, position, sense)) cancelled = true;
        else best = { distance, dutch: sense.dutch };
        break;
      }
    }
  }
  return best?.dutch ?? (cancelled ? [] : undefined);
}

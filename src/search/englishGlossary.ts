import englishStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { EVERYDAY_WORDS } from './englishEverydayWords.js';
import { isRealWord } from './realWords.js';

/**
 * Everyday English words and the Dutch words a sociale kaart uses for the same thing (ADR 0013,
 * eighth amendment). A question in English shares no word with an entry written in Dutch, so the
 * search reads an English message's words through this list as well: "my landlord keeps my
 * deposit" also searches "verhuurder", "huisbaas" and "borg", and the everyday-word rules of the
 * levensgebieden see them too. Written from the two languages, one everyday sense per word, not
 * from any kaart's questions or entries; a word with several common senses is left out or given
 * the sense a resident asking for help means, or listed only in the phrase that gives it one ("hang
 * out", not "hang"). Keys are folded (lowercase, no accents), one word or a phrase of two; values
 * are Dutch words separated by spaces.
 */
const GLOSSARY = `
debt: schulden
debts: schulden
owe: schulden
bills: rekeningen
energy: energie
electricity: stroom energie
gas: gas energie
insulation: isolatie
insulate: isoleren
save: besparen
saving: besparen
unopened: ongeopend post
envelopes: enveloppen post
admin: administratie
bill: rekening
money: geld
broke: geld tekort
poor: armoede
poverty: armoede
afford: betalen
pay: betalen
payment: betaling
arrears: achterstand
bailiff: deurwaarder
budget: budget
savings: spaargeld
loan: lening
allowance: toeslag
allowances: toeslagen
benefit: uitkering
benefits: uitkering
welfare: bijstand
tax: belasting
taxes: belastingen
paperwork: administratie
letters: brieven
letter: brief
mail: post
forms: formulieren
form: formulier
rent: huur
landlord: verhuurder huisbaas
agency: uitzendbureau
tenant: huurder
deposit: borg
debit card: pinpas bankpas
bank card: pinpas bankpas
evicted: uitzetting
eviction: uitzetting
homeless: dakloos
house: huis woning
housing: woning
flat: woning
apartment: woning
home: thuis
mould: schimmel
mold: schimmel
damp: vocht
leak: lekkage
heating: verwarming
repair: reparatie repareren
repairs: reparatie
fix: repareren
broken: kapot
furniture: meubels
stairs: trap
moving: verhuizen
lonely: eenzaam
loneliness: eenzaamheid
alone: alleen
hangout: ontmoeten inloop chillen
hang out: ontmoeten inloop chillen
drop in: inloop
youth centre: jongerencentrum jongerenwerk
youth center: jongerencentrum jongerenwerk
youth club: jongerencentrum jongerenwerk
centre: centrum
center: centrum
isolated: eenzaam
friends: vrienden
friend: vriend
meet: ontmoeten
meeting: ontmoeting
people: mensen
visit: bezoek
visitor: bezoek
chat: praatje
talk: praten
coffee: koffie
activities: activiteiten
activity: activiteit
club: club vereniging
group: groep
women: vrouwen
men: mannen
child: kind
children: kinderen
kid: kind
kids: kinderen
son: zoon
daughter: dochter
baby: baby
toddler: peuter
teenager: tiener puber jongeren
teenagers: tieners pubers jongeren
teen: tiener puber
teens: tieners jongeren
teenage: tiener jongeren
girls: meiden meisjes
boys: jongens
scouting: scouting
scouts: scouting
youth: jongeren
young: jong
parenting: opvoeding
parents: ouders
parent: ouder
upbringing: opvoeding
tantrums: driftbuien
homework: huiswerk
bullied: gepest
bullying: pesten
truancy: spijbelen
pregnant: zwanger
divorce: scheiding
divorced: gescheiden
separation: scheiding
separated: gescheiden
ex: ex
custody: omgang
partner: partner
wife: vrouw
husband: man
carer: mantelzorger
caregiver: mantelzorger
caring: zorgen mantelzorg
care: zorg
respite: respijt
exhausted: overbelast
tired: moe
sick: ziek
ill: ziek
illness: ziekte
disease: ziekte
health: gezondheid
doctor: huisarts dokter
gp: huisarts
hospital: ziekenhuis
surgery: operatie
operation: operatie
pain: pijn
depressed: somber depressie
depression: depressie
anxiety: angst
anxious: angstig
scared: bang
afraid: bang
worried: bezorgd
stress: stress
stressed: stress
sad: verdriet
grief: rouw verdriet
grieve: rouw verdriet
bereavement: rouw verlies
bereaved: rouw
loss: verlies
widow: weduwe
widower: weduwnaar
sadness: verdriet
cope: omgaan
funeral: uitvaart begrafenis
mourning: rouw
died: overleden
passed away: overleden
lost: verlies
passed: overleden
death: overlijden
burnout: burn-out
recovery: herstel
recover: herstellen
recovering: herstel
routine: structuur dagritme
trauma: trauma
traumatic: trauma
nightmares: nachtmerries
nightmare: nachtmerrie
fire: brand
breakdown: burn-out
mental: psychisch
weight: gewicht
smoking: roken
smoke: roken
vaping: vapen
drinking: drinken alcohol
drinks: drinkt alcohol
drink: drinken alcohol
alcohol: alcohol
drunk: dronken
drugs: drugs
addicted: verslaafd
addiction: verslaving
gambling: gokken
gamble: gokken
betting: gokken
gaming: gamen
games: games
violence: geweld
violent: geweld
abuse: mishandeling
abused: mishandeld
controlling: controle
jealous: jaloers
hits: slaat
hit: slaan
threatens: bedreigt
threatened: bedreigd
unsafe: onveilig
safe: veilig
burglary: inbraak
burgled: ingebroken
stolen: gestolen
theft: diefstal
scam: oplichting
scammed: opgelicht
fraud: fraude
police: politie
victim: slachtoffer
dutch: nederlands taal
language: taal
learn: leren
lessons: les
read: lezen
reading: lezen
write: schrijven
writing: schrijven
computer: computer
laptop: laptop
phone: telefoon
smartphone: smartphone
online: online internet
internet: internet
digid: digid
newcomer: nieuwkomer
refugee: vluchteling statushouder
expat: expat nieuwkomer
asylum: asiel vluchteling
residence: verblijf
permit: vergunning
integration: inburgering
reunification: gezinshereniging
reunite: gezinshereniging
family: gezin familie
immigrant: nieuwkomer
register: inschrijven
job: werk baan
jobs: werk banen
work: werk
working: werken
unemployed: werkloos
employer: werkgever
boss: baas werkgever
wages: loon
salary: salaris
fired: ontslagen
contract: contract
training: opleiding
course: cursus
diploma: diploma
study: studie
neighbour: buren buurman
neighbours: buren
neighbor: buren buurman
neighbors: buren
neighbourhood: buurt wijk
neighborhood: buurt wijk
noise: geluidsoverlast lawaai
noisy: lawaai overlast
loud: lawaai
nuisance: overlast
annoying: overlast
dispute: ruzie conflict
dog: hond
dogs: honden
pet: huisdier
pets: huisdieren
argument: ruzie
fight: ruzie
mediation: bemiddeling
transport: vervoer
ride: rit vervoer
bus: bus
bike: fiets
bicycle: fiets
cycle: fietsen
drive: rijden
driving: rijden
car: auto
wheelchair: rolstoel
walk: lopen wandelen
walking: lopen wandelen
elderly: ouderen
old: oud
older: ouderen
pensioner: gepensioneerd
retired: pensioen
dementia: dementie
forgetful: vergeetachtig
memory: geheugen
fall: vallen
fell: vallen gevallen
fallen: vallen gevallen
falling: vallen
independent: zelfstandig
cleaning: huishouden schoonmaken
clean: schoonmaken
household: huishouden
groceries: boodschappen
shopping: boodschappen
food: eten voedsel
food bank: voedselbank
hungry: honger
meal: maaltijd
meals: maaltijden
eat: eten
eating: eten
cook: koken
cooking: koken
fridge: koelkast
rights: rechten
lawyer: advocaat juridisch
legal: juridisch
objection: bezwaar
object: bezwaar
appeal: bezwaar
complaint: klacht
refund: terugbetaling
shop: winkel
sport: sport
sports: sport
exercise: bewegen
swimming: zwemmen
football: voetbal
gym: sportschool
fitness: fitness
volunteer: vrijwilliger vrijwilligerswerk
volunteering: vrijwilligerswerk
useful: zinvol
garden: tuin
gardening: tuinieren
initiative: initiatief
overdue: achterstand
reminder: aanmaning herinnering
debt collector: incassobureau
collection agency: incassobureau
income: inkomen
clothes: kleding
clothing: kleding
second hand: tweedehands
costs: kosten
subsidy: subsidie
grant: subsidie bijdrage
financial: financieel
scheme: regeling
tax office: belastingdienst
nobody: niemand
listen: luisteren
listening: luisteren
befriending: maatje
buddy: maatje
join: meedoen
raising: opvoeden
advice: advies
newborn: pasgeboren baby
teacher: leraar juf meester
tutoring: bijles
tutor: bijles
adolescent: puber jongere
helpline: hulplijn
burned out: overbelast burn-out
burnt out: overbelast burn-out
social housing: sociale huurwoning
kicked out: uitzetting
furnishing: inrichting
maintenance: onderhoud
panic: paniek
worry: piekeren bezorgd
mood: stemming
low mood: somber
healthy: gezond
lifestyle: leefstijl
overweight: overgewicht
quit: stoppen
slot machines: gokkasten
screen time: schermtijd
cigarettes: sigaretten
cigarette: sigaret
domestic: huiselijk
crime: misdrijf criminaliteit
robbed: beroofd
robbery: beroving overval
thief: dief
mugged: beroofd
neglect: verwaarlozing
neglected: verwaarloosd
practise: oefenen
practice: oefenen
conversation: gesprek
literacy: laaggeletterdheid
illiterate: laaggeletterd
digital: digitaal
migrant: migrant nieuwkomer
status holder: statushouder
netherlands: nederland
side job: bijbaan
unemployment: werkloosheid
retrain: omscholing
education: onderwijs opleiding
music: muziek
street: straat
street party: straatfeest
journey: reis
travel: reizen
public transport: openbaar vervoer
balance: evenwicht balans
unsteady: wankel
mobility: mobiliteit hulpmiddelen
walker: rollator
mobility scooter: scootmobiel
alzheimer: alzheimer dementie
alzheimers: alzheimer dementie
parcel: pakket
community: buurt
dinner: avondeten maaltijd
together: samen
class: les
unpaid: onbetaald
employment: werk
increase: verhoging
municipality: gemeente
council: gemeente
decision: besluit beslissing
government: overheid
consumer: consument
fees: contributie kosten
fee: contributie
idea: idee
childcare: kinderopvang
daycare: kinderopvang
babysitter: oppas
disabled: beperking gehandicapt
disability: beperking
autism: autisme
deaf: doof
dentist: tandarts
medicine: medicijnen
medication: medicijnen
insurance: verzekering
pension: pensioen
`;

function parse(text: string): ReadonlyMap<string, readonly string[]> {
  const map = new Map<string, readonly string[]>();
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    map.set(
      line.slice(0, colon).trim(),
      line
        .slice(colon + 1)
        .split(/\s+/)
        .filter((word) => word.length > 0),
    );
  }
  return map;
}

export const ENGLISH_GLOSSARY: ReadonlyMap<string, readonly string[]> = parse(
  `${GLOSSARY}\n${EVERYDAY_WORDS}`,
);

/**
 * The forms a folded English word may have come from, the word itself first: without a plural or
 * verb ending ("neighbours", "drinking", "scared" → "neighbour", "drink", "scare"), with the e that
 * -ing and -ed drop ("grieving" → "grieve"), without the doubled consonant they add ("shopping" →
 * "shop") and with the y they turn into ie ("families", "worried" → "family", "worry").
 */
export function baseForms(word: string): string[] {
  const forms = [word];
  const stripped = (ending: string) =>
    word.length > ending.length + 2 && word.endsWith(ending)
      ? word.slice(0, -ending.length)
      : undefined;
  for (const ending of ['s', 'es', 'ing', 'ed', 'd']) {
    const stem = stripped(ending);
    if (stem !== undefined) forms.push(stem);
  }
  for (const ending of ['ing', 'ed']) {
    const stem = stripped(ending);
    if (stem === undefined) continue;
    forms.push(`${stem}e`);
    if (stem.length > 2 && stem.at(-1) === stem.at(-2)) forms.push(stem.slice(0, -1));
  }
  for (const ending of ['ies', 'ied']) {
    const stem = stripped(ending);
    if (stem !== undefined) forms.push(`${stem}y`);
  }
  return forms;
}

/**
 * The glossary's single words by natural's English Porter stem (session 12 amendment of ADR 0013):
 * the endings the hand rules above do not undo ("legally", "bullies") meet their word through the
 * maintained stemmer. A stem that two words with other Dutch share ("fire" for brand, "fired" for
 * ontslagen) is left out: it would guess. Each stem keeps the glossary word it came from, so that a
 * typed word is only read as the own forms of those words (isOwnForm).
 */
const BY_STEM: ReadonlyMap<
  string,
  { readonly words: readonly string[]; readonly dutch: readonly string[] }
> = (() => {
  const found = new Map<string, { words: string[]; dutch: readonly string[] } | null>();
  for (const [english, dutch] of ENGLISH_GLOSSARY) {
    if (english.includes(' ')) continue;
    const stem = englishStemmer.stem(english);
    const before = found.get(stem);
    if (before === undefined) found.set(stem, { words: [english], dutch });
    else if (before !== null && before.dutch.join(' ') !== dutch.join(' ')) found.set(stem, null);
    else before?.words.push(english);
  }
  return new Map(
    [...found].flatMap(([stem, entry]) => (entry === null ? [] : [[stem, entry] as const])),
  );
})();

/**
 * The word without an adverb's -ly or a noun's -ness, which keep its sense ("legally" → legal,
 * "happily" → happy, "homelessness" → homeless, "dizziness" → dizzy).
 */
function withoutLyOrNess(word: string): string[] {
  for (const ending of ['ly', 'ness']) {
    if (word.length < ending.length + 4 || !word.endsWith(ending)) continue;
    const bare = word.slice(0, -ending.length);
    return bare.endsWith('i') ? [bare, `${bare.slice(0, -1)}y`] : [bare];
  }
  return [];
}

/**
 * A short word without its -ing or -ed, with and without the e they drop ("owing" → ow, owe):
 * `baseForms` keeps the ending where less than three letters would be left, which is right for
 * reading the list as written ("sing" is no "s") but too strict to tell a form of a short verb.
 */
function shortVerbBases(word: string): string[] {
  for (const ending of ['ing', 'ed']) {
    if (!word.endsWith(ending)) continue;
    const rest = word.slice(0, -ending.length);
    if (rest.length >= 2) return [rest, `${rest}e`];
  }
  return [];
}

/**
 * Whether `typed` is one of glossary word `word`'s own forms, so that a shared Porter stem may read
 * it as that word (ADR 0013, session 19: own forms only). The stem also joins words of another
 * sense: "using" and "useful", "apartment" and "apart", "community" and "communication". A form
 * shares a base with the word once the inflection endings are undone ("owing" and "owe", "moves"
 * and "moving"), or is the word with an adverb's -ly or a noun's -ness. The bare base of an
 * inflected glossary word is not its form ("pass" is no "passed", "fine" no "fined", "out" no
 * "outing"): the glossary lists the inflected word for the sense only it has. A plural's singular
 * is ("girl" of "girls").
 */
export function isOwnForm(typed: string, word: string): boolean {
  const wordBases = baseForms(word);
  if (wordBases.slice(1).includes(typed)) {
    return (
      word === `${typed}s` ||
      word === `${typed}es` ||
      (typed.endsWith('y') && word === `${typed.slice(0, -1)}ies`)
    );
  }
  const typedBases = [...baseForms(typed), ...withoutLyOrNess(typed), ...shortVerbBases(typed)];
  return typedBases.some((base) => wordBases.includes(base));
}

const VOWELS = new Set('aeiouy');
/**
 * Whether `typed` is a common slip in writing `word`, one edit of the kinds English spelling
 * invites and no other: two neighbouring letters swapped ("recieve", "lonley"), a doubled letter
 * written once or a single one twice ("accomodation", "adress", "untill"), or one vowel for another
 * ("seperate", "independant"). A consonant for another is no slip: "rental" is not "mental",
 * "talking" is not "walking". Only for words of six letters or more, where one edit rarely makes
 * another word. With `anyLetter` (for a typed word that is no word at all, see slipOf) a letter
 * left out or added anywhere after the first is a slip too ("neigbour", "lonly"), and words of five
 * letters count. No maintained package reads English slips without a dictionary of all English;
 * the glossary is the only vocabulary here (ADR 0013, session 12 and session 20 amendments).
 */
export function isSpellingSlip(
  typed: string,
  word: string,
  options: { readonly anyLetter?: boolean } = {},
): boolean {
  const shortest = options.anyLetter === true ? ANY_LETTER_SHORTEST : 6;
  // A slip keeps the first letter: comparing only words that share it keeps the look-up cheap.
  if (typed === word || typed.length < shortest || word.length < shortest || typed[0] !== word[0]) {
    return false;
  }
  let at = 0;
  while (at < typed.length && typed[at] === word[at]) at += 1;
  if (typed.length === word.length) {
    // One vowel for another, or two neighbours swapped; the rest the same.
    if (typed.slice(at + 1) === word.slice(at + 1)) {
      return VOWELS.has(typed[at] as string) && VOWELS.has(word[at] as string);
    }
    return (
      typed[at] === word[at + 1] &&
      typed[at + 1] === word[at] &&
      typed.slice(at + 2) === word.slice(at + 2)
    );
  }
  const [longer, shorter] = typed.length > word.length ? [typed, word] : [word, typed];
  if (longer.length !== shorter.length + 1 || longer.slice(at + 1) !== shorter.slice(at)) {
    return false;
  }
  // The letter left out doubles its neighbour, or (a typed non-word) any letter.
  return (
    options.anyLetter === true || longer[at] === longer[at - 1] || longer[at] === longer[at + 1]
  );
}

/** The shortest words (typed and listed) a non-word's slip of any letter is read for. */
const ANY_LETTER_SHORTEST = 5;

/** The single words of the glossary by first letter and length, for reading a slip (isSpellingSlip). */
const SLIP_CANDIDATES: ReadonlyMap<string, readonly string[]> = (() => {
  const byStart = new Map<string, string[]>();
  for (const english of ENGLISH_GLOSSARY.keys()) {
    if (english.includes(' ') || english.length < ANY_LETTER_SHORTEST) continue;
    const key = `${english[0] as string}${String(english.length)}`;
    const list = byStart.get(key) ?? [];
    list.push(english);
    byStart.set(key, list);
  }
  return byStart;
})();

/**
 * The glossary word a typed word is a slip of, when exactly one is that near. Only for a typed word
 * that is no word of the English or Dutch lists (realWords.ts, the ones the typo corrector reads):
 * a word is meant as itself, not as its neighbour ("policy" is no police, "throat" no threat,
 * "concussion" no concession; ADR 0013, session 20 amendment). Such a non-word may be a slip of
 * any one letter left out or added.
 */
function slipOf(word: string): string | undefined {
  if (word.length < ANY_LETTER_SHORTEST || isRealWord(word)) return undefined;
  const found = new Set<string>();
  for (const length of [word.length - 1, word.length, word.length + 1]) {
    for (const candidate of SLIP_CANDIDATES.get(`${word[0] as string}${String(length)}`) ?? []) {
      if (isSpellingSlip(word, candidate, { anyLetter: true })) found.add(candidate);
    }
  }
  // Two words the slip could be: no guess.
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * The Dutch words for one folded English word, or for itself followed by the next word when the
 * two form a phrase of the list ("passed away", "hang out", "food bank"; the first word may carry an
 * ending: "hanging out"). A single word is read as written, then without its ending (baseForms, then
 * the Porter stem where the word is a form of the glossary word it meets), then as a spelling slip
 * of a word of the list ("recieve", "accomodation").
 * Undefined when the list does not know it.
 */
export function dutchFor(word: string, next?: string): readonly string[] | undefined {
  for (const form of baseForms(word)) {
    const found = ENGLISH_GLOSSARY.get(next === undefined ? form : `${form} ${next}`);
    if (found !== undefined) return found;
  }
  if (next !== undefined) return undefined;
  const stemmed = BY_STEM.get(englishStemmer.stem(word));
  if (stemmed?.words.some((own) => isOwnForm(word, own)) === true) return stemmed.dutch;
  const slip = slipOf(word);
  return slip === undefined ? undefined : ENGLISH_GLOSSARY.get(slip);
}

/**
 * Everyday English words and the Dutch words a sociale kaart uses for the same thing (ADR 0013,
 * eighth amendment). A question in English shares no word with an entry written in Dutch, so the
 * search reads an English message's words through this list as well: "my landlord keeps my
 * deposit" also searches "verhuurder", "huisbaas" and "borg", and the everyday-word rules of the
 * levensgebieden see them too. Written from the two languages, one everyday sense per word, not
 * from any kaart's questions or entries; a word with several common senses is left out or given
 * the sense a resident asking for help means. Keys are folded (lowercase, no accents), values are
 * Dutch words separated by spaces.
 */
const GLOSSARY = `
debt: schulden
debts: schulden
owe: schulden
bills: rekeningen
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
tenant: huurder
deposit: borg
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
mourning: rouw
died: overleden
passed: overleden
death: overlijden
burnout: burn-out
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
falling: vallen
independent: zelfstandig
cleaning: huishouden schoonmaken
clean: schoonmaken
household: huishouden
groceries: boodschappen
shopping: boodschappen
food: eten voedsel
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

export const ENGLISH_GLOSSARY: ReadonlyMap<string, readonly string[]> = parse(GLOSSARY);

/**
 * The Dutch words for one folded English word: the word itself, else without a plural or verb
 * ending ("neighbours", "drinking", "scared" → "neighbour", "drink", "scare"). Undefined when the
 * list does not know it.
 */
export function dutchFor(word: string): readonly string[] | undefined {
  const exact = ENGLISH_GLOSSARY.get(word);
  if (exact !== undefined) return exact;
  for (const ending of ['s', 'es', 'ing', 'ed', 'd']) {
    if (word.length > ending.length + 2 && word.endsWith(ending)) {
      const found = ENGLISH_GLOSSARY.get(word.slice(0, -ending.length));
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

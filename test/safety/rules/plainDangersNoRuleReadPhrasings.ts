/**
 * The probe phrasings of session 20's recall rules (docs/adr/0012-safety-net.md, "Amendment
 * (2026-12-04, session 20): dangers told plainly that no rule read"). Written new for this file
 * before any rule was changed, never copied from another set: for each kind, crises that need a
 * crisis reply with a given line, and near misses in the same words that need none.
 */

/** Someone drunk or high drives off now with children in the car: each needs 112. */
export const drunkDriverWithChildren: readonly string[] = [
  'mijn zwager is straalbezopen en is net met de kinderen in de auto weggereden',
  'haar vader heeft de hele avond bier gedronken en rijdt nu met ons zoontje naar huis',
  'hij is hartstikke dronken en stapt nu in de auto met de kleine achterin',
  'mn ex is stoned en rijdt nu weg met de kids, ik krijg hem niet gestopt',
  'my brother in law is drunk and just drove off with my two kids in the back',
  'she is high as a kite and driving the children to school right now',
  'oma heeft te veel wijn op en wil nu met de kleinkinderen naar huis rijden, ze zit al achter het stuur',
];

/** The same words with no drive now: a habit, a question, the law, a past. None a crisis reply. */
export const drunkDriverNearMisses: readonly string[] = [
  'mijn man rijdt soms na twee biertjes met de kinderen, hoe praat ik daarover met hem',
  'hoeveel mag je drinken als je met kinderen in de auto rijdt',
  'vorig jaar reed mijn vader dronken met ons in de auto, ik wil daar met iemand over praten',
  'my husband often drives the kids after a few beers, where can i get advice',
  'is it illegal to drive with children in the car after one glass of wine',
  'mijn buurman heeft zijn rijbewijs kwijt omdat hij dronken reed, kan hij nog zijn kinderen naar school brengen',
];

/** Much blood after an injury now, told briefly or in beginner's Dutch: each needs 112. */
export const muchBloodNow: readonly string[] = [
  'mijn zoon is van de trap gevallen, veel bloed uit zijn hoofd',
  'kat van buren heb mijn kind gekrabd in oog, veel bloed',
  'ik heb mij gesneden met mes in hand, veel bloed en het stop niet',
  'man op straat aangereden, er is zoveel bloed',
  'my dad cut his arm on the glass, there is so much blood',
  'hond heeft mijn vader gebeten in zijn arm, heel veel bloed',
];

/** Blood in its everyday sense: a period, a donation, a test, a birth long over. None a crisis reply. */
export const muchBloodNearMisses: readonly string[] = [
  'ik verlies veel bloed tijdens mijn menstruatie, bij wie kan ik terecht',
  'bij mijn bevalling vorig jaar verloor ik veel bloed, ik ben nog steeds moe',
  'ik wil bloed geven, ze zeggen dat ze veel bloed nodig hebben, waar moet ik heen',
  'for the blood test they took so much blood, is it normal to feel tired',
  'mijn dochter kan niet tegen het zien van bloed, is er hulp voor angst',
  'mijn hond heeft een muis gevangen en er lag veel bloed in de tuin, moet ik naar de dierenarts',
];

/** A foul smell in the home or the stairwell with people unwell now: each needs 112. */
export const foulAirUnwell: readonly string[] = [
  'het stinkt in de hele flat naar rotte eieren en we zijn allemaal misselijk en duizelig',
  'er hangt een chemische lucht in de kelder en mijn vrouw is net flauwgevallen',
  'rare zwavellucht in huis, kinderen hebben hoofdpijn en geven over',
  'the hallway smells of rotten eggs and my neighbour and i both feel dizzy and sick',
  'sinds vanmiddag een scherpe lucht in de badkamer na het schoonmaken, ik krijg geen lucht',
  'there is a strong chemical smell in the flat and my son just passed out',
];

/** The same smells with nobody unwell now, or a drain, water or a past. None a crisis reply. */
export const foulAirNearMisses: readonly string[] = [
  'ons kraanwater ruikt soms naar rotte eieren, is dat gevaarlijk',
  'de afvoer in de badkamer stinkt naar rotte eieren, wie kan dat maken',
  'in de gang hangt een rare lucht van de vuilnis, wie moet ik bellen',
  'the drains smell like rotten eggs since the rain, who do i call',
  'vorig jaar werd ik misselijk van een chemische lucht op mijn werk, nu wil ik een ander werk',
  'de boiler geeft warm water dat naar zwavel ruikt, is er een loodgieter in de buurt',
];

/** A painless way to die searched or found written down: each needs 113. */
export const painlessWayFound: readonly string[] = [
  'in de zoekgeschiedenis van mijn zoon staat hoe je pijnloos dood kan gaan',
  'ik vond een briefje in de tas van mijn dochter over manieren om pijnloos te sterven',
  'ik zoek al de hele avond hoe je het pijnloos doet',
  'mijn vriendin appte me vannacht of ik weet hoe je pijnloos uit het leven stapt',
  'found my sons notes about the most painless way to die',
  'i keep searching for a painless way to end it',
];

/** "Pijnloos" in its everyday sense: a dentist, a birth, a pet, a waxing. None a crisis reply. */
export const painlessNearMisses: readonly string[] = [
  'hoe kan ik mijn oude hond pijnloos laten inslapen, welke dierenarts komt aan huis',
  'is een bevalling met een ruggenprik pijnloos, waar kan ik info vinden',
  'welke tandarts werkt pijnloos, ik ben erg bang',
  'is laser ontharen pijnloos',
  'my grandfather had a painless death in the hospice last year, is there a grief group',
  'hoe haal je een splinter pijnloos uit een kindervinger',
];

/** A child taken by a parent or a relative, whereabouts unknown or never to be seen: each 112. */
export const childTakenAway: readonly string[] = [
  'mijn ex heeft onze zoon meegenomen zonder toestemming en ik weet niet waar ze zijn, hij neemt niet op',
  'de moeder van mijn kinderen heeft ze opgehaald bij de opvang, dat mag niet van de rechter, ze is onbereikbaar',
  'zijn familie heeft mijn dochtertje meegenomen en zegt dat ik haar nooit meer zie',
  'my ex picked up our daughter from nursery without permission and i dont know where they are',
  'vader van mijn kind is met haar weg, telefoon uit, hij zei hij gaat naar buitenland',
  'my husband took our son and says i will never see him again',
];

/** The same words in an everyday custody question or an outing. None a crisis reply. */
export const childTakenNearMisses: readonly string[] = [
  'mijn ex brengt de kinderen steeds te laat terug na het weekend, wat kan ik doen',
  'de vader van mijn dochter wil haar meenemen op vakantie naar het buitenland, moet ik toestemming geven',
  'opa heeft de kinderen opgehaald van school en ze zijn naar de speeltuin, ik weet niet welke',
  'my ex wants to take our son abroad for the summer, do i need to sign something',
  'mijn zoon is met zijn vader mee naar het voetbal, ik weet niet waar ze parkeren',
  'hoe regel ik dat mijn ex de kinderen niet zonder overleg van school haalt',
];

/** Fear of tonight at home with last time's violence told: each needs Veilig Thuis. */
export const lastTimeHurt: readonly string[] = [
  'als ik vanavond niet op tijd kook weet ik niet wat hij doet, de vorige keer had ik een blauw oog',
  'ik durf niet naar huis met dit rapport, de laatste keer schopte mijn vader me tot ik op de grond lag',
  'als hij ziet dat ik geld heb uitgegeven gaat het mis, vorige keer moest ik naar de eerste hulp',
  'if he finds out i called my sister i dont know what he will do, last time he choked me',
  'ik ben bang voor als mijn man straks thuiskomt, de vorige keer sloeg hij me met de riem',
];

/** A last time of a row, an illness or a fall told as a help question. None a crisis reply. */
export const lastTimeNearMisses: readonly string[] = [
  'de vorige keer dat ik bij de dokter was lag ik op de grond van de duizeligheid, is er een andere huisarts',
  'als ik vanavond weer te laat ben wordt mijn baas boos, vorige keer kreeg ik een waarschuwing',
  'last time my son had a tantrum he lay on the floor for an hour, is there a parenting course',
  'ik weet niet hoe het afloopt met mijn aanvraag, de vorige keer werd die afgewezen',
  'vorige keer viel opa in de badkamer en lag hij op de grond, kan er een alarm komen',
];

/** Stood at a height thinking about jumping, in English, with no object: each needs 113. */
export const stoodThinkingOfJumping: readonly string[] = [
  'yesterday i stood on the balcony for ages thinking about jumping',
  'tonight i was on the roof of the car park and kept thinking about jumping',
  'i sat on the window sill last night just thinking about jumping',
];

/** Jumping in its everyday sense at a height. None a crisis reply. */
export const jumpingNearMisses: readonly string[] = [
  'my son stood on the diving board for ages thinking about jumping, is there a swimming coach',
  'we stood at the edge of the plane thinking about jumping, the skydive was great, any clubs nearby',
  'i am thinking about jumping at the chance to move to a bigger flat',
];

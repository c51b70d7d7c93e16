import { describe, expect, it } from 'vitest';
import { detectCrisis } from '../../../src/safety/detectCrisis.js';
import { acuteBodyDanger } from '../../../src/safety/rules/acuteBody.js';
import { acuteEdgeDanger, acuteEdgeSuicide } from '../../../src/safety/rules/acuteEdge.js';
import { acuteOthersAbuse, acuteOthersDanger } from '../../../src/safety/rules/acuteOthers.js';
import { firedIn } from './ruleFileCheck.js';

const rules = [
  ...acuteBodyDanger,
  ...acuteEdgeDanger,
  ...acuteEdgeSuicide,
  ...acuteOthersDanger,
  ...acuteOthersAbuse,
];

/** A crisis in an acute moment, told in new words, and the rule of this file that must read it. */
const crises: readonly (readonly [string, string])[] = [
  ['mijn zoon kreeg een druif in zijn keel en zijn lippen worden blauw', 'danger.throat-blocked'],
  ['my wife is choking on a piece of steak and cant breathe', 'danger.throat-blocked'],
  ['de peuter heeft een knoopcelbatterij ingeslikt uit de weegschaal', 'danger.battery-swallowed'],
  ['my daughter swallowed a few magnets from her brothers toy', 'danger.battery-swallowed'],
  [
    'my son swallowed a coin battery twenty minutes ago and keeps drooling',
    'danger.battery-swallowed',
  ],
  [
    'mijn zus heeft een toeval en ligt al zeven minuten te schokken op de vloer',
    'danger.fit-goes-on',
  ],
  ['my mate is having a seizure for five minutes now and hes not responding', 'danger.fit-goes-on'],
  [
    'mijn dochter is suf en heeft rode puntjes die niet weggaan als ik erop druk',
    'danger.rash-stays-when-pressed',
  ],
  ['she has the worst headache of her life and keeps throwing up', 'danger.worst-headache'],
  [
    'ik ben 34 weken zwanger, barstende hoofdpijn en ik zie lichtflitsen',
    'danger.pregnant-headache-warning',
  ],
  [
    'zijn borst voelt alsof er een auto op staat en hij is grauw en klam',
    'danger.chest-like-a-weight',
  ],
  [
    'na een hap van de pindakoek voelt mijn keel strak en dik',
    'danger.throat-swelling-after-allergen',
  ],
  [
    'de elektricien kreeg een elektrische schok en ligt roerloos op de zolder',
    'danger.electric-shock-not-answering',
  ],
  ['mijn oma praat lallend en haar halve gezicht hangt', 'danger.speech-goes-strange'],
  [
    'ik ben diabeet en ineens zweet ik en is alles wazig, ik ben alleen',
    'danger.diabetic-low-alone',
  ],
  ['er komt bloed uit haar oor na de val en ze reageert niet', 'danger.head-bleeds-no-answer'],
  ['mijn buurman ligt sinds zondag in de gang, hij is gevallen', 'danger.down-since-a-day'],
  [
    'ik zit op het dak van de flat met mijn benen over de rand, ik kan niet meer',
    'suicide.over-the-edge-high',
  ],
  ['als de sprinter komt stap ik ervoor, ik sta op het spoor', 'suicide.own-last-step'],
  [
    'the garage door is shut and the engine is running, i just want to sleep',
    'danger.engine-in-shut-garage',
  ],
  ['ik lig in bad met de scheermesjes naast me', 'suicide.bath-with-blades'],
  ['mijn zoon belde om afscheid te nemen en hij zit op de brug', 'suicide.farewell-from-edge'],
  ['ik ben met mijn dialyse gestopt zodat het voorbij is', 'suicide.medicine-stopped-to-end'],
  [
    'twee kerels bonken op mijn deur, ze roepen dat ze me in elkaar slaan, ze gaan niet weg',
    'danger.harm-threat-there-now',
  ],
  [
    'mijn ex gooit benzine tegen de voordeur en zegt dat hij het huis in de fik steekt',
    'abuse.partner-threat-to-burn',
  ],
  [
    'een jongen houdt een mes tegen de keel van een meisje op het plein',
    'danger.sharp-thing-held-to-person',
  ],
  [
    'a man grabbed a boy into a car outside the school, the boy was screaming',
    'danger.child-pulled-into-vehicle',
  ],
  ['the man is shaking his baby really hard on the tram', 'abuse.baby-shaken-now'],
  [
    'de peuter van hiernaast is al twee dagen alleen, ik hoor hem huilen',
    'danger.very-young-alone-for-days',
  ],
  [
    'een dreumes zit in de vensterbank van een open raam op de derde verdieping',
    'danger.child-at-window-high',
  ],
  [
    'theres a toddler strapped in a car with the windows up, 28 degrees and nobody around',
    'danger.child-in-shut-car-heat',
  ],
  [
    'een kleuter staat alleen aan de waterkant van de vijver, geen ouder te zien',
    'danger.toddler-alone-at-water',
  ],
  ['papa ligt op de badkamervloer en hij wordt niet wakker', 'danger.lies-on-floor-no-answer'],
  ['mijn zusje heeft tabletten van mama ingeslikt', 'danger.child-ate-pills'],
  [
    'er loopt een vreemde man in ons huis en ik zit in de kast',
    'danger.stranger-in-house-child-hides',
  ],
];

describe('crises in acute moments, told in lay words', () => {
  it.each(crises)('"%s" is read by %s', (text, id) => {
    expect(firedIn(rules, text)).toContain(id);
  });

  it('a wish to die told by its place gets 112 and 113', () => {
    expect(detectCrisis('ik sta aan de verkeerde kant van de reling op het balkon').kinds).toEqual([
      'danger',
      'suicide',
    ]);
  });

  it('a partner threatening to burn the house gets 112 and Veilig Thuis', () => {
    expect(
      detectCrisis('mijn man staat met benzine in de gang en zegt dat hij alles in brand steekt')
        .kinds,
    ).toEqual(['danger', 'abuse']);
  });
});

/** The same words in a help question, a habit, a past, a what-if, a story or an everyday job. */
const nearMisses = [
  'hoe lang mag een koortsstuip duren voordat je de huisarts belt',
  'mijn zoon heeft een blauw snoepje ingeslikt, is kleurstof schadelijk',
  'vorige week verslikte mijn vader zich en werd hij paars, nu is hij weer in orde',
  'wat moet ik doen als mijn kind een batterij inslikt, ik wil het weten voor het geval dat',
  'mijn dochter heeft twee jaar geleden een batterijtje ingeslikt, nu wil ik een kindveilige afstandsbediening',
  'de wasmachine schudt al tien minuten en staat bijna van de vloer af',
  'mijn hond trilt al minuten en komt niet bij zijn mand, welke dierenarts is open',
  'ik lag van het lachen al vijf minuten te trillen op de grond',
  'mijn zoon praat ineens heel raar sinds hij op de middelbare zit, allemaal straattaal',
  'mijn opa praat onduidelijk als hij moe is, kan de logopedist aan huis komen',
  'ik heb diabetes en soms ga ik ineens trillen en zweten, is er een diëtist',
  'na het sporten voelt mijn borst als beton en ben ik kortademig, normaal?',
  'mijn moeder ligt sinds gisteren met griep in bed, kan de thuiszorg boodschappen doen',
  'ik zit graag op de kade met mijn benen over de rand te vissen',
  'ik spring even langs de apotheek en dan kom ik naar je toe op de brug',
  'im going to jump on the train to the bridge festival, see you there',
  'ik laat de motor even warmdraaien in de garage want het vriest',
  'ik lig in bad en mijn scheermesjes zijn op, waar koop ik goedkope',
  'we nemen afscheid op het dak van het kantoor want mijn collega gaat met vakantie',
  'ik ben bewust gestopt met mijn pillen in overleg met de huisarts',
  'ik moet mijn huiswerk afmaken en de pakketbezorger staat aan de deur',
  'ik pak je straks op van school, ik sta voor de deur om drie uur',
  'ik zoek lucifers om de kaarsjes in brand te steken',
  'de man houdt een hamer tegen de muur om een spijker voor het schilderij te slaan',
  'ik schud de baby zachtjes heen en weer in slaap',
  'ik zit al twee dagen alleen thuis met de baby want mijn man is op reis',
  'ik wil een raamslot omdat mijn peuter op de vensterbank van het open raam klimt, derde verdieping',
  'ik ga met mijn peuter alleen naar de vijver om de eendjes te voeren',
  'de hond ligt op de grond en beweegt niet meer, hij is oud, welke dierenarts',
  'mijn zoontje heeft zijn eigen pillen netjes ingeslikt vandaag',
  'er is een man in ons huis die ik niet ken, van de woningcorporatie, voor de meterkast',
  'in de film zit een baby in een hete auto met de ramen dicht en niemand erbij',
];

describe('acute-moment words in a help question, a past, a what-if, a story or a job', () => {
  it.each(nearMisses)('no rule of this file on "%s"', (text) => {
    expect(firedIn(rules, text)).toEqual([]);
  });
});

/** Ten thousand characters and more: `unit` over and over, then `end`. */
const long = (unit: string, end = '') => unit.repeat(Math.ceil(10_000 / unit.length)) + end;

// A hang guard, not a timing test: a pattern that backtracks without end on a long repeated
// message would run past the test timeout. Speed itself is measured by `npm run bench:safety`.
describe('acute-moment rules in a long, hostile message', () => {
  it.each([
    'in zijn keel ',
    'vlekjes die ',
    'benen over het ',
    'in het bad met ',
    'houdt een man met ',
    'peuter zit in ',
    'de kleine heeft pillen ',
  ])('no rule on "%s" over and over', (unit) => {
    expect(firedIn(rules, long(unit))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../../src/safety/assessSafety.js';
import type { CrisisKind } from '../../../src/safety/crisisKind.js';
import {
  unforeseenNowAbuse,
  unforeseenNowDanger,
  unforeseenNowSuicide,
} from '../../../src/safety/rules/unforeseenNow.js';
import { checkNearMisses, checkRuleFile, firedIn } from './ruleFileCheck.js';

const rules = [...unforeseenNowDanger, ...unforeseenNowSuicide, ...unforeseenNowAbuse];

/**
 * Crises in classes no earlier rule named (ADR 0012, session 25, recall25), in words written for
 * this test (not the dev probe's), each with the rule that must read it and the line it needs.
 * Before these rules each got a check or nothing; now a crisis reply at once.
 */
const crises: readonly (readonly [string, string, CrisisKind])[] = [
  [
    'ik was de badkuip aan het poetsen met wc reiniger en bleekwater tegelijk, nu ben ik duizelig en mijn longen branden',
    'danger.chemicals-mixed-airway-now',
    'danger',
  ],
  [
    'cleaning the shower i mixed chlorine and vinegar, now my throat burns and i feel dizzy',
    'danger.chemicals-mixed-airway-now',
    'danger',
  ],
  [
    'bij de loods staat een koelwagen en ik hoor iemand van binnen om hulp roepen',
    'danger.people-shut-in-load-space',
    'danger',
  ],
  [
    'there is a lorry at the lay-by and someone inside keeps knocking on the walls',
    'danger.people-shut-in-load-space',
    'danger',
  ],
  [
    'mijn schoonvader at vanmiddag zelfgeplukte paddenstoelen en nu is hij heel misselijk en duizelig',
    'danger.wild-mushrooms-eaten-signs-now',
    'danger',
  ],
  [
    'de kinderen hebben besjes uit de berm gegeten en nu braakt de kleinste',
    'danger.wild-plants-eaten-signs-now',
    'danger',
  ],
  [
    'mijn neefje deed met vrienden de pass out challenge en nu reageert hij niet',
    'danger.breath-game-state-now',
    'danger',
  ],
  [
    'er wandelt een verwarde vrouw over de vluchtstrook richting de afrit',
    'danger.on-foot-on-motorway',
    'danger',
  ],
  [
    'opa heeft sinds dinsdag longontsteking en nu is hij gevlekt op zijn benen en heeft hij vandaag niet geplast',
    'danger.infection-spreading-signs',
    'danger',
  ],
  [
    'mijn peuter maakt een gierend geluid bij het inademen en zijn lipjes worden blauw',
    'danger.small-child-fights-for-breath',
    'danger',
  ],
  [
    'een jongen spoot net iets bijtends in het gezicht van mijn zoon bij de bushalte',
    'danger.corrosive-at-the-face',
    'danger',
  ],
  [
    'de buurman bindt zijn moeder elke ochtend vast aan haar stoel voor hij naar zijn werk gaat',
    'abuse.person-tied-up',
    'abuse',
  ],
  [
    'mijn zwager houdt zijn vader de hele dag suf met slaappillen zodat hij niet klaagt',
    'abuse.kept-drowsy-with-pills',
    'abuse',
  ],
  [
    'mijn buurvrouw zei me dat ze haar tabletten allemaal tegelijk gaat nemen, ze is het zat',
    'suicide.all-at-once-to-come',
    'suicide',
  ],
  [
    'my grandad says he will take all his pills at once after the funeral',
    'suicide.all-at-once-to-come',
    'suicide',
  ],
  [
    'sinds mijn vrouw overleden is wil ik de zee in lopen en niet meer terugkomen',
    'suicide.into-the-water-with-loss',
    'suicide',
  ],
  [
    'het koord hangt al aan de haak in de garage, ik hoef niet meer',
    'suicide.means-hung-ready-with-loss',
    'suicide',
  ],
  [
    'de arts weigerde mijn euthanasie, dan regel ik het zelf met wat ik heb gespaard',
    'suicide.death-refused-own-way',
    'suicide',
  ],
];

/** The same words in everyday use, a question, a precaution or a past: no rule of the file fires. */
const nearMisses: readonly string[] = [
  'welke schoonmaakmiddelen kan ik beter niet mengen, ik word snel duizelig van sterke luchtjes',
  'waar kan ik een container huren voor het puin van de verbouwing',
  'we gaan paddenstoelen zoeken met een gids, hoe weet je welke giftig zijn',
  'de kinderen hebben vorige zomer bessen uit het bos gegeten en waren misselijk, nu gaat het goed',
  'onze kinderen doen een spel wie het langst de adem inhoudt in het zwembad, is dat gevaarlijk',
  'ik stond twee uur in de file op de snelweg bij de afrit',
  'mijn vader heeft een wond aan zijn voet met rode vlekken, kan de wijkverpleging komen',
  'mijn dochter van 3 jaar piept als ze verkouden is, moet ik naar de huisarts',
  'het touw hangt al aan de boom, de schommel is klaar voor de kleinkinderen',
  'de huisarts wil niet meewerken aan euthanasie, hoe vind ik een andere arts die het zelf wil doen',
  'in de zomer lopen we met de kinderen de zee in',
  'mijn moeder wil haar pillen allemaal tegelijk innemen bij het ontbijt, mag dat',
  'mijn dochter zit vastgebonden in haar autostoeltje en huilt de hele rit',
  'in het hospice houden ze mijn vader rustig met medicijnen van de arts',
  'ik kreeg ontkalker over mijn handen, het prikt een beetje',
  'mijn zoontje gooide net zand in het gezicht van zijn zusje',
];

describe('crises in classes no earlier rule named (ADR 0012, session 25)', () => {
  it.each(crises)('%s → %s', (text, id, kind) => {
    expect(firedIn(rules, text)).toContain(id);
    const result = assessSafety(text);
    expect(result.outcome).toBe('crisis');
    expect(result.kinds).toContain(kind);
  });

  it.each(nearMisses)('no rule of the file fires on "%s"', (text) => {
    expect(firedIn(rules, text)).toEqual([]);
  });

  it('each rule file is sound and no rule fires on a near miss of the safety set', () => {
    const examples = (kind: CrisisKind) =>
      Object.fromEntries(
        crises.filter(([, , k]) => k === kind).map(([text, id]) => [id, text] as const),
      );
    checkRuleFile(unforeseenNowDanger, 'danger', examples('danger'));
    checkRuleFile(unforeseenNowSuicide, 'suicide', examples('suicide'));
    checkRuleFile(unforeseenNowAbuse, 'abuse', examples('abuse'));
    checkNearMisses(rules);
  });
});

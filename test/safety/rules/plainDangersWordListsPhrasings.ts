/**
 * Probe phrasings for recall20b (docs/adr/0012-safety-net.md, "Amendment (2026-12-04, session 20):
 * the gaps recall20 left, as classes"). Written new for this branch, before it was scored, never
 * copied from another set: crises told with the drink, child and smell words the lists lacked, and
 * near misses in the same words that must not get a crisis reply.
 */

/** Crises of the three classes, each with the lines it needs. */
export const gapCrises: readonly (readonly [
  string,
  readonly ('danger' | 'suicide' | 'abuse')[],
])[] = [
  ['mijn stiefvader heeft gedronken en rijdt nu weg met mijn broertje', ['danger', 'abuse']],
  ['oom heeft flink gedronken en gaat nu rijden met de kleintjes achterin', ['danger', 'abuse']],
  [
    'ze zit al de hele dag te drinken en rijdt nu met de dreumes naar de winkel',
    ['danger', 'abuse'],
  ],
  ['mijn ex heeft gesnoven en is net weggereden met ons zusje in de auto', ['danger', 'abuse']],
  ['my uncle has been drinking and just drove off with my baby sister', ['danger', 'abuse']],
  [
    'mum had a few drinks and is driving my younger brother to football right now',
    ['danger', 'abuse'],
  ],
  ['her boyfriend is on drugs and is about to drive off with the newborn', ['danger', 'abuse']],
  ['het hele huis stinkt naar chloor en mijn vader is duizelig en misselijk', ['danger']],
  ['in de gang ruikt het sterk naar ammoniak en de kinderen moeten overgeven', ['danger']],
  ['the flat reeks of bleach and my grandma just fainted', ['danger']],
  ['it smells like chemicals in the hallway and my son is throwing up and dizzy', ['danger']],
  ['giftige dampen in de keuken, mijn vrouw krijgt geen lucht', ['danger']],
];

/** Near misses in the same words. None may get a crisis reply. */
export const gapNearMisses: readonly string[] = [
  'mijn opa heeft bijna niks gedronken vandaag, hoe krijg ik hem aan het drinken',
  'mijn man heeft gedronken dus ik rijd vanavond zelf met de kinderen naar huis, is er een taxi',
  'mag je rijden als je twee biertjes hebt gedronken, ik heb kleine kinderen',
  'my brother used to drive drunk with his kids, how do i report it',
  'my little brother drives me to school every day, is there a bus pass for students',
  'het zwembad ruikt naar chloor en mijn dochter wordt er misselijk van, is er een ander bad',
  'onze nieuwe vloer stinkt naar chemicaliën, ik krijg er hoofdpijn van, mag de verhuurder dat',
  'my nail polish smells of chemicals and i feel a bit dizzy, is that normal',
  'the cleaner left the bathroom smelling of bleach, who do i complain to',
  'vorig jaar rook het in de kelder naar ammoniak en werd ik duizelig, nu is het opgelost',
  'mijn buurman helpt me met de tuin, waar kan ik groenafval kwijt',
];

import { describe, it } from 'vitest';
import { expectFired, expectNotFired } from './ruleExpectations.js';

/**
 * The twenty-second round's rule precision (docs/adr/0012-safety-net.md): two rules answered an
 * ordinary help question with a crisis reply, on words that meant something else there. Each rule
 * is made precise in its own pattern, so beside every message that no longer fires stand crises
 * with the same words that still do. Written for this test in new voices (a daughter-in-law, a
 * neighbour, a couple that quarrels over money, a stepchild), never taken from a corpus round, the
 * frozen test, an unseen round, a kaart or an issue. The concern model still reads each of these
 * messages and may ask.
 */
describe('danger.heart-stroke and an attack told as the cause of a care need', () => {
  it('does not read a stroke or heart attack "gehad" before a need of daily care as happening now', () => {
    expectNotFired('danger.heart-stroke', [
      'mijn schoonvader heeft een kleine beroerte gehad en redt het huishouden niet meer, wie kan er komen helpen',
      'mijn man heeft een hartinfarct gehad en mag van de dokter geen boodschappen meer sjouwen, is er een bezorgdienst',
      'onze buurvrouw heeft een herseninfarct gehad en zoekt een scootmobiel, waar vraag je die aan',
      'mijn oom heeft een hartaanval gehad en heeft nu hulp bij het aankleden nodig, hoe regel ik dat',
    ]);
  });

  it('still fires on an attack now, just now, guessed at or with an ambulance, even beside a care need', () => {
    expectFired('danger.heart-stroke', [
      'mijn opa heeft zojuist een beroerte gehad en kan zijn arm niet meer bewegen',
      'mijn schoonmoeder heeft vanmiddag een herseninfarct gehad, wie doet nu haar boodschappen',
      'volgens mij heeft mijn vader een beroerte, zijn mond hangt scheef',
      'mijn broer heeft denk ik een hartaanval gehad en heeft hulp nodig, hij is grauw',
      'mijn vriendin heeft een beroerte gehad en de ambulance komt, wie kan de boodschappen doen',
      'mijn buurman krijgt een hartaanval',
      'my dad is having a stroke',
    ]);
  });
});

describe('abuse.violence-in-household and a negated future in a quarrel', () => {
  it('does not read "zal/gaat/zou ... niet slaan" as violence', () => {
    expectNotFired('abuse.violence-in-household', [
      'mijn vriend en ik maken veel ruzie over geld, hij gaat me heus niet slaan maar ik wil leren praten zonder te schreeuwen',
      'ze zal de kinderen echt niet slaan, maar ze schreeuwt wel veel sinds de verhuizing',
      'hij zal mij niet slaan hoor, het gaat om de schulden waar we steeds ruzie over hebben',
      'mijn vrouw zou me niet schoppen, ze is alleen erg boos over de rekeningen',
    ]);
  });

  it('still fires when it happened before, is feared, threatened or set as a condition', () => {
    expectFired('abuse.violence-in-household', [
      'hij belooft dat hij me niet meer zal slaan',
      'mijn man zal me niet meer slaan zegt hij, maar ik geloof hem niet',
      'ze gaat me toch niet slaan als ik thuiskom',
      'hij zal me niet slaan zolang ik doe wat hij zegt',
      'mijn stiefvader dreigt ons te slaan',
      'mijn vriend zal me nooit slaan, zegt hij, maar gisteren duwde hij me',
      'my husband threatens to hit me',
      'he promised he would not hit me again',
    ]);
  });
});

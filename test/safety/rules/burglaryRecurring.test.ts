import { describe, it } from 'vitest';
import { expectFired, expectNotFired } from './ruleExpectations.js';

/**
 * Burglaries that keep happening in the street are a question for buurtpreventie, not for 112
 * (docs/adr/0012-safety-net.md, "Burglaries that keep happening"); a burglary going on now, in
 * any words, stays `danger.intruder`. Phrasings written for this test, not taken from a kaart.
 */
describe('danger.intruder and a burglary that keeps happening', () => {
  it('does not send a resident who asks how to act against recurring burglaries to 112', () => {
    expectNotFired('danger.intruder', [
      'er wordt steeds ingebroken in de bergingen achter onze flat, kunnen we samen iets regelen',
      'de laatste tijd wordt er veel ingebroken in de wijk, wat kunnen we als bewoners doen',
      'bij ons in het hofje is al drie keer ingebroken, wie weet een buurtpreventie',
      'in de straat wordt telkens ingebroken in auto’s, hoe beginnen we een buurtapp',
      'the sheds in our block keep getting burgled lately, how do we start a neighbourhood watch',
    ]);
  });

  it('still answers a burglary that is happening now with 112, recurring or not', () => {
    expectFired('danger.intruder', [
      'er wordt steeds ingebroken en nu hoor ik iemand beneden in de kamer',
      'er wordt nu ingebroken bij de buren, ik hoor glas breken',
      'er breekt iemand in, ik zit verstopt op zolder',
      'someone keeps breaking in and I can hear him downstairs right now',
      'er wordt ingebroken bij ons, snel',
    ]);
  });
});

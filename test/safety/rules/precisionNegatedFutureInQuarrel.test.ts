import { describe, it } from 'vitest';
import { expectFired, expectNoneFired } from './ruleExpectations.js';

/**
 * The twenty-third round's rule precision (docs/adr/0012-safety-net.md): a negated future said in
 * a quarrel still got a crisis reply in English and from the bystander's infinitive rule, after
 * the twenty-second round had read it in abuse.violence-in-household's Dutch. Each rule is made precise in its own pattern, so beside
 * every message that no longer fires stand crises with the same words that still do. Written for
 * this test in new voices (a tired couple over the rent, a stepmother, a divorced father, a
 * teenager, a neighbour), never taken from a corpus round, the frozen test, an unseen round, a
 * kaart or an issue. The concern model still reads each of these messages and may ask.
 */
const englishRules = ['abuse.hit-victim-en', 'abuse.violence-in-household'];

describe('abuse.hit-victim-en and abuse.violence-in-household on an English negated future', () => {
  it('does not read "won\'t / will not / is not going to hit" as violence', () => {
    expectNoneFired(englishRules, [
      'my partner and i fight about the rent all the time, he wont hit me but the shouting is too much',
      'she would not hurt our son, she is just exhausted since the baby came',
      'my husband is not going to beat me, we only need someone to help us with the debts',
      'my girlfriend gets moody but she will not hit me, can someone teach us to talk calmly',
    ]);
  });

  it('still fires when it happened before, is feared, promised, conditional or never', () => {
    expectFired('abuse.hit-victim-en', [
      'my boyfriend swore he wont hit me again',
      'he will not hit me anymore, he says, but last night he pushed me against the wall',
      'she says she wont hurt me as long as i give her my bank card',
      'i hope my dad will not hit my brother tonight',
      'my stepdad is never going to hit me, he says, but he raised his fist',
      'he wont hit me this time, will he',
      'i am scared my husband will beat me when he gets home',
      'my wife hits our son',
      'he will not hurt me, he swore on his mothers grave',
    ]);
    expectFired('abuse.violence-in-household', [
      'my husband wont hit me unless i talk back',
      'he says he will not hit me but i am afraid of him',
      'he wont hit me, he only pushes me',
      'my wife would not beat me in front of her parents',
    ]);
  });
});

describe('abuse.victim-infinitive and abuse.violence-in-household on a Dutch negated future', () => {
  it('does not read "zal / gaat / zou ... niet slaan" after a household member as violence', () => {
    expectNoneFired(
      ['abuse.victim-infinitive', 'abuse.violence-in-household'],
      [
        'mijn vrouw zal onze dochter niet slaan, maar ze is wel heel streng geworden',
        'mijn vriend gaat mijn zoon heus niet slaan, ik zoek alleen opvoedtips voor ons samen',
        'mijn ex zou de kinderen niet schoppen, het gaat om de omgangsregeling',
      ],
    );
  });

  it('still fires when it happened before, is feared, threatened, conditional or never', () => {
    expectFired('abuse.victim-infinitive', [
      'ik denk dat mijn vader mijn moeder gaat slaan vanavond',
      'mijn vader zal mijn moeder nooit slaan, zegt hij, maar ik hoorde haar huilen',
      'mijn broer dreigt mijn zus te schoppen',
      'mijn stiefvader zal mijn moeder niet slaan als ik doe wat hij zegt',
      'ik hoor elke nacht de buurman zijn vriendin slaan',
    ]);
    expectFired('abuse.violence-in-household', [
      'ik ben bang dat mijn vriend de kinderen weer gaat slaan',
      'mijn man zal onze dochter niet meer slaan, zegt hij',
      'hij zal onze zoon niet slaan zolang ik thuis blijf',
    ]);
  });
});

describe('abuse.violence-in-household: a Dutch negated future that holds only sometimes', () => {
  // Lead's addition to the twenty-third round: "niet slaan waar de kinderen bij zijn" says it
  // happens elsewhere, as the English "where" and "in front of" already did.
  it('still fires when it is limited to a place, a time or a witness, or is promised', () => {
    expectFired('abuse.violence-in-household', [
      'hij zal me heus niet slaan waar mijn ouders bij zijn',
      'mijn vriend gaat me niet slaan in het bijzijn van de buren',
      'ze zal me niet slaan wanneer de kinderen wakker zijn',
      'hij gaat me niet nog een keer slaan',
      'hij zal me niet slaan deze keer, heeft hij gezworen',
    ]);
  });
});

import { describe, it } from 'vitest';
import { expectFired, expectNotFired } from './ruleExpectations.js';

/**
 * The twentieth round's rule precision (docs/adr/0012-safety-net.md): six rules answered an
 * ordinary help question with a crisis reply, on words that meant something else there. Each rule
 * is made precise in its own pattern, so beside every message that no longer fires stand crises
 * with the same words that still do. Written for this test in new voices (a sister-in-law, a young
 * mother with forms, a man whose wife leaves, a girl of eleven, a widow's son), never taken from a
 * corpus round, the frozen test, an unseen round, a kaart or an issue. The concern model still
 * reads each of these messages and may ask.
 */
describe('danger.unresponsive and someone who does not answer the phone', () => {
  it('does not read not answering calls, or a shop that does not answer, as unresponsive', () => {
    expectNotFired('danger.unresponsive', [
      'mijn schoonzus reageert niet meer op telefoontjes sinds de verjaardag, is er iemand die kan bemiddelen',
      'onze zoon reageert niet als ik hem bel of app, hij is boos over het geld van de studie',
      'mijn neef reageert nergens op gebel over de auto die hij heeft geleend',
      'de webshop reageert niet en het pakket voor mijn dochter is nooit gekomen',
      'the shop is not responding about my refund for the pram',
    ]);
  });

  it('still fires on a person who does not respond, a door or a person lying beside the call', () => {
    expectFired('danger.unresponsive', [
      'opa reageert niet als ik hem roep en hij ligt op de bank',
      'mijn buurman doet de deur niet open en reageert niet op bellen, ik zie hem door het raam',
      'mijn tante reageert niet op bellen en ligt op de vloer van de badkamer',
      'de verhuurder reageert niet en mijn huisgenoot is bewusteloos',
      'mijn zus reageert niet meer, ze ademt wel',
    ]);
  });
});

describe('danger.missing and "de weg kwijt" said figuratively', () => {
  it('does not read being lost in forms, rules or life as a missing child', () => {
    expectNotFired('danger.missing', [
      'sinds mijn tweede kindje er is ben ik de weg een beetje kwijt met alle formulieren',
      'ik raak echt de weg kwijt in de regelingen voor de kinderbijslag van mijn peuter',
      'mijn dochter van 9 is de weg kwijt in het leven sinds de verhuizing, wie kan met haar praten',
      'we zijn helemaal de weg kwijt bij de aanvraag voor een plek voor ons kind op de opvang',
    ]);
  });

  it('still fires on a child or a person with dementia lost outdoors', () => {
    expectFired('danger.missing', [
      'mijn dochtertje van 5 is de weg kwijt geraakt op de camping',
      'we zijn met ons kindje de weg kwijt in het bos en het wordt al donker',
      'mijn vader met dementie is de weg kwijt en belt me vanuit een bushokje',
      'ons kind is de weg kwijt op weg naar school',
    ]);
  });
});

describe('suicide.not-go-on and a partner who ends the relationship', () => {
  it('does not read a partner who "wil niet meer verder" in a story of separating as a crisis', () => {
    expectNotFired('suicide.not-go-on', [
      'mijn man wil niet meer verder, hoe maken we een omgangsregeling voor de kinderen',
      'mijn echtgenote wil niet meer verder en we gaan uit elkaar, wie helpt met de papieren',
      'mijn partner wil niet meer verder, moeten we nu een mediator nemen',
      'mijn vriendin wil niet meer verder en ik weet niet wat we eerst moeten regelen met het huurhuis',
    ]);
  });

  it('still fires on a partner without a story of separating, and on the writer even with one', () => {
    expectFired('suicide.not-go-on', [
      'mijn man wil niet meer verder, hij eet niet meer en zegt dat niemand hem mist',
      'mijn vrouw wil niet meer verder en wil alles regelen voor ze gaat',
      'ik wil niet meer verder, ook al regelen we de scheiding netjes',
      'ik kan niet meer verder, de schulden worden me te veel',
    ]);
  });
});

describe('danger.fire and a fire that is over', () => {
  it('does not read "na de brand" or "sinds de brand" as a fire now', () => {
    expectNotFired('danger.fire', [
      'sinds de brand bij de bakker slaapt mijn dochter slecht, is er praathulp voor kinderen',
      'na die grote brand in het portiek willen we rookmelders, wie hangt die op',
    ]);
  });

  it('still fires on a fire now, also beside one that is over', () => {
    expectFired('danger.fire', [
      'er is brand in het portiek en de trap staat vol rook',
      'na de brand in de schuur is er nu brand in de keuken',
    ]);
  });
});

describe('danger.heart-stroke and someone in hospital', () => {
  it('does not read an attack being treated in hospital as one now', () => {
    expectNotFired('danger.heart-stroke', [
      'mijn broer kreeg een beroerte en ligt nog in het ziekenhuis, wie kan zijn katten voeren',
      'opa ligt in het ziekenhuis met een hartinfarct, kan iemand met oma boodschappen doen',
    ]);
  });

  it('still fires on an attack now, also on the way to hospital', () => {
    expectFired('danger.heart-stroke', [
      'mijn vader heeft een beroerte, zijn mond hangt scheef',
      'ze heeft een hartaanval en moet naar het ziekenhuis, de ambulance komt',
    ]);
  });
});

describe('danger.child-alone-afraid and a parent who leaves the other', () => {
  it('does not read "papa gaat bij mama weg" as a child left alone', () => {
    expectNotFired('danger.child-alone-afraid', [
      'ik ben 11 en mijn vader gaat bij mijn moeder weg, met wie kan ik daarover praten',
    ]);
  });

  it('still fires on a child whose parent is gone', () => {
    expectFired('danger.child-alone-afraid', [
      'ik ben 8 en mama is weg en ik weet niet waar',
      'ik ben 10, papa gaat weg en ik ben alleen',
    ]);
  });
});

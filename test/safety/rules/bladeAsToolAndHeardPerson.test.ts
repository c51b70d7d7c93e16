import { describe, it } from 'vitest';
import { expectFired, expectNotFired, expectRuleCrisis } from './ruleExpectations.js';

/**
 * Session 17, branch safety41 (docs/adr/0012-safety-net.md, "A blade as a tool, the heard victim
 * in the shared person list, and the round-33 twins left"): a knife used on a material is a tool,
 * the neighbour heard is any person named by a noun, and the concepts that read the thirty-third
 * round's twins that only got a check. Phrasings written for this file, new.
 */
describe('a blade used as a tool (bladeAsTool)', () => {
  it('does not give 112 for a knife needed for a craft or a cutter used on a material', () => {
    expectNotFired('danger.weapon', [
      'mijn dochter heeft een scherp mesje nodig voor de knutselclub, waar koop ik een veilig',
      'hij werkt met een stanleymes aan de verhuisdozen in de gang',
      'mijn man is met een zakmes een stok aan het bewerken voor het kampvuur, het houtje wordt mooi',
      'opa snijdt met een hakbijl de takken klein voor de kachel',
      'my son needs a craft knife for woodwork at school, which one is safe',
    ]);
    expectNotFired('danger.weapon-raised', [
      'het stanleymes ligt klaar en hij zwaait ermee boven het tapijt om te laten zien hoe je meet',
    ]);
  });

  it('keeps 112 beside a person as the object, a threat, blood or the body', () => {
    expectFired('danger.weapon', [
      'mijn broer heeft een stanleymes voor het karton maar hij richt het nu op mijn vader',
      'hij snijdt hout met een bijl en roept dat ik de volgende ben',
      'ze heeft een mes van de handenarbeid en er komt bloed uit haar hand',
      'my dad is carving wood with his knife and keeps pointing it at my mum',
    ]);
  });

  it('reads the kitchen words it folded with the same limits: a threat beside them stays 112', () => {
    expectNotFired('danger.weapon', ['we hebben een broodmes nodig voor de kookclub van vrijdag']);
    expectFired('danger.weapon', [
      'mijn vriend heeft een mes in de hand bij de groente en dreigt dat hij ons iets aandoet',
    ]);
  });
});

describe('the one heard through the wall is any person named by a noun', () => {
  it('reads a girl, a boy or a grandmother heard crying beside blows', () => {
    expectFired('abuse.heard-violence', [
      'ik hoor het meisje van de bovenburen gillen en daarna harde klappen',
      'de oma naast ons schreeuwt en ik hoor bonken tegen de muur',
      'de vrouw van de overkant huilt en ik hoor weer slaan',
    ]);
  });
});

describe("concepts that read the thirty-third round's twins", () => {
  it('reads blood that spurts or gushes as heavy bleeding', () => {
    expectFired('danger.bleeding', [
      'mijn vader zaagde in zijn hand en het bloed gutst eruit',
      'my neighbour fell through the glass door and blood is spurting from his arm',
    ]);
    expectNotFired('danger.bleeding', ['de slagerij zoekt een hulp die tegen bloed kan']);
  });

  it("reads a pet's flea or worm product a person drank or ate as poisoning", () => {
    expectFired('danger.poisoning', [
      'mijn zoontje heeft het ontwormingsmiddel van de kat opgegeten, hij is misselijk',
      'mijn oma heeft per ongeluk tekendruppels gedronken',
    ]);
    // The pet that took them is the vet's, as before.
    expectNotFired('danger.poisoning', [
      'onze kat heeft het vlooienmiddel van de hond gegeten, moet ik naar de dierenarts',
    ]);
  });

  it('reads a farewell said as the writer’s own now', () => {
    expectFired('suicide.farewell-said', [
      'lees dit maar goed, dit is mijn afscheid, de hond is bij de buren',
      'vanavond is mijn laatste avond, ik heb iedereen nog een kaartje gestuurd',
      'this is my goodbye, tell my brother I loved him',
    ]);
    expectNotFired('suicide.farewell-said', [
      'dit is mijn afscheid van de koorvereniging, wie neemt mijn plek in',
      'tonight is my last night in the student house, where can I store my bike',
      'vanavond is mijn laatste avond op het werk, de collegas geven een etentje',
      'it is my goodbye party on saturday, is the community hall free',
    ]);
  });

  it('takes a figure of speech back, so a farewell beside it is no jest', () => {
    expectRuleCrisis(
      ['echt geen beeldspraak, vannacht is mijn laatste nacht, de brieven liggen op tafel'],
      'suicide',
    );
  });

  it('reads fireworks or explosives set off on oneself', () => {
    expectFired('suicide.means-turned-on-self', [
      'ik heb een doos cobras onder mijn bed en ga ze vannacht op mezelf afsteken',
      'i have the fireworks here and tonight i will set them off on myself',
    ]);
    expectNotFired('suicide.means-turned-on-self', [
      'we willen het vuurwerk vanavond bij mezelf thuis afsteken, mag dat in de straat',
    ]);
  });

  it('reads an explosion now beside people down, hurt or trapped', () => {
    expectFired('danger.blast-now', [
      'er is net een ontploffing bij de snackbar, er liggen twee mensen op de stoep',
      'the gas boiler blew up next door and my neighbour is trapped under the roof',
    ]);
    expectNotFired('danger.blast-now', [
      'de oude school wordt zondag opgeblazen, moeten wij dan binnen blijven',
      'bij de ontploffing in 1987 waren veel gewonden, is er een boek over',
      'my phone nearly exploded with messages and the kids are lying on the floor laughing',
      'mijn telefoon ontplofte bijna van de appjes, de kinderen liggen op de grond te spelen',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { tellsLonelinessOnly } from '../../src/safety/loneliness.js';
import { normalise } from '../../src/safety/normalise.js';
import { tellsRelativeUseOnly } from '../../src/safety/relativeUse.js';

/**
 * The probes of gates19b's two gates on a model-only soft check (docs/adr/0012-safety-net.md,
 * session 19, gates19b): loneliness told as a wish for company, and a relative's drinking, drugs
 * or gambling with the relative unnamed. Per gate: 24 everyday lines of which a share set before
 * scoring (70%) must be read, since a closed vocabulary reads only what its lists hold; and 24
 * crises told in the class's own words (despair, a death, an ending, a wish not to be, violence,
 * fear, a child, danger) of which none may be read. Phrasings written for this file by the gates'
 * author before the probe was run.
 */

const lonelyEveryday = [
  'ik voel me vaak eenzaam, is er een koffieochtend in de wijk',
  'waar kan ik nieuwe mensen ontmoeten, ik ken hier niemand',
  'is er een buurthuis met activiteiten voor mensen die alleen wonen',
  'ik zoek gezelschap, wie organiseert iets in de buurt',
  'ik heb weinig contact met anderen, kan ik vrijwilligerswerk doen',
  'sinds mijn pensioen zit ik veel alleen thuis, wat is er te doen',
  'is er een wandelgroep in de buurt, ik voel me alleen',
  'ik ben verhuisd en ken niemand in de straat, hoe leer ik mensen kennen',
  'bestaat er een maatje voor mensen die eenzaam zijn',
  'ik mis aanspraak, is er een inloop bij het wijkcentrum',
  'hoe kom ik in contact met de bewoners van mijn flat',
  'ik wil graag meedoen aan iets samen, ik ben vaak alleen',
  'kan er iemand van de bezoekdienst bij mij langskomen, ik zie weinig mensen',
  'is er een plek waar ik samen kan eten met andere mensen',
  'ik spreek weinig Nederlands en ken niemand, waar kan ik praten met mensen',
  'eenzaamheid in de avond, waar kan ik heen',
  'is de koffieochtend in het buurthuis gratis',
  'ik wil graag een maatje om mee te wandelen',
  'I feel lonely since I moved here, where can I meet people',
  'is there a coffee morning at the community centre',
  'I am alone a lot, are there activities nearby',
  'how can I make friends in this neighbourhood',
  'where can I volunteer, I would like some company',
  'I know nobody here, is there a club I can join',
];

const lonelyCrises = [
  'ik ben zo alleen dat ik er liever niet meer zou zijn',
  'niemand zou het merken als ik er niet meer was',
  'sinds mijn vrouw overleden is zie ik niemand en wil ik ook niet meer',
  'ik ben alleen en ik heb de pillen al klaargelegd',
  'eenzaam, en het leven hoeft voor mij niet meer',
  'ik zit alleen thuis en denk steeds aan een einde',
  'niemand komt ooit, ik wil gewoon verdwijnen',
  'ik ben alleen en bang, iemand staat steeds bij mijn deur',
  'mijn buurvrouw van 90 zit alleen en doet al dagen niet open',
  'ik ben eenzaam en nu zit ik met een mes in de badkamer',
  'alleen thuis, ik zie het niet meer zitten',
  'ik heb niemand en ik ben een last voor iedereen',
  'sinds de begrafenis ben ik alleen en ik kan niet meer',
  'ik wil voor altijd rust, ik ben toch alleen',
  'ik ben 14 en heb niemand, thuis slaan ze me',
  'I am so lonely I wish I was dead',
  'nobody would miss me if I was gone',
  'I am alone and I have a rope in the shed',
  'I feel alone and I am scared of the man in the flat above',
  'lonely since my wife died and I see no point anymore',
  'ik ben alleen en heb net al mijn tabletten ingenomen',
  'ik heb niemand meer, ook niet mezelf',
  'ik woon alleen en ben gevallen, ik kom niet meer overeind',
  'niemand ziet mij, misschien is het beter zonder mij',
];

const useEveryday = [
  'iemand in mijn familie drinkt te veel, waar kan ik terecht',
  'is er een praatgroep voor naasten van iemand die drinkt',
  'hoe ga ik om met een familielid dat verslaafd is',
  'hij gokt al zijn geld weg, waar vind ik steun voor mezelf',
  'bestaat er een lotgenotengroep voor familie van iemand met een drankprobleem',
  'ik denk dat hij te veel blowt, hoe maak ik het bespreekbaar',
  'waar kan ik als naaste hulp krijgen bij verslaving',
  'ze drinkt elke avond een fles wijn, hoe begin ik erover',
  'iemand in de familie gebruikt drugs, wie kan mij advies geven',
  'hoe praat ik met een familielid over zijn gokken',
  'is er verslavingszorg voor familieleden',
  'hij drinkt steeds meer bier, ik maak me zorgen',
  'waar kan ik terecht als familie van iemand die cocaine gebruikt',
  'hoe kan ik iemand die te veel drinkt ondersteunen',
  'ze is verslaafd aan gokken online, is er hulp voor de familie',
  'praatgroep voor familie van verslaafden',
  'hoe spreek ik iemand aan die elke avond drinkt',
  'hij geeft veel geld uit aan online casino, wat kan ik doen',
  'someone in my family drinks too much, where can I get support',
  'is there a support group for relatives of people with an addiction',
  'he gambles every evening, how do I cope',
  'my relative uses drugs, where can I go for help',
  'how do I talk to a loved one about their drinking',
  'she drinks too much and I worry about her',
];

const useCrises = [
  'mijn man drinkt te veel en slaat me als hij dronken is',
  'hij drinkt en wordt agressief, ik ben bang',
  'mijn vader drinkt elke dag en de kinderen zijn alleen thuis',
  'hij is dronken en rijdt nu met de auto weg',
  'ze heeft drugs gebruikt en is bewusteloos, ze ademt raar',
  'hij drinkt en zegt dat hij er een einde aan maakt',
  'mijn broer is verslaafd en heeft een mes',
  'hij drinkt en gooit met dingen door het huis',
  'ze drinkt en zegt dat ze niet meer wil leven',
  'mijn zoon van 15 gebruikt drugs en is vannacht niet thuisgekomen',
  'hij drinkt en dreigt me iets aan te doen',
  'ze gebruikt cocaine en heeft net al haar pillen ingenomen',
  'mijn moeder drinkt en ligt op de vloer, ze reageert niet',
  'hij gokt alles weg en zegt dat het beter is zonder hem',
  'iemand in mijn familie drinkt en duwt me tegen de muur',
  'hij is verslaafd en wil er niet meer zijn',
  'als hij drinkt durf ik niet naar huis',
  'hij drinkt en de baby huilt de hele nacht alleen',
  'my husband drinks and hits me',
  'he is drunk and threatening me with a knife',
  'she took drugs and will not wake up',
  'he drinks and says he wants to end it',
  'my dad drinks and I am scared to go home',
  'he gambles and talks about killing himself',
];

// The mended gates' second probe (L1b, R1b), written after the first score and before this one.
const lonelyEverydaySecond = [
  'ik woon hier pas en voel me best eenzaam, is er een buurtcentrum',
  'welke activiteiten zijn er in het wijkcentrum voor mensen die alleen zijn',
  'ik zou graag wat meer contact hebben met buren',
  'ik ben veel alleen, kan ik ergens koffiedrinken met andere mensen',
  'is er een kaartclub of bingo in de buurt, ik zit vaak alleen',
  'hoe vind ik een groepje om mee te fietsen, ik ken hier weinig mensen',
  'ik voel me eenzaam in het weekend, is er dan iets te doen',
  'waar kan ik vrijwilliger worden zodat ik wat meer mensen zie',
  'ik heb geen aanspraak meer sinds ik verhuisd ben',
  'is er in de wijk een inloop waar je zonder afspraak kan komen',
  'ik zoek gezelschap voor een wandeling in de ochtend',
  'ik zou graag mensen leren kennen in mijn nieuwe woonplaats',
  'kost de koffiemiddag in het buurthuis iets',
  'ik ben nieuw in de stad en zoek contact',
  'I moved here last year and feel a bit isolated, what can I do',
  'are there social activities for people who live alone',
  'where can I meet other people in the evening',
  'I would like to join a walking group, I am often alone',
  'is there a place to eat together with others',
  'I feel lonely at weekends, is there a club nearby',
];

const lonelyCrisesSecond = [
  'ik ben alleen en wil niet meer wakker worden',
  'niemand belt ooit, ik wil er een eind aan maken',
  'eenzaam sinds mijn man gestorven is, ik kan het niet aan',
  'ik ben zo eenzaam dat ik alles wil opgeven',
  'ik zit alleen thuis met een touw en weet niet wat ik moet',
  'ik heb niemand, er is toch niemand die mij zou missen',
  'alleen en al drie dagen niets gegeten, ik ben zo moe',
  'ik ben alleen en er is iemand bij mij binnengekomen',
  'mijn moeder woont alleen en neemt haar telefoon niet op',
  'ik voel me alleen en heb zojuist een hele strip pillen genomen',
  'ik ben eenzaam en heb geen zin meer in de dag van morgen',
  'niemand ziet mij staan, ik wil gewoon weg van hier voorgoed',
  'ik ben alleen met mijn dochtertje en heb geen eten meer',
  'alleen in huis en de rookmelder gaat af',
  'ik ben eenzaam en wil slapen en nooit meer opstaan',
  'I am lonely and I want it all to stop',
  'alone at home and I have taken all my tablets',
  'nobody cares, I am thinking of ending my life',
  'I feel alone and my boyfriend hits me',
  'I live alone and cannot get up after a fall',
];

const useEverydaySecond = [
  'iemand in mijn familie gokt, bestaat er een groep voor familieleden',
  'waar vind ik informatie over verslaving voor naasten',
  'hij drinkt al jaren te veel, hoe kan ik hem ondersteunen',
  'ze blowt veel, hoe begin ik het gesprek',
  'is er een bijeenkomst voor familie van iemand met een alcoholprobleem',
  'iemand uit de familie is verslaafd aan drugs, waar vind ik steun',
  'hoe herken ik de tekenen dat iemand te veel drinkt',
  'hij geeft zijn geld uit aan gokken, wie kan ons advies geven',
  'ik maak me zorgen over iemand die elke avond drinkt',
  'is er steun voor naasten van iemand met een gokverslaving',
  'hoe kan ik als familie helpen bij een drankprobleem',
  'ze gebruikt coke in het weekend, hoe bespreek ik dat',
  'waar vind ik een praatgroep voor familie van een verslaafde',
  'hij wil niet minderen met drinken, wat kan ik doen',
  'my brother-in-law drinks a lot, where can the family get support',
  'she gambles online every evening, how do I start the conversation',
  'is there an al anon meeting nearby for family members',
  'how can I understand someone who is addicted',
  'he drinks every evening, where can I talk about it',
  'someone in my family uses drugs, where can I find advice',
];

const useCrisesSecond = [
  'hij drinkt en heeft net mijn arm vastgepakt en gedraaid',
  'ze is dronken en staat op het balkon te roepen dat ze springt',
  'hij gebruikt en slaat de deur in, ik zit in de badkamer',
  'hij drinkt en mijn kinderen van 4 en 6 zijn bij hem',
  'ze heeft gedronken en pillen geslikt, ze is heel suf',
  'hij gokt en zegt dat niemand hem zal missen',
  'hij drinkt en heeft gezegd dat hij mij vermoordt',
  'iemand in mijn familie drinkt en valt steeds van de trap',
  'hij is verslaafd en heeft een wapen in huis',
  'ze gebruikt drugs en is al twee dagen weg, niemand weet waar',
  'hij drinkt en rijdt zo met de kinderen naar school',
  'als hij gedronken heeft word ik bang van hem',
  'hij blowt en praat steeds over doodgaan',
  'ze drinkt en heeft gisteren de gaskraan open laten staan',
  'hij zuipt en schreeuwt de hele nacht tegen mij',
  'he drinks and pushed me down the stairs',
  'she is drunk and talking about jumping off the bridge',
  'he uses drugs and has locked himself in with a knife',
  'my partner drinks and the children are scared of him',
  'he gambles and says there is no point in living',
];

const reads = (gate: (normalised: string) => boolean) => (text: string) => gate(normalise(text));
const share = 0.7;

const allCrises = [...lonelyCrises, ...useCrises, ...lonelyCrisesSecond, ...useCrisesSecond];

describe('the loneliness gate', () => {
  it(`reads at least ${share * 100}% of its everyday lines`, () => {
    const read = lonelyEveryday.filter(reads(tellsLonelinessOnly));
    expect(read.length / lonelyEveryday.length).toBeGreaterThanOrEqual(share);
  });
  it.each([...lonelyCrises, ...useCrises])('reads no crisis: %s', (text) => {
    expect(reads(tellsLonelinessOnly)(text)).toBe(false);
  });
});

describe('the mended loneliness gate on its second probe', () => {
  it(`reads at least ${share * 100}% of its everyday lines`, () => {
    const read = lonelyEverydaySecond.filter(reads(tellsLonelinessOnly));
    expect(read.length / lonelyEverydaySecond.length).toBeGreaterThanOrEqual(share);
  });
  it.each(allCrises)('reads no crisis: %s', (text) => {
    expect(reads(tellsLonelinessOnly)(text)).toBe(false);
  });
});

describe('the mended relative’s-use gate on its second probe', () => {
  it(`reads at least ${share * 100}% of its everyday lines`, () => {
    const read = useEverydaySecond.filter(reads(tellsRelativeUseOnly));
    expect(read.length / useEverydaySecond.length).toBeGreaterThanOrEqual(share);
  });
  it.each(allCrises)('reads no crisis: %s', (text) => {
    expect(reads(tellsRelativeUseOnly)(text)).toBe(false);
  });
});

describe('the relative’s-use gate', () => {
  it(`reads at least ${share * 100}% of its everyday lines`, () => {
    const read = useEveryday.filter(reads(tellsRelativeUseOnly));
    expect(read.length / useEveryday.length).toBeGreaterThanOrEqual(share);
  });
  it.each([...useCrises, ...lonelyCrises])('reads no crisis: %s', (text) => {
    expect(reads(tellsRelativeUseOnly)(text)).toBe(false);
  });
});

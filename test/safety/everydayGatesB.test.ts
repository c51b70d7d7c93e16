import { describe, expect, it } from 'vitest';
import { tellsMouldOnly } from '../../src/safety/mouldDamp.js';
import { normalise } from '../../src/safety/normalise.js';

/**
 * Crises told in the words of loneliness and of a relative's drinking, drugs or gambling
 * (docs/adr/0012-safety-net.md, session 19, gates19b): the probes of two known-words gates that did
 * not meet their rule (too few everyday lines read) and were reverted. Their crisis lines stay as a
 * test that the mould gate, which shares the known-words design, reads none of them. Phrasings
 * written for this file by the gates' author.
 */

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

const allCrises = [...lonelyCrises, ...useCrises, ...lonelyCrisesSecond, ...useCrisesSecond];

describe('the mould gate on crises told in loneliness’s and a relative’s use’s words', () => {
  it.each(allCrises)('reads no crisis: %s', (text) => {
    expect(tellsMouldOnly(normalise(text))).toBe(false);
  });
});

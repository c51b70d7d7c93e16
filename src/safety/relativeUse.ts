import { collapseRegexSource } from './crisisRule.js';
import {
  keepsCheck,
  wishesNotToBe,
  onlyKnownWords,
  sharedWordsEn,
  sharedWordsNl,
  vocabulary,
  wordList,
} from './everydayGate.js';

/**
 * A relative's drinking, drug use or gambling, asked about by someone close
 * (docs/adr/0012-safety-net.md, session 19, gates19b): "iemand in mijn familie drinkt te veel,
 * waar kan ik terecht", "is er een praatgroep voor naasten van iemand die gokt". This class sits
 * beside real crises (a drunk partner who hits, a child in the house, an overdose), so the gate
 * reads only a message whose every word is a known harmless one (src/safety/everydayGate.ts) and
 * that `keepsCheck` lets through. A household member (a partner, a parent, a child, a brother)
 * keeps the check through `keepsCheck`, so the gate reads the relative only when unnamed ("hij",
 * "iemand in mijn familie", "een naaste"). The writer's own use is no relative's: it keeps the check.
 */

/** Drinking, drugs or gambling named: the anchor the gate needs. */
const use = new RegExp(
  collapseRegexSource(
    [
      String.raw`\b(?:drinkt|drinken|drank|drankprobleem|alcohol|alcoholprobleem|alcoholist|bier|wijn|zuipt|blowt|blowen|wiet|drugs|drugsgebruik|cocaine|coke|gokt|gokken|gokverslaving|verslaafd|verslaving|verslavingszorg)\b`,
      String.raw`\b(?:drinks|drinking|alcohol|alcoholic|drugs|gambles|gambling|addicted|addiction)\b`,
    ].join('|'),
  ),
);

/** The writer's own use: "ik drink", "ik ben verslaafd", "I drink", "my drinking". */
const ownUse = new RegExp(
  collapseRegexSource(
    String.raw`\b(?:bij mij|ik ben alcoholist|ik (?:\w+ ){0,3}(?:stoppen|minderen)|ik (?:\w+ )?(?:drink|drinken|blow|gok|gebruik|zuip|snuif|verslaafd)|mijn (?:drank|drinken|gokken|gebruik|verslaving)|i (?:\w+ )?(?:drink|use|gamble|addicted)|im (?:\w+ )?(?:drinking|using|gambling|addicted)|my (?:drinking|gambling|addiction))\b`,
  ),
);

/** The relative, unnamed: a household member's word keeps the check through `keepsCheck`. */
const someoneElse = new RegExp(
  collapseRegexSource(
    String.raw`\b(?:hij|ze|zij|iemand|familie|familielid|familieleden|naaste|naasten|dierbare|schoonfamilie|he|she|they|someone|relative|relatives|family|loved one)\b`,
  ),
);

/** The words of a question about a relative's use, beside the shared ones. */
const useWords = vocabulary(
  sharedWordsNl,
  sharedWordsEn,
  wordList(`
  drinkt drinken drank drankprobleem alcohol alcoholprobleem alcoholist bier wijn
  zuipt blowt blowen wiet drugs drugsgebruik cocaine coke gokt gokken gokverslaving
  verslaafd verslaving verslavingszorg gebruikt gebruiken
  familie familielid familieleden naaste naasten dierbare iemand schoonfamilie
  praatgroep praatgroepen lotgenoten lotgenotengroep gespreksgroep steun ondersteuning
  terecht omgaan ermee omga aanspreken bespreken bespreekbaar praten zorgen zorg
  te teveel veel elke avond fles flessen glas glazen minderen stoppen gestopt
  geld uitgeven uit spaargeld online casino wedden hoe hiermee voor mezelf mezelf
  me als iemand die erover heeft hebben ervan lijkt lijken denk vermoed merk
  probleem problemen
  geven geeft ondersteunen begin beginnen bestaat vind vinden wie zeggen
  verslaafde verslaafden drinker gokker groep bijeenkomst bijeenkomsten
  herkennen tekenen signalen begrijpen snap snappen
  drinks drinking alcohol alcoholic drugs gambles gambling addicted addiction
  family member relative relatives loved one someone support group groups
  cope deal worried worry about too much every evening he she they someone who
  talk help me myself where can go
  her him his their them worried supporting coping speak tell start members
  meeting meetings al anon alanon drinker gambler signs understand
`),
);

/** True when a message asks about a relative's use, unnamed, and nothing else that keeps a check. */
export function tellsRelativeUseOnly(normalised: string): boolean {
  return (
    use.test(normalised) &&
    someoneElse.test(normalised) &&
    !ownUse.test(normalised) &&
    onlyKnownWords(normalised, useWords) &&
    !keepsCheck(normalised) &&
    !wishesNotToBe(normalised)
  );
}

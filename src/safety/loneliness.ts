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
 * Loneliness told as a question for company (docs/adr/0012-safety-net.md, session 19, gates19b):
 * "ik ken nog niemand in de wijk, is er ergens een koffieochtend", "I feel lonely since I moved
 * here, where can I meet people". The concern model checks some of these softly; only it would ask.
 * This class sits beside a real crisis (a lonely person who no longer wants to be there), so the
 * gate reads only a message whose every word is a known harmless one (src/safety/everydayGate.ts)
 * and that `keepsCheck` lets through: a death or a loss, despair, an ending, a wish not to be, fear,
 * a child, an elder or a household member, an age and acute time all keep the model's check.
 */

/** Loneliness or the wish for company named: the anchor the gate needs. */
const lonely = new RegExp(
  collapseRegexSource(
    [
      String.raw`\b(?:alleen|eenzaam|eenzame|eenzaamheid|niemand|aanspraak|gezelschap|contact|contacten)\b`,
      String.raw`\b(?:koffieochtend|koffiemiddag|inloop|inloopochtend|buurthuis|wijkcentrum|buurtcentrum|maatje|bezoekdienst)\b`,
      String.raw`\b(?:nieuwe mensen|andere mensen|mensen ontmoeten|mensen leren kennen|mensen zien|mensen spreken|samen eten|sociale contacten)\b`,
      String.raw`\b(?:lonely|loneliness|alone|isolated|nobody|no one|company|meet people|meet other people|make friends|coffee morning|community centre|community center|social)\b`,
    ].join('|'),
  ),
);

/** The words of a question for company, beside the shared ones. */
const lonelyWords = vocabulary(
  sharedWordsNl,
  sharedWordsEn,
  wordList(`
  alleen eenzaam eenzame eenzaamheid niemand aanspraak gezelschap contact contacten
  kom mensen praten praat praatje kletsen babbelen bezoek bezoekje langskomen langs
  vrienden vriendschap vriendschappen kennis kennissen kennen ken leren nieuwe nieuw
  verhuisd verhuizing verhuizen woon wonen wijk buurt dorp stad straat galerij portiek
  buurthuis wijkcentrum buurtcentrum inloop inloopochtend koffie koffieochtend
  koffiemiddag thee activiteit activiteiten club vereniging hobby samen groep groepje
  cursus wandelen wandelgroep wandeling fietsen eten maaltijd kaarten bingo spelletjes
  handwerken zingen koor vrijwilliger vrijwilligers vrijwilligerswerk maatje maatjes
  bezoekdienst telefoon stil stille saai verveel verveling aansluiten meedoen mee
  leuk gezellig graag voel voelt vind moeilijk lukt supermarkt winkel markt uit
  zeg niks spreek kerk moskee bibliotheek sport sporten bewegen gepensioneerd pensioen
  ontmoeten ontmoeting leeftijdgenoten nederlands taal plek plekken organiseert
  ergens iets zoek zoeken ander andere anderen mezelf me hoort erbij opbouwen
  zelfs welkom gratis kost kosten dichtbij buurtbewoners bewoners omgeving
  weinig heen bestaat leer geven begin beginnen buren koffiedrinken spelletjesmiddag
  samenkomen leuke dingen ondernemen uitje uitjes dagbesteding sociale sociaal
  aansluiting gesprek gesprekken kletspraatje openstaan ideeen idee
  lonely loneliness alone isolated nobody people meet meeting new friends friend
  talk chat company visit visits coffee club group groups activities activity
  volunteer volunteering buddy neighbourhood neighborhood community centre center
  moved move here know anyone anybody would like join go out feel feeling feels
  retired retirement hard find where local area church library walk walking
  quiet since around free nearby others someone some
  can go get out more other anywhere place places eat together events social
  hobbies hobby newcomer new town city street area neighbours neighbors
`),
);

/** True when a message asks for company or tells of loneliness and nothing else that keeps a check. */
export function tellsLonelinessOnly(normalised: string): boolean {
  return (
    lonely.test(normalised) &&
    onlyKnownWords(normalised, lonelyWords) &&
    !keepsCheck(normalised) &&
    !wishesNotToBe(normalised)
  );
}

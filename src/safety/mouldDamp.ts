import { collapseRegexSource } from './crisisRule.js';
import {
  keepsCheck,
  onlyKnownWords,
  sharedWordsEn,
  sharedWordsNl,
  vocabulary,
  wordList,
} from './everydayGate.js';

/**
 * Mould and damp in the home (docs/adr/0012-safety-net.md, session 19, gates19): "er zitten
 * zwarte plekken op het plafond van de douche", "mn ramen beslaan elke ochtend en het ruikt muf",
 * "black mould on the bedroom wall and the landlord does nothing". The concern model checks some
 * of these (black, a corner, water from the ceiling); only it would ask. A gate on a model-only
 * soft check (decideSafety): it fires when the message names mould or damp, every word is a known
 * harmless one (src/safety/everydayGate.ts) and nothing keeps the check. A child, an elder, a
 * cough, gas, a fume, electricity beside water, a collapse, despair or acute time keeps it.
 */

/** Mould or damp named: the anchor the gate needs. */
const mouldOrDamp = new RegExp(
  collapseRegexSource(
    [
      String.raw`\b(?:schimmel|schimmels|schimmelplek|schimmelplekken|schimmelt|beschimmeld|schimmelig)\b`,
      String.raw`\bzwarte? (?:plek|plekken|plekjes|vlek|vlekken|spul|puntjes|randen)\b`,
      String.raw`\b(?:zwart |)uitgeslagen\b`,
      String.raw`\b(?:vocht|vochtig|vochtige|vochtplek|vochtplekken|vochtprobleem|vochtproblemen|bouwvocht|condens|condenswater|beslaan|beslaat|beslagen|muf|muffe|lekkage|lekkages|lekt|optrekkend)\b`,
      String.raw`\bwater (?:van|door|uit|langs) (?:het |de )?(?:plafond|dak|muur)\b`,
      String.raw`\b(?:mould|mold|mouldy|moldy|damp|fungus|condensation|musty|black spots)\b`,
    ].join('|'),
  ),
);

/** The words of a mould or damp question, beside the shared ones. */
const mouldWords = vocabulary(
  sharedWordsNl,
  sharedWordsEn,
  wordList(`
  schimmel schimmels schimmelplek schimmelplekken schimmelt beschimmeld
  schimmelig zwart zwarte groen groene grijs grijze wit witte plek
  plekken plekjes vlek vlekken spul puntjes randen uitgeslagen vocht
  vochtig vochtige vochtplek vochtplekken vochtprobleem vochtproblemen
  bouwvocht nat natte condens condenswater beslaan beslaat beslagen
  druppels lek lekt lekkage lekkages water regen regenwater muf
  muffe ruikt ruiken geur optrekkend hoek hoeken kozijn kozijnen
  vensterbank behang tegels voegen kit kitrand douche douchehoek wc
  toilet slaapkamermuur kast kasten bed matras kleding kleren schoenen
  ventilatie ventileren ventileer luchten rooster roosters afzuiging
  afzuigkap mechanische ventilator open dicht isolatie geisoleerd glas
  enkel dubbel kelder kruipruimte goot dakgoot schoonmaken weghalen
  verwijderen behandelen verven middel spray ontvochtiger herstel herstellen
  reparatie repareren renovatie opknappen huurverlaging ongezond gezond
  gezondheid weg terug nieuw hetzelfde groter groeit verspreidt los
  druipen druipt ontvochtigers
  mould mold mouldy moldy damp fungus condensation musty black
  green spots patches corner corners wardrobe shower bed smell
  smells leak leaks leaking water wet spreading growing ventilation
  clean remove shrugs just does done he she them away with
`),
);

/** True when a message tells of mould or damp in the home and nothing else that keeps a check. */
export function tellsMouldOnly(normalised: string): boolean {
  return (
    mouldOrDamp.test(normalised) &&
    onlyKnownWords(normalised, mouldWords) &&
    !keepsCheck(normalised)
  );
}

/**
 * Words that tell which line a crisis needs, never whether there is one (docs/adr/0012-safety-net.md,
 * "Which lines a caught crisis gets", L4): a farewell letter or message, or one's own
 * last evening, names an end of one's own life without a word for death. Read on the normalised
 * text (letters squeezed: "laatste" is "latste", "haar" is "har", "goodbye" is "godbye", "z'n"
 * is "zn"), and only beside a rule's crisis (decideSafety).
 */
const farewell = new RegExp(
  [
    String.raw`\bafscheidsbrie(?:f|fje|fjes|ven)\b`,
    String.raw`\bafscheidsbericht(?:je|jes|en)?\b`,
    String.raw`\b(?:mijn|zijn|har|zn|mn) (?:al)?latste (?:avond|nacht|dag)\b`,
    String.raw`\b(?:suicide|godbye|farewel) (?:note|notes|leter|leters|mesage|text)\b`,
    String.raw`\b(?:my|his|her) (?:last|final) (?:evening|night|day) (?:alive|on earth|here)\b`,
  ].join('|'),
);

/** True when the message tells of a farewell or of one's own last evening. */
export function tellsFarewell(normalised: string): boolean {
  return farewell.test(normalised);
}

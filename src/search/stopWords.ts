/**
 * Words that carry no meaning for finding a voorziening: function words, greetings and the
 * filler of a question ("ik zoek", "waar kan ik"). Curated by hand, not taken from a generic list,
 * because generic lists drop words that matter here:
 * - "alleen" (ik ben zo alleen: loneliness), "geen" and "niet" (geen geld, niet rondkomen),
 *   "meer" (ik kan het niet meer aan), "thuis" (ruzie thuis), "weinig" (weinig geld) stay;
 * - everyday phrases (phrases.ts) still use stop words: "zorgen voor" needs its "voor", and a
 *   phrase of stop words only ("ik ben op") must appear exactly as written.
 * Words are folded (lowercase, no accents). The English words cover questions in English.
 */
const dutch = `
  de het een en of maar want dus omdat als dan dat die dit deze wat wie waar waarom hoe wanneer
  welk welke ik je jij u uw hij zij ze wij we jullie hen hun haar hem mij me mijn mn zijn zn ons
  onze jouw jou er hier daar in op aan met voor van naar bij uit over onder tegen door om tot toe
  na te al nog ook wel heel erg zo zeer echt even toch nu net pas weer steeds altijd vaak soms
  nooit is ben bent was waren wordt worden werd word heb hebt heeft hebben had hadden kan kun kunt
  kunnen kon konden wil wilt willen wou wilde wilden moet moeten moest mag mogen zal zult zullen
  zou zouden ga gaat gaan ging gingen doe doet doen deed kom komt komen kwam krijg krijgt krijgen
  kreeg weet weten wist denk denkt denken dacht vind vindt vinden vond zoek zoekt zoeken zocht
  vraag vragen vroeg graag alsjeblieft alstublieft aub hallo hoi hey hee goedemorgen goedemiddag
  goedenavond beste bedankt dank dankjewel dankuwel groet groeten iemand iets niets niks alles
  iedereen elke elk ieder alle andere ander anders paar beetje veel eigenlijk gewoon misschien
  ongeveer zeker mee af ja nee oke ok okay jaar jaren maand maanden week weken dag dagen keer zelf
  sinds tijdens zonder via per wanneer waarmee waarvoor daarom daarna toen terwijl hoewel zoals
  welke wiens jezelf mezelf zichzelf zich hoor hè eens tja nou ofzo enzo enz etc mevrouw meneer
  dus weet iemand kunnen ergens waar hulpvraag informatie info voel voelt voelen voelde
`;

const english = `
  i me my mine myself you your he she it its we our they them their a an the and or but if of to
  on at for with from by about is am are was were be been being have has had do does did can could
  would should will shall may might must want need get got feel feeling really very so too this
  that these those what where when how who why which there here please hello hi thanks thank some
  any lot lots much many just also dont cant im ive find looking look someone something anyone
  anything know tell
`;

function words(list: string): string[] {
  return list.split(/\s+/).filter((word) => word.length > 0);
}

export const STOP_WORDS: ReadonlySet<string> = new Set([...words(dutch), ...words(english)]);

/** Prefixes and particles that never count as a part of a compound word (ver + lening). */
export const NON_PARTS: ReadonlySet<string> = new Set(
  words(`ver be ge ont her er onder over voor uit aan op af mee in door toe weg tegen achter
    bij na om rond samen terug vol los mis wan`),
);

/**
 * Words that carry meaning only together with others: "geen geld", "kan niet meer", "ik ben zo
 * alleen". They are not search terms on their own ("niet" would match every entry that says what
 * it is not), but everyday phrases (synoniemen.yaml, levensgebied words) use them, and a phrase
 * of just one of them ("alleen") still counts.
 */
export const WEAK_WORDS: ReadonlySet<string> = new Set(['niet', 'geen', 'meer', 'alleen']);

export function isWeakWord(folded: string): boolean {
  return WEAK_WORDS.has(folded);
}

export function isStopWord(folded: string): boolean {
  return STOP_WORDS.has(folded);
}

import porterStemmerNl from 'natural/lib/natural/stemmers/porter_stemmer_nl.js';

/**
 * Irregular forms the Porter stemmer cannot bring together, folded, with their final stem. Kept small on purpose: each
 * line is a word residents really use whose forms would otherwise not meet.
 */
const LEMMAS: Readonly<Record<string, string>> = {
  kinderen: 'kind',
  kinder: 'kind',
  kids: 'kind',
  sta: 'stan',
  staat: 'stan',
  stond: 'stan',
  stonden: 'stan',
  help: 'hulp',
  helpen: 'hulp',
  helpt: 'hulp',
  geholpen: 'hulp',
  eet: 'eten',
  at: 'eten',
  aten: 'eten',
  gegeten: 'eten',
  woon: 'won',
  woont: 'won',
  woonde: 'won',
  gewoond: 'won',
  werkt: 'werk',
  gewerkt: 'werk',
  leer: 'ler',
  leert: 'ler',
  geleerd: 'ler',
  betaal: 'betal',
  betaalt: 'betal',
  betaald: 'betal',
  zorgt: 'zorg',
  gezorgd: 'zorg',
  gepraat: 'prat',
  verhuis: 'verhuis',
  verhuist: 'verhuis',
  verhuisd: 'verhuis',
  scheid: 'scheid',
  gescheiden: 'scheid',
  sla: 'slan',
  slaat: 'slan',
  sloeg: 'slan',
  geslagen: 'slan',
  // "ouderen" (older people) and "ouders" (parents) both stem to "ouder": keep them apart.
  ouderen: 'oudere',
  oudere: 'oudere',
};

/** Diminutives: "klusje", "baantje", "huisjes" mean the same thing as klus, baan, huis. */
function stripDiminutive(word: string): string {
  const match = /^(.{3,}?)(?:etjes|etje|tjes|tje|pjes|pje|jes|je)$/.exec(word);
  if (match?.[1] === undefined) return word;
  const base = match[1];
  // "meisje" and "beetje" are words of their own, but stripping them the same way on both sides
  // of the match keeps them equal; only very short bases would collide with other words.
  return base.length >= 3 ? base : word;
}

/**
 * The stem of one folded word: irregular forms first, then natural's Dutch Porter stemmer, then
 * three repairs the stemmer leaves out: a doubled last consonant (lessen → less → les), a final
 * v or z (brieven → briev → brief, huizen → huiz → huis) and diminutives. Words with digits and
 * words of three letters or fewer are kept as they are.
 */
export function stemWord(folded: string): string {
  const lemma = LEMMAS[folded];
  if (lemma !== undefined) return lemma;
  if (folded.length <= 3 || /[0-9]/.test(folded)) return folded;
  let stem = porterStemmerNl.stem(stripDiminutive(folded));
  stem = stem.replace(/([bcdfghjklmnpqrstvwxz])\1$/, '$1');
  if (stem.length > 3) stem = stem.replace(/v$/, 'f').replace(/z$/, 's');
  return stem;
}

/** A stemmer with a cache, for one index or one batch of queries (no module-level state). */
export function createStemmer(): (folded: string) => string {
  const cache = new Map<string, string>();
  return (folded) => {
    let stem = cache.get(folded);
    if (stem === undefined) {
      stem = stemWord(folded);
      cache.set(folded, stem);
    }
    return stem;
  };
}

/**
 * Target groups that are no age and that a person belongs to at any age (ADR 0013, amendment
 * session 21, "an age group or another group"). An entry for "65-plussers en mensen met een
 * beperking" serves anyone in either group: a resident whose own words show the second group is
 * not left out for their age. Read only from what the resident wrote, never guessed.
 */
export type GroupBesideAge = 'mensen-met-een-beperking' | 'nieuwkomers' | 'laaggeletterden';

export const GROUPS_BESIDE_AGE: ReadonlySet<string> = new Set<GroupBesideAge>([
  'mensen-met-een-beperking',
  'nieuwkomers',
  'laaggeletterden',
]);

/**
 * Word parts that show the group, Dutch and English. `within` may stand inside a compound
 * ("gehoorbeperking", "rolstoelgebruiker"); `starts` only at the start of a word, since the short
 * ones are parts of other words too.
 */
const SIGNS: Readonly<
  Record<GroupBesideAge, { within: readonly string[]; starts: readonly string[]; phrases: RegExp }>
> = {
  'mensen-met-een-beperking': {
    within: [
      'beperking',
      'gehandicapt',
      'rolstoel',
      'scootmobiel',
      'slechtziend',
      'slechthorend',
      'dwarslaesie',
      'wheelchair',
    ],
    starts: ['handicap', 'invalide', 'blind', 'doof', 'autis', 'disab', 'deaf'],
    phrases:
      /\b(?:(?:verstandelijk|lichamelijk|visueel|auditief) beperkt|visually impaired|partially sighted|hard of hearing)\b/,
  },
  nieuwkomers: {
    within: ['statushouder', 'vluchteling', 'asielzoeker', 'inburger', 'refugee'],
    starts: ['asylum'],
    phrases: /\bstatus holder\b/,
  },
  laaggeletterden: {
    within: ['laaggeletterd', 'analfabe', 'illitera'],
    starts: [],
    phrases:
      /\b(?:kan (?:niet|slecht|nauwelijks) (?:goed )?lezen|moeite met lezen|(?:can ?not|can't) read)\b/,
  },
};

/** A word right before a sign that denies it ("geen beperking", "not disabled"). */
const DENIALS = new Set(['geen', 'niet', 'no', 'not']);

function plain(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[’']/g, "'");
}

/** Whether `word` (plain, lower case) is a sign of `group`, unless `previous` denies it. */
function isSign(group: GroupBesideAge, word: string, previous: string): boolean {
  const signs = SIGNS[group];
  return (
    !DENIALS.has(previous) &&
    (signs.within.some((part) => word.includes(part)) ||
      signs.starts.some((part) => word.startsWith(part)))
  );
}

/** The groups beside age that the resident's own words show they belong to. */
export function groupsNamedIn(text: string): ReadonlySet<GroupBesideAge> {
  const lower = plain(text);
  const words = lower.split(/[^\p{L}\p{N}'-]+/u).filter((word) => word.length > 0);
  const found = new Set<GroupBesideAge>();
  for (const group of Object.keys(SIGNS) as GroupBesideAge[]) {
    const named = words.some((word, at) => isSign(group, word, words[at - 1] ?? ''));
    if (named || SIGNS[group].phrases.test(lower)) found.add(group);
  }
  return found;
}

/**
 * The positions of the words among `words` (the question's words as the search reads them) that
 * are a sign of one of `groups` ("rolstoel", "slechtziend"). Those words let an entry for another
 * age in; the search does not let them also carry it (search.ts). Single words only: a phrase
 * ("kan niet goed lezen") also says what the question is about.
 */
export function groupSignPositions(
  words: readonly string[],
  groups: ReadonlySet<GroupBesideAge>,
): ReadonlySet<number> {
  const lower = words.map(plain);
  const positions = new Set<number>();
  lower.forEach((word, at) => {
    for (const group of groups) {
      if (isSign(group, word, lower[at - 1] ?? '')) positions.add(at);
    }
  });
  return positions;
}

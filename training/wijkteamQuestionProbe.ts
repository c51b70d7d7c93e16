/**
 * `npx tsx training/wijkteamQuestionProbe.ts [--show]`: a resident who asks about the wijkteam
 * itself (how to reach it, what it does, whether they may go there, who is in it) gets the
 * wijkteam's own answer; a resident who only mentions the wijkteam beside a need of their own
 * ("het wijkteam zei dat ik naar de voedselbank moet") is searched as always (docs/adr/0013,
 * session 18, "a question about the wijkteam itself"). Counts the understanding pass's
 * `aboutWijkteam` reading on the probe's phrasings (this file's own, written for this amendment)
 * and on the wijkteam group of training/namedServiceProbe.ts, each labelled here. Dev data only.
 * The phrasings and their labels were committed before the recogniser was scored; not changed after.
 */
import { understand } from '../src/understanding/understand.js';

export interface WijkteamCase {
  readonly text: string;
  /** `about`: a question about the wijkteam itself; `beside`: the wijkteam named beside a need. */
  readonly kind: 'about' | 'beside';
}

/** New phrasings: Dutch and English, plain, NT2 and with typos; about vs beside a need. */
export const WIJKTEAM_CASES: readonly WijkteamCase[] = [
  { text: 'hoe kan ik het wijkteam bereiken', kind: 'about' },
  { text: 'wat is het telefoonnummer van het wijkteam?', kind: 'about' },
  { text: 'wat doet een wijkteam eigenlijk', kind: 'about' },
  { text: 'wie zitten er allemaal in het wijkteam', kind: 'about' },
  { text: 'mag ik zomaar naar het wijkteam gaan?', kind: 'about' },
  { text: 'waar zit het wijkteam bij ons in de buurt', kind: 'about' },
  { text: 'wat is een wijkteam', kind: 'about' },
  { text: 'ik wil weten hoe ik met het wijkteam contact kan opnemen', kind: 'about' },
  { text: 'heeft onze wijk een wijkteam', kind: 'about' },
  { text: 'hoe meld ik me aan bij het wijkteam', kind: 'about' },
  { text: 'kost het wijkteam geld?', kind: 'about' },
  { text: 'wijkteam telefoon nummer', kind: 'about' },
  { text: 'hoe werkt het wijkteam', kind: 'about' },
  // NT2 and typos.
  { text: 'ik wil contact wijkteam hoe', kind: 'about' },
  { text: 'wijk team waar is', kind: 'about' },
  { text: 'hoe kan ik wijkteem bellen', kind: 'about' },
  { text: 'wat doet wijtkeam', kind: 'about' },
  // English.
  { text: 'how can I contact the neighbourhood team', kind: 'about' },
  { text: 'what does the wijkteam do', kind: 'about' },
  { text: 'who works in the neighborhood team?', kind: 'about' },
  { text: 'where can I find the wijkteam', kind: 'about' },
  // The wijkteam named beside a need of the resident's own: searched as always.
  { text: 'het wijkteam zei dat ik naar de voedselbank moet', kind: 'beside' },
  {
    text: 'mijn buurvrouw heeft hulp van het wijkteam, kan ik ook hulp bij schulden krijgen',
    kind: 'beside',
  },
  { text: 'kan het wijkteam mij helpen met mijn huurachterstand', kind: 'beside' },
  { text: 'het wijkteam stuurde me hierheen voor een taalcursus', kind: 'beside' },
  { text: 'de wijkcoach zegt dat ik een maatje kan krijgen voor mijn moeder', kind: 'beside' },
  {
    text: 'ik heb al hulp van het wijkteam maar zoek nog een zwemles voor mijn zoon',
    kind: 'beside',
  },
  { text: 'wijkteem zegt ik moet hulp zoeken voor mijn eenzaamheid', kind: 'beside' },
  { text: 'the wijkteam told me to look for help with my debts', kind: 'beside' },
  { text: 'can the neighbourhood team help me find a job', kind: 'beside' },
  { text: 'mijn zoon blowt veel, moet ik naar het wijkteam?', kind: 'beside' },
];

/**
 * training/namedServiceProbe.ts's wijkteam group (its texts copied: that probe runs when imported),
 * labelled here: the wijkwijzer's spreekuur is an entry of the kaart, not the wijkteam, and a
 * wijkcoach asked about the resident's bills is a need.
 */
export const NAMED_WIJKTEAM_LABELS: Readonly<Record<string, WijkteamCase['kind']>> = {
  'hoe kom ik in contact met het wijkteam': 'about',
  'wat doet het wijkteam precies': 'about',
  'mijn buurvrouw zei dat ik naar het wijkteam moest, hoe werkt dat': 'about',
  'heeft mijn wijk ook een wijkcoach': 'about',
  'ik heb vroeger een wijkcoach gehad, kan ik die weer krijgen': 'about',
  'kan een wijkcoach meekijken naar mijn rekeningen': 'beside',
  'how do I reach the wijkteam in my area': 'about',
  'wanneer is het spreekuur van de wijkwijzer': 'beside',
  'waar is de wijkwijzer bij mij in de buurt': 'beside',
  'wanneer heeft de wijkcoach van het sociaal plein spreekuur': 'about',
  'ik wil naar de wijkcoach': 'about',
};

function main(): void {
  const show = process.argv.includes('--show');
  const named = Object.entries(NAMED_WIJKTEAM_LABELS).map(([text, kind]) => ({ text, kind }));
  const cases = [...named, ...WIJKTEAM_CASES];
  const tally = { about: { fired: 0, of: 0 }, beside: { fired: 0, of: 0 } };
  for (const c of cases) {
    const reading = understand(c.text, { assessSafety: () => undefined }).aboutWijkteam;
    const fired = reading !== undefined;
    tally[c.kind].of += 1;
    if (fired) tally[c.kind].fired += 1;
    const wrong = fired !== (c.kind === 'about');
    if (show || wrong)
      console.log(`${wrong ? 'WRONG' : 'ok   '} ${c.kind.padEnd(6)} ${reading ?? '-'}  ${c.text}`);
  }
  console.log(
    `about the wijkteam: ${tally.about.fired} of ${tally.about.of} answered; beside a need: ${tally.beside.fired} of ${tally.beside.of} answered`,
  );
}

main();

/**
 * `npx tsx training/wijkteamTranscripts.ts [kaart-folder] [phrase...]`: whole conversations of the
 * wijkteam probe phrasings (training/wijkteamPhrasings.txt) on one dev kaart (default Korfhuizen),
 * as bench:understanding plays a resident: what the conversation does when the resident asks for
 * the wijkteam itself (ADR 0013, session 22). Prints each transcript and the cards shown; `--count`
 * only how many conversations show the kaart's wijkteam entry as a card.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { kaartForConversation } from '../scripts/understanding/kaartConversation.js';
import { playAsBenchResident, conversationChoice } from '../bench/understandingConversation.js';
import { DEV_KAART_FOLDERS, type BenchCase } from '../bench/benchSupport.js';
import { wijkteamEntryOf } from '../src/search/wijkteamEntry.js';
import { PROBE_ROOT, PROBE_TODAY } from './probeKaart.js';

const count = process.argv.includes('--count');
const [folder = 'kaart-korfhuizen', ...given] = process.argv
  .slice(2)
  .filter((arg) => arg !== '--count');
if (!DEV_KAART_FOLDERS.includes(folder) && folder !== 'knowledge') {
  // Never an apart kaart, Hengelo or a frozen set: only the dev kaarten and golden's knowledge.
  console.error(`${folder}: a dev kaart folder or knowledge only`);
  process.exit(1);
}
const dir = path.join(PROBE_ROOT, folder === 'knowledge' ? '' : 'test/fixtures', folder);
const phrasings =
  given.length > 0
    ? given
    : readFileSync(path.join(PROBE_ROOT, 'training/wijkteamPhrasings.txt'), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '' && !line.startsWith('#'));
const { catalogue, index, knowledge, clock } = await kaartForConversation(dir, PROBE_TODAY);
const team = wijkteamEntryOf(catalogue);
let shown = 0;
for (const text of phrasings) {
  const english = /^(how|where|i |who|can|phone)/i.test(text);
  const c = {
    text,
    expected: team === undefined ? [] : [team.id],
    category: english ? 'english' : 'nl',
  } as BenchCase;
  const chosen = conversationChoice(index, c, PROBE_TODAY);
  const { played, hit } = await playAsBenchResident(catalogue, knowledge, clock, c, chosen);
  if (team !== undefined && played.cards.includes(team.naam)) shown += 1;
  if (count) continue;
  console.log(
    `### ${text} -> ended ${played.endedWith}, cards ${played.cards.join(' / ')}, hit ${hit}`,
  );
  if (process.env.VERBOSE === '1') console.log(played.transcript.join('\n'));
}
if (count)
  console.log(`${folder}: the wijkteam entry's card shown in ${shown} of ${phrasings.length}`);

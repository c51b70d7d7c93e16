import path from 'node:path';
import type { Actor, NewCase } from '../../src/cases/case.js';
import { transitionCase } from '../../src/cases/caseRepository.js';
import { InMemoryCaseRepository } from '../../src/cases/memoryCaseRepository.js';
import { loadRoutingFile } from '../../src/cases/routing.js';
import { selectableOutcomes } from '../../src/cases/status.js';
import { countingRepository } from '../../src/insights/caseEvents.js';
import { RecordingInsights } from '../../src/insights/insights.js';
import { DayFileAggregateStore } from '../../src/insights/dayFileAggregateStore.js';
import { createHarness, type Chat } from '../dialogs/conversationHarness.js';
import { silentLogger } from '../support/logs.js';
import { ManualClock } from '../support/manualClock.js';

/**
 * A month of synthetic activity through the real recording paths (ADR 0017): the
 * real dialogs (conversation harness) count through the Insights port, and cases go through the
 * counting repository with the real state machine. 30 days, the 9 wijkteams of
 * knowledge/routering.yaml, every route (helped, no answer, search again, wants a person, no good
 * match, handover offered / accepted / refused, crisis), every pilot outcome, and the answers of
 * residents who come back two days later to "Is het gelukt?" (the opening dialog's follow-up).
 */

const DAY_MS = 24 * 60 * 60 * 1000;

export interface SyntheticMonth {
  readonly searches: number;
  readonly crises: number;
  readonly cases: number;
  /** Answers to "Is het gelukt?" per outcome (a skipped question is not counted). */
  readonly followUps: Readonly<Record<string, number>>;
  readonly wijkteams: readonly string[];
}

/** The follow-up choices, as a returning resident types them, and the outcome each counts as. */
const followUpReplies = [
  ['ja, gelukt', 'got_help'],
  ['ik kon niemand bereiken', 'could_not_reach'],
  ['ik mocht er niet heen', 'did_not_qualify'],
  ['er was geen plek', 'no_place'],
  ['overslaan', undefined],
] as const;

/**
 * A resident who searched before opens a new chat, says it was them (docs/adr/0010, the resident
 * key on shared computers) and answers "Is het gelukt?".
 */
async function comesBack(chat: Chat, reply: string): Promise<void> {
  await chat.join();
  const opening = await chat.say('Ja, dat was ik');
  if (!JSON.stringify(opening).includes('Is het gelukt?')) {
    throw new TypeError('the returning resident was not asked "Is het gelukt?"');
  }
  await chat.say(reply);
}

async function shownOnly(chat: Chat, answer: string | undefined): Promise<void> {
  await chat.join();
  await chat.say('Ik kan mijn rekeningen niet meer betalen');
  await chat.say('ja');
  await chat.say('1');
  await chat.say('45 jaar');
  await chat.say('7544');
  await chat.say('ja, zelf');
  if (answer !== undefined) await chat.say(answer);
}

/** A search that finds help; "Ja, dit helpt" is followed by a score. */
async function helped(chat: Chat): Promise<void> {
  await shownOnly(chat, 'Ja');
  await chat.say('4');
}

async function noMatch(chat: Chat, accept: boolean): Promise<void> {
  await chat.join();
  await chat.say('Ik zoek een plek om te klussen aan mijn huis');
  await chat.say('ja');
  await chat.say('voor mezelf');
  await chat.say('45');
  await chat.say('Wesselerbrink');
  await chat.say('overslaan');
  await chat.say(accept ? 'ja' : 'nee');
  if (accept) await chat.say('nee'); // no consent: refused at the consent question
}

async function handover(chat: Chat): Promise<void> {
  await chat.join();
  // A wish for a person is heard at once (docs/adr/0014): only the postcode is asked first.
  await chat.say('Ik wil graag iemand van het wijkteam spreken over mijn schulden');
  await chat.say('7544 AB');
  await chat.say('Ja, dat mag');
  await chat.say('Mijn naam is Fatima');
  await chat.say('06-12345678');
  await chat.say('ja');
  await chat.say('na 15 uur');
  await chat.say('ja, versturen');
}

async function crisis(chat: Chat): Promise<void> {
  await chat.join();
  await chat.say('Ik heb schulden');
  await chat.say('ja');
  await chat.say('ik wil niet meer leven');
}

function directCase(wijkteam: string, wijk: string, stadsdeel: 'west' | 'zuid'): NewCase {
  return {
    wijkteam,
    story: {
      summary: 'Synthetische vraag voor de monitor.',
      levensgebieden: ['geld'],
      wijk,
      stadsdeel,
      forWhom: 'zelf',
      ageBand: '27-66',
      triedAlready: '',
      voorzieningenShown: [],
      conversationCount: 1,
    },
    consent: { given: true, at: '2026-03-01T10:00:00.000Z', textVersion: 'overdracht-2026-01' },
    melder: { name: 'Test', phone: '0612345678' },
    residentKey: 'webchat:synthetic',
  };
}

/** Writes March 2026 into DATA_DIR/insights of `dataDir`; closes the store when done. */
export async function buildSyntheticMonth(
  dataDir: string,
  knowledgeDir: string,
): Promise<SyntheticMonth> {
  const routing = await loadRoutingFile(path.join(knowledgeDir, 'routering.yaml'));
  const wijkteams = routing.teams.map((team) => team.id);
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  const store = await DayFileAggregateStore.open({
    dir: path.join(dataDir, 'insights'),
    logger: silentLogger(),
  });
  const insights = new RecordingInsights({ store, clock });
  const cases = countingRepository(
    new InMemoryCaseRepository({ clock, referencePrefix: 'WW', logger: silentLogger() }),
    insights,
  );
  const harness = createHarness({ clock, insights, cases });
  const staff: Actor = { kind: 'staff', id: 'synthetic-staff', name: 'Test', coordinator: true };

  let searches = 0;
  let crises = 0;
  let created = 0;
  const followUps: Record<string, number> = {};
  let returning = 0;
  for (let day = 0; day < 30; day += 1) {
    const start = new Date(Date.UTC(2026, 2, 2 + day, 9, 0, 0));
    const advance = start.getTime() - clock.now().getTime();
    if (advance > 0) clock.advance(advance);
    // Each day: two helped searches, one answered otherwise, one miss and a handover or crisis.
    await helped(harness.chat({ user: `u-${day}-a` }));
    await helped(harness.chat({ user: `u-${day}-b` }));
    const answers = [undefined, 'Iets anders zoeken', '3'];
    await shownOnly(harness.chat({ user: `u-${day}-c` }), answers[day % 3]);
    await noMatch(harness.chat({ user: `u-${day}-d` }), day % 2 === 0);
    searches += 4;
    // Two days later the residents of the two helped searches come back (same user id).
    if (day >= 2) {
      for (const user of [`u-${day - 2}-a`, `u-${day - 2}-b`]) {
        const [reply, outcome] = followUpReplies[returning % followUpReplies.length] ?? [
          'overslaan',
          undefined,
        ];
        returning += 1;
        await comesBack(harness.chat({ user }), reply);
        if (outcome !== undefined) followUps[outcome] = (followUps[outcome] ?? 0) + 1;
      }
    }
    if (day % 2 === 0) {
      await handover(harness.chat({ user: `u-${day}-e` }));
      created += 1;
    } else {
      await crisis(harness.chat({ user: `u-${day}-e` }));
      crises += 1;
    }
    // Cases straight into the counting repository, for every wijkteam in turn.
    const team = wijkteams[day % wijkteams.length] ?? 'centrum';
    const made = await cases.create(
      directCase(
        team,
        day % 2 === 0 ? 'Boswinkel' : 'Wesselerbrink',
        day % 2 === 0 ? 'west' : 'zuid',
      ),
    );
    created += 1;
    // Picked up and closed a few days later, all within March.
    const caseClock = new ManualClock(clock.now());
    caseClock.advance((day < 24 ? day % 4 : 0) * DAY_MS);
    const claimed = await transitionCase(
      cases,
      made.reference,
      { type: 'claim' },
      staff,
      1,
      caseClock,
    );
    caseClock.advance((day < 24 ? day % 3 : 0) * DAY_MS);
    const version = claimed.ok ? claimed.case.version : 2;
    const outcome = selectableOutcomes[day % selectableOutcomes.length];
    if (day % 6 === 5) {
      await transitionCase(cases, made.reference, { type: 'cancel' }, staff, version, caseClock);
    } else if (outcome !== undefined) {
      const event = { type: 'close', outcome } as const;
      await transitionCase(cases, made.reference, event, staff, version, caseClock);
    }
  }
  await store.close();
  return { searches, crises, cases: created, followUps, wijkteams };
}

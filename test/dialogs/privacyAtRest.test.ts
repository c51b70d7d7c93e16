import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileStateStorage, stateDirectory } from '../../src/bot/fileStateStorage.js';
import { casesDirectory, FileCaseRepository } from '../../src/cases/fileCaseRepository.js';
import { silentLogger } from '../support/logs.js';
import { ManualClock } from '../support/manualClock.js';
import { createHarness, type Chat, type Harness } from './conversationHarness.js';

/**
 * docs/privacy.md, "What is stored": BSN, IBAN, phone numbers and e-mail addresses typed in free text are masked
 * before anything is stored, and contact details are kept only as long as the handover needs
 * them. Transcripts run against the real file state storage and the real file case store; then
 * every data file is read back and searched.
 */

/** Identifiers a resident types where they do not belong: in their story, not at the contact question. */
const TYPED = {
  bsn: '111222333',
  bsnSpaced: '111 222 333',
  iban: 'NL91ABNA0417164300',
  ibanSpaced: 'NL91 ABNA 0417 1643 00',
  phone: '0687654321',
  email: 'geheim@voorbeeld.nl',
  international: '+31 6 11223344',
};
/** Given at the contact question: these belong in the case's contact details and nowhere else. */
const CONTACT = { phone: '0612345678', phoneTyped: '06 12345678', name: 'Fatima' };

/** All conversation state as one text: the files under state/ (one per state key). */
function stateText(files: Record<string, string>): string {
  return filesUnder(files, 'state');
}

/** All cases as one text: the files under cases/ (one per case). */
function casesText(files: Record<string, string>): string {
  return filesUnder(files, 'cases');
}

function filesUnder(files: Record<string, string>, folder: string): string {
  return Object.entries(files)
    .filter(([name]) => name.startsWith(`${folder}${path.sep}`))
    .map(([, content]) => content)
    .join('\n');
}

describe('identifiers and contact details at rest', () => {
  let dir: string;
  let clock: ManualClock;
  let state: FileStateStorage;
  let cases: FileCaseRepository;
  let harness: Harness;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'wijkwijzer-privacy-'));
    clock = new ManualClock('2026-03-02T09:00:00Z');
    state = await FileStateStorage.open({
      dir: stateDirectory(dir),
      logger: silentLogger(),
      clock,
    });
    cases = await FileCaseRepository.open({
      dir: casesDirectory(dir),
      clock,
      referencePrefix: 'WW',
      logger: silentLogger(),
    });
    harness = createHarness({ storage: state, cases, clock });
  });

  afterEach(async () => {
    await state.close();
    await cases.close();
    await rm(dir, { recursive: true, force: true });
  });

  /** Every file in the data directory, by name. */
  async function dataFiles(): Promise<Record<string, string>> {
    const files: Record<string, string> = {};
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      files[path.relative(dir, file)] = await readFile(file, 'utf8');
    }
    return files;
  }

  async function expectNowhere(values: readonly string[]): Promise<void> {
    const files = await dataFiles();
    // The conversation state is there to search: one file per state key under state/.
    expect(Object.keys(files).some((name) => name.startsWith(`state${path.sep}`))).toBe(true);
    for (const [name, content] of Object.entries(files)) {
      for (const value of values) {
        expect(content, `${value} in ${name}`).not.toContain(value);
        // A number also in any other spacing: its digits in a row.
        const digits = value.replace(/\D/g, '');
        if (digits.length >= 6)
          expect(content, `${value} (digits) in ${name}`).not.toContain(digits);
      }
    }
  }

  async function toSummary(chat: Chat): Promise<void> {
    await chat.join();
    await chat.say(
      `Mijn BSN is ${TYPED.bsnSpaced} en de bank (${TYPED.ibanSpaced}) schrijft mij steeds aan over mijn schulden`,
    );
    await chat.say('ja');
    await chat.say('voor mezelf');
    await chat.say('45');
    await chat.say('7544');
    await chat.say(`Ik heb de schuldeiser gebeld op ${TYPED.phone} en gemaild naar ${TYPED.email}`);
    await chat.say('Ik wil met iemand praten');
    await chat.say('ja');
    await chat.say(CONTACT.name);
    await chat.say(CONTACT.phoneTyped);
    await chat.say('ja');
    await chat.say('in de ochtend');
  }

  it('masks every identifier in free text before it is stored: first message, what was tried, the correction', async () => {
    const chat = harness.chat();
    await toSummary(chat);
    // While the handover waits for "Ja, versturen", the story in the state is already masked.
    await expectNowhere([TYPED.bsn, TYPED.iban, TYPED.phone, TYPED.email]);
    await chat.say('Aanpassen');
    await chat.say('Mijn vraag');
    await chat.say(
      `Schulden bij de bank, BSN ${TYPED.bsn}, rekening ${TYPED.iban}, bel ${TYPED.international}`,
    );
    await expectNowhere([TYPED.bsn, TYPED.iban, TYPED.phone, TYPED.email, TYPED.international]);
    await chat.say('Ja, versturen');

    const [stored] = await cases.list();
    expect(stored?.story.summary).toBe(
      'Schulden bij de bank, BSN [BSN weggehaald], rekening [rekeningnummer weggehaald], bel [telefoonnummer weggehaald]',
    );
    expect(stored?.story.triedAlready).toContain(
      'Ik heb de schuldeiser gebeld op [telefoonnummer weggehaald] en gemaild naar [e-mailadres weggehaald]',
    );
    await expectNowhere([TYPED.bsn, TYPED.iban, TYPED.phone, TYPED.email, TYPED.international]);
    // The contact details given at the contact question live in the case, and nowhere else.
    const files = await dataFiles();
    expect(stateText(files)).not.toContain(CONTACT.phone);
    expect(stateText(files)).not.toContain(CONTACT.name);
    expect(casesText(files)).toContain(CONTACT.phone);
  });

  it('forgets the contact details when the resident does not send the handover', async () => {
    const chat = harness.chat();
    await toSummary(chat);
    expect(stateText(await dataFiles())).toContain(CONTACT.phone);
    await chat.say('Niet versturen');
    const files = await dataFiles();
    expect(stateText(files)).not.toContain(CONTACT.phone);
    expect(stateText(files)).not.toContain(CONTACT.name);
    expect(await cases.list()).toEqual([]);
  });

  it('drops the contact details of a handover left unfinished, at the next turn after the hold', async () => {
    const chat = harness.chat();
    await toSummary(chat);
    expect(stateText(await dataFiles())).toContain(CONTACT.phone);
    // The resident walks away; an hour and more later something arrives in the same chat.
    clock.advance(61 * 60 * 1000);
    const later = await chat.say('hallo?');
    const files = await dataFiles();
    expect(stateText(files)).not.toContain(CONTACT.phone);
    expect(stateText(files)).not.toContain(CONTACT.name);
    // Nothing was sent without the details: the summary cannot go out any more.
    expect(JSON.stringify(later)).not.toMatch(/WW-\d{4}-\d{6}/);
    expect(await cases.list()).toEqual([]);
  });

  it('keeps no identifier from a message that went straight to a person, nor from the unsent story it keeps for later', async () => {
    const chat = harness.chat({ user: 'resident-2' });
    await chat.join();
    await chat.say(
      `Ik wil graag iemand van het wijkteam spreken over mijn schulden, mijn BSN is ${TYPED.bsn}`,
    );
    await chat.say('7544');
    await chat.say('ja');
    // The resident leaves before giving contact details: the story waits, masked, for a week.
    await expectNowhere([TYPED.bsn]);
    const files = await dataFiles();
    expect(stateText(files)).toContain('[BSN weggehaald]');
  });
});

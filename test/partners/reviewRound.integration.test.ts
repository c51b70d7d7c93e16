import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import type { Catalogue } from '../../src/knowledge/catalogue.js';
import { ChangeLog } from '../../src/partners/changeLog.js';
import { loadFieldHelp } from '../../src/partners/fieldHelp.js';
import { createMailer } from '../../src/partners/mailer.js';
import { PartnerKnowledge } from '../../src/partners/partnerKnowledge.js';
import type { PartnerIdentity } from '../../src/partners/partnerIdentity.js';
import {
  residentCatalogue,
  reviewState,
  unconfirmedEntries,
} from '../../src/partners/reviewRound.js';
import { ReviewReminders } from '../../src/partners/reviewReminders.js';
import { voorzieningSchema } from '../../src/knowledge/schema.js';
import { silentLogger } from '../support/logs.js';
import { ManualClock } from '../support/manualClock.js';
import { startLoopbackSmtp, type LoopbackSmtp } from '../support/loopbackSmtp.js';
import { createTempDirectory, type TempDirectory } from '../support/tempDirectory.js';
import { addPartnerAddresses, ANNA, HENK } from './partnerHarness.js';

const policy = { checkMonths: 6, graceMonths: 3 };

describe('the "klopt dit nog?" round', () => {
  it('due after the check period, unconfirmed after the grace months; never checked is due, not hidden', () => {
    expect(reviewState(null, '2026-12-01', policy)).toEqual({ state: 'due', dueOn: null });
    expect(reviewState('2026-07-01', '2026-12-01', policy)).toEqual({
      state: 'fresh',
      dueOn: '2027-01-01',
    });
    expect(reviewState('2026-05-01', '2026-12-01', policy)).toEqual({
      state: 'due',
      dueOn: '2026-11-01',
    });
    expect(reviewState('2026-02-01', '2026-12-01', policy)).toEqual({
      state: 'unconfirmed',
      dueOn: '2026-08-01',
    });
  });

  describe('on a copy of the knowledge', () => {
    let temp: TempDirectory;
    let knowledgeDir: string;
    let smtp: LoopbackSmtp;
    let clock: ManualClock;
    let catalogue: Catalogue;

    const anna: PartnerIdentity = {
      kind: 'partner',
      beheerder: 'alifa',
      actorKey: 'k1',
      label: 'a***@alifa.example',
      redactie: false,
    };
    const ria: PartnerIdentity = {
      kind: 'staff',
      actorKey: 'r1',
      label: 'Rosa Voorbeeld',
      via: 'dev',
      redactie: true,
    };

    async function reload(): Promise<void> {
      const result = await loadKnowledge(knowledgeDir, { clock });
      if (!result.ok) throw new Error('knowledge copy is invalid');
      catalogue = result.catalogue;
    }

    function partnerKnowledge(approval = false): PartnerKnowledge {
      return new PartnerKnowledge({
        knowledgeDir,
        clock,
        changeLog: new ChangeLog(temp.path),
        beheerders: () => catalogue.beheerders,
        reload,
        approval,
        review: policy,
      });
    }

    beforeEach(async () => {
      temp = await createTempDirectory();
      knowledgeDir = path.join(temp.path, 'knowledge');
      await cp(path.resolve('knowledge'), knowledgeDir, { recursive: true });
      await addPartnerAddresses(knowledgeDir);
      smtp = await startLoopbackSmtp();
      clock = new ManualClock('2026-12-01T09:00:00.000Z');
      await reload();
    });

    afterEach(async () => {
      await smtp.close();
      await temp.remove();
    });

    it('mails one reminder per beheerder with due entries, at most once a week', async () => {
      const config = loadConfig({ SMTP_URL: smtp.url, DATA_DIR: temp.path });
      const reminders = await ReviewReminders.open({
        dataDir: temp.path,
        clock,
        logger: silentLogger(),
        mailer: createMailer(config, silentLogger()),
        knowledge: partnerKnowledge(),
        beheerders: () => catalogue.beheerders,
        publicUrl: 'https://wijkwijzer.example',
        intervalDays: 7,
      });
      try {
        const first = await reminders.runOnce();
        expect(first.sent).toEqual(['redactie-wijkwijzer', 'alifa', 'humanitas']);
        const mail = await smtp.nextTo(ANNA);
        expect(mail.subject).toBe('Klopt dit nog? Voorzieningen van Alifa nakijken');
        expect(mail.text).toContain('https://wijkwijzer.example/partners/?organisatie=alifa');
        expect(mail.text).toContain('- Jongerenwerk');
        await smtp.nextTo(HENK);
        expect(smtp.messages.filter((message) => message.to.includes(ANNA))).toHaveLength(1);

        clock.advance(6 * 24 * 3600_000);
        expect((await reminders.runOnce()).sent).toEqual([]);
        clock.advance(24 * 3600_000 + 1);
        expect((await reminders.runOnce()).sent).toEqual([
          'redactie-wijkwijzer',
          'alifa',
          'humanitas',
        ]);
      } finally {
        await reminders.close();
      }
    });

    it('"Klopt nog" writes today and the change log records who; unconfirmed entries are flagged and can be hidden', async () => {
      const knowledge = partnerKnowledge();
      const view = await knowledge.get('alifa', 'alifa-jongerenwerk');
      const result = await knowledge.confirm(anna, 'alifa', view.id, view.etag);
      expect(result.kind).toBe('saved');
      if (result.kind === 'saved') {
        expect(result.record).toMatchObject({
          action: 'confirm',
          fields: ['gecontroleerd'],
          actor: { label: 'a***@alifa.example' },
        });
      }
      expect(
        await readFile(path.join(knowledgeDir, 'voorzieningen', 'alifa.yaml'), 'utf8'),
      ).toContain('    gecontroleerd: 2026-12-01\n');
      expect(catalogue.voorziening('alifa-jongerenwerk')?.gecontroleerd).toBe('2026-12-01');

      // Ten months later the confirmation is long overdue: flagged, and hidden only when set.
      const later = '2027-10-02';
      expect(unconfirmedEntries(catalogue, later, policy)).toEqual([
        {
          id: 'alifa-jongerenwerk',
          naam: 'Jongerenwerk',
          beheerder: 'alifa',
          gecontroleerd: '2026-12-01',
          dueOn: '2027-06-01',
        },
      ]);
      expect(residentCatalogue(catalogue, later, { ...policy, hideUnconfirmed: false })).toBe(
        catalogue,
      );
      const hidden = residentCatalogue(catalogue, later, { ...policy, hideUnconfirmed: true });
      expect(hidden.voorzieningen.map((entry) => entry.id)).not.toContain('alifa-jongerenwerk');
      expect(hidden.voorzieningen).toHaveLength(catalogue.voorzieningen.length - 1);
    });

    it('with approval on, a partner change waits for the redactie and is written only when approved', async () => {
      const knowledge = partnerKnowledge(true);
      const file = path.join(knowledgeDir, 'voorzieningen', 'alifa.yaml');
      const before = await readFile(file, 'utf8');
      const view = await knowledge.get('alifa', 'alifa-opvoedsteun');
      const pending = await knowledge.save(anna, 'alifa', {
        originalId: view.id,
        etag: view.etag,
        entry: { ...view.entry, kosten: 'gratis' },
        bron: null,
      });
      expect(pending.kind).toBe('pending');
      expect(await readFile(file, 'utf8')).toBe(before);
      expect((await knowledge.get('alifa', 'alifa-opvoedsteun')).pending).not.toBeNull();
      if (pending.kind !== 'pending') return;
      await expect(knowledge.decide(anna, pending.record.seq, true)).rejects.toMatchObject({
        code: 'WW-4111',
      });
      await knowledge.decide(ria, pending.record.seq, true);
      expect(await readFile(file, 'utf8')).toContain('    kosten: gratis\n');
      await expect(knowledge.decide(ria, pending.record.seq, false)).rejects.toMatchObject({
        code: 'WW-4115',
      });
    });

    it('the form help is the README table itself, and the README documents every field of the schema', async () => {
      const help = await loadFieldHelp(knowledgeDir);
      const readme = await readFile(path.join(knowledgeDir, 'README.md'), 'utf8');
      expect(help['contact.telefoon']?.help).toBe(
        "Bijvoorbeeld 053-1234567, 06-12345678, 0800-2000 of '113'.",
      );
      expect(readme).toContain('| `contact.telefoon`');
      const nested = ['contact', 'doelgroep'];
      for (const key of Object.keys(voorzieningSchema.shape)) {
        if (nested.includes(key)) continue;
        expect(help[key], key).toBeDefined();
      }
    });
  });
});

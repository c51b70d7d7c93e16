import { createHash } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { nl } from '../i18n/nl/index.js';
import type { Beheerder } from '../knowledge/schema.js';
import type { SharedFacts } from '../storage/sharedFacts.js';
import type { Clock } from '../shared/clock.js';
import { moduleLogger, type Logger } from '../shared/logger.js';
import { JsonDocumentStore } from '../storage/jsonDocumentStore.js';
import type { Mailer } from './mailer.js';
import type { PartnerKnowledge } from './partnerKnowledge.js';

/**
 * The e-mail side of the "klopt dit nog?" round: per beheerder (not per entry) one reminder with a
 * link to the partner page, to each address under `medewerkers`, at most once per
 * PARTNERS_REMINDER_DAYS (at least a week). Run by a periodic job from the composition root, like
 * retention and the pick-up reminder, so making periodic jobs run once across instances covers it.
 * The date a beheerder was last reminded is kept in `data/partners/reminders.json`.
 *
 * A round that dies half-way (the process is killed, the mail server stops answering) is run again
 * from the start by the next run, on this or another instance. So that nobody gets the same
 * reminder twice, each address is recorded as mailed right after its mail was accepted (under a
 * hash of the address, never the address itself), and a rerun skips the addresses already mailed
 * within the interval: it mails only whom the dead run had not reached. What cannot be excluded is
 * the one mail in flight when the run died: accepted by the server but not yet recorded, it is sent
 * again (SMTP has no idempotency key), docs/scaling.md.
 */

const remindersSchema = z.strictObject({
  version: z.literal(1),
  sent: z.record(z.string(), z.iso.datetime()),
  /** Per beheerder and hashed address (`addressKey`): when its last reminder was accepted. */
  mailed: z.record(z.string(), z.iso.datetime()).optional(),
});
type Reminders = z.infer<typeof remindersSchema>;

export interface ReminderRunResult {
  readonly sent: readonly string[];
  readonly skipped: number;
}

export interface ReviewRemindersOptions {
  readonly dataDir: string;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly mailer: Mailer;
  readonly knowledge: PartnerKnowledge;
  readonly beheerders: () => readonly Beheerder[];
  readonly publicUrl: string;
  readonly intervalDays: number;
  /**
   * With several instances the job runs on whichever instance's turn it is: when each beheerder
   * was last reminded is then kept where all of them read it (PostgreSQL's shared facts).
   */
  readonly sharedSent?: SharedFacts;
}

const SENT_NAMESPACE = 'partner-review-reminder';
const MAILED_NAMESPACE = 'partner-review-reminder-address';

/**
 * Which address of which beheerder, without the address: the record only points at one of the
 * `medewerkers` in beheerders.yaml, where the addresses already are, and holds none itself.
 */
function addressKey(beheerder: string, address: string): string {
  const hash = createHash('sha256').update(address.trim().toLowerCase()).digest('hex');
  return `${beheerder}:${hash.slice(0, 32)}`;
}

export class ReviewReminders {
  private constructor(
    private readonly options: ReviewRemindersOptions,
    private readonly store: JsonDocumentStore<Reminders>,
  ) {}

  static async open(options: ReviewRemindersOptions): Promise<ReviewReminders> {
    const store = await JsonDocumentStore.open<Reminders>({
      file: path.join(options.dataDir, 'partners', 'reminders.json'),
      defaults: { version: 1, sent: {} },
      schema: remindersSchema,
      logger: options.logger,
    });
    return new ReviewReminders(options, store);
  }

  async runOnce(): Promise<ReminderRunResult> {
    const log = moduleLogger(this.options.logger, 'review-reminders');
    if (this.options.mailer.mode === 'off') return { sent: [], skipped: 0 };
    const now = this.options.clock.now();
    const minimumGap = this.options.intervalDays * 24 * 3600_000;
    const sent: string[] = [];
    let skipped = 0;
    for (const beheerder of this.options.beheerders()) {
      if (beheerder.medewerkers.length === 0) continue;
      const last = await this.lastSent(beheerder.id);
      if (last !== undefined && now.getTime() - new Date(last).getTime() < minimumGap) {
        skipped += 1;
        continue;
      }
      const due = (await this.options.knowledge.list(beheerder.id)).filter(
        (view) => view.review.state !== 'fresh',
      );
      if (due.length === 0) continue;
      const link = `${this.options.publicUrl}/partners/?organisatie=${encodeURIComponent(beheerder.id)}`;
      const texts = nl.partners.mail;
      let already = 0;
      for (const address of beheerder.medewerkers) {
        const key = addressKey(beheerder.id, address);
        const mailed = await this.lastMailed(key);
        if (mailed !== undefined && now.getTime() - new Date(mailed).getTime() < minimumGap) {
          // Reached by a run that died before it finished this beheerder.
          already += 1;
          continue;
        }
        // One mail per address: colleagues do not see each other's addresses.
        await this.options.mailer.send(
          {
            to: [address],
            subject: texts.reminderSubject(beheerder.naam),
            text: texts.reminderBody(
              beheerder.naam,
              due.map((view) => view.naam),
              link,
            ),
          },
          'review-reminder',
        );
        await this.recordMailed(key, now, minimumGap);
      }
      if (this.options.sharedSent !== undefined) {
        await this.options.sharedSent.set(SENT_NAMESPACE, beheerder.id, now.toISOString());
      } else {
        await this.store.update((draft) => {
          draft.sent[beheerder.id] = now.toISOString();
        });
      }
      sent.push(beheerder.id);
      log.info(
        {
          beheerder: beheerder.id,
          entries: due.length,
          recipients: beheerder.medewerkers.length - already,
          ...(already > 0 ? { reachedBefore: already } : {}),
        },
        'review reminder sent',
      );
    }
    return { sent, skipped };
  }

  private async lastMailed(key: string): Promise<string | undefined> {
    if (this.options.sharedSent === undefined) return this.store.read().mailed?.[key];
    const shared = z.iso
      .datetime()
      .safeParse(await this.options.sharedSent.get(MAILED_NAMESPACE, key));
    return shared.success ? shared.data : undefined;
  }

  /** Durable before the next address is mailed (the file is fsync'd, the fact committed). */
  private async recordMailed(key: string, now: Date, keepMs: number): Promise<void> {
    if (this.options.sharedSent !== undefined) {
      await this.options.sharedSent.set(
        MAILED_NAMESPACE,
        key,
        now.toISOString(),
        new Date(now.getTime() + keepMs),
      );
      return;
    }
    await this.store.update((draft) => {
      // Only the current interval's records matter: older ones are dropped as the file is written.
      draft.mailed = {
        ...Object.fromEntries(
          Object.entries(draft.mailed ?? {}).filter(
            ([, at]) => now.getTime() - new Date(at).getTime() < keepMs,
          ),
        ),
        [key]: now.toISOString(),
      };
    });
  }

  private async lastSent(beheerder: string): Promise<string | undefined> {
    const local = this.store.read().sent[beheerder];
    if (this.options.sharedSent === undefined) return local;
    const shared = z.iso
      .datetime()
      .safeParse(await this.options.sharedSent.get(SENT_NAMESPACE, beheerder));
    // The file of the single instance this deployment had before still counts.
    const dates = [local, shared.success ? shared.data : undefined].filter(
      (date): date is string => date !== undefined,
    );
    return dates.sort().at(-1);
  }

  close(): Promise<void> {
    return this.store.close();
  }
}

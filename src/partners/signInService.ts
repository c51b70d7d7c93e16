import type { Beheerder } from '../knowledge/schema.js';
import { nl } from '../i18n/nl/index.js';
import type { Clock } from '../shared/clock.js';
import { WijkwijzerError } from '../shared/errors.js';
import { emailKey, maskEmail, normaliseEmail } from './emailAddress.js';
import type { Mailer } from './mailer.js';
import type { PartnerAudit } from './partnerAudit.js';
import type { PartnerIdentity } from './partnerIdentity.js';
import { localHitLimit, RateWindow, type HitLimit } from './rateWindow.js';
import {
  LINK_TOKEN_PATTERN,
  newToken,
  SESSION_TOKEN_PATTERN,
  tokenHash,
  type SignInRecords,
} from './signInStore.js';

/**
 * Sign-in by e-mail link for colleagues of welzijnspartners, who have no account in the gemeente's
 * tenant. An address listed under `medewerkers` of a beheerder in beheerders.yaml asks for a link;
 * the mail holds one link per beheerder that lists it. The link is short-lived and single-use, and
 * its token sits in the URL fragment (`/partners/#link=…`): browsers never send a fragment to a
 * server, so it does not reach access logs or a Referer header, and a mail scanner that fetches
 * the link does not use it up (only the page's script, by POST, does). Using it starts a session
 * scoped to that one beheerder, or to all beheerders for the redactie.
 */

export interface SignInServiceOptions {
  readonly store: SignInRecords;
  readonly mailer: Mailer;
  readonly audit: PartnerAudit;
  readonly clock: Clock;
  readonly beheerders: () => readonly Beheerder[];
  readonly secret: Uint8Array;
  readonly publicUrl: string;
  readonly linkTtlMinutes: number;
  readonly sessionHours: number;
  readonly linksPerHour: number;
  /** Requests one session may make per minute (the live check sends one per pause in typing). */
  readonly requestsPerMinute?: number;
  /**
   * Shared limits (several instances): given the hits per window, where to count them. Absent: a
   * sliding window in this process.
   */
  readonly sharedLimit?: (name: string, limit: number, windowMs: number) => HitLimit;
}

export interface StartedSession {
  readonly token: string;
  readonly expiresAt: string;
  readonly identity: PartnerIdentity;
}

const texts = nl.partners.mail;

export class SignInService {
  private readonly perAddress: HitLimit;
  private readonly perSession: HitLimit;

  constructor(private readonly options: SignInServiceOptions) {
    const limit = (name: string, hits: number, windowMs: number) =>
      options.sharedLimit?.(name, hits, windowMs) ?? localHitLimit(new RateWindow(hits, windowMs));
    this.perAddress = limit('partner-links', options.linksPerHour, 3600_000);
    this.perSession = limit('partner-session', options.requestsPerMinute ?? 240, 60_000);
  }

  get emailSignIn(): boolean {
    return this.options.mailer.mode !== 'off';
  }

  /** The beheerders that list this address, the redactie's first. */
  private beheerdersOf(address: string): Beheerder[] {
    const wanted = normaliseEmail(address);
    return this.options
      .beheerders()
      .filter((beheerder) => beheerder.medewerkers.some((item) => normaliseEmail(item) === wanted))
      .sort((a, b) => Number(b.redactie) - Number(a.redactie));
  }

  /**
   * Sends the links for an address. The answer is the same whether the address is known or not
   * (the caller always says "if we know this address, a mail is on its way"), so the form cannot
   * be used to find out who works where.
   */
  async requestLinks(address: string): Promise<void> {
    if (!this.emailSignIn) throw new WijkwijzerError('WW-4116');
    const now = this.options.clock.now();
    const actorKey = emailKey(address, this.options.secret);
    const label = maskEmail(address);
    if (!(await this.perAddress.take(actorKey, now.getTime()))) {
      await this.options.audit.record('link-rate-limited', { actorKey, label });
      throw new WijkwijzerError('WW-4109');
    }
    const beheerders = this.beheerdersOf(address);
    if (beheerders.length === 0) {
      await this.options.audit.record('link-unknown-address', { actorKey, label });
      return;
    }
    const expiresAt = new Date(now.getTime() + this.options.linkTtlMinutes * 60_000);
    const lines: string[] = [];
    for (const beheerder of beheerders) {
      const token = newToken();
      await this.options.store.addLink(
        {
          hash: tokenHash(token),
          beheerder: beheerder.id,
          actorKey,
          label,
          redactie: beheerder.redactie,
          createdAt: now.toISOString(),
          expiresAt: expiresAt.toISOString(),
          usedAt: null,
        },
        now,
      );
      lines.push(
        texts.linkLine(beheerder.naam, `${this.options.publicUrl}/partners/#link=${token}`),
      );
      await this.options.audit.record('link-requested', {
        actorKey,
        label,
        beheerder: beheerder.id,
      });
    }
    await this.options.mailer.send(
      {
        to: [normaliseEmail(address)],
        subject: texts.linkSubject,
        text: texts.linkBody(lines, this.options.linkTtlMinutes),
      },
      'sign-in-link',
    );
  }

  /** Uses a link once and starts a session; WW-4103 unknown or expired, WW-4104 used before. */
  async signIn(link: string): Promise<StartedSession> {
    const now = this.options.clock.now();
    if (!LINK_TOKEN_PATTERN.test(link)) {
      await this.options.audit.record('sign-in-refused', { reason: 'malformed' });
      throw new WijkwijzerError('WW-4103', { detail: { reason: 'malformed' } });
    }
    const result = await this.options.store.consumeLink(tokenHash(link), now);
    if (!result.ok) {
      await this.options.audit.record('sign-in-refused', { reason: result.reason });
      throw new WijkwijzerError(result.reason === 'used' ? 'WW-4104' : 'WW-4103', {
        detail: { reason: result.reason },
      });
    }
    const record = result.link;
    // The address may have been removed from the beheerder since the link was sent.
    const beheerder = this.options.beheerders().find((item) => item.id === record.beheerder);
    const stillListed =
      beheerder !== undefined &&
      beheerder.medewerkers.some((item) => emailKey(item, this.options.secret) === record.actorKey);
    if (!stillListed) {
      await this.options.audit.record('sign-in-refused', {
        actorKey: record.actorKey,
        label: record.label,
        beheerder: record.beheerder,
        reason: 'no-longer-listed',
      });
      throw new WijkwijzerError('WW-4103', { detail: { reason: 'no-longer-listed' } });
    }
    const token = `wwp_${newToken()}`;
    const expiresAt = new Date(now.getTime() + this.options.sessionHours * 3600_000).toISOString();
    await this.options.store.addSession(
      {
        hash: tokenHash(token),
        beheerder: record.beheerder,
        actorKey: record.actorKey,
        label: record.label,
        redactie: beheerder.redactie,
        createdAt: now.toISOString(),
        expiresAt,
      },
      now,
    );
    await this.options.audit.record('sign-in', {
      actorKey: record.actorKey,
      label: record.label,
      beheerder: record.beheerder,
    });
    return {
      token,
      expiresAt,
      identity: {
        kind: 'partner',
        beheerder: record.beheerder,
        actorKey: record.actorKey,
        label: record.label,
        redactie: beheerder.redactie,
      },
    };
  }

  /** The identity of a session token; WW-4102 when unknown, expired or no longer listed. */
  async identify(token: string): Promise<PartnerIdentity> {
    const now = this.options.clock.now();
    const session = SESSION_TOKEN_PATTERN.test(token)
      ? await this.options.store.findSession(tokenHash(token), now)
      : undefined;
    if (session === undefined) throw new WijkwijzerError('WW-4102');
    const beheerder = this.options.beheerders().find((item) => item.id === session.beheerder);
    const listed =
      beheerder !== undefined &&
      beheerder.medewerkers.some(
        (item) => emailKey(item, this.options.secret) === session.actorKey,
      );
    if (!listed) throw new WijkwijzerError('WW-4102', { detail: { reason: 'no-longer-listed' } });
    if (!(await this.perSession.take(session.hash, now.getTime()))) {
      throw new WijkwijzerError('WW-2005', { detail: { via: 'partner-session' } });
    }
    return {
      kind: 'partner',
      beheerder: session.beheerder,
      actorKey: session.actorKey,
      label: session.label,
      redactie: beheerder.redactie,
    };
  }

  async signOut(token: string, identity: PartnerIdentity): Promise<void> {
    await this.options.store.removeSession(tokenHash(token));
    await this.options.audit.record('sign-out', {
      actorKey: identity.actorKey,
      label: identity.label,
      ...(identity.kind === 'partner' ? { beheerder: identity.beheerder } : {}),
    });
  }
}

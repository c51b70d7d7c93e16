import type { Actor, Case } from '../cases/case.js';
import { canApply } from '../cases/status.js';
import { nl } from '../i18n/nl/index.js';
import { caseCardVerbs, verbEvents } from './caseActions.js';
import type { CaseCardView, CaseContactView, ViewerRole } from './caseCard.js';
import { dutchDate, dutchDateTime } from '../shared/gemeenteTime.js';
import { formatPhoneNumber } from './format.js';
import { stadsdeelLabel } from '../cases/stadsdeelLabel.js';

/**
 * From a stored case to what one viewer sees on its card. This is where privacy is decided:
 * contact details only for the colleague who claimed the case; buttons only for what the state
 * machine would accept from this viewer (so a button never promises what the server refuses).
 */

/** Whose view to build: the shared channel message, or one staff member's personal view. */
export type CaseViewer =
  { readonly kind: 'shared' } | { readonly kind: 'staff'; readonly actor: Actor };

export const SHARED_VIEWER: CaseViewer = { kind: 'shared' };

export interface CaseCardContext {
  readonly now: Date;
  readonly viewer: CaseViewer;
  /** Teams user ids that get a personal view through `refresh` (the builder keeps the first 60). */
  readonly refreshUserIds?: readonly string[];
  /** Display name of a wijkteam slug; default: the slug with a capital. */
  readonly wijkteamName?: (slug: string) => string;
  /** Label of a levensgebied slug from the knowledge taxonomy; default: the slug, readable. */
  readonly levensgebiedLabel?: (slug: string) => string;
  /** Name of a voorziening id from the sociale kaart; default: the id. */
  readonly voorzieningName?: (id: string) => string;
}

/** "oost-binnen" → "Oost binnen": good enough when no label is known. */
export function readableSlug(slug: string): string {
  const words = slug.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Stands in for "any colleague of the team" when deciding the buttons of the shared message. */
const ANY_COLLEAGUE: Actor = { kind: 'staff', id: 'any-colleague-of-the-wijkteam' };

export function viewerRole(current: Case, viewer: CaseViewer): ViewerRole {
  if (viewer.kind === 'shared') return 'shared';
  if (current.assignee !== null && current.assignee.staffId === viewer.actor.id) return 'assignee';
  if (viewer.actor.coordinator === true) return 'coordinator';
  return 'member';
}

function contactView(current: Case, role: ViewerRole): CaseContactView {
  const melder = current.melder;
  if (melder.kind === 'erased')
    return { kind: 'erased', date: dutchDate(new Date(melder.at), { year: true }) };
  if (role !== 'assignee') return { kind: 'hidden' };
  return {
    kind: 'visible',
    name: melder.name,
    phone: melder.phone === null ? null : formatPhoneNumber(melder.phone),
    email: melder.email,
  };
}

/** How the resident wants to be reached, from what they gave: never "Bellen mag" without a number. */
function contactPreference(current: Case): string {
  const texts = nl.cards.caseCard.contactPreference;
  const melder = current.melder;
  if (melder.kind === 'erased') return texts.none;
  const parts: string[] = [];
  if (melder.phone === null) parts.push(texts.emailOnly);
  else {
    parts.push(melder.noCalls ? texts.noCalls : texts.callsFine);
    if (melder.bestMoment !== null) parts.push(texts.bestMoment(melder.bestMoment));
  }
  if (current.story.language === 'en') parts.push(texts.english);
  return parts.join('. ');
}

/** The note the colleague wrote when closing the case, if any. */
function closingNote(current: Case): string | null {
  if (current.closedAt === null) return null;
  return current.history.findLast((entry) => entry.action === 'afgerond')?.note ?? null;
}

export function caseCardView(current: Case, context: CaseCardContext): CaseCardView {
  const role = viewerRole(current, context.viewer);
  const actor = context.viewer.kind === 'shared' ? ANY_COLLEAGUE : context.viewer.actor;
  const story = current.story;
  const levensgebiedLabel = context.levensgebiedLabel ?? readableSlug;
  const voorzieningName = context.voorzieningName ?? ((id: string) => id);
  const wijkteamName = context.wijkteamName ?? readableSlug;
  const stadsdeel = story.stadsdeel === null ? null : stadsdeelLabel(story.stadsdeel);
  const area =
    story.wijk === null
      ? stadsdeel
      : stadsdeel === null
        ? story.wijk
        : `${story.wijk} (${stadsdeel})`;
  return {
    reference: current.reference,
    version: current.version,
    wijkteam: wijkteamName(current.wijkteam),
    status: current.status,
    outcome: current.outcome,
    summary: story.summary,
    levensgebieden: story.levensgebieden.map(levensgebiedLabel),
    area,
    forWhom: nl.cases.forWhom[story.forWhom],
    ageBand: story.ageBand === null ? null : nl.cases.ageBand[story.ageBand],
    triedAlready: story.triedAlready,
    voorzieningenShown: story.voorzieningenShown.map(voorzieningName),
    conversationCount: story.conversationCount,
    contactPreference: contactPreference(current),
    // A time, not "6 minuten geleden": the shared card is not redrawn, so a duration goes stale.
    received: dutchDateTime(new Date(current.createdAt)),
    closingNote: closingNote(current),
    noContact: current.melder.kind === 'erased',
    assignee: current.assignee?.displayName ?? null,
    role,
    contact: contactView(current, role),
    actions: caseCardVerbs.filter((verb) => canApply(current, verbEvents[verb], actor)),
    refreshUserIds: context.refreshUserIds ?? [],
  };
}

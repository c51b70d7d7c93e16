import { nl } from '../i18n/nl/index.js';
import { warningAt, type Diagnostic } from './diagnostics.js';
import type { LocatedEntry } from './checks.js';
import { positionOf } from './yamlSource.js';

const texts = nl.knowledge.diagnostics;

/**
 * "Vraag de Wijkwijzer …": in the chat the resident is talking to the (digital) wijkwijzer
 * already. "De Wijkwijzer in uw wijk", the spreekuur, is a real place to go and is fine.
 */
const ASKS_THE_WIJKWIJZER = /\bvraag\b[^.]{0,40}\bwijkwijzer\b(?!\s+in\s+uw\s+wijk)/i;

/**
 * Whether a resident card leads somewhere (ADR 0014, defect 4). The entry check already warns when
 * an entry has nothing at all; this warns when it has only an explanation ("hoe_aanmelden") and no
 * phone, e-mail, website or address to act on, and when that explanation sends the resident back
 * to the wijkwijzer. The card then shows the wijkteam's number instead (`fallbackPhone`:
 * gebieden.yaml `wijkteamtelefoon`, else gemeentediensten.yaml's), or, on a kaart without any
 * number, only the advice to ask the gemeente for the wijkteam; the warning says which, and the
 * partner should fill in their own.
 */
export function contactWarnings(
  entries: readonly LocatedEntry[],
  fallbackPhone: string | undefined,
): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  for (const { entry, source, path } of entries) {
    const contact = entry.contact;
    const hint = contact.hoe_aanmelden;
    if (hint === undefined) continue;
    const at = positionOf(source, [...path, 'contact', 'hoe_aanmelden']);
    const prefix = texts.inEntry(entry.id);
    const actionable = [contact.telefoon, contact.email, contact.website, contact.adres].some(
      (value) => value !== undefined,
    );
    if (!actionable) {
      warnings.push(
        warningAt(
          'no-contact-method',
          source.file,
          at,
          `${prefix}${texts.noContactMethod(fallbackPhone)}`,
          entry.id,
        ),
      );
    }
    if (ASKS_THE_WIJKWIJZER.test(hint)) {
      warnings.push(
        warningAt(
          'circular-contact-hint',
          source.file,
          at,
          `${prefix}${texts.circularContactHint}`,
          entry.id,
        ),
      );
    }
  }
  return warnings;
}

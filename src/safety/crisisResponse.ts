import { en } from '../i18n/en/index.js';
import { nl } from '../i18n/nl/index.js';
import type { CrisisKind } from './crisisKind.js';
import type { CrisisLineId } from './crisisLines.js';
import { crisisLines, displayHost } from './crisisLines.js';
import type { CrisisDetected } from './detectCrisis.js';

export type ResponseLanguage = 'nl' | 'en';

/** A tappable link: a tel: URI or a web address. */
export interface CrisisAction {
  readonly label: string;
  readonly url: string;
  readonly lineId: CrisisLineId;
}

/**
 * The reply to a crisis, free of any SDK: the dialog layer turns it into messages and buttons (or a
 * card). The intake stops; the resident may come back afterwards.
 */
export interface CrisisResponse {
  readonly language: ResponseLanguage;
  readonly kinds: readonly CrisisKind[];
  /** Short paragraphs, to send in this order (one message each, or joined). */
  readonly paragraphs: readonly string[];
  /** All paragraphs joined with blank lines, for channels that take one text. */
  readonly text: string;
  /** Lines in the order of the kinds, each with its phone link first and its website after. */
  readonly actions: readonly CrisisAction[];
}

function textsFor(language: ResponseLanguage) {
  return language === 'en' ? en.safety : nl.safety;
}

function lineParagraph(kind: CrisisKind, language: ResponseLanguage): string {
  const texts = textsFor(language);
  const line = crisisLines[kind];
  const site = line.web === null ? '' : displayHost(line.web);
  switch (kind) {
    case 'danger':
      return texts.line.danger(line.phone.shown);
    case 'suicide':
      return texts.line.suicide(line.phone.shown, site);
    case 'abuse':
      return texts.line.abuse(line.phone.shown, site);
  }
}

/** The links of one line: its phone number first, then its website. */
export function lineActions(kind: CrisisKind, language: ResponseLanguage): CrisisAction[] {
  const { actions } = textsFor(language);
  const line = crisisLines[kind];
  const phone = line.phone;
  switch (kind) {
    case 'danger':
      return [{ label: actions.call112(phone.shown), url: phone.tel, lineId: line.id }];
    case 'suicide':
      return [
        { label: actions.call113(phone.shown), url: phone.tel, lineId: line.id },
        ...(line.web === null ? [] : [{ label: actions.chat113, url: line.web, lineId: line.id }]),
      ];
    case 'abuse':
      return [
        { label: actions.callVeiligThuis(phone.shown), url: phone.tel, lineId: line.id },
        ...(line.web === null
          ? []
          : [{ label: actions.siteVeiligThuis, url: line.web, lineId: line.id }]),
      ];
  }
}

/**
 * Builds the calm reply for a detected crisis: an opening for the first kind, one paragraph per
 * line in the order of the kinds (urgency for a detected crisis, the check's order after its
 * "ja"), 112 as a last resort when it is not already first, and the sentence
 * that the resident can come back. Every line gets a tel: link; 113 and Veilig Thuis also a web link.
 */
export function crisisResponse(
  assessment: CrisisDetected,
  language: ResponseLanguage,
): CrisisResponse {
  const texts = textsFor(language);
  const kinds = assessment.kinds;
  const [first] = kinds;
  const dangerFirst = first === 'danger';
  const emergency = crisisLines.danger;

  const paragraphs = [
    texts.opening[first],
    ...kinds.map((kind) => lineParagraph(kind, language)),
    ...(dangerFirst ? [] : [texts.ifInDanger(emergency.phone.shown)]),
    texts.comeBack,
  ];
  const actions = [
    ...kinds.flatMap((kind) => lineActions(kind, language)),
    ...(dangerFirst ? [] : lineActions('danger', language)),
  ];
  return {
    language,
    kinds: [...kinds],
    paragraphs,
    text: paragraphs.join('\n\n'),
    actions,
  };
}

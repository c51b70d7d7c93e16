import { ActivityTypes, type Activity } from 'botbuilder';
import type { Language } from '../../src/understanding/language.js';
import { toTelUri } from '../../src/knowledge/catalogue.js';
import { crisisLines } from '../../src/safety/crisisLines.js';
import type { GemeenteDiensten } from '../../src/knowledge/schema.js';
import type { GemeenteDienstReading } from '../../src/understanding/understand.js';
import { textsFor } from '../texts.js';

/**
 * "Dit is een vraag voor de gemeente zelf" (ADR 0013, gemeente amendment): the service in the
 * resident's language, then the gemeente's contact from knowledge/gemeentediensten.yaml with a
 * tappable number and link. Two messages: what it is, and where to go.
 */
export function gemeenteReply(
  dienst: GemeenteDienstReading,
  diensten: GemeenteDiensten,
  language: Language,
): Partial<Activity>[] {
  const name = language === 'en' ? (dienst.naamEngels ?? dienst.naam) : dienst.naam;
  if (dienst.soort === 'zorg') return careReply(name, language);
  const texts = textsFor(language).intake.gemeente;
  const { telefoon, website } = diensten.contact;
  const site =
    website === undefined ? undefined : `[${new URL(website).host}](${website.toString()})`;
  const contact =
    telefoon === undefined
      ? site === undefined
        ? []
        : [texts.websiteOnly(diensten.gemeente, site)]
      : [
          texts.phone(diensten.gemeente, `[${telefoon}](${toTelUri(telefoon)})`),
          ...(site === undefined ? [] : [texts.website(site)]),
        ];
  return [
    { type: ActivityTypes.Message, text: texts.notForUs(name) },
    { type: ActivityTypes.Message, text: contact.join(' '), textFormat: 'markdown' },
  ];
}

/**
 * Care for a huisarts, tandarts, fysiotherapeut, apotheek or ziekenhuis (ADR 0013, session 14): not
 * the gemeente's either, so no gemeente contact; where a resident goes for it instead. Two
 * messages, as the gemeente's reply: what it is, and where to go. The alarm number is the one the
 * crisis replies give (src/safety/crisisLines.ts), so a change there reaches this text too.
 */
function careReply(name: string, language: Language): Partial<Activity>[] {
  const texts = textsFor(language).intake.care;
  const alarm = crisisLines.danger.phone;
  return [
    { type: ActivityTypes.Message, text: texts.notForUs(name) },
    {
      type: ActivityTypes.Message,
      text: texts.whereToGo(`[${alarm.shown}](${alarm.tel})`),
      textFormat: 'markdown',
    },
  ];
}

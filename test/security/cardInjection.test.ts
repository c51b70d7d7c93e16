import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCase, type Case } from '../../src/cases/case.js';
import { applyTransition } from '../../src/cases/status.js';
import { buildCaseCard } from '../../src/cards/caseCard.js';
import { caseCardView } from '../../src/cards/caseCardView.js';
import { plainCardText } from '../../src/cards/plainCardText.js';
import { withoutControlCharacters } from '../../src/shared/displayText.js';
import { allNodes, checkWithRenderer } from '../cards/adaptiveCardRenderer.js';
import { anna, ARRIVED, fixedClock } from '../cards/caseFixtures.js';
import { fuzzRuns } from './fuzzRuns.js';

/**
 * Injection from a resident's words into the wijkteam's card (docs/security.md, "Injection from
 * residents' words"). Teams reads a TextBlock's text and a Fact's value as Markdown, so the story,
 * the name and a colleague's note must arrive as literal text: no link, emphasis, list or code
 * that the resident wrote, no control or direction characters. markdown-it in its CommonMark
 * mode is the Markdown reader of Web Chat (botframework-webchat) and follows the spec the
 * Adaptive Cards renderers implement.
 */

interface MarkdownIt {
  render(text: string): string;
}
const MarkdownItConstructor = createRequire(import.meta.url)('markdown-it') as new (
  preset: string,
) => MarkdownIt;
const markdown = new MarkdownItConstructor('commonmark');

/** The tags a plain paragraph may produce. Anything else came from the writer's Markdown. */
const PLAIN_TAGS = /^<\/?(p|br)\s*\/?>$/;

function tagsOf(html: string): string[] {
  return html.match(/<[^>]*>/g) ?? [];
}

function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

const PHISHING_LINK = '[Bel ons terug via deze link](https://wijkteam-enschede.example/inloggen)';
const ESC = String.fromCharCode(0x1b);
const RIGHT_TO_LEFT_OVERRIDE = String.fromCharCode(0x202e);

function hostileCase(): Case {
  const created = buildCase(
    {
      wijkteam: 'west',
      story: {
        summary: `Ik heb schulden. ${PHISHING_LINK}\n**DRINGEND**: _bel_ <b>nu</b> &#91;x&#93;\n1. eerst\n    code\n> citaat\n===`,
        levensgebieden: ['geld'],
        wijk: 'Boswinkel',
        stadsdeel: 'west',
        forWhom: 'zelf',
        ageBand: '27-66',
        triedAlready: `Niets ${ESC}[2J${RIGHT_TO_LEFT_OVERRIDE}87654321-60 ![beeld](https://x.example/a.png)`,
        voorzieningenShown: [],
        conversationCount: 1,
      },
      consent: { given: true, at: ARRIVED.toISOString(), textVersion: 'overdracht-2026-01' },
      melder: {
        name: '[Fatma](https://x.example)',
        phone: '06-12345678',
        email: 'fatma_y@example.nl',
        bestMoment: 'Ochtend',
        noCalls: false,
      },
      residentKey: 'resident-key-1',
    },
    'WW-2026-000777',
    ARRIVED,
  ).case;
  const claimed = applyTransition(
    created,
    { type: 'claim' },
    anna,
    created.version,
    fixedClock('2026-12-03T10:00:00Z'),
  );
  if (!claimed.ok) throw new Error('fixture claim refused');
  return claimed.case;
}

/** Every text of a card that Teams reads as Markdown: TextBlock texts, Fact titles and values. */
function markdownTexts(card: unknown): string[] {
  return allNodes(card).flatMap((node) => {
    if (node.type === 'TextBlock' && typeof node.text === 'string') return [node.text];
    if (typeof node.title === 'string' && typeof node.value === 'string') {
      return [node.title, node.value];
    }
    return [];
  });
}

describe('a resident cannot write Markdown onto the wijkteam card', () => {
  const current = hostileCase();
  const card = buildCaseCard(
    caseCardView(current, {
      now: new Date('2026-12-03T11:20:00Z'),
      viewer: { kind: 'staff', actor: anna },
      refreshUserIds: [],
    }),
  );
  const rendered = markdownTexts(card).map((text) => markdown.render(text));

  it('renders no link, image, emphasis, list, quote, heading or code from the story or the name', () => {
    const foreign = rendered.flatMap(tagsOf).filter((tag) => !PLAIN_TAGS.test(tag));
    expect(foreign).toEqual([]);
  });

  it('shows the words as the resident typed them, the link text and address both visible', () => {
    const visible = collapse(rendered.map(textOf).join(' '));
    expect(visible).toContain(PHISHING_LINK);
    expect(visible).toContain('**DRINGEND**: _bel_ <b>nu</b> &#91;x&#93;');
    expect(visible).toContain('[Fatma](https://x.example)');
    expect(visible).toContain('fatma_y@example.nl');
  });

  it('drops control and direction characters, which would act on a terminal or reverse the text', () => {
    const all = JSON.stringify(card);
    expect(all).not.toContain(ESC);
    expect(all).not.toContain(RIGHT_TO_LEFT_OVERRIDE);
  });

  it('is still a valid Teams card', () => {
    const report = checkWithRenderer(card, '1.5');
    expect(report.parseEvents).toEqual([]);
    expect(report.validationEvents).toEqual([]);
  });
});

describe('plainCardText', () => {
  const markdownish = fc.constantFrom(
    ...'\\`*_[]()<>&~|!#=+-.:/ \n\t1aZé'.split(''),
    '&amp;',
    '&#91;',
    'https://x.example',
    '    ',
    ESC,
    RIGHT_TO_LEFT_OVERRIDE,
    '\r\n',
  );
  const hostileText = fc.oneof(
    fc.array(markdownish, { maxLength: 60 }).map((parts) => parts.join('')),
    fc.string({ unit: 'grapheme', maxLength: 80 }),
  );

  it('is literal text under CommonMark for any input: only paragraphs, the same words', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const html = markdown.render(plainCardText(text));
        expect(tagsOf(html).filter((tag) => !PLAIN_TAGS.test(tag))).toEqual([]);
        expect(collapse(textOf(html))).toBe(collapse(withoutControlCharacters(text)));
      }),
      { numRuns: fuzzRuns(500) },
    );
  });

  it('leaves ordinary Dutch untouched', () => {
    const text = 'Ik ben 67 jaar en woon in Enschede. Wie kan mij helpen? Bel mij na 12 uur!';
    expect(plainCardText(text)).toBe(text);
  });
});

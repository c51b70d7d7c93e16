import { describe, expect, it } from 'vitest';
import type { CrisisKind } from '../../src/safety/crisisKind.js';
import { crisisResponse } from '../../src/safety/crisisResponse.js';
import type { CrisisDetected } from '../../src/safety/detectCrisis.js';
import { detectCrisis } from '../../src/safety/detectCrisis.js';

function detected(...kinds: [CrisisKind, ...CrisisKind[]]): CrisisDetected {
  return { isCrisis: true, kinds, ruleIds: [] };
}

const allCombinations: [CrisisKind, ...CrisisKind[]][] = [
  ['danger'],
  ['suicide'],
  ['abuse'],
  ['danger', 'suicide'],
  ['danger', 'abuse'],
  ['suicide', 'abuse'],
  ['danger', 'suicide', 'abuse'],
];

describe('crisisResponse', () => {
  it('answers suicidality with 113 free and by chat, then 112, then the way back', () => {
    const reply = crisisResponse(detected('suicide'), 'nl');
    expect(reply.text).toContain('0800-0113');
    expect(reply.text).toContain('113.nl');
    expect(reply.text).toContain('dag en nacht');
    expect(reply.text).toContain('112');
    expect(reply.paragraphs.at(-1)).toBe(
      'Daarna kunt u altijd terugkomen in deze chat. Dan zoeken we samen verder.',
    );
    expect(reply.actions.map((a) => a.url)).toEqual([
      'tel:08000113',
      'https://www.113.nl',
      'tel:112',
    ]);
  });

  it('puts 112 first when there is danger now, then Veilig Thuis', () => {
    const reply = crisisResponse(
      detectCrisis('mijn man slaat me nu, help') as CrisisDetected,
      'nl',
    );
    expect(reply.actions.map((a) => a.url)).toEqual([
      'tel:112',
      'tel:08002000',
      'https://veiligthuis.nl',
    ]);
    expect(reply.text.indexOf('112')).toBeLessThan(reply.text.indexOf('0800-2000'));
    // 112 is already the first line: no extra "call 112 if in danger".
    expect(reply.paragraphs.filter((p) => p.includes('112'))).toHaveLength(1);
  });

  it('shows 113 before Veilig Thuis when both apply', () => {
    const reply = crisisResponse(detected('suicide', 'abuse'), 'nl');
    const urls = reply.actions.map((a) => a.url);
    expect(urls.indexOf('tel:08000113')).toBeLessThan(urls.indexOf('tel:08002000'));
    expect(urls.at(-1)).toBe('tel:112');
  });

  it('answers in English with the same numbers and links', () => {
    const dutch = crisisResponse(detected('abuse'), 'nl');
    const english = crisisResponse(detected('abuse'), 'en');
    expect(english.text).toContain('0800-2000');
    expect(english.text).toContain('Afterwards you can always come back');
    expect(english.actions.map((a) => a.url)).toEqual(dutch.actions.map((a) => a.url));
    expect(english.actions[0]?.label).toBe('Call Veilig Thuis: 0800-2000');
    expect(english.text).not.toBe(dutch.text);
  });

  it('gives every line in every combination a tel: link and its number in the text', () => {
    for (const kinds of allCombinations) {
      for (const language of ['nl', 'en'] as const) {
        const reply = crisisResponse(detected(...kinds), language);
        const urls = reply.actions.map((a) => a.url);
        for (const url of urls) expect(url).toMatch(/^(tel:\d+|https:\/\/)/);
        expect(urls).toContain('tel:112');
        if (kinds.includes('suicide')) {
          expect(urls).toContain('tel:08000113');
          expect(reply.text).toContain('0800-0113');
        }
        if (kinds.includes('abuse')) {
          expect(urls).toContain('tel:08002000');
          expect(reply.text).toContain('0800-2000');
        }
        expect(new Set(urls).size).toBe(urls.length);
      }
    }
  });

  it('keeps the Dutch calm, short and in the "u" form', () => {
    for (const kinds of allCombinations) {
      const reply = crisisResponse(detected(...kinds), 'nl');
      expect(reply.text).not.toMatch(/\b(?:je|jij|jou|jouw)\b/i);
      expect(reply.text).not.toContain('!');
      const sentences = reply.text.split(/(?<=[.?])\s+/);
      for (const sentence of sentences) {
        expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(16);
      }
      for (const action of reply.actions) expect(action.label.length).toBeLessThanOrEqual(32);
    }
  });
});

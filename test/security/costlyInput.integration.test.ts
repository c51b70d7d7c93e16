import { afterEach, describe, expect, it } from 'vitest';
import { jsonTooDeep } from '../../src/shared/jsonDepth.js';
import { startWebChatHarness, type WebChatHarness } from '../support/webChatHarness.js';
import { MAX_YAML_DEPTH, yamlNestingDepth } from '../../src/knowledge/yamlDepth.js';
import { parseYamlText } from '../../src/knowledge/yamlSource.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { fixedClock, REAL_KNOWLEDGE } from '../knowledge/fixtures.js';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Hardening (docs/adr/0015-security-posture.md): deeply nested YAML cost seconds and gigabytes in the parser. The depth is
 * estimated in one pass before parsing, and a file over the limit gets a Dutch diagnostic.
 * Work is counted, not timed: the nesting must be refused before the parser builds anything.
 */
const bytes = (text: string) => new TextEncoder().encode(text);

describe('YAML nesting', () => {
  it.each([
    ['flow sequences', '['.repeat(100_000) + ']'.repeat(100_000)],
    ['flow mappings', 'a: ' + '{b: '.repeat(50_000) + '1' + '}'.repeat(50_000)],
    ['compact block sequences', '- '.repeat(50_000) + 'x\n'],
    ['indented mappings', Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n')],
  ])('refuses deeply nested %s with a Dutch diagnostic instead of parsing', (_name, text) => {
    const result = parseYamlText(bytes(text), 'voorzieningen/diep.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.diagnostics).toMatchObject([
        { code: 'yaml-too-deep', message: expect.stringMatching(/lagen diep genest/) },
      ]);
    }
  });

  it('stops scanning at the first depth over the limit', () => {
    expect(yamlNestingDepth('['.repeat(1_000_000))).toBe(MAX_YAML_DEPTH + 1);
  });

  it('does not count brackets and quotes in prose, comments or quoted text', () => {
    const text = [
      '# [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[',
      'voorzieningen:',
      '  - id: auto-s',
      "    naam: Auto's en foto's [gratis",
      `    omschrijving: '${'['.repeat(40)}'`,
      `    extra: "${'{'.repeat(40)}"`,
      '    trefwoorden: [a, [b, {c: d}]]',
    ].join('\n');
    expect(yamlNestingDepth(text)).toBeLessThanOrEqual(6);
    expect(parseYamlText(bytes(text), 'x.yaml').ok).toBe(true);
  });

  it('leaves every real knowledge file well under the limit', async () => {
    const files = [
      ...(await readdir(REAL_KNOWLEDGE)).filter((file) => file.endsWith('.yaml')),
      ...(await readdir(path.join(REAL_KNOWLEDGE, 'voorzieningen'))).map(
        (file) => `voorzieningen/${file}`,
      ),
    ];
    for (const file of files) {
      const text = await readFile(path.join(REAL_KNOWLEDGE, file), 'utf8');
      expect(yamlNestingDepth(text), file).toBeLessThanOrEqual(8);
    }
    expect((await loadKnowledge(REAL_KNOWLEDGE, { clock: fixedClock })).ok).toBe(true);
  });

  it('refuses alias expansion (a billion laughs) with a diagnostic', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 9; level += 1) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      lines.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`);
    }
    const result = parseYamlText(bytes(lines.join('\n')), 'x.yaml');
    expect(result.ok).toBe(false);
  });
});

describe('deeply nested JSON bodies', () => {
  let harness: WebChatHarness | undefined;
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });

  it('answers 400 with a coded Dutch error, not 500, and the channel keeps working', async () => {
    harness = await startWebChatHarness();
    const started = await harness.startConversation();
    const deep = `{"type":"message","text":"hallo","value":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    const refused = await harness.request(
      'POST',
      `/v3/directline/conversations/${started.conversationId}/activities`,
      { token: started.token, body: deep },
    );
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      error: { code: 'WW-2010', message: expect.stringMatching(/genest/) },
    });
    const tokenRoute = await harness.request('POST', '/api/webchat/token', {
      body: `{"residentKey":${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}}`,
    });
    expect(tokenRoute.status).toBe(400);
    const fine = await harness.request(
      'POST',
      `/v3/directline/conversations/${started.conversationId}/activities`,
      { token: started.token, body: { type: 'message', text: 'hallo' } },
    );
    expect(fine.status).toBe(200);
  });

  it('measures depth without recursion', () => {
    let value: unknown = 1;
    for (let level = 0; level < 200_000; level += 1) value = [value];
    expect(jsonTooDeep(value)).toBe(true);
    expect(jsonTooDeep({ a: [{ b: { c: [1, 2, { d: null }] } }] })).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { buildStoryDraft } from '../../src/conversation/handoverSummary.js';
import { emptyIntakeFacts } from '../../src/conversation/intakeFacts.js';

describe('buildStoryDraft', () => {
  it('uses the resident words and masks identifiers before anyone sees them', () => {
    const draft = buildStoryDraft({
      ...emptyIntakeFacts(),
      questions: ['Ik heb schulden. Mijn BSN is 111222333 en mijn rekening NL91ABNA0417164300.'],
      tried: 'self',
      triedText: '',
    });
    expect(draft.summary).not.toContain('111222333');
    expect(draft.summary).not.toContain('NL91ABNA0417164300');
    expect(draft.summary).toContain('[BSN weggehaald]');
    expect(draft.masked).toBe(true);
    expect(draft.triedAlready).toBe('Heeft zelf al iets geprobeerd.');
  });

  it('prefers the corrected text and keeps the mantelzorg line', () => {
    const draft = buildStoryDraft({
      ...emptyIntakeFacts(),
      questions: ['lange oude tekst'],
      summaryOverride: 'Korte nieuwe tekst',
      caresFor: true,
    });
    expect(draft.summary).toBe(
      'Korte nieuwe tekst\n\nDe inwoner zorgt voor deze persoon (mantelzorg).',
    );
    expect(draft.masked).toBe(false);
    expect(draft.triedAlready).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { fillTemplateTexts } from '../../src/http/htmlPage.js';
import { escapeHtml } from '../../src/shared/escapeHtml.js';

describe('the HTML page helpers', () => {
  it('escape what could end an attribute or open a tag', () => {
    expect(escapeHtml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      '&#60;a href=&#34;x&#34;&#62;Tom &#38; &#39;Jerry&#39;&#60;/a&#62;',
    );
  });

  it('fill only the placeholders of their group, escaped, and leave the nonce for each request', () => {
    const page = fillTemplateTexts(
      '<title>{{page.title}}</title><p>{{text.title}}</p><script nonce="{{nonce}}"></script>',
      { title: 'Buurt & wijk <beta>' },
      { template: 'web/x/index.html', group: 'page' },
    );
    expect(page).toBe(
      '<title>Buurt &#38; wijk &#60;beta&#62;</title><p>{{text.title}}</p><script nonce="{{nonce}}"></script>',
    );
  });

  it('stop the start on a placeholder without a text, naming the template and the key', () => {
    let thrown: unknown;
    try {
      fillTemplateTexts(
        '<h1>{{page.heading}}</h1><p>{{page.toString}}</p>',
        { heading: 'Kop' },
        {
          template: 'web/x/index.html',
          group: 'page',
        },
      );
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({
      code: 'WW-2006',
      detail: { template: 'web/x/index.html', key: 'toString' },
    });
  });
});

import { randomBytes } from 'node:crypto';
import type { Response } from 'restify';
import { WijkwijzerError } from '../shared/errors.js';
import { escapeHtml } from '../shared/escapeHtml.js';

/**
 * What every HTML page of the product shares (the demo page with the widget, the Casusbord and its
 * configuration page, the monitor, the partner page): escaped texts filled in once at start-up,
 * and a fresh script nonce with the page's own Content-Security-Policy on every request.
 */

/**
 * Fills `{{<group>.key}}` from `texts`, escaped. An unknown key is a mistake in the template and
 * stops the start (WW-2006 names the template and the key), rather than showing a raw placeholder.
 */
export function fillTemplateTexts(
  template: string,
  texts: Readonly<Record<string, string>>,
  names: { readonly template: string; readonly group: string },
): string {
  const placeholder = new RegExp(`\\{\\{${names.group}\\.(\\w+)\\}\\}`, 'g');
  return template.replace(placeholder, (_whole, key: string) => {
    const text = Object.hasOwn(texts, key) ? texts[key] : undefined;
    if (text === undefined) {
      throw new WijkwijzerError('WW-2006', { detail: { template: names.template, key } });
    }
    return escapeHtml(text);
  });
}

/** Sends a page with a fresh nonce for its scripts and the policy built for it; never cached. */
export function sendNoncedPage(
  res: Response,
  template: string,
  policyFor: (nonce: string) => string,
): void {
  const nonce = randomBytes(16).toString('base64');
  res.setHeader('Content-Security-Policy', policyFor(nonce));
  res.header('Cache-Control', 'no-store');
  res.header('Content-Type', 'text/html; charset=utf-8');
  res.writeHead(200);
  res.end(template.replaceAll('{{nonce}}', nonce));
}

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { findProjectRoot } from '../../src/shared/projectRoot.js';
import { publiccodeSchema } from './publiccodeSchema.js';

const root = findProjectRoot();

async function ownPubliccode(): Promise<Record<string, unknown>> {
  return parse(await readFile(path.join(root, 'publiccode.yml'), 'utf8')) as Record<
    string,
    unknown
  >;
}

function problems(document: unknown): string[] {
  const result = publiccodeSchema.safeParse(document);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('publiccode.yml', () => {
  it('follows the publiccode.yml standard', async () => {
    expect(problems(await ownPubliccode())).toEqual([]);
  });

  it('tells the same version, licence and Node.js floor as package.json and LICENSE', async () => {
    const document = publiccodeSchema.parse(await ownPubliccode());
    const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {
      version: string;
      license: string;
      engines: { node: string };
    };
    expect(document.softwareVersion).toBe(pkg.version);
    expect(document.legal.license).toBe(pkg.license);
    const licence = await readFile(path.join(root, 'LICENSE'), 'utf8');
    expect(licence.startsWith('EUROPEAN UNION PUBLIC LICENCE v. 1.2')).toBe(true);
    const node = document.dependsOn?.open?.find((dependency) => dependency.name === 'Node.js');
    expect(`>=${String(node?.versionMin)}`).toBe(pkg.engines.node);
  });

  it("names the repository CHANGELOG.md's compare links point to, or a placeholder that cannot be someone else's", async () => {
    const document = publiccodeSchema.parse(await ownPubliccode());
    const repository = document.url.replace(/\.git$/, '');
    const changelog = await readFile(path.join(root, 'CHANGELOG.md'), 'utf8');
    const links = [...changelog.matchAll(/^\[[^\]]+\]: (\S+)$/gm)].map((match) => match[1] ?? '');
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.startsWith(`${repository}/`)).toBe(true);
    // Until the repository is published the address is a placeholder on a name reserved for
    // examples (RFC 2606: .example), never a domain someone could register and serve.
    const host = new URL(document.url).hostname;
    if (/example/.test(host)) expect(host).toMatch(/\.example$/);
  });

  it('dates its version as CHANGELOG.md does', async () => {
    // docs/contributing.md, "Releasing a version": one commit sets both.
    const document = publiccodeSchema.parse(await ownPubliccode());
    const changelog = await readFile(path.join(root, 'CHANGELOG.md'), 'utf8');
    const version = document.softwareVersion?.replaceAll('.', '\\.') ?? 'none';
    const heading = new RegExp(`^## \\[${version}\\] - (\\d{4}-\\d{2}-\\d{2})$`, 'm').exec(
      changelog,
    );
    expect(heading?.[1]).toBe(document.releaseDate);
  });
});

describe('the publiccode.yml schema', () => {
  it('refuses a file without the mandatory keys, naming each', async () => {
    const document = await ownPubliccode();
    const { url: _url, legal: _legal, localisation: _localisation, ...rest } = document;
    const found = problems(rest).join('\n');
    expect(found).toMatch(/^url:/m);
    expect(found).toMatch(/^legal:/m);
    expect(found).toMatch(/^localisation:/m);
  });

  it('refuses values outside the controlled vocabularies and an unknown licence', async () => {
    const document = await ownPubliccode();
    const found = problems({
      ...document,
      categories: ['chatbots'],
      developmentStatus: 'alpha',
      softwareType: 'standalone',
      legal: { license: 'EUPL-1.3' },
    }).join('\n');
    expect(found).toMatch(/^categories\.0:/m);
    expect(found).toMatch(/^developmentStatus:/m);
    expect(found).toMatch(/^softwareType:/m);
    expect(found).toMatch(/^legal\.license: must be a valid SPDX/m);
  });

  it('holds the length and date rules: short description ≤ 150, long 150–10000, real dates', async () => {
    const document = await ownPubliccode();
    const description = document.description as Record<string, Record<string, unknown>>;
    const found = problems({
      ...document,
      releaseDate: '2026-02-30',
      description: {
        ...description,
        nl: { ...description.nl, shortDescription: 'x'.repeat(151), longDescription: 'te kort' },
      },
    }).join('\n');
    expect(found).toMatch(/^releaseDate: must be a real calendar date/m);
    expect(found).toMatch(/^description\.nl\.shortDescription:/m);
    expect(found).toMatch(/^description\.nl\.longDescription:/m);
  });

  it('asks for contacts when maintenance is internal and contractors when it is a contract', async () => {
    const document = await ownPubliccode();
    expect(problems({ ...document, maintenance: { type: 'internal' } })).toEqual([
      'maintenance.contacts: contacts is mandatory when maintenance/type is internal or community',
    ]);
    expect(problems({ ...document, maintenance: { type: 'contract' } })).toEqual([
      'maintenance.contractors: contractors is mandatory when maintenance/type is contract',
    ]);
  });

  it('refuses unknown keys, so a typo does not pass silently', async () => {
    const document = await ownPubliccode();
    expect(problems({ ...document, developmentStatuss: 'beta' }).join('\n')).toMatch(
      /developmentStatuss/,
    );
  });
});

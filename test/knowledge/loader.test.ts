import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DiagnosticCode } from '../../src/knowledge/diagnostics.js';
import { errorCodes, warningCodes } from '../../src/knowledge/diagnostics.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { MAX_FILE_BYTES } from '../../src/knowledge/yamlSource.js';
import { caseDir, fixedClock, knowledgeDir, removeCreatedDirs, VALID_FIXTURE } from './fixtures.js';

afterEach(removeCreatedDirs);

const ALIFA = 'voorzieningen/alifa.yaml';

interface Expected {
  readonly severity: 'error' | 'warning';
  readonly code: DiagnosticCode;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** One fixture per class in test/fixtures/knowledge/cases/, each producing exactly one diagnostic. */
const fixtureCases: Readonly<Record<string, Expected>> = {
  'missing-field': {
    severity: 'error',
    code: 'missing-field',
    file: ALIFA,
    line: 4,
    column: 5,
    message:
      "Bij 'koffie-in-de-wijk': Het veld 'kosten' ontbreekt. Vul het in. Kies uit: gratis, bijdrage, betaald of onbekend.",
  },
  'wrong-type': {
    severity: 'error',
    code: 'wrong-type',
    file: ALIFA,
    line: 9,
    column: 18,
    message:
      "Bij 'koffie-in-de-wijk': 'trefwoorden' moet een lijst (regels die beginnen met '- ', of [a, b]) zijn, maar hier staat de tekst \"koffie\".",
  },
  'invalid-value': {
    severity: 'error',
    code: 'invalid-value',
    file: ALIFA,
    line: 15,
    column: 14,
    message:
      "Bij 'koffie-in-de-wijk': 'toegang' heeft de waarde \"vrij\". Die waarde kennen we niet. Kies uit: vrij-inlopen, aanmelden, via-verwijzing, alleen-via-wijkteam.",
  },
  'unknown-field': {
    severity: 'error',
    code: 'unknown-field',
    file: ALIFA,
    line: 17,
    column: 5,
    message:
      "Bij 'koffie-in-de-wijk': Het veld 'omschrijvng' kennen we niet. Bedoelt u 'omschrijving'?",
  },
  'unknown-levensgebied': {
    severity: 'error',
    code: 'unknown-levensgebied',
    file: ALIFA,
    line: 8,
    column: 34,
    message:
      'Bij \'koffie-in-de-wijk\': Het levensgebied "woonen" bestaat niet. Bedoelt u "wonen"? Kies uit: geld, ontmoeting, wonen.',
  },
  'unknown-stadsdeel': {
    severity: 'error',
    code: 'unknown-stadsdeel',
    file: ALIFA,
    line: 14,
    column: 20,
    message:
      'Bij \'koffie-in-de-wijk\': Het stadsdeel "Zuidoost" bestaat niet. Kies uit: Zuid, Centrum.',
  },
  'unknown-wijk': {
    severity: 'error',
    code: 'unknown-wijk',
    file: ALIFA,
    line: 14,
    column: 16,
    message:
      'Bij \'koffie-in-de-wijk\': De wijk "Weselerbrink" staat niet in gebieden.yaml. Bedoelt u "Wesselerbrink"?',
  },
  'unknown-wijkteam': {
    severity: 'error',
    code: 'unknown-wijkteam',
    file: 'gebieden.yaml',
    line: 13,
    column: 19,
    message: 'Het wijkteam "wesselerbrinkk" bestaat niet. Kies uit: wesselerbrink, centrum.',
  },
  'unknown-beheerder': {
    severity: 'error',
    code: 'unknown-beheerder',
    file: 'voorzieningen/buurthuis.yaml',
    line: 2,
    column: 12,
    message:
      'De beheerder "buurthuis" staat niet in beheerders.yaml. Voeg hem daar toe of kies uit: alifa, stadsbank.',
  },
  'beheerder-file-name': {
    severity: 'error',
    code: 'beheerder-file-name',
    file: ALIFA,
    line: 2,
    column: 12,
    message:
      'Dit bestand is van beheerder "stadsbank" en moet dus stadsbank.yaml heten, niet alifa.yaml. Geef het bestand de juiste naam.',
  },
  'duplicate-id': {
    severity: 'error',
    code: 'duplicate-id',
    file: 'voorzieningen/stadsbank.yaml',
    line: 3,
    column: 9,
    message:
      'Bij \'schuldhulp-stadsbank\': De id "schuldhulp-stadsbank" bestaat al in voorzieningen/alifa.yaml (regel 4). Elke id moet uniek zijn. Kies een andere id.',
  },
  'duplicate-name': {
    severity: 'error',
    code: 'duplicate-name',
    file: 'levensgebieden.yaml',
    line: 16,
    column: 9,
    message:
      'Het levensgebied "geld" staat twee keer in dit bestand (ook op regel 4). Haal er één weg.',
  },
  'duplicate-postcode': {
    severity: 'error',
    code: 'duplicate-postcode',
    file: 'gebieden.yaml',
    line: 21,
    column: 27,
    message:
      'Postcode 7544 staat ook bij wijk Wesselerbrink (regel 14). Een postcode hoort bij één wijk: kies de wijk waar de meeste adressen liggen.',
  },
  'postcode-outside-range': {
    severity: 'error',
    code: 'postcode-outside-range',
    file: 'gebieden.yaml',
    line: 21,
    column: 27,
    message:
      'Postcode 7611 valt buiten de postcodereeksen van de gemeente bovenaan dit bestand. Controleer het getal of vul de reeksen aan.',
  },
  'empty-file': {
    severity: 'error',
    code: 'empty-file',
    file: ALIFA,
    line: 1,
    column: 1,
    message:
      'Het bestand is leeg of bevat alleen opmerkingen. Vul het aan of haal het bestand weg.',
  },
  'not-checked': {
    severity: 'warning',
    code: 'not-checked',
    file: ALIFA,
    line: 19,
    column: 5,
    message:
      "Bij 'koffie-in-de-wijk': Deze voorziening is nog niet gecontroleerd. Inwoners zien dan geen datum, en bij een adres het advies om eerst te bellen. Bel of mail de organisatie, kijk alles na en vul bij gecontroleerd de datum in.",
  },
  'check-overdue': {
    severity: 'warning',
    code: 'check-overdue',
    file: ALIFA,
    line: 19,
    column: 20,
    message:
      "Bij 'koffie-in-de-wijk': Laatst gecontroleerd op 2026-05-22. Dat is meer dan 6 maanden geleden. Inwoners zien de oude datum niet meer. Kijk alles na en vul de nieuwe datum in.",
  },
  'checked-in-future': {
    severity: 'warning',
    code: 'checked-in-future',
    file: ALIFA,
    line: 19,
    column: 20,
    message:
      "Bij 'koffie-in-de-wijk': De datum bij gecontroleerd (2026-12-01) ligt in de toekomst. Vul de dag in waarop u alles heeft nagekeken.",
  },
  expired: {
    severity: 'warning',
    code: 'expired',
    file: ALIFA,
    line: 20,
    column: 17,
    message:
      "Bij 'koffie-in-de-wijk': Deze voorziening liep tot 2026-11-22. Die datum is voorbij, dus inwoners zien haar niet meer. Haal haar weg, of pas geldig_tot aan als het project doorloopt.",
  },
  unreachable: {
    severity: 'warning',
    code: 'unreachable',
    file: ALIFA,
    line: 17,
    column: 5,
    message:
      'Bij \'koffie-in-de-wijk\': Inwoners kunnen deze voorziening niet bereiken: er staat geen telefoon, e-mail, website, adres of uitleg bij "hoe_aanmelden". Vul minstens één manier in.',
  },
  'no-contact-method': {
    severity: 'warning',
    code: 'no-contact-method',
    file: ALIFA,
    line: 18,
    column: 22,
    message:
      'Bij \'koffie-in-de-wijk\': Er staat alleen uitleg bij "hoe_aanmelden". Inwoners kunnen daar niet op tikken. Vul een telefoonnummer, e-mailadres, website of adres in. Tot dan zien inwoners geen nummer om te bellen, alleen de tip om bij de gemeente naar het wijkteam te vragen. Er staat namelijk geen wijkteamtelefoon in gebieden.yaml en geen telefoon in gemeentediensten.yaml.',
  },
  'circular-contact-hint': {
    severity: 'warning',
    code: 'circular-contact-hint',
    file: ALIFA,
    line: 19,
    column: 22,
    message:
      'Bij \'koffie-in-de-wijk\': De uitleg bij "hoe_aanmelden" stuurt inwoners naar de wijkwijzer. Maar de inwoner praat al met de wijkwijzer. Noem liever wie ze kunnen bellen of mailen, bijvoorbeeld het wijkteam.',
  },
  'hard-to-read': {
    severity: 'warning',
    code: 'hard-to-read',
    file: ALIFA,
    line: 7,
    column: 19,
    message:
      'Bij \'koffie-in-de-wijk\': De omschrijving is moeilijk te lezen: de zin die begint met "Elke week drinken buren" heeft 26 woorden (hoogstens 20); het woord "mantelzorgondersteuning" is lang (23 letters, hoogstens 20); splits het of gebruik een gewoner woord. Schrijf korte zinnen met gewone woorden (B1).',
  },
  'likely-duplicate': {
    severity: 'warning',
    code: 'likely-duplicate',
    file: 'voorzieningen/stadsbank.yaml',
    line: 17,
    column: 11,
    message:
      'Bij \'koffie-wijk-stadsbank\': Deze voorziening lijkt op "koffie-in-de-wijk" in voorzieningen/alifa.yaml (regel 4): dezelfde organisatie en bijna dezelfde naam. Is het dezelfde? Spreek dan af wie haar bijhoudt en haal de andere weg.',
  },
  'crisis-not-checked': {
    severity: 'warning',
    code: 'crisis-not-checked',
    file: 'crisislijnen.yaml',
    line: 2,
    column: 5,
    message:
      "Bij 'zelfmoordpreventie': Dit crisisnummer is nog niet gecontroleerd. Bel het nummer, kijk of het werkt en vul bij gecontroleerd de datum in. Doe dit elke maand.",
  },
  'crisis-check-overdue': {
    severity: 'warning',
    code: 'crisis-check-overdue',
    file: 'crisislijnen.yaml',
    line: 11,
    column: 20,
    message:
      "Bij 'zelfmoordpreventie': Dit crisisnummer is laatst gecontroleerd op 2026-10-20. Dat is meer dan een maand geleden. Bel het nummer en vul de nieuwe datum in.",
  },
  'synonym-term-unused': {
    severity: 'warning',
    code: 'synonym-term-unused',
    file: 'synoniemen.yaml',
    line: 5,
    column: 11,
    message:
      'De term "thee" komt nergens in de sociale kaart voor. Inwoners die deze woorden gebruiken, vinden dus niets. Kies een term die bij een voorziening staat, bijvoorbeeld in de trefwoorden.',
  },
  'duplicate-synonym': {
    severity: 'warning',
    code: 'duplicate-synonym',
    file: 'synoniemen.yaml',
    line: 4,
    column: 40,
    message: '"Rood staan" staat al bij dezelfde term (regel 4). Haal er één weg.',
  },
};

describe('loadKnowledge on the valid fixture', () => {
  it('loads without any diagnostic and exposes a frozen catalogue', async () => {
    const result = await loadKnowledge(VALID_FIXTURE, { clock: fixedClock });
    expect(result.diagnostics).toEqual([]);
    if (!result.ok) throw new Error('expected the valid fixture to load');
    const { catalogue } = result;
    expect(catalogue.voorzieningen.map((entry) => entry.id)).toEqual([
      'koffie-in-de-wijk',
      'schuldhulp-stadsbank',
      'woonhulp-zuid',
    ]);
    const koffie = catalogue.voorziening('koffie-in-de-wijk');
    expect(koffie).toMatchObject({
      beheerder: 'alifa',
      source: { file: ALIFA, line: 4 },
      status: 'actief',
      doelgroep: { leeftijd: { min: 18 }, kenmerken: ['65-plussers'] },
    });
    expect(catalogue.voorziening('schuldhulp-stadsbank')?.trefwoorden).toEqual([
      'schulden',
      'deurwaarder',
    ]);
    expect(catalogue.levensgebied('wonen')?.label).toBe('Wonen');
    expect(catalogue.beheerder('stadsbank')?.naam).toBe('Stadsbank Oost Nederland');
    expect(catalogue.synoniemen[0]).toEqual({
      term: 'schulden',
      levensgebied: 'geld',
      woorden: ['rood staan', 'deurwaarder', 'krap bij kas'],
    });
    expect(catalogue.crisislijnen[0]?.telefoon.map((phone) => phone.nummer)).toEqual([
      '113',
      '0800-0113',
    ]);
    expect(catalogue.version).toMatch(/^[0-9a-f]{12}$/);
    expect(catalogue.loadedAt).toEqual(fixedClock.now());
    expect(Object.isFrozen(catalogue.voorzieningen)).toBe(true);
    expect(Object.isFrozen(koffie?.doelgroep)).toBe(true);
    expect(result.stats).toEqual({ files: 7, voorzieningen: 3 });
  });

  it('gives a new version when one byte changes and the same version for the same bytes', async () => {
    const first = await loadKnowledge(VALID_FIXTURE, { clock: fixedClock });
    const same = await loadKnowledge(await knowledgeDir(), { clock: fixedClock });
    const alifa = await readFile(path.join(VALID_FIXTURE, ALIFA), 'utf8');
    const changed = await loadKnowledge(
      await knowledgeDir({ [ALIFA]: alifa.replace('Elke week', 'Iedere week') }),
      { clock: fixedClock },
    );
    if (!first.ok || !same.ok || !changed.ok) throw new Error('expected all three to load');
    expect(same.catalogue.version).toBe(first.catalogue.version);
    expect(changed.catalogue.version).not.toBe(first.catalogue.version);
  });
});

describe('a fixture for every diagnostic class', () => {
  for (const [name, expected] of Object.entries(fixtureCases)) {
    it(`${name}: ${expected.severity} at ${expected.file}:${expected.line}:${expected.column}`, async () => {
      const result = await loadKnowledge(await caseDir(name), { clock: fixedClock });
      expect(result.diagnostics).toEqual([expect.objectContaining({ ...expected })]);
      expect(result.ok).toBe(expected.severity === 'warning');
    });
  }

  it('covers every warning code and every schema and reference error code', () => {
    const covered = new Set(Object.values(fixtureCases).map((expected) => expected.code));
    const coveredInline = new Set<DiagnosticCode>([
      'yaml-syntax',
      'not-utf8',
      'file-too-large',
      'missing-file',
      'no-voorzieningen',
      'dir-unreadable',
      'too-many-files',
      'read-failed',
      // Special files and deep nesting: test/security/knowledgeSpecialFiles and costlyInput.
      'not-regular-file',
      'special-file-skipped',
      'yaml-too-deep',
    ]);
    for (const code of [...errorCodes, ...warningCodes]) {
      expect(covered.has(code) || coveredInline.has(code), code).toBe(true);
    }
  });
});

describe('files that cannot be read as YAML', () => {
  it('reports broken YAML with its line and a hint, and does not crash', async () => {
    const alifa = await readFile(path.join(VALID_FIXTURE, ALIFA), 'utf8');
    const dir = await knowledgeDir({
      [ALIFA]: alifa.replace('levensgebieden: [ontmoeting]', 'levensgebieden: [ontmoeting'),
    });
    const result = await loadKnowledge(dir, { clock: fixedClock });
    expect(result.ok).toBe(false);
    expect(result.errors.length).toBeGreaterThan(0);
    expect(
      result.errors.every((error) => error.code === 'yaml-syntax' && error.file === ALIFA),
    ).toBe(true);
    expect(result.errors[0]).toMatchObject({ line: 9, column: 5 });
    expect(result.errors[0]?.message).toMatch(/^De YAML klopt niet: /);
  });

  it('reports a duplicate key inside one block', async () => {
    const alifa = await readFile(path.join(VALID_FIXTURE, ALIFA), 'utf8');
    const dir = await knowledgeDir({
      [ALIFA]: alifa.replace('    kosten: gratis\n', '    kosten: gratis\n    kosten: betaald\n'),
    });
    const result = await loadKnowledge(dir, { clock: fixedClock });
    expect(result.errors).toEqual([
      expect.objectContaining({
        code: 'yaml-syntax',
        file: ALIFA,
        line: 17,
        column: 5,
        message: 'De YAML klopt niet: dit veld staat twee keer in hetzelfde blok. Haal er één weg.',
      }),
    ]);
  });

  it('points at the first byte that is not UTF-8', async () => {
    const alifa = await readFile(path.join(VALID_FIXTURE, ALIFA));
    const latin1 = Buffer.concat([
      alifa.subarray(0, alifa.indexOf('Koffie in de wijk')),
      Buffer.from('Caf\xe9 in de wijk', 'latin1'),
      alifa.subarray(alifa.indexOf('Koffie in de wijk') + 'Koffie in de wijk'.length),
    ]);
    const result = await loadKnowledge(await knowledgeDir({ [ALIFA]: latin1 }), {
      clock: fixedClock,
    });
    expect(result.errors).toEqual([
      expect.objectContaining({
        code: 'not-utf8',
        file: ALIFA,
        line: 5,
        column: 14,
        message:
          'Hier staat een teken dat geen UTF-8 is. Sla het bestand op als UTF-8 en controleer letters als é en ë op deze plek.',
      }),
    ]);
  });

  it('recognises a file saved as UTF-16', async () => {
    const alifa = await readFile(path.join(VALID_FIXTURE, ALIFA), 'utf8');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(alifa, 'utf16le')]);
    const result = await loadKnowledge(await knowledgeDir({ [ALIFA]: utf16 }), {
      clock: fixedClock,
    });
    expect(result.errors).toEqual([
      expect.objectContaining({ code: 'not-utf8', file: ALIFA, line: 1, column: 1 }),
    ]);
    expect(result.errors[0]?.message).toContain('UTF-16');
  });

  it('refuses a file above the size cap without parsing it', async () => {
    const huge = `beheerder: alifa\n# ${'x'.repeat(MAX_FILE_BYTES)}\n`;
    const result = await loadKnowledge(await knowledgeDir({ [ALIFA]: huge }), {
      clock: fixedClock,
    });
    expect(result.errors).toEqual([
      expect.objectContaining({
        code: 'file-too-large',
        file: ALIFA,
        line: 1,
        column: 1,
        message:
          'Het bestand is 1025 kB groot. Het maximum is 1024 kB. Haal onderdelen weg of splits het bestand. Staat er per ongeluk iets anders in, zoals een afbeelding?',
      }),
    ]);
  });

  it('reports a reference file that is not a regular file (here a directory)', async () => {
    const dir = await knowledgeDir({ 'levensgebieden.yaml': null });
    await mkdir(path.join(dir, 'levensgebieden.yaml'));
    const result = await loadKnowledge(dir, { clock: fixedClock });
    expect(result.errors).toEqual([
      expect.objectContaining({
        code: 'not-regular-file',
        file: 'levensgebieden.yaml',
        line: 1,
        column: 1,
      }),
    ]);
  });
});

describe('missing files and directories', () => {
  it('names a missing reference file', async () => {
    const result = await loadKnowledge(await knowledgeDir({ 'synoniemen.yaml': null }), {
      clock: fixedClock,
    });
    expect(result.errors).toEqual([
      expect.objectContaining({
        code: 'missing-file',
        file: 'synoniemen.yaml',
        line: 1,
        column: 1,
        message:
          'Het bestand synoniemen.yaml ontbreekt. Dit bestand is verplicht. Zet het terug uit de vorige versie.',
      }),
    ]);
  });

  it('reads gemeentediensten.yaml when it is there, and works without it (ADR 0013)', async () => {
    const without = await loadKnowledge(await knowledgeDir(), { clock: fixedClock });
    expect(without.ok && without.catalogue.gemeenteDiensten).toBeUndefined();
    const file = [
      'gemeente: Proefstad',
      'contact:',
      '  telefoon: 14 053',
      'diensten:',
      '  - id: afval',
      '    naam: Afval',
      '    woorden: [grofvuil, kliko]',
      '',
    ].join('\n');
    const withFile = await loadKnowledge(await knowledgeDir({ 'gemeentediensten.yaml': file }), {
      clock: fixedClock,
    });
    expect(withFile.ok && withFile.catalogue.gemeenteDiensten).toEqual({
      gemeente: 'Proefstad',
      contact: { telefoon: '14 053' },
      diensten: [
        {
          id: 'afval',
          naam: 'Afval',
          woorden: ['grofvuil', 'kliko'],
          behalve: [],
          rondom: [],
          // A service of the gemeente unless the file says care (ADR 0013, session 14).
          soort: 'gemeente',
        },
      ],
    });
  });

  it('refuses a gemeentediensten.yaml without a way to reach the gemeente', async () => {
    const file =
      'gemeente: Proefstad\ncontact: {}\ndiensten:\n  - { id: afval, naam: Afval, woorden: [grofvuil] }\n';
    const result = await loadKnowledge(await knowledgeDir({ 'gemeentediensten.yaml': file }), {
      clock: fixedClock,
    });
    expect(result.ok).toBe(false);
    expect(result.errors.map((error) => error.file)).toEqual(['gemeentediensten.yaml']);
  });

  it('needs at least one partner file', async () => {
    const result = await loadKnowledge(await knowledgeDir({ voorzieningen: null }), {
      clock: fixedClock,
    });
    expect(result.errors.map((error) => [error.code, error.file])).toContainEqual([
      'no-voorzieningen',
      'voorzieningen',
    ]);
  });

  it('reports a directory that does not exist', async () => {
    const dir = path.join(await knowledgeDir(), 'bestaat-niet');
    const result = await loadKnowledge(dir, { clock: fixedClock });
    expect(result.errors).toEqual([
      expect.objectContaining({ code: 'dir-unreadable', file: '.', line: 1, column: 1 }),
    ]);
    expect(result.errors[0]?.message).toContain('bestaat-niet');
  });

  it('stops at too many partner files', async () => {
    const dir = await knowledgeDir();
    await Promise.all(
      Array.from({ length: 500 }, (_, index) =>
        writeFile(path.join(dir, 'voorzieningen', `extra-${index}.yaml`), 'beheerder: alifa\n'),
      ),
    );
    const result = await loadKnowledge(dir, { clock: fixedClock });
    expect(result.errors).toEqual([
      expect.objectContaining({
        code: 'too-many-files',
        file: 'voorzieningen',
        message:
          'Er staan 502 bestanden in voorzieningen/. Het maximum is 500. Voeg bestanden samen of haal oude weg.',
      }),
    ]);
  });
});

describe('areas', () => {
  it('looks up postcodes inside, outside and unknown to Enschede', async () => {
    const result = await loadKnowledge(VALID_FIXTURE, { clock: fixedClock });
    if (!result.ok) throw new Error('expected the valid fixture to load');
    const { areas } = result.catalogue;
    const wesselerbrink = {
      postcode: 7544,
      stadsdeel: 'Zuid',
      stadsdeelId: 'zuid',
      wijk: 'Wesselerbrink',
      wijkteam: 'wesselerbrink',
      wijkteamNaam: 'Wijkteam Wesselerbrink',
      zeker: true,
    };
    expect(areas.lookupPostcode('7544')).toEqual(wesselerbrink);
    expect(areas.lookupPostcode(7544)).toEqual(wesselerbrink);
    expect(areas.lookupPostcode(' 7544 ab ')).toEqual(wesselerbrink);
    expect(areas.lookupPostcode('7544AB')).toEqual(wesselerbrink);
    expect(areas.lookupPostcode('7511')).toMatchObject({ wijk: 'Binnenstad', zeker: false });
    expect(areas.lookupPostcode('7551')).toBe('outside-gemeente');
    expect(areas.lookupPostcode('1012 AB')).toBe('outside-gemeente');
    expect(areas.lookupPostcode('7520')).toBe('unknown');
    expect(areas.lookupPostcode('75')).toBe('unknown');
    expect(areas.lookupPostcode('hallo')).toBe('unknown');
    expect(areas.lookupPostcode('0544')).toBe('unknown');
    expect(areas.wijk('Binnenstad')).toMatchObject({ stadsdeel: 'Centrum', wijkteam: 'centrum' });
    expect(areas.wijkteam('centrum')?.naam).toBe('Wijkteam Centrum');
  });

  it('gives the example postcode and the neighbours of gebieden.yaml, with defaults', async () => {
    const valid = await readFile(path.join(VALID_FIXTURE, 'gebieden.yaml'), 'utf8');
    const plain = await loadKnowledge(VALID_FIXTURE, { clock: fixedClock });
    if (!plain.ok) throw new Error('expected the valid fixture to load');
    // Without the fields: the first postcode of the first wijk, and no list of neighbours.
    const firstWijk = plain.catalogue.areas.wijken.find((wijk) => wijk.postcodes.length > 0);
    expect(plain.catalogue.areas.examplePostcode).toBe(firstWijk?.postcodes[0]);
    expect(plain.catalogue.areas.buurgemeenten).toBeUndefined();

    const extra = 'voorbeeldpostcode: 7511\nbuurgemeenten: [Hengelo, Losser]\n';
    const withFields = await loadKnowledge(await knowledgeDir({ 'gebieden.yaml': extra + valid }), {
      clock: fixedClock,
    });
    if (!withFields.ok) throw new Error('expected the fields to load');
    expect(withFields.catalogue.areas.examplePostcode).toBe(7511);
    expect(withFields.catalogue.areas.buurgemeenten).toEqual(['Hengelo', 'Losser']);

    const outside = await loadKnowledge(
      await knowledgeDir({ 'gebieden.yaml': `voorbeeldpostcode: 7611\n${valid}` }),
      { clock: fixedClock },
    );
    expect(outside.ok).toBe(false);
    expect(outside.errors).toContainEqual(
      expect.objectContaining({ code: 'postcode-outside-range', file: 'gebieden.yaml', line: 1 }),
    );
  });
});

import { z } from 'zod';
import { nl } from '../i18n/nl/index.js';

/**
 * The single source of truth for every file under knowledge/. Field names are Dutch because
 * welzijnspartners read and write them; the fixed values are Dutch kebab-case slugs with a Dutch
 * label in src/i18n/nl/knowledge.ts (see docs/adr/0003-knowledge-format.md). The JSON Schema files
 * in knowledge/ are generated from these schemas (`wijkwijzer knowledge schema`), never edited.
 */

const help = nl.knowledge.fields;
const messages = nl.knowledge.schema;

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** B1 descriptions stay short: residents read them in a chat bubble. */
export const OMSCHRIJVING_MAX_CHARS = 400;
export const MAX_TREFWOORDEN = 30;

/**
 * Dutch phone numbers as residents dial them: short national lines (112, 113), the municipal
 * 14 + area code number, 0800/0900 numbers and ten-digit numbers with an optional separator.
 */
const PHONE_PATTERN =
  /^(?:1[0-9]{2}|14 ?0[0-9]{2,3}|0[89]00[ -]?[0-9]{4,7}|0[1-9][0-9]{0,3}[ -]?[0-9]{5,8}|\+31 ?[1-9][0-9 -]{7,11})$/;

export const toegangValues = [
  'vrij-inlopen',
  'aanmelden',
  'via-verwijzing',
  'alleen-via-wijkteam',
] as const;
export type Toegang = (typeof toegangValues)[number];

export const statusValues = ['actief', 'tijdelijk-gesloten', 'wachtlijst'] as const;
export type Status = (typeof statusValues)[number];

export const kostenValues = ['gratis', 'bijdrage', 'betaald', 'onbekend'] as const;
export type Kosten = (typeof kostenValues)[number];

export const kenmerkValues = [
  'kinderen',
  'jongeren',
  'ouders',
  'aanstaande-ouders',
  'scheidende-ouders',
  '65-plussers',
  'mantelzorgers',
  'nieuwkomers',
  'laaggeletterden',
  'mensen-met-een-beperking',
  'mensen-met-weinig-geld',
  'werkzoekenden',
  'huurders',
  'slachtoffers-en-omstanders',
  'vrijwilligers',
  'bewonersgroepen',
] as const;
export type Kenmerk = (typeof kenmerkValues)[number];

/**
 * The words a voorziening's `gebied` may be instead of a block of stadsdelen and wijken. The
 * keyword for the whole gemeente names no gemeente, so every gemeente's kaart reads the same; the
 * label partners and residents see takes the gemeente's name from gebieden.yaml ("Heel Hengelo").
 */
export const gebiedKeywords = ['heel-de-gemeente', 'landelijk'] as const;
export type GebiedKeyword = (typeof gebiedKeywords)[number];

/**
 * Older words that still mean a keyword: `heel-enschede` was the whole-gemeente keyword until
 * session 16, and Enschede's kaart and many files written after it use it. They are read as the
 * keyword they stand for, so no file has to change (docs/adr/0003-knowledge-format.md).
 */
export const gebiedAliases = { 'heel-enschede': 'heel-de-gemeente' } as const satisfies Readonly<
  Record<string, GebiedKeyword>
>;
type GebiedAlias = keyof typeof gebiedAliases;
const gebiedAliasWords = Object.keys(gebiedAliases) as GebiedAlias[];

/** The keyword a `gebied` word stands for: itself, or the keyword of an older word. */
export function canonicalGebied(word: GebiedKeyword | GebiedAlias): GebiedKeyword {
  return word in gebiedAliases ? gebiedAliases[word as GebiedAlias] : (word as GebiedKeyword);
}

const slug = z.string().regex(SLUG_PATTERN, { error: messages.slug });
const text = (max: number) => z.string().trim().min(1).max(max);
const isoDate = z.iso.date();
const phone = z
  .string()
  .trim()
  .regex(PHONE_PATTERN, { error: messages.phone })
  .refine(
    (value) => {
      const digits = value.replace(/[^0-9]/g, '');
      if (value.startsWith('+31')) return digits.length === 11;
      if (/^0[1-7]/.test(value)) return digits.length === 10;
      return true;
    },
    { error: messages.phone },
  );
const website = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });
const httpsWebsite = z.url({ protocol: /^https$/, hostname: z.regexes.domain });
const age = z.int().min(0).max(120);

export const leeftijdSchema = z
  .strictObject({
    min: age.optional(),
    max: age.optional(),
  })
  .refine((range) => range.min === undefined || range.max === undefined || range.min <= range.max, {
    error: messages.ageRange,
  })
  .meta({ description: help.leeftijd });

export const doelgroepSchema = z
  .strictObject({
    leeftijd: leeftijdSchema.optional(),
    kenmerken: z
      .array(z.enum(kenmerkValues))
      .max(8)
      .default([])
      .meta({ description: help.kenmerken }),
  })
  .meta({ description: help.doelgroep });

export const gebiedSchema = z
  .union([
    z.enum([...gebiedKeywords, ...gebiedAliasWords]).transform(canonicalGebied),
    z
      .strictObject({
        stadsdelen: z.array(text(40)).min(1).optional().meta({ description: help.stadsdelen }),
        wijken: z.array(text(60)).min(1).optional().meta({ description: help.wijken }),
      })
      .refine((area) => area.stadsdelen !== undefined || area.wijken !== undefined, {
        error: messages.gebiedEmpty,
      }),
  ])
  .meta({ description: help.gebied });
export type Gebied = z.output<typeof gebiedSchema>;

export const contactSchema = z
  .strictObject({
    telefoon: phone.optional().meta({ description: help.telefoon }),
    email: z.email().optional().meta({ description: help.email }),
    website: website.optional().meta({ description: help.website }),
    adres: text(200).optional().meta({ description: help.adres }),
    openingstijden: text(300).optional().meta({ description: help.openingstijden }),
    hoe_aanmelden: text(300).optional().meta({ description: help.hoeAanmelden }),
  })
  .meta({ description: help.contact });
export type Contact = z.output<typeof contactSchema>;

export const voorzieningSchema = z.strictObject({
  id: slug.max(60).meta({ description: help.id }),
  naam: text(80).meta({ description: help.naam }),
  organisatie: text(120).meta({ description: help.organisatie }),
  omschrijving: z
    .string()
    .trim()
    .min(20)
    .max(OMSCHRIJVING_MAX_CHARS)
    .meta({ description: help.omschrijving }),
  levensgebieden: z.array(slug).min(1).max(5).meta({ description: help.levensgebieden }),
  trefwoorden: z
    .array(text(60))
    .max(MAX_TREFWOORDEN)
    .default([])
    .meta({ description: help.trefwoorden }),
  doelgroep: doelgroepSchema.default({ kenmerken: [] }),
  gebied: gebiedSchema,
  toegang: z.enum(toegangValues).meta({ description: help.toegang }),
  kosten: z.enum(kostenValues).meta({ description: help.kosten }),
  kosten_toelichting: text(200).optional().meta({ description: help.kostenToelichting }),
  contact: contactSchema.default({}),
  gecontroleerd: isoDate.nullable().optional().meta({ description: help.gecontroleerd }),
  geldig_tot: isoDate.optional().meta({ description: help.geldigTot }),
  status: z.enum(statusValues).default('actief').meta({ description: help.status }),
});
export type VoorzieningEntry = z.output<typeof voorzieningSchema>;

export const voorzieningenFileSchema = z
  .strictObject({
    beheerder: slug.meta({ description: help.beheerder }),
    voorzieningen: z.array(voorzieningSchema).min(1).meta({ description: help.voorzieningen }),
  })
  .meta({ title: 'Voorzieningen van één beheerder', description: help.voorzieningenFile });
export type VoorzieningenFile = z.output<typeof voorzieningenFileSchema>;

export const levensgebiedSchema = z.strictObject({
  id: slug.max(40),
  label: text(60).meta({ description: help.levensgebiedLabel }),
  uitleg: text(300).meta({ description: help.levensgebiedUitleg }),
  woorden: z.array(text(60)).min(3).meta({ description: help.levensgebiedWoorden }),
});
export type Levensgebied = z.output<typeof levensgebiedSchema>;

export const levensgebiedenFileSchema = z
  .strictObject({ levensgebieden: z.array(levensgebiedSchema).min(1) })
  .meta({ title: 'Levensgebieden', description: help.levensgebiedenFile });

const pc4 = z.int().min(1000).max(9999);

export const wijkSchema = z.strictObject({
  naam: text(60),
  wijkteam: slug,
  postcodes: z.array(pc4).default([]).meta({ description: help.wijkPostcodes }),
  zeker: z.boolean().meta({ description: help.zeker }),
  opmerking: text(400).optional().meta({ description: help.opmerking }),
  buurten: z.array(text(60)).max(40).default([]).meta({ description: help.buurten }),
});

export const gebiedenFileSchema = z
  .strictObject({
    gemeente: text(60).optional().meta({ description: help.gebiedenGemeente }),
    voorbeeldpostcode: pc4.optional().meta({ description: help.voorbeeldpostcode }),
    buurgemeenten: z.array(text(60)).max(80).optional().meta({ description: help.buurgemeenten }),
    wijkteamtelefoon: phone.optional().meta({ description: help.wijkteamtelefoon }),
    // Shown to residents as a link in the chat: only https, like a card's links.
    wijkteamwebsite: httpsWebsite.optional().meta({ description: help.wijkteamwebsite }),
    postcodereeksen: z
      .array(
        z
          .strictObject({ van: pc4, tot: pc4 })
          .refine((range) => range.van <= range.tot, { error: messages.rangeOrder }),
      )
      .min(1)
      .meta({ description: help.postcodereeksen }),
    wijkteams: z
      .array(z.strictObject({ id: slug, naam: text(80), opmerking: text(400).optional() }))
      .min(1)
      .meta({ description: help.wijkteams }),
    stadsdelen: z
      .array(z.strictObject({ id: slug, naam: text(40), wijken: z.array(wijkSchema).min(1) }))
      .min(1),
  })
  .meta({ title: 'Gebieden van de gemeente', description: help.gebiedenFile });
export type GebiedenFile = z.output<typeof gebiedenFileSchema>;

export const crisislijnSchema = z.strictObject({
  id: slug,
  naam: text(80),
  wanneer: text(300).meta({ description: help.crisisWanneer }),
  telefoon: z
    .array(z.strictObject({ nummer: phone, uitleg: text(120).optional() }))
    .min(1)
    .meta({ description: help.crisisTelefoon }),
  chat: website.optional(),
  website: website.optional(),
  bereikbaar: text(120).meta({ description: help.crisisBereikbaar }),
  gecontroleerd: isoDate.nullable().optional().meta({ description: help.gecontroleerd }),
});
export type Crisislijn = z.output<typeof crisislijnSchema>;

export const crisislijnenFileSchema = z
  .strictObject({ crisislijnen: z.array(crisislijnSchema).min(1) })
  .meta({ title: 'Crisislijnen', description: help.crisislijnenFile });

export const beheerderSchema = z.strictObject({
  id: slug,
  naam: text(120),
  website: website.optional(),
  email: z.email().optional(),
  opmerking: text(400).optional(),
  // The partner page (docs/adr/0018): who may sign in by e-mail link for this beheerder.
  medewerkers: z.array(z.email()).max(50).default([]).meta({ description: help.medewerkers }),
  redactie: z.boolean().default(false).meta({ description: help.redactie }),
});
export type Beheerder = z.output<typeof beheerderSchema>;

export const beheerdersFileSchema = z
  .strictObject({ beheerders: z.array(beheerderSchema).min(1) })
  .meta({ title: 'Beheerders', description: help.beheerdersFile });

export const synoniemSchema = z.strictObject({
  term: text(60).meta({ description: help.synoniemTerm }),
  levensgebied: slug.optional(),
  woorden: z.array(text(80)).min(1).meta({ description: help.synoniemWoorden }),
});
export type Synoniem = z.output<typeof synoniemSchema>;

export const synoniemenFileSchema = z
  .strictObject({ synoniemen: z.array(synoniemSchema).min(1) })
  .meta({ title: 'Synoniemen', description: help.synoniemenFile });

/**
 * One service of the gemeente itself (gemeentelijke dienstverlening, ADR 0013, gemeente amendment):
 * not the sociale basis, so the wijkwijzer answers "a question for the gemeente" with its contact
 * instead of three unrelated cards. `woorden` are the residents' everyday words for it; `behalve`
 * words look alike but are not this service ("verblijfsvergunning" is not a municipal permit);
 * `rondom` words often come with it ("huis", "tuin", "aanvragen" with a permit): alone they make no
 * gemeente question, but beside one they are no other need either.
 */
export const gemeenteDienstSchema = z.strictObject({
  id: slug,
  naam: text(80).meta({ description: help.dienstNaam }),
  naamEngels: text(80).optional().meta({ description: help.dienstNaamEngels }),
  woorden: z.array(text(60)).min(1).max(80).meta({ description: help.dienstWoorden }),
  behalve: z.array(text(60)).max(40).default([]).meta({ description: help.dienstBehalve }),
  rondom: z.array(text(60)).max(60).default([]).meta({ description: help.dienstRondom }),
  /**
   * `zorg`: care a huisarts, tandarts, fysiotherapeut, apotheek or ziekenhuis gives (ADR 0013,
   * session 14): neither the gemeente nor the sociale basis, so the reply points to the care
   * provider instead of the gemeente's contact. One list in the gemeente's file: the same
   * recognition and the same decision as a service of its own.
   */
  soort: z.enum(['gemeente', 'zorg']).default('gemeente').meta({ description: help.dienstSoort }),
});
export type GemeenteDienst = z.output<typeof gemeenteDienstSchema>;

export const gemeenteDienstenFileSchema = z
  .strictObject({
    gemeente: text(80).meta({ description: help.dienstenGemeente }),
    contact: z
      .strictObject({
        telefoon: phone.optional(),
        website: website.optional(),
      })
      .refine((contact) => contact.telefoon !== undefined || contact.website !== undefined, {
        error: messages.dienstenContact,
      })
      .meta({ description: help.dienstenContact }),
    diensten: z.array(gemeenteDienstSchema).min(1).max(60),
  })
  .meta({ title: 'Gemeentelijke diensten', description: help.dienstenFile });
export type GemeenteDiensten = z.output<typeof gemeenteDienstenFileSchema>;

/**
 * The files of a knowledge directory with their schema. `schemaFile` is the JSON Schema written
 * next to them for editors; `path` is relative to the knowledge directory.
 */
export const referenceFiles = {
  levensgebieden: {
    path: 'levensgebieden.yaml',
    schema: levensgebiedenFileSchema,
    schemaFile: 'levensgebieden.schema.json',
  },
  gebieden: {
    path: 'gebieden.yaml',
    schema: gebiedenFileSchema,
    schemaFile: 'gebieden.schema.json',
  },
  crisislijnen: {
    path: 'crisislijnen.yaml',
    schema: crisislijnenFileSchema,
    schemaFile: 'crisislijnen.schema.json',
  },
  beheerders: {
    path: 'beheerders.yaml',
    schema: beheerdersFileSchema,
    schemaFile: 'beheerders.schema.json',
  },
  synoniemen: {
    path: 'synoniemen.yaml',
    schema: synoniemenFileSchema,
    schemaFile: 'synoniemen.schema.json',
  },
  /** Optional: without it the wijkwijzer does not tell gemeente services apart (ADR 0013). */
  gemeentediensten: {
    path: 'gemeentediensten.yaml',
    schema: gemeenteDienstenFileSchema,
    schemaFile: 'gemeentediensten.schema.json',
  },
} as const;

export const VOORZIENINGEN_DIR = 'voorzieningen';
export const VOORZIENING_SCHEMA_FILE = 'voorziening.schema.json';

import parseSpdx from 'spdx-expression-parse';
import { z } from 'zod';

/**
 * The publiccode.yml standard (core, version 0.5) as a zod schema, written from the standard's own
 * documentation (https://yml.publiccode.tools, "The Standard (core)", the categories list and the
 * scope list). No maintained validator or JSON schema for publiccode.yml is published on the npm
 * registry (the maintained validator, publiccode-parser-go, is a Go program), so this schema is
 * ours: docs/adr/0016-runtime-deployment-and-test-tiers.md. It checks what the standard marks
 * mandatory, the controlled vocabularies, lengths, dates and licence expressions; it does not fetch
 * URLs (the parser's network checks), which CI cannot reach.
 */

export const PUBLICCODE_VERSIONS = ['0', '0.2', '0.3', '0.4', '0.5'] as const;

/** docs/standard/categories-list.rst */
export const PUBLICCODE_CATEGORIES = [
  'accounting',
  'agile-project-management',
  'applicant-tracking',
  'application-development',
  'appointment-scheduling',
  'backup',
  'billing-and-invoicing',
  'blog',
  'budgeting',
  'business-intelligence',
  'business-process-management',
  'cad',
  'call-center-management',
  'cloud-management',
  'collaboration',
  'communications',
  'compliance-management',
  'contact-management',
  'content-management',
  'crm',
  'customer-service-and-support',
  'data-analytics',
  'data-collection',
  'data-visualization',
  'design',
  'design-system',
  'digital-asset-management',
  'digital-citizenship',
  'document-management',
  'donor-management',
  'e-commerce',
  'e-signature',
  'educational-content',
  'email-management',
  'email-marketing',
  'employee-management',
  'enterprise-project-management',
  'enterprise-social-networking',
  'erp',
  'event-management',
  'facility-management',
  'feedback-and-reviews-management',
  'financial-reporting',
  'fleet-management',
  'fundraising',
  'gamification',
  'geographic-information-systems',
  'grant-management',
  'graphic-design',
  'help-desk',
  'hr',
  'ide',
  'identity-management',
  'instant-messaging',
  'inventory-management',
  'it-asset-management',
  'it-development',
  'it-management',
  'it-security',
  'it-service-management',
  'knowledge-management',
  'learning-management-system',
  'marketing',
  'mind-mapping',
  'mobile-marketing',
  'mobile-payment',
  'network-management',
  'office',
  'online-booking',
  'online-community',
  'payment-gateway',
  'payroll',
  'predictive-analysis',
  'procurement',
  'productivity-suite',
  'project-collaboration',
  'project-management',
  'property-management',
  'real-estate-management',
  'remote-support',
  'resource-management',
  'sales-management',
  'seo',
  'service-desk',
  'social-media-management',
  'survey',
  'talent-management',
  'task-management',
  'taxes-management',
  'test-management',
  'time-management',
  'time-tracking',
  'translation',
  'video-conferencing',
  'video-editing',
  'visitor-management',
  'voip',
  'warehouse-management',
  'web-collaboration',
  'web-conferencing',
  'website-builder',
  'whistleblowing',
  'workflow-management',
] as const;

/** docs/standard/scope-list.rst */
export const PUBLICCODE_SCOPES = [
  'agriculture',
  'culture',
  'defence',
  'education',
  'emergency-services',
  'employment',
  'energy',
  'environment',
  'finance-and-economic-development',
  'foreign-affairs',
  'healthcare',
  'infrastructures',
  'justice',
  'local-authorities',
  'manufacturing',
  'research',
  'science-and-technology',
  'security',
  'society',
  'sport',
  'tourism',
  'transportation',
  'welfare',
] as const;

const text = z.string().trim().min(1);
const url = z.url({ protocol: /^https?$/ });

/** "All dates must follow the format YYYY-MM-DD" and be real dates. */
const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date as YYYY-MM-DD' })
  .refine((value) => new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    error: 'must be a real calendar date',
  });

/** An IETF BCP 47 tag whose primary language subtag is present ("nl", "en", "sl-IT-nedis"). */
const languageTag = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/, { error: 'must be a BCP 47 language tag' });

/** ISO 3166-1 alpha-2; the standard used lowercase first and now prefers uppercase. */
const country = z.string().regex(/^[A-Za-z]{2}$/, { error: 'must be an ISO 3166-1 alpha-2 code' });

const spdxExpression = z.string().refine(
  (value) => {
    try {
      parseSpdx(value);
      return true;
    } catch {
      return false;
    }
  },
  { error: 'must be a valid SPDX licence expression' },
);

const dependency = z.strictObject({
  name: text,
  versionMin: z.union([z.string(), z.number()]).optional(),
  versionMax: z.union([z.string(), z.number()]).optional(),
  version: z.union([z.string(), z.number()]).optional(),
  optional: z.boolean().optional(),
});

const contact = z.strictObject({
  name: text,
  email: z.email().optional(),
  phone: z.string().optional(),
  affiliation: z.string().optional(),
});

const contractor = z.strictObject({
  name: text,
  until: date,
  email: z.email().optional(),
  website: url.optional(),
});

const localisedDescription = z.strictObject({
  localisedName: z.string().optional(),
  genericName: z.string().max(35).optional(),
  shortDescription: z.string().trim().min(1).max(150),
  longDescription: z.string().trim().min(150).max(10_000).optional(),
  documentation: url.optional(),
  apiDocumentation: url.optional(),
  features: z.array(text).min(1).optional(),
  screenshots: z.array(z.string()).optional(),
  videos: z.array(url).optional(),
  awards: z.array(z.string()).optional(),
});

export const publiccodeSchema = z
  .strictObject({
    publiccodeYmlVersion: z.enum(PUBLICCODE_VERSIONS),
    name: text,
    applicationSuite: z.string().optional(),
    url,
    landingURL: url.optional(),
    isBasedOn: z.union([url, z.array(url)]).optional(),
    softwareVersion: z.string().optional(),
    releaseDate: date.optional(),
    logo: z.string().optional(),
    platforms: z.union([text, z.array(text).min(1)]),
    categories: z.array(z.enum(PUBLICCODE_CATEGORIES)).min(1),
    usedBy: z.array(text).optional(),
    roadmap: url.optional(),
    developmentStatus: z.enum(['concept', 'development', 'beta', 'stable', 'obsolete']),
    softwareType: z.enum([
      'standalone/mobile',
      'standalone/iot',
      'standalone/desktop',
      'standalone/web',
      'standalone/backend',
      'standalone/other',
      'addon',
      'library',
      'configurationFiles',
    ]),
    intendedAudience: z
      .strictObject({
        countries: z.array(country).optional(),
        unsupportedCountries: z.array(country).optional(),
        scope: z.array(z.enum(PUBLICCODE_SCOPES)).optional(),
      })
      .optional(),
    organisation: z
      .strictObject({ name: z.string().optional(), uri: z.string().min(1) })
      .optional(),
    fundedBy: z.array(z.strictObject({ name: text, uri: z.string().optional() })).optional(),
    description: z
      .record(languageTag, localisedDescription)
      .refine((languages) => Object.keys(languages).length > 0, {
        error: 'needs at least one language',
      }),
    legal: z.strictObject({
      license: spdxExpression,
      mainCopyrightOwner: z.string().optional(),
      repoOwner: z.string().optional(),
      authorsFile: z.string().optional(),
    }),
    maintenance: z.strictObject({
      type: z.enum(['internal', 'contract', 'community', 'none']),
      contractors: z.array(contractor).min(1).optional(),
      contacts: z.array(contact).min(1).optional(),
    }),
    localisation: z.strictObject({
      localisationReady: z.boolean(),
      availableLanguages: z.array(languageTag).min(1),
    }),
    dependsOn: z
      .strictObject({
        open: z.array(dependency).optional(),
        proprietary: z.array(dependency).optional(),
        hardware: z.array(dependency).optional(),
      })
      .optional(),
  })
  .superRefine((document, context) => {
    const languages = Object.values(document.description);
    // "mandatory (for at least one language)"
    if (!languages.some((language) => language.longDescription !== undefined)) {
      context.addIssue({
        code: 'custom',
        path: ['description'],
        message: 'longDescription is mandatory for at least one language',
      });
    }
    if (!languages.some((language) => language.features !== undefined)) {
      context.addIssue({
        code: 'custom',
        path: ['description'],
        message: 'features is mandatory for at least one language',
      });
    }
    const { type, contractors, contacts } = document.maintenance;
    if (type === 'contract' && contractors === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['maintenance', 'contractors'],
        message: 'contractors is mandatory when maintenance/type is contract',
      });
    }
    if ((type === 'internal' || type === 'community') && contacts === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['maintenance', 'contacts'],
        message: 'contacts is mandatory when maintenance/type is internal or community',
      });
    }
  });

export type Publiccode = z.infer<typeof publiccodeSchema>;

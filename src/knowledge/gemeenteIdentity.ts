import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { gebiedenFileSchema, gemeenteDienstenFileSchema, referenceFiles } from './schema.js';
import { MAX_ALIAS_COUNT, MAX_FILE_BYTES } from './yamlSource.js';

/**
 * Who the gemeente is, as its knowledge directory says: the name (gebieden.yaml `gemeente`, else
 * gemeentediensten.yaml's) and its https website (gemeentediensten.yaml `contact.website`). The
 * configuration reads this once at start-up for the defaults of ORGANISATION_NAME and the Teams
 * publisher's website (src/config.ts), so a gemeente that installs the wijkwijzer with its own
 * knowledge is never called Enschede.
 */
export interface GemeenteIdentity {
  readonly name?: string;
  readonly website?: string;
}

const gemeenteName = gebiedenFileSchema.shape.gemeente.unwrap();
const dienstenIdentity = z.object({
  gemeente: gemeenteDienstenFileSchema.shape.gemeente.optional().catch(undefined),
  contact: z
    .object({
      website: z
        .url({ protocol: /^https$/ })
        .optional()
        .catch(undefined),
    })
    .optional()
    .catch(undefined),
});

/** The YAML of one reference file, or undefined when it is missing, too large or not YAML. */
function readYaml(knowledgeDir: string, file: string): unknown {
  const full = path.join(knowledgeDir, file);
  try {
    if (statSync(full).size > MAX_FILE_BYTES) return undefined;
    return parse(readFileSync(full, 'utf8'), { maxAliasCount: MAX_ALIAS_COUNT }) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Reads only the fields above, leniently: a file that is missing or wrong elsewhere still gives
 * its name, and a wrong name gives none. What is wrong is for `wijkwijzer knowledge check` to say;
 * the configuration only falls back to neutral words. Synchronous, as the configuration is.
 */
export function readGemeenteIdentity(knowledgeDir: string): GemeenteIdentity {
  const gebieden = readYaml(knowledgeDir, referenceFiles.gebieden.path);
  const fromGebieden =
    gebieden !== null && typeof gebieden === 'object'
      ? gemeenteName.safeParse((gebieden as Record<string, unknown>).gemeente).data
      : undefined;
  const diensten = dienstenIdentity.safeParse(
    readYaml(knowledgeDir, referenceFiles.gemeentediensten.path),
  ).data;
  const name = fromGebieden ?? diensten?.gemeente;
  const website = diensten?.contact?.website;
  return {
    ...(name === undefined ? {} : { name }),
    ...(website === undefined ? {} : { website }),
  };
}

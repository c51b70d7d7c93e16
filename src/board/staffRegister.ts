import path from 'node:path';
import { z } from 'zod';
import { parseOperatorYaml, readOperatorYaml, type OperatorYaml } from '../knowledge/yamlSource.js';
import { slugSchema } from '../cases/case.js';
import type { Config } from '../config.js';
import { WijkwijzerError } from '../shared/errors.js';
import { ConfiguredMembership, type TeamMembership } from '../casework/membership.js';

/**
 * The staff file (STAFF_FILE): who works in which wijkteam, by Entra object id, and who is a
 * coordinator. It is the configured membership of the Casusbord and the Teams cards, and, in
 * development, the list of personas the development login offers. Keys are Dutch because the file
 * is kept by a functional administrator at the gemeente, like knowledge/routering.yaml.
 */

/** Shipped with the code: fictitious staff for trying the board on the embedded defaults. */
export const EXAMPLE_STAFF_FILE = path.join('src', 'board', 'staff.example.yaml');

const entraObjectId = z
  .string()
  .trim()
  .regex(/^[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/, {
    error: 'must be an Entra object id (a GUID)',
  })
  .transform((value) => value.toLowerCase());

/**
 * Roles beyond the wijkteam. `beleid`: a beleidsmedewerker or the projectleider, who may open the
 * monitor (/monitor/, aggregated counts only) and sees no cases (docs/adr/0017).
 */
export const staffRoles = ['beleid'] as const;
export type StaffRole = (typeof staffRoles)[number];

export const staffMemberSchema = z.object({
  id: entraObjectId,
  naam: z.string().trim().min(1).max(100),
  wijkteams: z.array(slugSchema).max(20).default([]),
  coordinator: z.boolean().default(false),
  /** The wijkwijzer's redactie: may work on every beheerder on the partner page (docs/adr/0018). */
  redactie: z.boolean().default(false),
  rollen: z.array(z.enum(staffRoles)).max(5).default([]),
});

export const staffFileSchema = z
  .object({
    versie: z.literal(1),
    medewerkers: z.array(staffMemberSchema),
  })
  .superRefine((file, context) => {
    const seen = new Set<string>();
    file.medewerkers.forEach((member, index) => {
      if (seen.has(member.id)) {
        context.addIssue({
          code: 'custom',
          path: ['medewerkers', index, 'id'],
          message: 'this id appears twice',
        });
      }
      seen.add(member.id);
      if (
        member.wijkteams.length === 0 &&
        !member.coordinator &&
        !member.redactie &&
        member.rollen.length === 0
      ) {
        context.addIssue({
          code: 'custom',
          path: ['medewerkers', index, 'wijkteams'],
          message:
            'a staff member needs a wijkteam, coordinator: true, redactie: true or a role (rollen)',
        });
      }
    });
  });

export interface StaffMember {
  /** Entra object id, lower case. */
  readonly id: string;
  readonly name: string;
  readonly wijkteams: readonly string[];
  readonly coordinator: boolean;
  /** Redactie of the partner page; optional so hand-built registers need not say it. */
  readonly redactie?: boolean;
  /** Roles such as `beleid` (the monitor); empty for most staff. */
  readonly roles?: readonly StaffRole[];
}

/** The staff file as the board and the Teams runtime use it. */
export class StaffRegister {
  private readonly byId: ReadonlyMap<string, StaffMember>;

  constructor(readonly members: readonly StaffMember[]) {
    this.byId = new Map(members.map((member) => [member.id, member]));
  }

  static empty(): StaffRegister {
    return new StaffRegister([]);
  }

  find(aadObjectId: string): StaffMember | undefined {
    return this.byId.get(aadObjectId.toLowerCase());
  }

  /** The configured membership: wijkteam → Entra object ids. */
  membership(): TeamMembership {
    const teams: Record<string, string[]> = {};
    for (const member of this.members) {
      for (const team of member.wijkteams) (teams[team] ??= []).push(member.id);
    }
    return new ConfiguredMembership(teams);
  }

  /** Entra object ids of the coordinators in the file (to add to TEAMS_COORDINATORS). */
  coordinatorIds(): readonly string[] {
    return this.members.filter((member) => member.coordinator).map((member) => member.id);
  }

  /** Wijkteam ids the file uses that the routing file does not know: a typo, for a warning. */
  unknownWijkteams(known: readonly string[]): readonly string[] {
    const used = new Set(this.members.flatMap((member) => member.wijkteams));
    return [...used].filter((team) => !known.includes(team)).sort();
  }
}

function fail(source: string, problems: readonly string[], cause?: unknown): never {
  // Paths and counts only: the file holds names of real colleagues.
  throw new WijkwijzerError('WW-8007', {
    detail: { file: source, problems: problems.join('; ') },
    ...(cause === undefined ? {} : { cause }),
  });
}

/**
 * Parses the YAML text of a staff file, with the limits of the knowledge files (size, nesting,
 * aliases); WW-8007 names the paths that are wrong, never values.
 */
export function parseStaffFile(text: string, source = 'staff.yaml'): StaffRegister {
  return staffRegisterOf(parseOperatorYaml(text, source), source);
}

function staffRegisterOf(yaml: OperatorYaml, source: string): StaffRegister {
  if (!yaml.ok) fail(source, yaml.problems);
  const parsed = staffFileSchema.safeParse(yaml.data);
  if (!parsed.success) {
    fail(
      source,
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`),
    );
  }
  return new StaffRegister(
    parsed.data.medewerkers.map((member) => ({
      id: member.id,
      name: member.naam,
      wijkteams: member.wijkteams,
      coordinator: member.coordinator,
      redactie: member.redactie,
      roles: member.rollen,
    })),
  );
}

/**
 * Reads STAFF_FILE through the knowledge files' reader: a regular file (a symlink to one is
 * followed, a FIFO refused rather than waited for) of at most 1 MiB.
 */
export async function loadStaffFile(file: string): Promise<StaffRegister> {
  return staffRegisterOf(await readOperatorYaml(file), file);
}

/**
 * Which staff file to read: STAFF_FILE when set; otherwise, outside production, the shipped
 * example with fictitious staff (so the development login has personas); in production none.
 */
export function staffFileFor(config: Config, projectRoot: string): string | undefined {
  if (config.board.staffFile !== undefined) return config.board.staffFile;
  return config.env === 'production' ? undefined : path.join(projectRoot, EXAMPLE_STAFF_FILE);
}

/** The register the composition root builds: from the staff file, or empty without one. */
export async function loadStaffRegister(
  config: Config,
  projectRoot: string,
): Promise<StaffRegister> {
  const file = staffFileFor(config, projectRoot);
  return file === undefined ? StaffRegister.empty() : loadStaffFile(file);
}

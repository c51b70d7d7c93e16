import type { ForWhom } from '../cases/case.js';
import type { Voorziening } from '../knowledge/catalogue.js';

/**
 * For whom an entry is, beside its age (ADR 0013, "for whom"): help only for parents, or only
 * for mantelzorgers, is not help for a 15-year-old asking for himself, and help for parents fits a
 * parent asking about a child as well as the child's own club does. Read from the kenmerken of the
 * doelgroep that partners and the gemeente keep (knowledge/README.md), never from question texts.
 */

/** A role a doelgroep can name: the person who uses the help is a parent, or a mantelzorger. */
export type Role = 'ouders' | 'mantelzorgers';

/** The kenmerken that name a role. Every other kenmerk names people of any role. */
export const ROLE_OF_KENMERK: Readonly<Record<string, Role>> = {
  ouders: 'ouders',
  'aanstaande-ouders': 'ouders',
  'scheidende-ouders': 'ouders',
  mantelzorgers: 'mantelzorgers',
};

/** What an entry's kenmerken say about roles. */
export interface EntryRoles {
  /** The roles its kenmerken name ("kinderen" and "ouders": ouders). */
  readonly named: readonly Role[];
  /**
   * The one role the entry is only for: every kenmerk names it ("ouders", or "aanstaande-ouders"
   * and "ouders"). An entry that also names other people ("kinderen", "nieuwkomers") is for them
   * too, so it is only for no role.
   */
  readonly only?: Role;
}

export function entryRoles(entry: Pick<Voorziening, 'doelgroep'>): EntryRoles {
  const kenmerken = entry.doelgroep.kenmerken;
  const roles = kenmerken.map((kenmerk) => ROLE_OF_KENMERK[kenmerk]);
  const named = [...new Set(roles.flatMap((role) => role ?? []))];
  const only =
    named.length === 1 && roles.every((role) => role !== undefined) ? named[0] : undefined;
  return only === undefined ? { named } : { named, only };
}

/**
 * Who asks and for whom, as far as the conversation is sure of it: the intake's answer to "Voor
 * wie zoekt u hulp?", or what the first message clearly says ("voor mezelf", "mijn zoon van 15",
 * "ik ben 15"). Unknown fields change nothing.
 */
export interface Asker {
  /** The person the question is for: `zelf`, `kind` (the resident is its parent), `naaste`, … */
  readonly forWhom?: ForWhom | undefined;
  /** The resident's own age, when known (not the age of the person asked about). */
  readonly ownAge?: number | undefined;
  /** The resident cares for the person the question is about (mantelzorg). */
  readonly caresFor?: boolean | undefined;
  /**
   * The question names another person ("mijn vriend zit elke avond stoned"): a resident who then
   * asks for themselves may be that person's naaste, so "voor mezelf" does not say they are no
   * mantelzorger (ADR 0013, session 20).
   */
  readonly namesAnother?: boolean | undefined;
}

/** Up to this age a resident is a child or a teenager, not the parent that help for parents is for. */
export const MINOR_MAX_AGE = 17;
/**
 * Below this probability of the model's mantelzorg needs, a resident who asks for themselves and
 * did not say they care for someone is not a mantelzorger. A carer who needs a break often asks
 * "voor mezelf"; the model reads the caring in the words ("ik zorg al jaren voor mijn man").
 */
export const CARER_NEED_DOUBT = 0.1;

/** The roles a search knows the resident has, and those it knows the resident does not have. */
export interface AskerRoles {
  readonly has: ReadonlySet<Role>;
  readonly hasNot: ReadonlySet<Role>;
}

export const NO_ROLES: AskerRoles = { has: new Set(), hasNot: new Set() };

/**
 * The resident's roles. A parent: they ask about their child. A mantelzorger: they said they care
 * for the person. Not a parent: they are 17 or younger. Not a mantelzorger: they ask for
 * themselves, did not say they care for someone, the model reads no caring in the question, and
 * the question names nobody else whose naaste they may be.
 */
export function askerRoles(asker: Asker | undefined, carerNeed: number): AskerRoles {
  if (asker === undefined) return NO_ROLES;
  const has = new Set<Role>();
  const hasNot = new Set<Role>();
  const minor = asker.ownAge !== undefined && asker.ownAge <= MINOR_MAX_AGE;
  if (minor) hasNot.add('ouders');
  else if (asker.forWhom === 'kind') has.add('ouders');
  // A carer of 17 or younger is a young carer: help for mantelzorgers without an age range is
  // help for adults, and the age range of help for young carers says more than the role.
  if (asker.caresFor === true || asker.forWhom === 'naaste') {
    if (!minor) has.add('mantelzorgers');
  } else if (
    asker.forWhom === 'zelf' &&
    carerNeed < CARER_NEED_DOUBT &&
    asker.namesAnother !== true
  )
    hasNot.add('mantelzorgers');
  return { has, hasNot };
}

/** How an entry's roles meet the resident's: it names one they have, or it is only for one they lack. */
export function roleFit(
  roles: EntryRoles,
  asker: AskerRoles,
): { readonly fits?: Role; readonly excludes?: Role } {
  if (roles.only !== undefined && asker.hasNot.has(roles.only)) return { excludes: roles.only };
  const fits = roles.named.find((role) => asker.has.has(role));
  return fits === undefined ? {} : { fits };
}

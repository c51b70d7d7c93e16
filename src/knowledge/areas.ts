import type { GebiedenFile } from './schema.js';

export interface Wijkteam {
  readonly id: string;
  readonly naam: string;
}

export interface Wijk {
  readonly naam: string;
  readonly stadsdeel: string;
  /** Slug of the stadsdeel (noord, oost, ...), as cases and routing store it. */
  readonly stadsdeelId: string;
  readonly wijkteam: string;
  readonly postcodes: readonly number[];
  /** Buurten and other names residents use for this wijk ("Het Lang", "Roombeek"). */
  readonly buurten: readonly string[];
  /** False until the gemeente has confirmed the wijk's postcodes and wijkteam. */
  readonly zeker: boolean;
}

export interface Stadsdeel {
  readonly id: string;
  readonly naam: string;
  readonly wijken: readonly Wijk[];
}

/** Where a postcode lies, as far as the gebieden file knows. */
export interface PostcodeArea {
  readonly postcode: number;
  readonly stadsdeel: string;
  readonly stadsdeelId: string;
  readonly wijk: string;
  readonly wijkteam: string;
  readonly wijkteamNaam: string;
  /** False when the gemeente has not confirmed this mapping: ask the resident to confirm the wijk. */
  readonly zeker: boolean;
}

/**
 * `outside-gemeente`: a valid postcode outside the gemeente's `postcodereeksen`. `unknown`: not a
 * postcode, or a postcode of the gemeente that no wijk claims (for example a PO box range).
 */
export type PostcodeLookup = PostcodeArea | 'outside-gemeente' | 'unknown';

export interface Areas {
  /** The gemeente's name from gebieden.yaml (`gemeente`), for the texts residents read; optional. */
  readonly gemeente: string | undefined;
  /**
   * The postcode the where question gives as its example: gebieden.yaml `voorbeeldpostcode`, else
   * the first postcode of the first wijk that has one, else the start of the first postcodereeks.
   */
  readonly examplePostcode: number | undefined;
  /** Places near the gemeente that residents may name (gebieden.yaml `buurgemeenten`); optional. */
  readonly buurgemeenten: readonly string[] | undefined;
  /** The number residents call to reach the wijkteam themselves (gebieden.yaml `wijkteamtelefoon`). */
  readonly wijkteamPhone: string | undefined;
  /** A site with the wijkteams' contact details (gebieden.yaml `wijkteamwebsite`); optional. */
  readonly wijkteamWebsite: string | undefined;
  readonly stadsdelen: readonly Stadsdeel[];
  readonly wijken: readonly Wijk[];
  readonly wijkteams: readonly Wijkteam[];
  wijk(naam: string): Wijk | undefined;
  wijkteam(id: string): Wijkteam | undefined;
  /** Accepts 7544, "7544", "7544 AB" or "7544ab"; only the four digits are used. */
  lookupPostcode(input: string | number): PostcodeLookup;
}

const POSTCODE_PATTERN = /^\s*([1-9][0-9]{3})\s*(?:[A-Za-z]{2})?\s*$/;

export function parsePostcode(input: string | number): number | undefined {
  const match = POSTCODE_PATTERN.exec(String(input));
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/** Builds the area index of a validated gebieden file (cross-checks happen in the loader). */
export function buildAreas(file: GebiedenFile): Areas {
  const wijkteams: Wijkteam[] = file.wijkteams.map(({ id, naam }) => ({ id, naam }));
  const teamById = new Map(wijkteams.map((team) => [team.id, team]));
  const stadsdelen: Stadsdeel[] = file.stadsdelen.map((stadsdeel) => ({
    id: stadsdeel.id,
    naam: stadsdeel.naam,
    wijken: stadsdeel.wijken.map((wijk) => ({
      naam: wijk.naam,
      stadsdeel: stadsdeel.naam,
      stadsdeelId: stadsdeel.id,
      wijkteam: wijk.wijkteam,
      postcodes: [...wijk.postcodes],
      buurten: [...wijk.buurten],
      zeker: wijk.zeker,
    })),
  }));
  const wijken = stadsdelen.flatMap((stadsdeel) => stadsdeel.wijken);
  const wijkByName = new Map(wijken.map((wijk) => [wijk.naam, wijk]));
  const byPostcode = new Map<number, PostcodeArea>();
  for (const wijk of wijken) {
    for (const postcode of wijk.postcodes) {
      if (byPostcode.has(postcode)) continue;
      byPostcode.set(postcode, {
        postcode,
        stadsdeel: wijk.stadsdeel,
        stadsdeelId: wijk.stadsdeelId,
        wijk: wijk.naam,
        wijkteam: wijk.wijkteam,
        wijkteamNaam: teamById.get(wijk.wijkteam)?.naam ?? wijk.wijkteam,
        zeker: wijk.zeker,
      });
    }
  }
  const ranges = file.postcodereeksen.map(({ van, tot }) => ({ van, tot }));
  return {
    gemeente: file.gemeente,
    examplePostcode:
      file.voorbeeldpostcode ??
      wijken.find((wijk) => wijk.postcodes.length > 0)?.postcodes[0] ??
      file.postcodereeksen[0]?.van,
    buurgemeenten: file.buurgemeenten === undefined ? undefined : [...file.buurgemeenten],
    wijkteamPhone: file.wijkteamtelefoon,
    wijkteamWebsite: file.wijkteamwebsite,
    stadsdelen,
    wijken,
    wijkteams,
    wijk: (naam) => wijkByName.get(naam),
    wijkteam: (id) => teamById.get(id),
    lookupPostcode(input) {
      const postcode = parsePostcode(input);
      if (postcode === undefined) return 'unknown';
      const area = byPostcode.get(postcode);
      if (area !== undefined) return area;
      return inPostcodeRanges(postcode, ranges) ? 'unknown' : 'outside-gemeente';
    },
  };
}

/** Whether a four-digit postcode lies in one of the gemeente's ranges (gebieden.yaml `postcodereeksen`). */
export function inPostcodeRanges(
  postcode: number,
  ranges: readonly { readonly van: number; readonly tot: number }[],
): boolean {
  return ranges.some((range) => postcode >= range.van && postcode <= range.tot);
}

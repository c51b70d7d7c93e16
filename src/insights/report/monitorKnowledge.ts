import { gemeenteNameOf, type Catalogue } from '../../knowledge/catalogue.js';
import { loadKnowledge } from '../../knowledge/loader.js';
import { buildReport, type BeheerderReport } from '../../knowledge/report.js';
import type { Clock } from '../../shared/clock.js';
import { localDate } from '../../shared/gemeenteTime.js';
import type { MonitorKnowledge } from './monitorReport.js';

/**
 * What the monitor needs from the sociale kaart: levensgebieden, areas, wijkteams, voorzieningen,
 * the gemeente's own services and its care entries (their names for the tables of questions for
 * the gemeente itself and for a care provider),
 * and the beheerders' freshness exactly as `wijkwijzer knowledge report` computes it (the report
 * needs the loader's warnings, so the files are read once more per knowledge version and day).
 */
export function monitorKnowledge(
  catalogue: Catalogue,
  wijkteams: readonly { readonly id: string; readonly name: string }[],
  beheerders: readonly BeheerderReport[],
  unconfirmed: readonly { readonly beheerder: string }[] = [],
): MonitorKnowledge {
  const perBeheerder = new Map<string, number>();
  for (const entry of unconfirmed) {
    perBeheerder.set(entry.beheerder, (perBeheerder.get(entry.beheerder) ?? 0) + 1);
  }
  const gemeente = gemeenteNameOf(catalogue);
  return {
    ...(gemeente === undefined ? {} : { gemeente }),
    unconfirmed: perBeheerder,
    levensgebieden: catalogue.levensgebieden.map((domain) => ({
      id: domain.id,
      label: domain.label,
    })),
    stadsdelen: catalogue.areas.stadsdelen,
    wijkteams,
    voorzieningen: catalogue.voorzieningen.map((entry) => ({ id: entry.id, naam: entry.naam })),
    // The gemeente's own services only: care for the huisarts or tandarts is not counted as a
    // question for the gemeente (ADR 0013, session 14) but in a table of its own (ADR 0017).
    gemeenteDiensten: dienstenOf(catalogue, 'gemeente'),
    zorgDiensten: dienstenOf(catalogue, 'zorg'),
    beheerders,
  };
}

/** The entries of the gemeente's services file of one `soort`, with their Dutch names. */
function dienstenOf(
  catalogue: Catalogue,
  soort: 'gemeente' | 'zorg',
): { id: string; label: string }[] {
  return (catalogue.gemeenteDiensten?.diensten ?? [])
    .filter((dienst) => dienst.soort === soort)
    .map((dienst) => ({ id: dienst.id, label: dienst.naam }));
}

/** The knowledge report per beheerder, cached per knowledge version and day. */
export function beheerderReports(
  dir: string,
  clock: Clock,
): (catalogue: Catalogue) => Promise<readonly BeheerderReport[]> {
  let cached: { key: string; reports: readonly BeheerderReport[] } | undefined;
  return async (catalogue) => {
    const today = localDate(clock.now());
    const key = `${catalogue.version}/${today}`;
    if (cached?.key === key) return cached.reports;
    const loaded = await loadKnowledge(dir, { clock });
    const reports = loaded.ok
      ? buildReport(loaded.catalogue, loaded.warnings, today).beheerders
      : buildReport(catalogue, [], today).beheerders;
    cached = { key, reports };
    return reports;
  };
}

import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { routeCase } from '../../src/cases/routing.js';
import { routingTableFromAreas } from '../../src/cases/routingFromAreas.js';
import { RoutingSource } from '../../src/cases/routingSource.js';
import { stadsdeelLabel, stadsdeelName } from '../../src/cases/stadsdeelLabel.js';
import { eventArea } from '../../src/insights/insightEvents.js';
import type { Areas } from '../../src/knowledge/areas.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { findProjectRoot } from '../../src/shared/projectRoot.js';
import { silentLogger } from '../support/logs.js';
import { ManualClock } from '../support/manualClock.js';
import { createTempDirectory } from '../support/tempDirectory.js';

/** Routing on a knowledge directory without routering.yaml: by its gebieden.yaml. */
describe('routing read from gebieden.yaml', () => {
  let areas: Areas;

  beforeAll(async () => {
    const loaded = await loadKnowledge(
      path.join(findProjectRoot(), 'test/fixtures/kaart-lindewaard'),
      { clock: new ManualClock('2026-03-02T09:00:00Z') },
    );
    if (!loaded.ok) throw new Error('the Lindewaard kaart must load');
    areas = loaded.catalogue.areas;
  });

  it('sends each wijk to the wijkteam gebieden.yaml names for it', () => {
    const table = routingTableFromAreas(areas);
    expect(routeCase(table, { wijk: 'Bolwerk', stadsdeel: 'lindewaard' }).wijkteam.id).toBe(
      'lindewaard-stad',
    );
    expect(routeCase(table, { wijk: 'lindeveld' }).wijkteam.id).toBe('lindewaard-stad');
    expect(routeCase(table, { wijk: 'Zwiepdijk' }).wijkteam).toEqual({
      id: 'lindewaard-zwiepdijk',
      naam: 'Zwiepdijk en buitengebied',
    });
  });

  it('sends a stadsdeel with one wijkteam to it, and anything else to the first wijkteam', () => {
    const table = routingTableFromAreas(areas);
    expect(routeCase(table, { stadsdeel: 'zwiepdijk' }).wijkteam.id).toBe('lindewaard-zwiepdijk');
    expect(routeCase(table, {})).toEqual({
      wijkteam: { id: 'lindewaard-stad', naam: 'Lindewaard' },
      matchedBy: 'fallback',
    });
  });

  it('is what RoutingSource serves when the directory has no routering.yaml; a file wins', async () => {
    const temp = await createTempDirectory();
    try {
      const file = temp.file('routering.yaml');
      const derived = await RoutingSource.open(file, silentLogger(), () =>
        routingTableFromAreas(areas),
      );
      expect(derived.current().fallback.id).toBe('lindewaard-stad');
      await writeFile(
        file,
        'versie: 1\nwijkteams:\n  - { id: centraal, naam: Centraal }\nregels: []\nterugval: centraal\n',
      );
      expect(await derived.reload()).toBe(true);
      expect(derived.current().fallback.id).toBe('centraal');
    } finally {
      await temp.remove();
    }
  });

  it('without a way to derive it, a missing routering.yaml still stops the start (WW-6006)', async () => {
    const temp = await createTempDirectory();
    try {
      await expect(
        RoutingSource.open(temp.file('routering.yaml'), silentLogger()),
      ).rejects.toMatchObject({ code: 'WW-6006' });
    } finally {
      await temp.remove();
    }
  });
});

describe('a stadsdeel slug of any gemeente', () => {
  it('is named by the knowledge where it is at hand, else by Enschede’s label or its slug', () => {
    const wijken = [{ stadsdeelId: 'zwiepdijk', stadsdeel: 'Zwiepdijk' }];
    expect(stadsdeelName('zwiepdijk', wijken)).toBe('Zwiepdijk');
    expect(stadsdeelLabel('zuid')).toBe('Zuid');
    expect(stadsdeelLabel('oud-west')).toBe('Oud-West');
    expect(stadsdeelLabel('lindewaard')).toBe('Lindewaard');
  });

  it('is counted in the insights with its area, like Enschede’s', () => {
    expect(eventArea({ wijk: 'Bolwerk', stadsdeel: 'lindewaard' })).toEqual({
      wijk: 'Bolwerk',
      stadsdeel: 'lindewaard',
    });
    expect(eventArea({ wijk: null, stadsdeel: 'zuid' })).toEqual({ stadsdeel: 'zuid' });
    expect(eventArea({ wijk: null, stadsdeel: 'Not A Slug' })).toEqual({});
  });
});

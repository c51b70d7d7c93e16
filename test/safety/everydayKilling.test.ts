import { describe, expect, it } from 'vitest';
import { decideSafety, shippedConcernModel } from '../../src/safety/assessSafety.js';
import type { ConcernScore } from '../../src/safety/concernModel.js';
import { noConcern } from '../../src/safety/concernState.js';
import { detectCrisisNormalised } from '../../src/safety/detectCrisis.js';
import { killingSaidOfAThing } from '../../src/safety/everydayKilling.js';
import { normalise } from '../../src/safety/normalise.js';

/**
 * Killing and dying said of a thing (docs/adr/0012-safety-net.md, session 18, ordinary21): a gate
 * on a model-only check. Phrasings written for this file in new voices, in no corpus round, kaart
 * or test set.
 */
const reads = (text: string) => killingSaidOfAThing(normalise(text));

describe('killing or dying said of a thing', () => {
  it('reads plants, a device or its battery and a game', () => {
    for (const text of [
      'alweer een orchidee doodgemaakt, wie geeft er les in kamerplanten verzorgen',
      'de basilicumplantjes in de vensterbank zijn allemaal dood, waar haal ik nieuwe stekjes',
      'de accu van mijn telefoon is dood, is er ergens een oplaadpunt in de wijk',
      'batterij van de laptop gaat steeds dood, wie repareert dat goedkoop',
      'in het spel gaat mijn poppetje steeds dood, is er een gameclub voor ouderen',
      'I killed every succulent on the windowsill again, is there a plant swap nearby',
      'my phone battery died during the call, where can I charge it in the library',
    ]) {
      expect(reads(text), text).toBe(true);
    }
  });

  it('keeps the check beside a person, an animal, the writer’s own life, a means or despair', () => {
    for (const text of [
      // A person beside the verb.
      'mijn buurman zegt dat hij me doodmaakt als ik zijn planten weer water geef',
      'hij heeft de telefoon kapotgegooid en zegt dat ik dood ben',
      'my husband killed the plants and says I am next',
      // An animal.
      'de hond is dood en de planten ook, ik weet het niet meer',
      'the cat died and the garden is dead too',
      // The writer's own life, or the writer as the one dying.
      'mijn leven is net zo dood als mijn kamerplanten',
      'ik ga dood, net als al mijn planten',
      'I want to die, even my plants are dead',
      // A means.
      'de planten zijn dood van het gif, ik heb de rest van het gif nog in de kast voor mezelf',
      'game over, de pillen liggen klaar, alles is dood',
      // Despair.
      'alles gaat dood, mijn planten, mijn telefoon, het is hopeloos',
    ]) {
      expect(reads(text), text).toBe(false);
    }
  });

  it('needs the verb: a thing alone is nothing to gate', () => {
    expect(reads('mijn telefoon is kapot, waar kan ik hem laten maken')).toBe(false);
    expect(reads('wie helpt mij met de planten in de gemeenschappelijke tuin')).toBe(false);
  });
});

describe('the gate on a model-only check', () => {
  const thresholds = shippedConcernModel().thresholds;
  const score = (concern: number): ConcernScore => ({
    crisis: concern,
    kinds: { danger: 0, suicide: concern, abuse: 0 },
    concern,
    strongest: [],
  });
  const plants = normalise('alweer een orchidee doodgemaakt, wie geeft er les in kamerplanten');
  const readings = {
    rules: detectCrisisNormalised(plants),
    words: 11,
    language: 'nl',
    prior: noConcern,
    thresholds,
  } as const;
  const over = (thresholds.check + (thresholds.crisis ?? 1)) / 2;

  it('turns the model’s check into no reply and keeps the concern it adds', () => {
    expect(readings.rules.isCrisis).toBe(false);
    const open = decideSafety({ ...readings, score: score(over) });
    expect(open.outcome).toBe('check');
    const gated = decideSafety({ ...readings, score: score(over), killingOfAThing: true });
    expect(gated.outcome).toBe('none');
    expect(gated.nextConcern).toEqual(open.nextConcern);
  });

  it('lets a check that built up over the conversation ask', () => {
    const prior = { concern: [0, 1.2, 0] as [number, number, number], pendingCheck: 0 };
    const built = decideSafety({ ...readings, prior, score: score(over), killingOfAThing: true });
    expect(built.outcome).toBe('check');
    expect(built.explanation.source).toBe('accumulated');
  });

  it('never touches a rule’s crisis reply or the model’s own crisis reply', () => {
    const rule = normalise('ik wil dood, al mijn planten zijn ook dood');
    const ruleReadings = { ...readings, rules: detectCrisisNormalised(rule) };
    expect(ruleReadings.rules.isCrisis).toBe(true);
    expect(decideSafety({ ...ruleReadings, score: score(0), killingOfAThing: true }).outcome).toBe(
      'crisis',
    );
    if (thresholds.crisis !== null) {
      const sure = decideSafety({ ...readings, score: score(0.99), killingOfAThing: true });
      expect(sure.outcome).toBe('crisis');
    }
  });
});

import { describe, expect, it } from 'vitest';
import { detectCrisis } from '../../src/safety/detectCrisis.js';

/**
 * The guards every rule shares (docs/adr/0012-safety-net.md, third round): an event told from the
 * news, a film, a series, a game or a book; a suicide or abuse phrase said as a joke, and said so;
 * a past that is over. Phrasings written for this test, not taken from any corpus round.
 */
describe('the shared rule guards', () => {
  it('give no rule crisis to an event told from a screen or a page', () => {
    for (const text of [
      'op het journaal zeiden ze dat er een vrouw is neergestoken bij de markt, wat een wereld',
      'in de serie van gisteren sloeg een vader zijn zoon, mijn kinderen schrokken ervan',
      'de documentaire ging over een jongen die zich van kant wilde maken, heeft u praatgroepen',
      'in the movie the husband beats his wife, it upset me, are there women groups',
    ]) {
      expect(detectCrisis(text).isCrisis, text).toBe(false);
    }
  });

  it('still answer the same words told as the writer’s own life, or with the medium as a pastime', () => {
    expect(detectCrisis('mijn vader slaat me als ik te lang een game speel').kinds).toContain(
      'abuse',
    );
    expect(detectCrisis('ik zag het op tv. nu slaat mijn man mij ook').kinds).toContain('abuse');
    expect(
      detectCrisis('hij staat met een mes voor de deur, ik kijk een film om rustig te blijven')
        .isCrisis,
    ).toBe(true);
  });

  it('give no suicide or abuse rule crisis to a joke that says it is one', () => {
    for (const text of [
      'mijn oom maakt altijd grappen dat hij zich van kant maakt als de Tukkers verliezen',
      'als die wachtrij nog langer wordt spring ik van het dak, grapje, waar kan ik hulp vragen',
    ]) {
      expect(detectCrisis(text).isCrisis, text).toBe(false);
    }
    // "haha" and "lol" also cover a real message: not a guard.
    expect(detectCrisis('haha ik wil gewoon dood').kinds).toContain('suicide');
  });

  it('give no rule crisis to a past that is told as over', () => {
    for (const text of [
      'lang geleden wilde mijn nicht niet meer leven, ze is er helemaal bovenop gekomen',
      'als jongen werd ik door mijn stiefvader geslagen, ik heb het verwerkt en wil nu mentor worden',
      'back then my ex used to hit me, it has been years and I am safe now',
      // Fourth round: "het gaat al jaren goed" says it is over too.
      'mijn zoon heeft zich vroeger gesneden, het gaat al lang goed en hij zoekt een bijbaan',
    ]) {
      expect(detectCrisis(text).isCrisis, text).toBe(false);
    }
    // A past marker without a sign it is over stays a crisis.
    expect(detectCrisis('lang geleden begon het, en hij slaat me nog steeds').isCrisis).toBe(true);
  });

  it('do not read a wish as the past, or an end or an unrest as "it is over now"', () => {
    // A review found these guarded: "wilde"/"wou" counted as a past, a bare "voorbij", "gelukkig"
    // or "rustig" as well-being, even after "niet" or in "dan is het voorbij".
    for (const text of [
      'ik wilde echt dood vannacht, dan is het voorbij',
      'ik wou dat ik niet meer wakker werd, dan is iedereen gelukkig',
      'mijn man slaat mij, al lang ben ik thuis niet meer rustig',
    ]) {
      expect(detectCrisis(text).isCrisis, text).toBe(true);
    }
    expect(
      detectCrisis(
        'toen de winkel dichtging wilde ik niet meer leven, dat is voorbij en ik werk weer',
      ).isCrisis,
    ).toBe(false);
  });

  it('read a hope not to wake up as a death wish, not a person lying still', () => {
    expect(detectCrisis('I keep praying I will not wake up tomorrow').kinds).toEqual(['suicide']);
  });

  it('add Veilig Thuis to a cry for help heard in a row', () => {
    expect(detectCrisis('de buren boven maken ruzie en ze gilde net om hulp').kinds).toEqual([
      'danger',
      'abuse',
    ]);
  });
});

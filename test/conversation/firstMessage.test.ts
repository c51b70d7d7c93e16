import { describe, expect, it } from 'vitest';
import {
  ageFor,
  extractFirstMessageFacts,
  withoutResidence,
} from '../../src/conversation/firstMessage.js';

const wijken = ['Boswinkel-de Braker', 'Stadsveld', 'Wesselerbrink'];

describe('extractFirstMessageFacts', () => {
  it('finds for whom the resident asks', () => {
    expect(extractFirstMessageFacts('Ik zoek hulp voor mijn moeder').forWhom).toBe('ouder');
    expect(extractFirstMessageFacts('mijn zoon van 15 zit de hele dag te gamen').forWhom).toBe(
      'kind',
    );
    expect(extractFirstMessageFacts('Mijn man is erg vergeetachtig').forWhom).toBe('partner');
    expect(extractFirstMessageFacts('voor mezelf, ik ben eenzaam').forWhom).toBe('zelf');
    expect(extractFirstMessageFacts('my mother is lonely').forWhom).toBe('ouder');
  });

  it('does not take a person the question is about for the person it is for', () => {
    expect(extractFirstMessageFacts('Ik heb ruzie met mijn buurman').forWhom).toBeUndefined();
    expect(extractFirstMessageFacts('Ik heb schulden').forWhom).toBeUndefined();
  });

  it('finds ages and whose they are', () => {
    const facts = extractFirstMessageFacts('Ik ben 67 jaar en voel me alleen');
    expect(facts.selfAge).toBe(67);
    expect(ageFor(facts, 'zelf')).toBe(67);
    expect(ageFor(facts, 'kind')).toBeUndefined();
    const child = extractFirstMessageFacts('Mijn 15-jarige dochter wil niet naar school');
    expect(child.subjectAge).toBe(15);
    expect(ageFor(child, 'kind')).toBe(15);
    expect(extractFirstMessageFacts('mijn zoon van 9 wordt gepest').subjectAge).toBe(9);
  });

  it('does not read amounts or counts as ages', () => {
    expect(extractFirstMessageFacts('Ik ben 3 keer verhuisd').selfAge).toBeUndefined();
    expect(extractFirstMessageFacts('een schuld van 500 euro').subjectAge).toBeUndefined();
    expect(extractFirstMessageFacts('ik heb 250 euro schuld').unknownAge).toBeUndefined();
  });

  it('finds a postcode (digits only) or a wijk', () => {
    expect(extractFirstMessageFacts('Ik woon in 7544 AB, nummer 12').postcode).toBe('7544');
    expect(extractFirstMessageFacts('postcode 7511').postcode).toBe('7511');
    expect(extractFirstMessageFacts('ik woon op 7543').postcode).toBe('7543');
    expect(extractFirstMessageFacts('Ik heb 2024 euro schuld').postcode).toBeUndefined();
    expect(extractFirstMessageFacts('ik woon in Wesselerbrink', wijken).wijk).toBe('Wesselerbrink');
    expect(extractFirstMessageFacts('in boswinkel de braker', wijken).wijk).toBe(
      'Boswinkel-de Braker',
    );
  });
});

describe('withoutResidence', () => {
  const places = ['Deppenbroek', 'Boswinkel-de Braker'];

  it.each([
    ['Ik wil graag taalles, ik woon in 7544', 'Ik wil graag taalles, 7544'],
    ['wij wonen in Deppenbroek en zoeken een speeltuin', 'Deppenbroek en zoeken een speeltuin'],
    ['ik woon in de wijk en voel me alleen', 'de wijk en voel me alleen'],
    ['I live in 7511 AB and need help with debt', '7511 AB and need help with debt'],
    ['woonachtig te Enschede, vraag over schulden', 'Enschede, vraag over schulden'],
  ])('drops the words that only say where the resident lives: %j', (text, expected) => {
    expect(withoutResidence(text, places)).toBe(expected);
  });

  it.each([
    'ik woon in een te klein huis',
    'wij wonen op een kamer en zoeken een woning',
    'mijn huis is te duur, ik woon alleen',
  ])('keeps a real housing question: %j', (text) => {
    expect(withoutResidence(text, places)).toBe(text);
  });
});

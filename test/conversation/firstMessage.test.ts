import { describe, expect, it } from 'vitest';
import { ageFor, extractFirstMessageFacts } from '../../src/conversation/firstMessage.js';

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

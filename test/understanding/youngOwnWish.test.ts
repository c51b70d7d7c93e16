import { describe, expect, it } from 'vitest';
import { readsYoungOwnWish } from '../../src/understanding/youngOwnWish.js';

/**
 * The young person's own wish (ADR 0013, amendment session 23): a child of the resident, or a
 * resident who says they are young, who wants, may or can do something. Read by who wishes, not by
 * what. Phrasings written for these tests, not taken from any set.
 */
describe('readsYoungOwnWish', () => {
  it.each([
    // The child named wishes.
    'mijn dochter van 9 wil graag op judo',
    'onze zoon zit in een rolstoel maar hij wil zo graag voetballen',
    'my son wants to learn guitar, who teaches that around here',
    // May or can the child.
    'waar kan mijn zoontje van 3 spelen met andere peuters',
    'mag mijn dochter van 10 al alleen naar de bieb',
    'can my daughter of 10 join a swimming club',
    // The resident's wish for the child's own doing.
    'ik zou willen dat mijn kinderen meer buiten spelen',
    'I want them to play outside more, my kids sit inside all day',
    // A young resident asks for themselves.
    'ik ben 17 en wil in de zomer werken',
    'ik ben 15, kan ik ergens anoniem chatten',
    "I'm 16, is there a club for music",
  ])('reads %j as a young person’s own wish', (text) => {
    expect(readsYoungOwnWish(text)).toBe(true);
  });

  it.each([
    // A wish turned down or narrowed: a worry about behaviour, which is upbringing.
    'mijn zoon wil niet naar school',
    'mijn zoon van 14 wil alleen maar gamen',
    'ik wil dat mijn kinderen niet meer zo laat thuiskomen',
    // The resident wishes, the child is named in passing.
    'mijn dochter is ziek en ik wil met iemand praten',
    // No wish at all.
    'mijn kinderen hebben geen winterjas',
    // Not a child, not young.
    'mijn moeder wil naar een dagbesteding',
    'ik ben 45 en wil werk',
    'mijn vrouw en kinderen zijn in het buitenland, hoe kan ik ze hierheen halen',
  ])('does not read %j as a young person’s own wish', (text) => {
    expect(readsYoungOwnWish(text)).toBe(false);
  });
});

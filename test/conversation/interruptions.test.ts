import { describe, expect, it } from 'vitest';
import { recogniseInterruption } from '../../src/conversation/interruptions.js';

describe('recogniseInterruption', () => {
  it.each([
    ['help', 'help'],
    ['Help!', 'help'],
    ['?', 'help'],
    ['hoe werkt dit?', 'help'],
    ['opnieuw', 'restart'],
    ['Opnieuw beginnen', 'restart'],
    ['start over', 'restart'],
    ['stop', 'stop'],
    ['ik wil stoppen', 'stop'],
    ['ik wil een mens spreken', 'human'],
    ['Ik wil graag met iemand van het wijkteam praten', 'human'],
    ['medewerker', 'human'],
    ['mag ik een medewerker spreken?', 'human'],
    ['praten met een echt persoon', 'human'],
    ['I want to talk to a human', 'human'],
    ['privacy', 'privacy'],
    ['wat bewaren jullie?', 'privacy'],
    ['wat weet je van mij?', 'whatWeKnow'],
    ['Wat weet jij allemaal over mij', 'whatWeKnow'],
    ['what do you know about me', 'whatWeKnow'],
    ['vergeet mij', 'forget'],
    ['Vergeet me alstublieft', 'forget'],
    ['forget me', 'forget'],
    ['verwijder mijn gegevens', 'forget'],
  ])('%s → %s', (text, kind) => {
    expect(recogniseInterruption(text)).toBe(kind);
  });

  it.each([
    'help de kinderen',
    'ik zoek help voor mijn moeder',
    'Ik heb hulp nodig met mijn rekeningen',
    'mijn buurman wil niet stoppen met lawaai maken',
    'iemand anders',
    'voor iemand voor wie ik zorg',
    'ik wil mijn privacy beschermen tegen mijn ex',
    'mijn moeder vergeet alles de laatste tijd',
    'ik begin opnieuw met werken en zoek kinderopvang',
  ])('an ordinary message is not a command: %s', (text) => {
    expect(recogniseInterruption(text)).toBeUndefined();
  });
});

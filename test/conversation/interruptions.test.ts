import { describe, expect, it } from 'vitest';
import {
  recogniseInterruption,
  recogniseServiceWordQuestion,
} from '../../src/conversation/interruptions.js';

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
    // The wijkteam or a person of the gemeente in the resident's own words (ADR 0013, session 20).
    ['Ik wil graag met het wijkteam praten', 'human'],
    ['ik wil iemand spreken bij de gemeente', 'human'],
    ['ik zou graag een medewerker van het wijkteam willen spreken.', 'human'],
    ['wij willen even met iemand van de gemeente praten', 'human'],
    ['liever spreek ik met een hulpverlener', 'human'],
    ['I would like to speak with the neighbourhood team', 'human'],
    ['can I talk to someone at the municipality?', 'human'],
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
    'ik wil graag iemand ontmoeten',
    'ik wil met iemand praten over mijn eenzaamheid',
    'ik wil contact met het wijkteam',
    'hoe kan ik het wijkteam bellen',
    'ik wil de gemeente bellen over mijn paspoort',
    'ik wil met mijn moeder praten',
    'I want to meet someone from my neighbourhood',
  ])('an ordinary message is not a command: %s', (text) => {
    expect(recogniseInterruption(text)).toBeUndefined();
  });
});

/**
 * An older resident on a phone keyboard mistypes the one-word commands. Found by playing the
 * widget: "stopp" and "opniew" were read as a question ("Kunt u iets meer vertellen?") or as a
 * wrong answer. One edit is forgiven on the longer commands; on "help" and "stop" only a doubled or
 * swapped letter, so "stom" or "hulp" keep their own meaning.
 */
describe('mistyped one-word commands', () => {
  it.each([
    ['stopp', 'stop'],
    ['Sotp', 'stop'],
    ['stopen', 'stop'],
    ['hlep', 'help'],
    ['helpp', 'help'],
    ['opniew', 'restart'],
    ['opnieu', 'restart'],
    ['opnieuww', 'restart'],
    ['privasy', 'privacy'],
    ['privcy', 'privacy'],
  ])('%s → %s', (text, kind) => {
    expect(recogniseInterruption(text)).toBe(kind);
  });

  it.each([
    'stom',
    'stof',
    'stap',
    'hulp',
    'held',
    'helm',
    'top',
    'stoppen met roken',
    'helpt',
    'helps',
    'stopt',
    'stops',
  ])('%s is not a command', (text) => {
    expect(recogniseInterruption(text)).toBeUndefined();
  });
});

describe('a short question about a service word the bot uses', () => {
  it.each([
    ['wat is wijkteam?', 'wijkteam'],
    ['Wat is het wijkteam', 'wijkteam'],
    ['wat zijn wijkteams', 'wijkteam'],
    ['what is a wijkteam?', 'wijkteam'],
    ['wat is een voorziening?', 'voorziening'],
    ['wat betekent voorzieningen', 'voorziening'],
    ['what does levensgebied mean?', 'levensgebied'],
    ['wat is mantelzorg', 'mantelzorg'],
    ['what is a mantelzorger', 'mantelzorg'],
    ['wat doet een wijkteam?', 'wijkteam'],
    ['Wat doet het wijkteam', 'wijkteam'],
    ['what does a wijkteam do?', 'wijkteam'],
    ['wat doet een mantelzorger', 'mantelzorg'],
  ])('"%s" asks about %s', (text, word) => {
    expect(recogniseServiceWordQuestion(text)).toBe(word);
  });

  it.each([
    'wat is wijkteam precies en kunnen ze mijn moeder helpen',
    'ik ben mantelzorger en ik kan niet meer',
    'wijkteam',
    'wat is de wijk',
    'wat is een goede voorziening voor mijn moeder',
    'wat doet het wijkteam met mijn gegevens',
  ])('"%s" is not such a question', (text) => {
    expect(recogniseServiceWordQuestion(text)).toBeUndefined();
  });
});

/**
 * How residents ask what happens with their data, or whether they talk to a person. Found by using
 * the bot: "wat doen jullie met mijn gegevens?" and "ben jij een mens?" were read as questions for
 * the sociale kaart ("Ik denk dat uw vraag gaat over: Eenzaamheid en ontmoeting").
 */
describe('questions about the data and about the bot itself', () => {
  it.each([
    ['wat doen jullie met mijn gegevens?', 'privacy'],
    ['Wat doe je met mijn antwoorden', 'privacy'],
    ['wie kan dit lezen?', 'privacy'],
    ['wie ziet mijn gegevens', 'privacy'],
    ['is dit anoniem?', 'privacy'],
    ['is dit gesprek veilig', 'privacy'],
    ['what do you do with my data?', 'privacy'],
    ['who can read this?', 'privacy'],
    ['ben jij een mens?', 'help'],
    ['Ben je een robot', 'help'],
    ['praat ik met een computer?', 'help'],
    ['wie ben jij', 'help'],
    ['are you a real person?', 'help'],
    ['who are you', 'help'],
  ])('%s → %s', (text, kind) => {
    expect(recogniseInterruption(text)).toBe(kind);
  });

  it.each([
    'wie kan mij helpen met mijn gegevens op de belastingaangifte',
    'mijn ex leest mijn berichten, is dat veilig',
    'ik ben een mens die eenzaam is',
  ])('a longer question stays a question: %s', (text) => {
    expect(recogniseInterruption(text)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import {
  extractFirstMessageFacts,
  ownAgeOf,
  relationIn,
  withoutResidence,
} from '../../src/conversation/firstMessage.js';

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

  it("does not make a bystander in the resident's own story the subject (issue 13, defect 2)", () => {
    for (const story of [
      'Sinds mijn scheiding red ik het niet. Mijn moeder woont ver weg en kan mij niet helpen. Ik heb schulden.',
      'Mijn vader is vorig jaar overleden en nu moet ik alles zelf regelen.',
      'Ik zit thuis met twee kinderen en mijn moeder wil niet meer helpen met oppassen.',
      'Mijn man helpt niet in het huishouden en ik ben op.',
    ]) {
      expect(extractFirstMessageFacts(story).forWhom, story).toBeUndefined();
    }
    // Said plainly, it still counts.
    expect(extractFirstMessageFacts('Ik maak me zorgen om mijn moeder, ze eet niet').forWhom).toBe(
      'ouder',
    );
  });

  it('reads a relation named in a short answer to "Voor wie?"', () => {
    expect(relationIn('mijn oma')).toBe('familielid');
    expect(relationIn('De buurvrouw')).toBe('buur');
    expect(relationIn('een vriendin')).toBe('ander');
    expect(relationIn('Sanne')).toBeUndefined();
  });

  it('reads a relation word with a typo anywhere in the reply to "Voor wie?", with the first message\'s correction', () => {
    expect(relationIn('dochtr')).toBe('kind');
    expect(relationIn('voor me schoonvadr')).toBe('familielid');
    expect(relationIn('my grandpaa')).toBe('familielid');
    // The same guards as in a first message: a real word is no typo, and "zon" stays the sun.
    expect(relationIn('de dokter')).toBeUndefined();
    expect(relationIn('de zon')).toBeUndefined();
  });

  it('reads a carer beside the relative they care for (ADR 0013, session 14)', () => {
    const carer = (text: string) => {
      const facts = extractFirstMessageFacts(text);
      return [facts.forWhom, facts.caresFor];
    };
    expect(carer('al twee jaar zorg ik voor mijn schoonvader en ik slaap slecht')).toEqual([
      'familielid',
      true,
    ]);
    expect(carer('ik verzorg mijn vrouw sinds haar herseninfarct, ik ben moe')).toEqual([
      'partner',
      true,
    ]);
    expect(carer('mijn opa is bijna blind en ik doe alle zorg, wie neemt het eens over')).toEqual([
      'familielid',
      true,
    ]);
    expect(carer("I've been taking care of my dad for years and I need a break")).toEqual([
      'ouder',
      true,
    ]);
    // Worry is about the relative, not care.
    expect(carer('ik maak me zorgen om mijn buurvrouw, ze is erg mager')).toEqual([
      'buur',
      undefined,
    ]);
    // Caring for one's own children is parenting, unless it is called mantelzorg.
    expect(carer('ik zorg alleen voor mijn twee kinderen en red het niet')).toEqual([
      'kind',
      undefined,
    ]);
    expect(carer('ik ben mantelzorger van mijn zoon met een beperking')).toEqual(['kind', true]);
    // Care said apart from two relatives, or a relative who reports or died: still open.
    expect(carer('mijn moeder en mijn broer maken ruzie en ik doe alle zorg')).toEqual([
      undefined,
      undefined,
    ]);
    expect(carer('mijn vader is overleden, ik zorgde voor hem en nu ben ik leeg')).toEqual([
      undefined,
      undefined,
    ]);
    expect(carer('mijn moeder wil dat ik elke dag bij haar kom om te zorgen')).toEqual([
      undefined,
      undefined,
    ]);
  });

  it('finds ages and whose they are', () => {
    const facts = extractFirstMessageFacts('Ik ben 67 jaar en voel me alleen');
    expect(facts.selfAge).toBe(67);
    expect(facts.subjectAge).toBeUndefined();
    const child = extractFirstMessageFacts('Mijn 15-jarige dochter wil niet naar school');
    expect(child.subjectAge).toBe(15);
    expect(extractFirstMessageFacts('mijn zoon van 9 wordt gepest').subjectAge).toBe(9);
  });

  it('reads an age in words beside the person it belongs to, as one in digits', () => {
    const cases: [string, string | undefined, number][] = [
      ['mijn dochter van vijf wil niet alleen slapen', 'kind', 5],
      ['mijn zevenjarige zoon wordt gepest op school', 'kind', 7],
      ['mijn opa is zesentachtig, hij woont nog zelfstandig', 'familielid', 86],
      ['mijn schoonmoeder is tweeëntachtig en vergeetachtig', 'familielid', 82],
      ['my son of twelve gets bullied online', 'kind', 12],
      ['my toddler is two and screams in the car', 'kind', 2],
      ['my eighty-one year old father lives alone', 'ouder', 81],
    ];
    for (const [text, forWhom, subjectAge] of cases) {
      // Whose the age is, when a relation word says it, is that person (ADR 0013, review25b).
      const { subjectAgeOf, ...facts } = extractFirstMessageFacts(text);
      expect(facts, text).toEqual({ forWhom, subjectAge });
      expect(subjectAgeOf ?? forWhom, text).toBe(forWhom);
    }
  });

  it('reads no age from words that are no age in years', () => {
    for (const text of [
      'de buurman van drie hoog zet zijn muziek hard',
      'mijn zoon van een collega zoekt een stageplek',
      'mijn dochter is twee keer gevallen op het schoolplein',
      'ik heb een baby van vier maanden en slaap bijna niet',
      'ik heb een baby van 4 maanden en slaap bijna niet',
    ]) {
      expect(extractFirstMessageFacts(text).subjectAge, text).toBeUndefined();
    }
  });

  it('does not read amounts or counts as ages', () => {
    expect(extractFirstMessageFacts('Ik ben 3 keer verhuisd').selfAge).toBeUndefined();
    expect(extractFirstMessageFacts('een schuld van 500 euro').subjectAge).toBeUndefined();
    expect(extractFirstMessageFacts('ik heb 250 euro schuld').unknownAge).toBeUndefined();
  });

  it('reads "is 84," as the age of the relation: the comma ends the clause', () => {
    expect(
      extractFirstMessageFacts('Mijn oom is 84, kookt niet meer en vergeet zijn pillen'),
    ).toMatchObject({ forWhom: 'familielid', subjectAge: 84 });
    expect(extractFirstMessageFacts('mijn buurman is 79. hij hoort slecht').subjectAge).toBe(79);
    expect(extractFirstMessageFacts('mijn dochter is 300 euro kwijt').subjectAge).toBeUndefined();
  });

  it('does not read a time span as an age, but still finds the age beside it', () => {
    for (const text of [
      'We wonen hier al 3 jaar en ik wil beter Nederlands leren',
      'Sinds 2 jaar lukt het niet meer met de rekeningen',
      'Na 30 jaar bij hetzelfde bedrijf ben ik ontslagen',
      'We waren 45 jaar getrouwd en nu is ze er niet meer',
      '4 jaar geleden is mijn vrouw overleden',
      'I have lived here for 5 years and still know nobody',
    ]) {
      expect(extractFirstMessageFacts(text).unknownAge, text).toBeUndefined();
    }
    expect(
      extractFirstMessageFacts('Sinds 2 jaar woon ik alleen, ik ben nu 81 jaar oud').unknownAge,
    ).toBe(81);
    expect(
      extractFirstMessageFacts('wie doet boodschappen voor iemand van 80 jaar').unknownAge,
    ).toBe(80);
  });

  it('reads years spent somewhere as a span: in a country, at an employer, here (ADR 0013, session 11)', () => {
    for (const text of [
      '4 jaar in dit land en nog steeds geen vaste baan',
      'ik heb 25 jaar bij de thuiszorg gezeten en nu zit ik thuis',
      'eerst 6 jaar hier op een kamer, nu zoek ik iets groters',
      'two years in this town and I still have no friends',
    ]) {
      expect(extractFirstMessageFacts(text).unknownAge, text).toBeUndefined();
    }
    // Said of someone, the same words are an age.
    expect(
      extractFirstMessageFacts('kan er iemand langs bij een dame van 84 jaar in onze flat')
        .unknownAge,
    ).toBe(84);
  });
});

describe('an own age before a comma or a full stop (ADR 0013, session 12)', () => {
  // Phrasings written for this test, not taken from a corpus, a kaart or the issue.
  it('reads the number alone after "ik ben", "ben" or "I\'m" when the clause ends there', () => {
    for (const [text, age] of [
      ['Ik ben 77, mijn heup is vervangen en traplopen gaat niet meer', 77],
      ['ben 63, net met pensioen en ik verveel me', 63],
      ['Goedemiddag. Ben 59; zoek vrijwilligerswerk in de wijk', 59],
      ['ik ben 34. alleenstaande moeder met twee kinderen en weinig geld', 34],
      ["I'm 71, my hands shake and cooking is getting hard", 71],
      ['I’m 19, just moved here for my studies', 19],
      ['I am 44, out of work since the factory closed', 44],
    ] as const) {
      expect(extractFirstMessageFacts(text).selfAge, text).toBe(age);
      expect(ownAgeOf(extractFirstMessageFacts(text)), text).toBe(age);
    }
  });

  it('does not read a decimal, an amount, a count or a second number as an own age', () => {
    for (const text of [
      'ik ben 1,5 jaar werkloos en de rekeningen stapelen zich op',
      'ik ben 3.400 euro achter met de huur',
      'ik ben 2, of 3 keer gevallen deze maand',
      'ik ben 4, 5 dagen per week alleen thuis',
      'ik ben om 9.15 bij de huisarts, daarna heb ik tijd',
      'mijn huisnummer is 72, ik zoek hulp bij de administratie',
    ]) {
      const facts = extractFirstMessageFacts(text);
      expect(facts.selfAge, text).toBeUndefined();
      expect(facts.unknownAge, text).toBeUndefined();
    }
  });

  it('does not read years in a country or a place after "ik ben" as an own age', () => {
    for (const text of [
      'ik ben 6 jaar in Nederland en spreek de taal nog slecht',
      'ik ben 2 jaar hier en ken nog niemand in de straat',
      'I am 4 years in this country and have no work',
    ]) {
      const facts = extractFirstMessageFacts(text);
      expect(facts.selfAge, text).toBeUndefined();
      expect(facts.unknownAge, text).toBeUndefined();
    }
    // The age with "jaar" and nothing of a place still counts.
    expect(extractFirstMessageFacts('ik ben 52 jaar en zoek werk').selfAge).toBe(52);
  });

  it('keeps the whole part of a decimal for the age of a toddler', () => {
    expect(extractFirstMessageFacts('mijn dochter van 3,5 praat nog bijna niet')).toMatchObject({
      forWhom: 'kind',
      subjectAge: 3,
    });
  });
});

describe("ownAgeOf: the resident's own age, not the age of whom they ask about", () => {
  it('reads an age the resident gives of themselves', () => {
    expect(ownAgeOf(extractFirstMessageFacts('ik ben 15 en ik word uitgelachen in de klas'))).toBe(
      15,
    );
  });

  it("does not take the age of a child or an age without whose for the resident's own", () => {
    expect(
      ownAgeOf(extractFirstMessageFacts('mijn dochter van 15 wil niet meer naar school')),
    ).toBeUndefined();
    expect(ownAgeOf(extractFirstMessageFacts('iemand van 15 jaar zoekt werk'))).toBeUndefined();
    // Years of a marriage are no age, even for a resident who asks for themselves.
    expect(
      ownAgeOf(extractFirstMessageFacts('voor mezelf: we gaan uit elkaar na 14 jaar')),
    ).toBeUndefined();
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
    expect(withoutResidence(text, places, 'Enschede')).toBe(expected);
  });

  it('drops the gemeente’s name only when the caller knows which gemeente it is', () => {
    const text = 'wij wonen in Lindewaard en zoeken een oppas';
    expect(withoutResidence(text, places, 'Lindewaard')).toBe('Lindewaard en zoeken een oppas');
    expect(withoutResidence(text, places)).toBe(text);
    expect(withoutResidence('ik woon in Enschede en zoek werk', places, 'Lindewaard')).toBe(
      'ik woon in Enschede en zoek werk',
    );
  });

  it.each([
    'ik woon in een te klein huis',
    'wij wonen op een kamer en zoeken een woning',
    'mijn huis is te duur, ik woon alleen',
  ])('keeps a real housing question: %j', (text) => {
    expect(withoutResidence(text, places)).toBe(text);
  });
});

describe('a relative as the subject of any verb, or with a typo (ADR 0014, amendment 2026-12-03)', () => {
  it('reads a relative followed by a finite verb outside the old list', () => {
    expect(extractFirstMessageFacts('mijn opa raakt steeds de weg kwijt').forWhom).toBe(
      'familielid',
    );
    expect(extractFirstMessageFacts('mijn moeder vergeet haar pillen').forWhom).toBe('ouder');
    expect(extractFirstMessageFacts('Mijn schoonvader drinkt te veel').forWhom).toBe('familielid');
    expect(extractFirstMessageFacts('mijn zoon spijbelde de hele week').forWhom).toBe('kind');
    expect(
      extractFirstMessageFacts('mijn ouders wonen nog thuis maar redden het niet').forWhom,
    ).toBe('ouder');
    expect(extractFirstMessageFacts('my grandpa keeps getting lost').forWhom).toBe('familielid');
    expect(extractFirstMessageFacts('my husband drinks every night').forWhom).toBe('partner');
    expect(extractFirstMessageFacts("my mum won't eat anymore").forWhom).toBe('ouder');
  });

  it('keeps what it read before: "mijn vader is dementerend"', () => {
    expect(extractFirstMessageFacts('mijn vader is dementerend').forWhom).toBe('ouder');
  });

  it('does not read a relative who only reports or advises as the person the help is for', () => {
    for (const story of [
      'mijn tante zei dat ik hier moest kijken',
      'mijn broer zegt dat ik hulp moet vragen',
      'mijn vader vindt dat ik met iemand moet praten',
      'mijn moeder wil dat ik hulp zoek voor mijn schulden',
      'mijn zus heeft gezegd dat ik moest bellen',
      'my sister says I should ask here',
      'my brother told me to look here',
      'my dad thinks I need help',
    ]) {
      expect(extractFirstMessageFacts(story).forWhom, story).toBeUndefined();
    }
  });

  it('does not read a relative who acts on the resident, or who died, as the person', () => {
    for (const story of [
      'mijn stiefvader slaat mij als hij gedronken heeft',
      'mijn vader slaat me',
      'mijn man overleed in maart en nu is het zo stil',
      'ik mis mijn moeder heel erg',
      'ik woon bij mijn moeder thuis en zoek werk',
      'samen met mijn broer ga ik een club beginnen',
    ]) {
      expect(extractFirstMessageFacts(story).forWhom, story).toBeUndefined();
    }
  });

  it('reads a relation word of five letters or more with a typo', () => {
    expect(extractFirstMessageFacts('mijn dogter spijbelt').forWhom).toBe('kind');
    expect(extractFirstMessageFacts('voor mijn dochtter van 9').forWhom).toBe('kind');
    expect(extractFirstMessageFacts('mijn moedr is erg eenzaam').forWhom).toBe('ouder');
    expect(extractFirstMessageFacts('mijn vadr woont alleen').forWhom).toBe('ouder');
    expect(extractFirstMessageFacts('mijn kleinzon van 6 heeft adhd').forWhom).toBe('familielid');
    expect(extractFirstMessageFacts('mijn dogter van 12 is gepest').subjectAge).toBe(12);
  });

  it('never turns an ordinary word into a relation', () => {
    for (const story of [
      'mijn zon is onder, ik ben zo moe', // "zoon" has four letters: no typos
      'mijn zicht wordt slechter', // not "nicht": a typo keeps the first letter
      'mijn dokter zegt dat ik moet afvallen', // an everyday word, not "dochter"
      'my other problem is money', // not "mother"
      'mijn broek past niet meer', // not "broer"
      'mijn nacht is onrustig', // not "nicht"
    ]) {
      expect(extractFirstMessageFacts(story).forWhom, story).toBeUndefined();
    }
  });

  it("reads a parent of a few children as no age, and still reads a relation's age", () => {
    // ADR 0013, session 24 (lead): "moeder van drie" counts children; a toddler's entries would
    // otherwise answer a single mother's money question.
    for (const story of [
      'ik ben een alleenstaande moeder van drie en het geld is elke maand op',
      'ben vader van twee en zit zonder baan',
      'moeder van 4, mijn man is vertrokken en de huur staat open',
      'ik ben opa van 6 kleinkinderen en zoek een hobby voor mezelf',
      // review24: a grandparent's count without the word for grandchildren.
      'ik ben oma van 5 en zoek een wandelclub in de wijk',
      'trotse opa van 3 hier, is er een computercursus voor ouderen',
    ]) {
      expect(extractFirstMessageFacts(story).subjectAge, story).toBeUndefined();
    }
    expect(extractFirstMessageFacts('mijn vader van 81 rijdt geen auto meer').subjectAge).toBe(81);
    expect(extractFirstMessageFacts('mijn oma van 88 valt steeds').subjectAge).toBe(88);
    expect(
      extractFirstMessageFacts('hulp voor een moeder van 29 jaar met schulden').subjectAge,
    ).toBe(29);
    expect(
      extractFirstMessageFacts('ik ben moeder van 3 kinderen en mijn dochter van 7 wordt gepest')
        .subjectAge,
    ).toBe(7);
  });
});

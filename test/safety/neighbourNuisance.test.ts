import { describe, expect, it } from 'vitest';
import { decideSafety, shippedConcernModel } from '../../src/safety/assessSafety.js';
import type { ConcernScore } from '../../src/safety/concernModel.js';
import { noConcern } from '../../src/safety/concernState.js';
import { detectCrisisNormalised } from '../../src/safety/detectCrisis.js';
import { neighbourNuisanceOnly } from '../../src/safety/neighbourNuisance.js';
import { normalise } from '../../src/safety/normalise.js';

/**
 * A neighbour's everyday nuisance (docs/adr/0012-safety-net.md, session 19, ordinary23, E2): a gate
 * on a model-only check. The probe's phrasings were written for this file before the gate was
 * scored, in new voices, in no corpus round, kaart or other test set.
 */
const reads = (text: string) => neighbourNuisanceOnly(normalise(text));

const nuisance = [
  // Noise.
  'de bovenburen laten elke nacht hun wasmachine draaien, kan de woningcorporatie daar iets mee',
  'elk weekend een feest bij de buren tot vier uur, wie moet ik bellen voor geluidsoverlast',
  'de buurvrouw boven ons loopt op hakken en stampt door het huis, heeft de gemeente een buurtbemiddelaar',
  'bij de overburen blaft de hond elke ochtend vanaf zes uur, hoe pak ik dat netjes aan',
  'de buurman is al weken aan het boren en breken, mag dat ook op zondag',
  'de buurman speelt elke avond keihard muziek met de bas aan, mag ik de politie bellen',
  'de kinderen van de bovenburen rennen de hele dag heen en weer, het dreunt door het plafond',
  'bij de buren achter ons staat de tv heel hard, zelfs met de ramen dicht hoor ik alles',
  'buurman laat elke zaterdag zijn bladblazer urenlang draaien, is daar een regel voor',
  'upstairs neighbours drag furniture across the floor after midnight, who do I talk to',
  'my neighbours dog barks all day while they are at work, is there a rule about that',
  'the neighbours above us have parties every friday and the bass keeps us awake',
  // Smoke from its everyday source.
  'buurman rookt sigaren in de tuin en alles ruikt ernaar als de was buiten hangt',
  'de jongens van hiernaast blowen op de galerij en de wietlucht hangt in onze gang',
  'onze benedenburen stoken de houtkachel en de was ruikt naar houtrook, mag dat in een flat',
  'de rokers op het balkon onder ons: de walm komt elke avond door ons slaapkamerraam',
  'onze achterburen barbecuen elke avond en de walm trekt zo onze keuken in',
  'the people next door smoke weed on their balcony and it drifts into my bedroom',
  'the family downstairs have a wood burner and the smell comes into our flat',
  // Things over the fence.
  'de takken van de conifeer van de buurman hangen over de schutting, mag ik ze zelf snoeien',
  'buurkinderen trappen hun voetbal steeds over de heg in onze tuin, hoe zeg ik daar iets van',
  'de buren zetten hun vuilniszakken steeds naast de container in plaats van erin, wie ruimt dat op',
  'iemand van hiernaast parkeert elke avond voor mijn uitrit, kan de handhaving langskomen',
  'er ligt steeds hondenpoep van de buurman op ons pad, kan de gemeente daar een boete voor geven',
];

const keepsTheCheck = [
  // Violence or a threat.
  'de buurman dreigt dat hij mijn auto in de fik steekt als ik nog eens klaag over zijn muziek',
  'de bovenbuurman stampt op de trap en heeft me gisteren tegen de muur geduwd',
  'the neighbour downstairs threatened me with a knife when I asked him to turn the music down',
  'ik hoor door de muur hoe de buurman zijn vrouw slaat, de muziek staat steeds harder om het te verbergen',
  // Cries through the wall.
  'bij de buren hoor ik elke nacht een kind gillen en dan gaat de tv harder',
  'next door there is loud music and a woman screaming for help',
  // Fire or gas.
  'er komt dikke rook uit het raam van de buren boven ons en hun rookmelder piept',
  'de houtkachel van de buren, en nu ruikt het hier naar gas in de gang',
  'smoke is pouring out of the flat next door and I can see flames',
  // Someone unwell, a neighbour not seen.
  'de buurvrouw van hiernaast heb ik al een week niet gezien, haar tv staat dag en nacht aan',
  'de rook van de houtkachel hiernaast, mijn zoontje is duizelig en misselijk',
  'mijn buurman met de harde muziek ligt op de grond in zijn tuin en reageert niet',
  'the neighbours woodburner smoke comes in and now my husband has fainted',
  // A child alone, the police, an animal that bit.
  'de kinderen van de buren zijn al twee dagen alleen thuis, de tv staat keihard aan',
  'de politie is al drie keer bij de buren geweest vanwege ruzie en harde muziek',
  'de hond van de overburen blaft altijd en heeft vanmiddag mijn dochter gebeten',
  // The writer's own life.
  'ik kan niet meer slapen door het lawaai van de bovenburen, ik wil niet meer leven',
  'door de herrie van de buren denk ik aan zelfmoord',
  // A means.
  'de buurman blaast elke nacht muziek en ik heb pillen gespaard om er een eind aan te maken',
  'upstairs neighbours stomp all night and I have bought a rope',
  // Despair or fear.
  'het geluid van de buren houdt nooit op, het is hopeloos, ik zie geen uitweg',
  'de takken van de buurman en zijn gescheld, ik kan het niet meer aan',
  'ik durf mijn huis niet meer uit omdat de buurjongens met hun bal tegen mijn raam gooien en schelden',
  'I am scared of the neighbour upstairs, he bangs on my door at night when his music is loud',
];

describe('a neighbour’s everyday nuisance: the probe', () => {
  it('holds at least twenty lines of each side', () => {
    expect(nuisance.length).toBeGreaterThanOrEqual(20);
    expect(keepsTheCheck.length).toBeGreaterThanOrEqual(20);
  });

  it.each(nuisance)('reads an everyday nuisance: %s', (text) => {
    expect(reads(text)).toBe(true);
  });

  it.each(keepsTheCheck)('keeps the check: %s', (text) => {
    expect(reads(text)).toBe(false);
  });

  it('needs a neighbour and a nuisance: either alone is nothing to gate', () => {
    expect(reads('de buurvrouw vraagt of ik haar katten eten wil geven in de vakantie')).toBe(
      false,
    );
    expect(reads('ik zet de muziek altijd hard als ik kook')).toBe(false);
  });
});

describe('the gate on a model-only check', () => {
  const thresholds = shippedConcernModel().thresholds;
  const score = (concern: number): ConcernScore => ({
    crisis: concern,
    kinds: { danger: concern, suicide: 0, abuse: 0 },
    concern,
    strongest: [],
  });
  const noise = normalise('de benedenburen draaien elke nacht harde muziek, waar kan ik klagen');
  const readings = {
    rules: detectCrisisNormalised(noise),
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
    const gated = decideSafety({ ...readings, score: score(over), neighbourNuisance: true });
    expect(gated.outcome).toBe('none');
    expect(gated.nextConcern).toEqual(open.nextConcern);
  });

  it('lets a check that built up over the conversation ask', () => {
    const prior = { concern: [1.2, 0, 0] as [number, number, number], pendingCheck: 0 };
    const built = decideSafety({ ...readings, prior, score: score(over), neighbourNuisance: true });
    expect(built.outcome).toBe('check');
    expect(built.explanation.source).toBe('accumulated');
  });

  it('never touches a rule’s crisis reply or the model’s own crisis reply', () => {
    const rule = normalise('de buurman slaat zijn vrouw, ik hoor het door de muziek heen');
    const ruleReadings = { ...readings, rules: detectCrisisNormalised(rule) };
    expect(ruleReadings.rules.isCrisis).toBe(true);
    expect(
      decideSafety({ ...ruleReadings, score: score(0), neighbourNuisance: true }).outcome,
    ).toBe('crisis');
    if (thresholds.crisis !== null) {
      const sure = decideSafety({ ...readings, score: score(0.99), neighbourNuisance: true });
      expect(sure.outcome).toBe('crisis');
    }
  });
});

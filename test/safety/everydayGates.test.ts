import { describe, expect, it } from 'vitest';
import { decideSafety, shippedConcernModel } from '../../src/safety/assessSafety.js';
import type { ConcernScore } from '../../src/safety/concernModel.js';
import { noConcern } from '../../src/safety/concernState.js';
import type { CrisisAssessment } from '../../src/safety/detectCrisis.js';
import { tellsMouldOnly } from '../../src/safety/mouldDamp.js';
import { normalise } from '../../src/safety/normalise.js';
import { NO_RULE_ANSWER } from './noRuleAnswer.js';

/**
 * The gate on a model-only soft check for mould or damp (docs/adr/0012-safety-net.md, session 19,
 * gates19, G1): 24 everyday questions it must read and 24 crises told in the class's own words it
 * must not read (a danger word, a person in danger, despair, a means, a child or an elder, acute
 * time), and the crises of the neighbour's-nuisance probes (that gate, G2, was not kept), which it
 * must not read either. Phrasings written for this file by the gates' author before scoring.
 */

const mouldRead = [
  'op de slaapkamermuur komt steeds weer schimmel terug, wat kan ik doen',
  'de kozijnen zijn zwart van de schimmel en de woningcorporatie doet niks',
  'er zit vocht in de muur van de badkamer, mag ik dat melden bij de huurcommissie',
  'elke ochtend zijn de ramen beslagen en de vensterbank is nat',
  'mijn huis ruikt muf en achter de kast zit schimmel',
  'wie moet de schimmel in de douche weghalen, ik of de verhuurder',
  'de muren in de kelder zijn vochtig en het behang laat los',
  'sinds de lekkage zitten er vochtplekken op het plafond',
  'hoe krijg ik de schimmel uit de voegen van de tegels',
  'is schimmel in huis slecht voor je gezondheid',
  'onze huurwoning heeft al twee jaar een vochtprobleem en de huisbaas reageert niet',
  'moet ik een ontvochtiger kopen tegen de condens',
  'de verhuurder zegt dat de schimmel door ons komt omdat we niet luchten',
  'er groeit groene schimmel op de kitrand in de badkamer',
  'kan ik huurverlaging krijgen als er schimmel in de woning zit',
  'de dakgoot lekt en de muur is steeds nat',
  'in de hoeken van de woonkamer komen zwarte vlekken, hoe kan dat',
  'de ventilatie in de badkamer werkt niet en alles beslaat',
  'schimmel op de kleren in de kast, hoe komt dat',
  'onze flat heeft enkel glas en de ramen druipen van het condenswater',
  "there is mould on the bathroom ceiling and the housing association won't come",
  'damp patches on the bedroom wall, can the landlord make me pay',
  'our windows are wet with condensation every morning',
  'how do I get rid of black mould in the shower',
];

const mouldKept = [
  'er zit overal schimmel en mijn baby van 4 maanden is benauwd',
  'de schimmel in mijn huis maakt me zo kapot dat ik er liever niet meer zou zijn',
  'mijn moeder van 88 woont in dat vochtige huis en ligt sinds gisteren op de grond',
  'water loopt door het plafond langs de lamp en het stopcontact vonkt',
  'het plafond van de badkamer hangt door van het vocht en er vallen stukken naar beneden',
  'ik heb de schimmel weggehaald met chloor en nu word ik duizelig',
  'er zit schimmel in de badkamer en de geiser geeft een vreemde lucht, ik heb hoofdpijn',
  'mijn huisbaas dreigt me eruit te slaan als ik nog een keer over de schimmel bel',
  'in de vochtige kelder zit mijn zoontje opgesloten',
  'het is hier zo vochtig en koud, ik hou het niet langer vol en wil er een punt achter zetten',
  "black mould everywhere and my toddler can't stop coughing and is turning blue",
  'the damp flat is making me so desperate I want to end it',
  'mijn man sluit me op in de schimmelige kamer beneden',
  'vocht in de meterkast en nu ruik ik gas',
  'de muur is zwart van de schimmel en mijn vader van 90 krijgt geen lucht',
  'ik hoest al weken bloed sinds de schimmel in de slaapkamer zit',
  'lekkage bij de buren boven, het water staat in mijn woonkamer tot aan de stopcontacten',
  'ik wil de schimmel weghalen met bleek en ammoniak gemengd, dan is het in een keer klaar',
  'de schimmel zit al maanden op de muur en ik heb al dagen niks gegeten',
  'er is schimmel in de kamer waar ze de kinderen de hele dag opsluiten',
  'mold in the basement and my dad fell down the stairs, he is not moving',
  'door de lekkage is de elektriciteit uitgevallen en het ruikt naar verbrand',
  'mijn vriend gooit me tegen de schimmelige muur als ik klaag',
  'zwarte plekken op de muur en het raam gaat niet open, de kachel brandt en ik word suf',
];

const neighbourKept = [
  'de buurman dreigt mijn huis in de fik te steken als mijn hond nog één keer blaft',
  'ik hoor de buurvrouw door de muur gillen en haar man schreeuwt',
  'de buren boven maken al dagen geen geluid meer en hun post stapelt zich op',
  'er komt rook uit het huis van de buren en niemand doet open',
  'de hond van de buren beet mijn dochter in haar arm',
  'de buurman staat met een mes in de tuin te schreeuwen over de schutting',
  'de rook van de houtkachel van de buren komt ons huis in en mijn man is flauwgevallen',
  "de kinderen van de buren staan 's avonds laat in de kou buiten en mogen niet naar binnen",
  'de muziek van de buurman staat al sinds zondag keihard aan en hij doet niet open',
  'de buren hebben ruzie en ik hoor klappen en iemand die huilt',
  'door de herrie van de buren kan ik niet meer, ik wil er een eind aan maken',
  'de buurman gooit stenen naar onze ramen omdat wij klaagden over zijn hond',
  'bij de onderburen ruikt het naar gas en ze reageren niet',
  'de overburen zijn weg en hun peuter staat alleen op het balkon',
  'de bovenbuurman stampt en bonkt, nu hoor ik een harde klap en dan niks meer',
  'the neighbours are fighting again and I can hear a child screaming',
  'my upstairs neighbour threatened to stab me over the noise',
  "the old lady next door hasn't opened her door for days and her TV is still on",
  'de buurvrouw van 85 roept om hulp, ze is gevallen in haar tuin',
  'de buren roken op het balkon en de peuk is in onze vuilnisbak gevallen, nu brandt het',
  'de buurjongen van 4 zit elke avond tot middernacht alleen op de galerij',
  'de buurman volgt me elke dag naar mijn werk en zegt dat hij me wel krijgt',
  'de herrie van de buren maakt me zo wanhopig dat ik de pillen heb klaargelegd',
  'mijn buurman parkeert voor mijn deur en zei dat ik een kogel krijg als ik de politie bel',
];

/**
 * The crises of the second probe (written for the mended gates G1b and G2b, which were not kept;
 * their everyday lines are in ADR 0012's record): 20 told beside mould or damp, 20 beside a
 * neighbour's nuisance.
 */
const mouldKeptSecond = [
  'de schimmel zit overal en mijn dochter van 2 heeft koorts en ademt raar',
  'ik woon al jaren tussen de schimmel en ik heb geen zin meer in het leven',
  'de verhuurder kwam over de lekkage praten en heeft me geslagen',
  'vocht in de muren en de cv-ketel maakt rare geluiden, mijn vrouw is duizelig',
  'door het lek staat er water bij de meterkast en ik zie vonken',
  'opa woont alleen in een vochtig huis en ik krijg hem niet meer aan de telefoon',
  'ik drink schoonmaakmiddel tegen de schimmel om er een eind aan te maken',
  'het plafond met de vochtplek is net naar beneden gekomen',
  'de baby slaapt in de kamer met de zwarte schimmel en hoest bloed',
  'mijn ex laat de kinderen in een huis vol schimmel zonder eten zitten',
  'ik word zo wanhopig van dat vochtige hok dat ik mezelf iets wil aandoen',
  'the ceiling with the damp patch just collapsed on my husband',
  "there is mould everywhere and my grandmother hasn't eaten for days",
  'de muren zijn nat en ik ruik gas in de keuken',
  'de verhuurder sluit het water en de stroom af om ons eruit te krijgen, met een baby',
  'schimmel en vocht, en mijn zoon van 15 zit nu al een uur met een mes op zijn kamer',
  'in het huis van mijn moeder zit schimmel en ze ligt al twee dagen in bed zonder te eten',
  'het water komt door het plafond en mijn man is van de ladder gevallen',
  'ik heb vanavond zoveel slaappillen genomen vanwege de stress over de schimmel',
  'de schimmel is het laatste, ik trek het niet meer, ik stap eruit',
];

const neighbourKeptSecond = [
  'de buurman heeft mijn kat vergiftigd omdat ze in zijn tuin poepte',
  'de buurvrouw schreeuwt elke nacht dat ze dood wil',
  'de buren hebben de muziek keihard aan zodat niemand hoort dat ze hun kind slaan',
  'de bovenbuurman ligt al een week niet meer te stampen en zijn brievenbus puilt uit',
  'er komt zwarte rook uit het raam van de buren en de melder piept',
  'de buurman sloeg me met een tak toen ik over zijn boom begon',
  'de houtkachel van de buren rookt zo erg dat mijn baby niet meer goed ademt',
  'de hond van hiernaast heeft mijn zoontje gebeten, hij bloedt',
  'de buurjongens gooien vuurwerk door onze brievenbus',
  'ik hoor het kind van de buren al uren huilen en niemand doet iets',
  'de buurman staat elke avond voor ons raam en filmt mij',
  'de buren maken herrie en ik kan niet meer, ik spring van het balkon',
  'de overburen rijden expres op ons af met hun auto als wij buiten staan',
  'the man upstairs stomps and shouts that he will kill us',
  "my neighbour's wood burner makes my eyes sting and my chest is tight, I can hardly breathe",
  'de buurman van 90 heeft zijn radio al drie dagen aan en doet niet open',
  'de buren hebben een feest en er ligt een meisje bewusteloos in hun tuin',
  'door de muur hoor ik de buurvrouw zeggen dat hij moet stoppen met slaan',
  'de buren parkeren hun busje voor mijn deur en ik kom er nu niet uit met mijn rolstoel',
  'de buurman steekt vuur aan in de gang van de flat',
];

const reads = (gate: (normalised: string) => boolean) => (text: string) => gate(normalise(text));

describe('the mould and damp gate', () => {
  it.each(mouldRead)('reads an everyday mould or damp question: %s', (text) => {
    expect(reads(tellsMouldOnly)(text)).toBe(true);
  });
  it.each([...mouldKept, ...mouldKeptSecond])(
    'keeps the check for a crisis told beside mould or damp: %s',
    (text) => {
      expect(reads(tellsMouldOnly)(text)).toBe(false);
    },
  );
  it.each([...neighbourKept, ...neighbourKeptSecond])(
    'reads no crisis told beside a neighbour’s nuisance: %s',
    (text) => {
      expect(reads(tellsMouldOnly)(text)).toBe(false);
    },
  );
});

describe('where the gate sits in decideSafety', () => {
  const thresholds = shippedConcernModel().thresholds;
  const silent = NO_RULE_ANSWER;
  const scored = (concern: number): ConcernScore => ({
    crisis: concern,
    kinds: { danger: concern, suicide: 0.02, abuse: 0.02 },
    concern,
    strongest: [],
  });
  const base = {
    rules: silent,
    words: 12,
    language: 'nl' as const,
    prior: noConcern,
    thresholds,
    everydayOnly: true,
  };

  it('turns a soft model check into none, and keeps the concern it adds', () => {
    const soft = (thresholds.check + thresholds.firmCheck) / 2;
    const gated = decideSafety({ ...base, score: scored(soft) });
    expect(gated.outcome).toBe('none');
    expect(gated.nextConcern.concern.some((value) => value > 0)).toBe(true);
    expect(decideSafety({ ...base, everydayOnly: false, score: scored(soft) }).outcome).toBe(
      'check',
    );
  });

  it('keeps a firm check, a model crisis and a rule’s reply or question', () => {
    expect(decideSafety({ ...base, score: scored(thresholds.firmCheck) }).checkStrength).toBe(
      'firm',
    );
    expect(decideSafety({ ...base, score: scored(0.99) }).outcome).toBe('crisis');
    const asking: CrisisAssessment = { ...silent, asks: ['danger'], askRuleIds: ['a.rule'] };
    expect(decideSafety({ ...base, rules: asking, score: scored(0.15) }).outcome).toBe('check');
    const crisis: CrisisAssessment = {
      ...silent,
      isCrisis: true,
      kinds: ['danger'],
      ruleIds: ['r'],
    };
    expect(decideSafety({ ...base, rules: crisis, score: scored(0.15) }).outcome).toBe('crisis');
  });

  it('keeps a check built up over turns', () => {
    const prior = { concern: [0.9, 0.1, 0.1] as [number, number, number], pendingCheck: 0 };
    const result = decideSafety({ ...base, prior, score: scored(0.15) });
    expect(result.outcome).toBe('check');
    expect(result.explanation.source).toBe('accumulated');
  });
});

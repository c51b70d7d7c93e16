import { describe, expect, it } from 'vitest';
import { dangerRules } from '../../../src/safety/rules/danger.js';
import { checkNearMisses, checkRuleFile, firedIn } from './ruleFileCheck.js';

describe('danger rules', () => {
  it('are well formed and each fires on a message', () => {
    checkRuleFile(dangerRules, 'danger', {
      // Session 25: crises in classes no earlier rule named (unforeseenNow.ts).
      'danger.chemicals-mixed-airway-now':
        'ik heb ontstopper en chloor gemengd in de gootsteen en nu is mijn man duizelig en benauwd',
      'danger.people-shut-in-load-space':
        'achter de supermarkt staat een oplegger en ik hoor mensen van binnen bonken',
      'danger.wild-mushrooms-eaten-signs-now':
        'mijn broer heeft paddenstoelen uit het park gegeten en nu is hij verward en braakt hij',
      'danger.wild-plants-eaten-signs-now':
        'mijn dochter heeft blaadjes van een wilde plant geproefd en haar mond tintelt en ze is duizelig',
      'danger.breath-game-state-now':
        'my son tried the choking game with his mates and now he is blue and not moving',
      'danger.on-foot-on-motorway':
        'a man in a hospital gown is walking along the motorway near the exit',
      'danger.infection-spreading-signs':
        'mijn man heeft een ontstoken wond en nu is zijn huid gemarmerd en plast hij niet meer',
      'danger.small-child-fights-for-breath':
        'het kindje van 8 maanden ademt met intrekkingen en wordt blauw om de lipjes',
      'danger.corrosive-at-the-face': 'my sister just had acid thrown in her face outside the club',
      // Session 23: acute moments told by their structure (acuteNow.ts).
      'danger.vital-function-lost-now':
        'mijn schoonvader gleed net uit in de douche en kan zijn armen niet meer bewegen',
      'danger.infant-state-now': 'het kindje van vijf weken is helemaal slap en grauw',
      'danger.act-with-time-now': 'de slaappillen heb ik gespaard, vannacht neem ik alles',
      'danger.whole-supply-taken': 'ik heb net de hele doos paracetamol ingenomen',
      'danger.place-of-end-with-wish': 'ik loop nu naar het spoor want ik wil niet verder',
      'danger.unseen-for-days-sign-inside':
        'de oude buurvrouw zie ik al dagen niet en ze doet niet open, het licht brandt',
      'danger.attacked-just-now': 'ik ben net op de parkeerplaats aangevallen door twee jongens',
      'danger.throat-held-now': 'hij heeft zijn handen om haar hals en ze wordt rood',
      'danger.birth-or-pregnancy-bleeding-now':
        'de bevalling gaat te snel, ik moet persen en de verloskundige is er niet',
      'danger.missing-now-with-danger':
        'mijn vader met dementie is niet thuisgekomen en hij heeft zijn medicijnen niet bij zich',
      'danger.diabetic-sugar-high-drowsy':
        'mijn man heeft suikerziekte, braakt de hele tijd en is verward',
      'danger.chemical-in-eyes-or-skin': 'mijn zoontje kreeg ammoniak in zijn gezicht en huilt',
      'danger.lying-out-bleeding': 'er ligt een jongen in de berm en hij bloedt erg',
      'danger.shut-in-garage-engine-runs':
        'mijn zus zit op slot in de garage en ik hoor de motor draaien',
      'danger.young-child-alone-by-traffic':
        'er loopt een dreumes alleen op de weg bij het kruispunt',
      'danger.own-jump-said-alone': 'ik ga springen',
      // Session 22: crises in acute moments (acuteBody, acuteEdge, acuteOthers).
      'danger.throat-blocked': 'mijn vader heeft een stuk appel in zijn keel en hapt naar lucht',
      'danger.battery-swallowed': 'onze dreumes heeft een knoopcel uit de autosleutel ingeslikt',
      'danger.fit-goes-on':
        'mijn vrouw heeft een epileptische aanval en schokt al zes minuten op de vloer',
      'danger.rash-stays-when-pressed':
        'de baby heeft koorts en vlekjes die niet wegtrekken als je erop drukt',
      'danger.worst-headache': 'mijn man heeft de ergste hoofdpijn ooit en hij geeft over',
      'danger.pregnant-headache-warning':
        'mijn dochter is zwanger, heeft knallende hoofdpijn en een opgezwollen gezicht',
      'danger.chest-like-a-weight':
        'het voelt als een olifant op mijn borst en mijn kaak doet pijn',
      'danger.throat-swelling-after-allergen': 'gestoken door een wesp en nu wordt mijn tong dik',
      'danger.electric-shock-not-answering':
        'de buurman kreeg een elektrische schok in de tuin en reageert niet',
      'danger.speech-goes-strange': 'mijn moeder lalt ineens en zegt dat haar arm gevoelloos is',
      'danger.diabetic-low-alone':
        'ik heb diabetes en ben alleen thuis, ik zweet en zie alles wazig',
      'danger.head-bleeds-no-answer': 'de fietser heeft bloed uit zijn hoofd en praat niet',
      'danger.down-since-a-day':
        'oma ligt sinds zaterdag op de vloer van de keuken, ze kan niet meer op',
      'danger.over-the-edge-high':
        'mijn zus zit op het balkon met haar benen over de reling, zesde verdieping',
      'danger.own-last-step': 'ik sta bij het spoor en als de trein komt stap ik ervoor',
      'danger.engine-in-shut-garage': 'hij zit in de dichte garage en de motor draait al een uur',
      'danger.bath-with-blades': 'ze zit in het bad met de mesjes van haar scheerapparaat',
      'danger.farewell-from-edge':
        'mijn neef stuurde een bericht om afscheid te nemen, hij staat op het dak',
      'danger.life-medicine-stopped-to-end':
        'mijn moeder is met haar insuline gestopt, dan is het voorbij zegt ze',
      'danger.harm-threat-there-now': 'ze staan voor mijn deur en roepen dat ze me gaan neersteken',
      'danger.threat-to-burn-with-fuel':
        'de man van hiernaast heeft een jerrycan benzine en zegt dat hij ons huis in brand steekt',
      'danger.sharp-thing-held-to-person':
        'een man drukt een schaar tegen de nek van een vrouw bij de kassa',
      'danger.child-pulled-into-vehicle':
        'iemand sleurt een jongetje in een bestelbus en hij schreeuwt',
      'danger.baby-shaken-now': 'die vrouw schudt haar baby heel hard door elkaar op straat',
      'danger.very-young-alone-for-days': 'de peuter van boven is al drie dagen alleen thuis',
      'danger.child-at-window-high': 'een kleuter hangt uit het raam op de vijfde verdieping',
      'danger.child-in-shut-car-heat':
        'er zit een kindje in de auto, ramen dicht, snikheet en niemand erbij',
      'danger.toddler-alone-at-water':
        'een peuter loopt alleen op de steiger, geen volwassene te zien',
      'danger.lies-on-floor-no-answer': 'mijn vader ligt op de grond en hij antwoordt niet',
      'danger.child-ate-pills': 'mijn zoontje heeft pillen van opa doorgeslikt',
      'danger.stranger-in-house-child-hides': 'er staat een vreemde man in ons huis en ik ben bang',
      'danger.stroke-told-plainly':
        'mijn moeder wil iets zeggen maar de woorden komen er verhaspeld uit',
      'danger.stroke-arm-suddenly':
        'opa zit aan tafel en ineens kan hij zijn arm niet meer optillen',
      'danger.heart-signs':
        'mijn buurman heeft een knellend gevoel op zijn borst en hij is lijkbleek',
      'danger.smoke-reaching':
        'er komt dikke rook door de brievenbus van de benedenburen naar binnen',
      'danger.shaken-baby': 'ik heb mijn baby zo hard geschud en nu huilt ze niet meer',
      'danger.stab-threat-own': 'als die vent nog een keer aan mijn zus komt steek ik hem neer',
      'danger.knife-sharpened-for-harm':
        'mijn oom zit in de schuur messen te slijpen en zegt dat hij de buren pijn gaat doen',
      'danger.walks-into-water-dressed':
        'een vrouw loopt met haar kleren aan het kanaal in en gaat steeds dieper',
      'danger.drunk-driver-children':
        'mijn buurman is dronken en rijdt nu met zijn dochtertje de parkeerplaats af',
      'danger.much-blood': 'mijn oom is van de ladder gevallen, heel veel bloed bij zijn oor',
      'danger.foul-air-unwell':
        'in de kelderbox ruikt het naar zwavel en mijn vader is duizelig en valt bijna om',
      'danger.child-taken': 'haar opa heeft mijn zoon meegenomen en hij is onbereikbaar',
      'danger.hiding-behind-door':
        'we hebben ons in de slaapkamer opgesloten, er lopen inbrekers beneden',
      'danger.breath-stopped-nl': 'mijn buurman ademde opeens niet meer, wat moet ik doen',
      'danger.allergic-airway':
        'na de kiwi heeft mijn vriendin opgezwollen lippen en ze ademt piepend',
      'danger.come-for-me-at-the-door':
        'er staan twee gasten aan de deur, ze komen me halen omdat ik ze nog geld schuldig ben',
      'danger.shooting-now': 'ik hoor nu schoten op het plein achter ons huis',
      'danger.blast-now':
        'in de garage is een gasfles ontploft en mijn buurman zit vast onder de deur',
      'danger.attempt-to-hit-now': 'my uncle is trying to kick my nephew in the garden right now',
      'danger.others-means-death-wish':
        'mijn schoonmoeder heeft al haar slaaptabletten klaargelegd en zegt dat ze er niet meer wil zijn',
      'danger.no-food-or-drink':
        'mijn schoonmoeder heeft drie dagen niks gedronken en is nu erg verward',
      'danger.killed-someone': 'ik denk dat ik mijn buurman heb doodgeslagen',
      'danger.on-the-tracks': 'hij ligt op de rails bij de overweg',
      'danger.young-child-in-traffic-or-water': 'er rent een kleuter over de snelweg bij de afrit',
      'danger.carbon-monoxide': 'de co melder gaat af en mijn man is heel misselijk',
      'danger.break-in-tools': 'twee mannen staan met een breekijzer aan de achterdeur te wrikken',
      'danger.beaten-up-now': 'bij de bushalte wordt een jongen in elkaar getrapt',
      'danger.heard-cry-for-help':
        'ik hoorde de buurvrouw gillen om hulp, hij schreeuwde erdoorheen',
      'danger.cry-for-help': 'help snel',
      'danger.fumes-unwell': 'de gaskachel brandt oranje en mijn vader is suf en misselijk',
      'danger.in-the-water': 'mijn neefje is door het ijs gezakt en kan er niet uit',
      'danger.cannot-wake': 'ik krijg mijn zus niet wakker, ze ademt heel zacht',
      'danger.psychosis-danger': 'mijn oom is psychotisch en zwaait met een bijl in de tuin',
      'danger.dog-attack': 'twee honden bijten een jongen op het schoolplein',
      'danger.stuck-lift-unwell': 'mijn opa zit vast in de lift en is flauwgevallen',
      'danger.out-in-the-cold':
        'een oude vrouw zit op een bankje buiten in de vrieskou en is verward',
      'danger.followed-with-threat':
        'een onbekende man loopt al vanaf de tram achter me aan en dreigt me te pakken',
      'danger.weapon-raised':
        'de buurman kwam met zijn buks naar buiten en richt hem op de kinderen',
      'danger.firearm-loaded': 'zijn jachtgeweer is geladen en hij zegt dat hij iemand gaat raken',
      'danger.firework-at-people':
        'they just threw fireworks into our living room and the sofa is burning',
    });
  });

  it('read questions for later and figures of speech as no emergency', () => {
    for (const text of [
      'als er ooit brand is in de flat, hoe komt mijn moeder met de rollator naar buiten',
      'ik kreeg bijna een hartaanval toen ik de rekening zag',
      'ik ben als kind vaak geslagen, nu wil ik het zelf anders doen',
      'ik ben weggelopen met de kinderen en zoek een slaapplek',
      'waar kan ik een koolmonoxidemelder kopen',
    ]) {
      expect(firedIn(dangerRules, text), text).toEqual([]);
    }
  });

  it('fire on no near miss', () => {
    checkNearMisses(dangerRules);
  });

  it('tell an emergency now from one in the past or in a course', () => {
    expect(firedIn(dangerRules, 'mijn vader heeft een hartaanval')).toContain(
      'danger.heart-stroke',
    );
    expect(firedIn(dangerRules, 'mijn vader had vorig jaar een hartaanval')).toEqual([]);
    expect(firedIn(dangerRules, 'ik wil leren reanimeren')).toEqual([]);
    // "net ... gehad" is now: the past guard is deliberately short.
    expect(firedIn(dangerRules, 'hij heeft net een hartaanval gehad')).toContain(
      'danger.heart-stroke',
    );
    // Life after it is not an emergency; the same event now still is.
    expect(firedIn(dangerRules, 'welke sport mag ik doen na mijn hartinfarct')).toEqual([]);
    expect(firedIn(dangerRules, 'ik zorg voor mijn vader die een beroerte had')).toEqual([]);
    expect(firedIn(dangerRules, 'my mum needs help at home after her stroke')).toEqual([]);
    expect(firedIn(dangerRules, 'mijn moeder krijgt nu een beroerte')).toContain(
      'danger.heart-stroke',
    );
    // Life since it (eighth round); since it today is still now.
    expect(
      firedIn(dangerRules, 'opa zit sinds zijn herseninfarct in een rolstoel en wil naar de soos'),
    ).toEqual([]);
    expect(
      firedIn(dangerRules, 'my dad has been low since his heart attack, any walking group?'),
    ).toEqual([]);
    expect(
      firedIn(dangerRules, 'sinds zijn beroerte vanochtend kan mijn man niet meer praten'),
    ).toContain('danger.heart-stroke');
    expect(
      firedIn(dangerRules, 'ik denk dat mijn vrouw een beroerte heeft, haar mond hangt scheef'),
    ).toContain('danger.heart-stroke');
  });

  it('read drowning in paperwork as a figure of speech, and someone drowning as an emergency', () => {
    expect(firedIn(dangerRules, 'ik verdrink in de rekeningen, wie helpt mij')).toEqual([]);
    expect(firedIn(dangerRules, 'we are drowning in bills since the baby came')).toEqual([]);
    expect(firedIn(dangerRules, 'er is een man aan het verdrinken in de haven')).toContain(
      'danger.water',
    );
  });

  it('tell moving as exercise from someone who does not move', () => {
    expect(firedIn(dangerRules, 'mijn zoon is te dik en beweegt niet')).toEqual([]);
    expect(
      firedIn(dangerRules, 'ik wil in een groep bewegen, niet te zwaar voor mijn knie'),
    ).toEqual([]);
    expect(firedIn(dangerRules, 'mijn opa ligt op de vloer en beweegt niet meer')).toContain(
      'danger.not-moving',
    );
  });

  it('give 112 for a relative who is unwell beside a burner that burns wrongly, not for the neighbours', () => {
    const unwell = [
      'de gaskachel in de woonkamer brandt geel en mijn nichtje moet steeds overgeven',
      'bij oma brandt de geiser oranje en haar kleinzoon is ineens duizelig',
    ];
    for (const text of unwell)
      expect(firedIn(dangerRules, text), text).toContain('danger.fumes-unwell');
    expect(
      firedIn(
        dangerRules,
        'de houtkachel van de buren walmt elke avond en ik word er misselijk van',
      ),
    ).not.toContain('danger.fumes-unwell');
  });

  it('do not take an agency that does not answer for a person who does not respond', () => {
    expect(firedIn(dangerRules, 'de gemeente reageert niet op mijn mail')).toEqual([]);
    expect(firedIn(dangerRules, 'mijn moeder reageert niet meer')).toContain('danger.unresponsive');
  });

  it('see violence happening now', () => {
    expect(firedIn(dangerRules, 'mijn man slaat me nu, help')).toContain('danger.violence-now');
    expect(firedIn(dangerRules, 'mijn man slaat me nu al jaren')).toEqual([]);
  });

  it('answer having killed someone, told by the one who did it or as just done (session 8)', () => {
    for (const text of [
      'ik heb iemand vermoord en ik weet niet wat ik nu moet',
      'ik geloof dat ik hem heb doodgemaakt, hij ademt niet',
      'hij heeft vannacht zijn vriendin doodgestoken',
      'i think i murdered my boyfriend',
    ]) {
      expect(firedIn(dangerRules, text), text).toContain('danger.killed-someone');
    }
    // Everyday senses and a past told as history stay with the model.
    for (const text of [
      'ik heb al mijn kamerplanten vermoord, wie heeft tips',
      'we hebben ze zaterdag vermoord met 6-1',
      'i totally killed it at my exam today',
      'mijn overgrootvader heeft in de oorlog iemand gedood',
      'ik heb hem in het spel eindelijk doodgeschoten',
    ]) {
      expect(firedIn(dangerRules, text), text).not.toContain('danger.killed-someone');
    }
  });
});

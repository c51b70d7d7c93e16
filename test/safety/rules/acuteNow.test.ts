import { describe, expect, it } from 'vitest';
import { detectCrisis } from '../../../src/safety/detectCrisis.js';
import {
  acuteNowAbuse,
  acuteNowDanger,
  acuteNowSuicide,
} from '../../../src/safety/rules/acuteNow.js';
import { firedIn } from './ruleFileCheck.js';

const rules = [...acuteNowDanger, ...acuteNowSuicide, ...acuteNowAbuse];

/**
 * An acute moment told by its structure (ADR 0012, session 23), in words written for this test, and
 * the rule of acuteNow.ts that must read it.
 */
const crises: readonly (readonly [string, string])[] = [
  [
    'mijn opa viel net van de keukentrap en kan zijn benen niet meer bewegen',
    'danger.vital-function-lost-now',
  ],
  [
    'mijn collega kan opeens niet meer ademen na die klap tegen zijn borst',
    'danger.vital-function-lost-now',
  ],
  [
    'my husband suddenly cant move his arm and half his mouth droops',
    'danger.vital-function-lost-now',
  ],
  ['de tweeling van drie weken is grauw en ademt nauwelijks', 'danger.infant-state-now'],
  ['our newborn has gone floppy and is not crying at all', 'danger.infant-state-now'],
  ['de strop hangt in de schuur, vannacht doe ik het', 'suicide.act-with-time-now'],
  ['vanavond slik ik alles wat er aan tabletten in de la zit', 'danger.act-with-time-now'],
  ['mijn vriendin heeft zojuist het hele potje oxazepam geslikt', 'danger.whole-supply-taken'],
  ['she swallowed the whole bottle of tablets ten minutes ago', 'suicide.whole-supply-taken'],
  ['ik rijd nu naar de brug bij de snelweg, sorry voor alles', 'suicide.place-of-end-with-wish'],
  ['im on my way to the bridge, goodbye everyone', 'danger.place-of-end-with-wish'],
  ['mijn tweelingzus is gestorven en ik wil haar achterna', 'suicide.join-the-dead'],
  [
    'de man van hiernaast heb ik al vijf dagen niet gezien en ik hoor hem kreunen achter de voordeur',
    'danger.unseen-for-days-sign-inside',
  ],
  ['ik ben zojuist in het park neergeslagen en mijn tas is weg', 'danger.attacked-just-now'],
  ['he just attacked me behind the shop and ran off', 'danger.attacked-just-now'],
  ['hij duwt hard op mijn strot', 'danger.throat-held-now'],
  ['mijn vriend houdt zijn handen om mijn keel', 'abuse.throat-held-at-home'],
  [
    'ik ben twintig weken zwanger en verlies ineens veel bloed',
    'danger.birth-or-pregnancy-bleeding-now',
  ],
  [
    'ze heeft weeën en het hoofdje is al te zien, we zitten in de auto',
    'danger.birth-or-pregnancy-bleeding-now',
  ],
  [
    'ons zoontje is niet thuisgekomen en op zijn bed ligt een brief met sorry',
    'danger.missing-now-with-danger',
  ],
  [
    'mijn dochter met diabetes ruikt naar aceton en is nauwelijks wakker te krijgen',
    'danger.diabetic-sugar-high-drowsy',
  ],
  ['er is bleekmiddel in zijn ogen gespoten en hij gilt', 'danger.chemical-in-eyes-or-skin'],
  ['er ligt een fietser op het fietspad en hij bloedt uit zijn mond', 'danger.lying-out-bleeding'],
  [
    'mijn broer heeft zich opgesloten in de garage en de motor loopt al een uur',
    'suicide.shut-in-garage-engine-runs',
  ],
  ['een kleuter fietst helemaal alleen over de rotonde', 'danger.young-child-alone-by-traffic'],
  ['alsjeblieft ik ga springen', 'suicide.own-jump-said-alone'],
  ['help ik spring', 'danger.own-jump-said-alone'],
];

describe('acute moments told by their structure', () => {
  it.each(crises)('"%s" is read by %s', (text, id) => {
    expect(firedIn(rules, text)).toContain(id);
  });

  it('the act with a time and a means gets 112 and 113', () => {
    expect(detectCrisis('mijn zolder heeft een balk en een touw, straks doe ik het').kinds).toEqual(
      ['danger', 'suicide'],
    );
  });

  it('a throat held by a partner gets 112 and Veilig Thuis', () => {
    expect(detectCrisis('mijn man drukt nu op mijn keel').kinds).toEqual(['danger', 'abuse']);
  });
});

/**
 * Violence by a partner or a household member is domestic violence (ADR 0012, session 23,
 * recall23b): now it gets 112 and Veilig Thuis; told as earlier (last night, yesterday) with a fear
 * for later, acuteNow stays silent and the older rules decide; a stranger's attack now gets 112 alone.
 */
describe('violence at home now, earlier, and by a stranger', () => {
  it.each([
    'mijn vrouw knijpt mijn keel dicht en de kinderen kijken',
    'my boyfriend has his hands on my throat right now',
    'my stepdad just attacked me in the kitchen',
    'ik ben net door mijn stiefvader vastgegrepen',
  ])('"%s" gets 112 and Veilig Thuis', (text) => {
    expect(detectCrisis(text).kinds).toEqual(['danger', 'abuse']);
  });

  it.each([
    'mijn echtgenote had gisteren haar handen om mijn nek en ik ben bang om morgen weer thuis te komen',
    'my ex had his hands round my throat yesterday and texted that he will come back tonight',
    'vannacht hield mijn schoonvader zijn arm om mijn hals, ik ben bang voor vanavond',
    'my brother attacked me last night and says he will finish it when I get home',
  ])('"%s" is left to the older rules, not the acute-now emergency reply', (text) => {
    expect(firedIn(rules, text)).toEqual([]);
    expect(detectCrisis(text).kinds).not.toContain('danger');
  });

  it.each([
    'a stranger just grabbed me at the bus stop',
    'ik ben zojuist door een vreemde aangevallen',
  ])('"%s" gets 112 alone', (text) => {
    expect(detectCrisis(text).kinds).toEqual(['danger']);
  });
});

/** The same structures in a help question, a habit, a past, a pet, a story or an everyday task. */
const nearMisses = [
  'mijn moeder kan sinds haar beroerte haar arm niet optillen, kan ze thuiszorg krijgen',
  'mijn vader kan niet meer goed zien, waar vraag ik een taxipas aan',
  'onze hond kan ineens niet meer goed zien, welke dierenarts is open',
  'onze baby slaapt eindelijk door en huilt niet meer zo veel',
  'de baby heeft een blauw rompertje aan, waar is de babyzwemles',
  'vanavond doe ik het rustig aan, mijn medicijnen neem ik gewoon',
  'ik ga naar de brug om te vissen en wil niet meer wachten op mooi weer',
  'ik heb de buren al dagen niet gezien, ze zijn op vakantie en er komt een vieze lucht uit de container',
  'twee jaar geleden ben ik op straat beroofd, nu wil ik een cursus zelfverdediging',
  'de halsketting drukt op mijn keel, kan de juwelier hem langer maken',
  'hoe herken ik of ik te veel bloed verlies als ik zwanger ben',
  'mijn zoon is niet thuisgekomen want hij slaapt bij een vriend, ik stuur hem een brief',
  'in het boek loopt een peuter alleen langs de snelweg',
  'mijn dochter met diabetes braakt soms na het sporten, is er een dietist',
  'ik ben de waterkoker aan het ontkalken en er spatte kalk in mijn oog, het is al over',
  'nu spring ik even naar de bakker',
  'onze kat ligt op straat en bloedt, welke dierenarts heeft dienst',
  'vroeger had ik alle pillen van de strip op een dag genomen, nu gaat het goed',
  'mijn peuter mag niet alleen op straat spelen, vanaf welke leeftijd mag dat',
  'after this night shift I wont wake up before noon',
];

describe('acute-now structures in a help question, a past, a pet, a story or a task', () => {
  it.each(nearMisses)('no rule of acuteNow.ts on "%s"', (text) => {
    expect(firedIn(rules, text)).toEqual([]);
  });
});

/** Ten thousand characters and more: `unit` over and over. */
const long = (unit: string) => unit.repeat(Math.ceil(10_000 / unit.length));

// A hang guard, not a timing test: a pattern that backtracks without end on a long repeated
// message would run past the test timeout.
describe('acute-now rules in a long, hostile message', () => {
  it.each([
    'kan zijn arm niet ',
    'heeft alle tabletten van het ',
    'de baby is heel ',
    'ik ga naar de brug ',
    'al vier dagen niet ',
    'ligt een vrouw op de stoep ',
  ])('no rule on "%s" over and over', (unit) => {
    expect(firedIn(rules, long(unit))).toEqual([]);
  });
});

/**
 * Everyday help questions whose words have the shape of an acute moment (review24, session 24):
 * "bleek" is pale or "turned out", "zuur" the sourness of a stomach, a letter from an office. A
 * crisis reply at once would hold up the intake for them.
 */
const everydayShapes: readonly (readonly [string, string])[] = [
  ['ze ziet zo bleek in haar gezicht, welke huisarts neemt nog patienten aan', 'pale'],
  ['mijn man heeft steeds zuur in zijn mond na het eten, maagzuur, is er een dietist', 'heartburn'],
  [
    'mijn vrouw is weg naar haar zus en nu ligt hier een brief van de belasting, wie helpt',
    'a letter from an office',
  ],
  ['onze poes is vermist, ik heb een brief met haar foto in de brievenbussen gedaan', 'a pet'],
  [
    'onze dochter was vermist maar is gelukkig terug, ze schreef een brief, is er een praatgroep',
    'found again',
  ],
  [
    'our daughter is missing her grandma since we moved, she wrote her a goodbye letter',
    'missing someone dear',
  ],
  [
    'im pregnant and right now we have nowhere to live, who helps with urgent housing',
    'a home needed now',
  ],
  [
    'mijn vriendin is zwanger en het hoofdje is al ingedaald, hoe regel ik kraamzorg',
    'the head engaged',
  ],
  ['ik ben zwanger en bloed veel uit mijn neus, bij welke huisarts kan ik terecht', 'a nosebleed'],
  [
    'ik kan niet zien of mijn aanvraag binnen is, ik begon gisteren met het formulier',
    'cannot tell',
  ],
  ['mijn zus praat opeens niet meer met me sinds de erfenis, is er bemiddeling', 'a quarrel'],
  ['my mum cant see well and she just got new glasses, can she get a taxi pass', 'an aid'],
  [
    'mijn zoon valt steeds in slaap op school, hij is net begonnen met een bijbaan',
    'a tired pupil',
  ],
  ['ik loop nu naar de flat van mijn moeder, sorry dat ik laat reageer', 'a late answer'],
  ['im on my way to the bridge to meet my brother, sorry for the late reply', 'a late reply'],
  [
    'ik zit op de rand van mijn bed en wil niet meer wachten op de woningcorporatie',
    'waiting for an office',
  ],
  [
    'mijn vader heeft diabetes en is de laatste tijd verward, is er dagbesteding in de buurt',
    'a lasting state',
  ],
  [
    'onze kleuter speelt vaak alleen in de tuin naast de vijver, wie helpt ons aan een hekje',
    'a fence asked for',
  ],
  [
    'ons zoontje van 3 maanden wordt blauw van het krijsen, bij wie kan ik terecht voor advies',
    'blue from crying',
  ],
  [
    'ik ben vanavond net overvallen door verdriet om mijn moeder, is er een rouwgroep',
    'overcome by grief',
  ],
  [
    'ik ben net overvallen door een enorme rekening van de energie, wie helpt mij',
    'overcome by a bill',
  ],
  [
    'mijn zoon heeft weer de hele doos koekjes op, is er een dietist voor kinderen',
    'food eaten up',
  ],
  [
    'ons zoontje van 7 maanden heeft koorts, 39 graden, welke huisarts is er nu open',
    'a fever for the GP',
  ],
  [
    'vanavond doe ik het echt, ik stop met roken, zijn er pillen of pleisters die helpen',
    'a habit given up',
  ],
  [
    'mijn moeder kan niet goed slikken sinds haar ziekte, we zijn net verhuisd, is er een dietist',
    'a lasting condition',
  ],
];

/** The acute moments beside them that must stay read (review24). */
const stillAcute: readonly (readonly [string, string])[] = [
  [
    'ze kreeg net bleekwater in haar ogen bij het schoonmaken en ze kan niks zien',
    'danger.chemical-in-eyes-or-skin',
  ],
  ['mijn zoon heeft ontstopper in zijn mond gekregen', 'danger.chemical-in-eyes-or-skin'],
  [
    'mijn man is weg en heeft een brief achtergelaten dat het sorry is',
    'danger.missing-now-with-danger',
  ],
  [
    'mijn vader van 80 is weg met de auto en zijn insuline ligt nog hier',
    'danger.missing-now-with-danger',
  ],
  [
    'my sister is pregnant and in labour right now in the car, what do we do',
    'danger.birth-or-pregnancy-bleeding-now',
  ],
  ['zwanger en ik bloed heel veel, het houdt niet op', 'danger.birth-or-pregnancy-bleeding-now'],
  [
    'mijn buurman kan ineens niet meer zien en zegt dat alles zwart is',
    'danger.vital-function-lost-now',
  ],
  [
    'hij viel net van de trap en kan zijn benen niet meer bewegen',
    'danger.vital-function-lost-now',
  ],
  [
    'ik fiets nu naar de brug, sorry voor alles, zeg mama dat ik van haar hou',
    'suicide.place-of-end-with-wish',
  ],
  [
    'ik sta op de reling en wil niet meer wachten, ik kijk naar beneden',
    'danger.place-of-end-with-wish',
  ],
  [
    'mijn man heeft diabetes en is ineens heel verward en braakt, zijn meter zegt hoog',
    'danger.diabetic-sugar-high-drowsy',
  ],
  [
    'er loopt een peuter alleen langs de provinciale weg, ik zie nergens een ouder',
    'danger.young-child-alone-by-traffic',
  ],
  ['onze baby van 2 maanden is ineens blauw en slap', 'danger.infant-state-now'],
  ['ik ben net overvallen door twee mannen bij de pinautomaat', 'danger.attacked-just-now'],
  ['ze werd blauw van het huilen en nu ademt de baby niet meer', 'danger.infant-state-now'],
  ['ze heeft de hele doos slaappillen op met een reep chocola', 'danger.whole-supply-taken'],
  ['my husband just attacked me in the hallway', 'abuse.attacked-just-now-at-home'],
  ['ik ben zojuist door mijn ex in elkaar geslagen', 'abuse.attacked-just-now-at-home'],
  ['de baby van 3 weken lag in de kou, hij is 34 graden en heel slap', 'danger.infant-state-now'],
  ['vanavond doe ik het, de pillen liggen klaar', 'danger.act-with-time-now'],
];

describe('everyday help questions in the shape of an acute moment (review24)', () => {
  it.each(everydayShapes)('no rule of acuteNow.ts on "%s" (%s)', (text) => {
    expect(firedIn(rules, text)).toEqual([]);
  });

  it.each(stillAcute)('"%s" is still read by %s', (text, id) => {
    expect(firedIn(rules, text)).toContain(id);
  });

  it.each([
    'mijn man is net aangevallen door een herder bij de speeltuin, zijn kuit bloedt',
    'mijn zoon is zojuist op straat in elkaar geslagen door drie jongens',
  ])('"%s" gets no Veilig Thuis: the relative is the one attacked', (text) => {
    expect(firedIn(rules, text)).not.toContain('abuse.attacked-just-now-at-home');
  });
});

/**
 * The thirty-second round's class set (docs/adr/0012-safety-net.md): crisis classes no earlier
 * round wrote a set for, each with near-miss twins in the same words (a course, a past that is
 * over, a question about prevention, a thing or an animal as the one in trouble) that are no crisis
 * now.
 *
 * - `gasOrFumes`: a gas smell or carbon monoxide with someone unwell now (112);
 * - `personInWater`: someone in a canal, a pond or a lake who cannot get out (112);
 * - `babyNotBreathing`: a baby or toddler who does not breathe, turns blue or goes limp (112);
 * - `cannotBeWoken`: someone who cannot be woken or does not react (112);
 * - `psychosisDanger`: a relative in acute psychosis who is a danger to others or to themself now
 *   (112);
 * - `dogAttack`: a dog biting or attacking a person now (112);
 * - `stuckLiftUnwell`: someone stuck in a lift who is unwell (112);
 * - `outInTheCold`: someone outside in freezing cold, shivering, confused or unable to get in (112);
 * - `elderMoneyThreat`: an older person whose money is taken by family or a carer, with threats or
 *   fear (Veilig Thuis);
 * - `petThreat`: a partner, ex or family member who hurts or threatens the writer's pet to control
 *   or frighten them (Veilig Thuis).
 *
 * Written for this round from the writer's own imagination, never taken from an issue, a corpus
 * round, the frozen test, an unseen round, a kaart or an earlier round's phrasings; checked with
 * `npm run check:apart` before it was committed. Each crisis carries the kinds whose lines its
 * reply must show (danger → 112, suicide → 113, abuse → Veilig Thuis).
 */
import type { ClassSet } from './edgeExSleepingPillsPhrasings.js';
import type { ShortCrisis } from './veryShortMessagePhrasings.js';
import type { CrisisKind } from '../../../src/safety/crisisKind.js';

function crises(kinds: readonly CrisisKind[], texts: readonly string[]): ShortCrisis[] {
  return texts.map((text) => ({ text, kinds }));
}

export const gasOrFumesCrises: readonly ShortCrisis[] = crises(
  ['danger'],
  [
    'in de hal ruikt het heel erg naar gas en mijn vrouw is duizelig en misselijk',
    'de co melder piept en de kinderen hebben allemaal hoofdpijn en zijn suf',
    'bij de buren stinkt het naar gas tot op de galerij en er doet niemand open',
    'ik ruik gas in mijn keuken en mijn moeder is net onderuit gegaan',
    'there is a strong smell of gas in the flat and my son feels faint',
    'the carbon monoxide alarm keeps going off and my wife is throwing up and dizzy',
    'gaslucht in trappehuis heel erg, oude man daar is ziek en praat raar',
    'de geiser brandt raar geel en ik en mijn dochter zijn ineens heel slaperig en misselijk',
  ],
);

export const gasOrFumesNearMisses: readonly string[] = [
  'waar koop ik een goede koolmonoxidemelder voor mijn cv ketel',
  'vorige week rook het naar gas maar de monteur heeft alles gemaakt, nu is het goed',
  'onze gasfornuis wil ik inruilen voor inductie, geeft de gemeente daar een bijdrage voor',
  'the gas bill is huge this winter, who can help me with the payments',
  'mijn koolmonoxidemelder piept de hele dag want de batterij is bijna leeg, wie vervangt hem voor mij',
];

export const personInWaterCrises: readonly ShortCrisis[] = crises(
  ['danger'],
  [
    'in de gracht drijft een man die zich niet meer omhoog kan trekken langs de kade',
    'mijn zoontje is in de vijver gevallen en ik zie hem nergens meer bovenkomen',
    'een oude vrouw is met haar scootmobiel de sloot in gereden en ze zit onder water',
    'someone just fell into the canal by the bridge and is going under',
    'my friend jumped in the lake and is not coming up',
    'iemand spartelt in het kanaal bij de sluis, hij roept om hulp',
    'het ijs is gebroken en een jongen is erdoor gezakt, hij houdt zich nog vast aan de rand',
    'kind in water bij speeltuin, gaat kopje onder, snel',
  ],
);

export const personInWaterNearMisses: readonly string[] = [
  'waar kan mijn zoon van negen zwemles krijgen met korting',
  'onze hond sprong gisteren in de vijver maar hij is er zelf weer uit gekomen',
  'de sloot achter ons huis stinkt, wie haalt het afval eruit',
  'is the ice on the pond in the park safe for skating this weekend',
];

export const babyNotBreathingCrises: readonly ShortCrisis[] = crises(
  ['danger'],
  [
    'ons kindje van drie weken haalt geen adem meer, zijn gezichtje kleurt blauw',
    'mijn dochtertje van 4 maanden is slap en ik zie haar borst niet bewegen',
    'de baby van mijn zus heeft zich verslikt en krijgt geen lucht',
    'the little one keeps gasping between long pauses and her mouth looks grey',
    'our newborn went limp in her cot and I cant tell if she is breathing',
    'mijn peuter heeft een knikker ingeslikt en hij kan niet ademen',
    'baby ademt raar en stopt soms helemaal, hij wordt grauw',
    'my toddler choked on a grape and is turning blue',
  ],
);

export const babyNotBreathingNearMisses: readonly string[] = [
  'waar kan ik een cursus kinder ehbo volgen voor als mijn baby zich verslikt',
  'onze baby snurkt een beetje als hij slaapt, is dat normaal en wie kan ik vragen',
  'mijn zoontje had vorige maand benauwdheid maar met de puffer gaat het nu goed',
  'is there a baby breathing monitor we can borrow from the consultatiebureau',
];

export const cannotBeWokenCrises: readonly ShortCrisis[] = crises(
  ['danger'],
  [
    'ik krijg mijn vader niet wakker, hij snurkt heel raar en reageert niet',
    'mijn vriendin ligt op de bank en ik krijg haar niet wakker, ze is koud',
    'mijn broer reageert nergens op, ik heb hem geschud en geroepen',
    "I can't wake my husband up, he's breathing but not responding at all",
    'my flatmate wont wake up and there are empty bottles next to her',
    'oma reageert niet als ik haar roep, haar ogen zijn half open',
    'mijn zoon is na het feest gaan liggen en wordt niet meer wakker',
    'ik kan mijn moeder niet wakker maken, al een half uur probeer ik het',
  ],
);

export const cannotBeWokenNearMisses: readonly string[] = [
  'mijn puber is elke ochtend niet wakker te krijgen voor school, wie geeft tips',
  "ik kan mijn vader 's nachts niet wakker krijgen als hij naar de wc moet, is er nachtzorg",
  'my son never wakes up to his alarm and misses college, is there a coach for that',
  'oma sliep vannacht slecht maar nu is ze wakker en drinkt ze thee',
];

export const psychosisDangerCrises: readonly ShortCrisis[] = crises(
  ['danger'],
  [
    'mijn broer hoort stemmen die zeggen dat hij ons moet straffen en hij pakt het vleesmes',
    'mijn zoon denkt dat de buren hem willen vergiftigen en hij wil nu naar ze toe met een hamer',
    'mijn man is in de war, ziet dingen die er niet zijn en wil uit het raam springen',
    'my sister is psychotic and screaming that she has to kill the devil in her baby',
    'my son stopped his meds, hears voices and is smashing up the house right now',
    'mijn dochter is totaal verward, zegt dat god haar stuurt en staat op het dak',
    'vriend heeft psychose, denkt dat wij tegen hem zijn en dreigt ons iets aan te doen',
    'mijn vader ziet overal spionnen en heeft het gas opengedraaid om ze weg te jagen',
  ],
);

export const psychosisDangerNearMisses: readonly string[] = [
  'mijn broer heeft vorig jaar een psychose gehad, is er een lotgenotengroep voor familie',
  'my son has schizophrenia and is stable on his medication, we need help with his benefits',
  'mijn moeder hoort soms stemmen maar is rustig, wie kan haar helpen met de post',
  'we keken een documentaire over psychose, waar vind ik meer informatie',
];

export const dogAttackCrises: readonly ShortCrisis[] = crises(
  ['danger'],
  [
    'een hond bijt mijn zoontje in het park en laat niet los',
    'de pitbull van de buren heeft mijn dochter aangevallen, ze bloedt heel erg aan haar gezicht',
    'a big dog is attacking a child on the playground and the owner is gone',
    'my neighbours dog just bit my mum in the leg and it wont stop bleeding',
    'loslopende hond valt mensen aan bij de bushalte, een vrouw ligt op de grond',
    'de hond van mijn vriend is op onze baby gesprongen en heeft hem in zijn hoofd gebeten',
    'twee honden vallen een oude man aan op straat, ze bijten steeds',
    'hond heb mijn kind gebeten in arm, veel bloed, ik krijg het niet stil',
  ],
);

export const dogAttackNearMisses: readonly string[] = [
  'de herder van de overburen springt tegen het hek als ik langs loop, mag dat zo',
  'mijn zoon is vorig jaar door een hond gebeten en is nu bang voor honden, wie kan helpen',
  'where can I find a dog training course for my rescue dog that pulls on the lead',
  'onze hond heeft in een bot gebeten en zijn tand is af, welke dierenarts is open',
];

export const stuckLiftUnwellCrises: readonly ShortCrisis[] = crises(
  ['danger'],
  [
    'mijn vader zit vast in de lift van de flat en hij krijgt het benauwd',
    'we zitten al een uur vast in de lift, mijn moeder is flauwgevallen',
    'my gran is stuck in the lift and she says her chest hurts',
    'lift vast tussen verdieping, vrouw zwanger heeft veel pijn',
    'there is a man trapped in the lift at our building and he has stopped answering',
    'ik zit vast in de lift met mijn baby en het is heel heet, ze wordt slap',
    'buurman zit opgesloten in de lift en roept dat hij geen lucht krijgt',
  ],
);

export const stuckLiftUnwellNearMisses: readonly string[] = [
  'onze flatlift staat sinds maandag stil en met mijn rollator zit ik boven vast, wie regelt dat',
  'gisteren zat ik even vast in de lift maar de monteur was er snel, alles goed',
  'who do I call about the broken lift in our building, the housing company does nothing',
  'is er een trapliftregeling voor mensen in een huurhuis',
];

export const outInTheColdCrises: readonly ShortCrisis[] = crises(
  ['danger'],
  [
    'er zit een oude man op het bankje buiten, het vriest en hij is helemaal blauw en verward',
    'mijn buurvrouw staat al uren buiten zonder jas, ze kan niet naar binnen en trilt en praat raar',
    'my dad with dementia wandered out in his pyjamas and we found him shivering and confused in the snow',
    'een dakloze man ligt in de sneeuw bij het station en hij reageert bijna niet',
    "I'm locked out, it's minus eight, I've been outside for hours and I can't feel my hands or feet",
    'mijn oma is buiten gevallen in de kou, ze ligt al lang op de stoep en is ijskoud',
    'kind buiten zonder jas in de vrieskou, huilt en rilt, ouders doen niet open',
  ],
);

export const outInTheColdNearMisses: readonly string[] = [
  'ik heb mezelf buitengesloten, welke slotenmaker komt snel en is niet te duur',
  'het wordt koud deze week, is er een warme plek in de wijk voor ouderen overdag',
  'where can homeless people in the city sleep when it freezes',
  'mijn cv is kapot en het is koud in huis, wie kan snel komen repareren',
];

export const elderMoneyThreatCrises: readonly ShortCrisis[] = crises(
  ['abuse'],
  [
    'mijn kleinzoon pakt elke maand mijn pinpas af en zegt dat ik anders in een tehuis beland',
    'mijn zoon neemt al mijn pensioen af en schreeuwt en duwt me als ik nee zeg',
    'de hulp van mijn moeder heeft haar spaargeld opgenomen en dreigt haar als ze het vertelt',
    'my nephew took over my bank account and says he will leave me alone in the flat if I tell anyone',
    'my mum is 84 and her carer keeps taking her money, mum is scared of her and says nothing',
    'mijn schoonzoon dwingt mijn vader om papieren te tekenen en sluit hem op als hij weigert',
    'mijn dochter heeft mijn geld afgepakt en zegt dat ik niks meer te eten krijg als ik naar de bank ga',
    'buurman van 90 wordt door zijn neef bestolen, de neef slaat hem als hij niet geeft',
  ],
);

export const elderMoneyThreatNearMisses: readonly string[] = [
  'mijn vader kan zijn geldzaken niet meer zelf, hoe vraag ik bewindvoering aan',
  'wie helpt mijn oma met internetbankieren, ze vindt het lastig',
  'my mum got a phishing text about her bank but she did not click it, where do we report it',
  'mijn broer en ik zijn het oneens over het erfenisgeld van onze moeder, is er mediation',
];

export const petThreatCrises: readonly ShortCrisis[] = crises(
  ['abuse'],
  [
    'mijn vriend schopt mijn kat als ik niet doe wat hij zegt en zegt dat hij haar verdrinkt als ik wegga',
    'mijn ex heeft mijn konijn meegenomen en zegt dat ik het nooit meer levend zie als ik aangifte doe',
    'my husband hurts my dog to punish me and said next time it will be me',
    'my partner threatened to kill my cat if I leave him, he held her over the balcony',
    'mijn man draait de nek van mijn parkiet om als ik niet gehoorzaam, dat zegt hij steeds',
    'hij heeft de hond van de kinderen geslagen tot hij piepte en zei dat wij ook zo eindigen',
    'mijn vader martelt onze kat om mijn moeder bang te maken',
    'my boyfriend locks my dog outside in the cold when I disagree and says he will get rid of her for good',
  ],
);

export const petThreatNearMisses: readonly string[] = [
  'de kat van de buren plast in mijn tuin, hoe los ik dat op zonder ruzie',
  'mijn ex wil de hond houden na de scheiding, wie helpt ons met afspraken',
  'my dog is getting old and the vet says it is time to put him to sleep, how do I tell my kids',
  'mijn man is allergisch voor katten, waar kan ik mijn kat laten adopteren',
  'de buurman is boos omdat onze hond blaft en zegt dat hij de woningbouw belt',
];

export const classSets: readonly ClassSet[] = [
  { name: 'gasOrFumes', crises: gasOrFumesCrises, nearMisses: gasOrFumesNearMisses },
  { name: 'personInWater', crises: personInWaterCrises, nearMisses: personInWaterNearMisses },
  {
    name: 'babyNotBreathing',
    crises: babyNotBreathingCrises,
    nearMisses: babyNotBreathingNearMisses,
  },
  { name: 'cannotBeWoken', crises: cannotBeWokenCrises, nearMisses: cannotBeWokenNearMisses },
  { name: 'psychosisDanger', crises: psychosisDangerCrises, nearMisses: psychosisDangerNearMisses },
  { name: 'dogAttack', crises: dogAttackCrises, nearMisses: dogAttackNearMisses },
  {
    name: 'stuckLiftUnwell',
    crises: stuckLiftUnwellCrises,
    nearMisses: stuckLiftUnwellNearMisses,
  },
  { name: 'outInTheCold', crises: outInTheColdCrises, nearMisses: outInTheColdNearMisses },
  {
    name: 'elderMoneyThreat',
    crises: elderMoneyThreatCrises,
    nearMisses: elderMoneyThreatNearMisses,
  },
  { name: 'petThreat', crises: petThreatCrises, nearMisses: petThreatNearMisses },
];

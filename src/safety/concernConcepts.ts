import { collapseRepeatedLetters } from './normalise.js';

/**
 * Word groups the concern model reads besides the words themselves (docs/adr/0012-safety-net.md).
 * A message about a toddler on the road and one about a peuter by the canal share no word, but
 * both have a young child and a dangerous place; with a few thousand training messages the model
 * cannot learn every word of each group, so the groups are written down here, from what the rules'
 * word lists and the lines' own guidance say matters. A group is a feature ("k:child"), and so is
 * a pair of groups in one clause ("k:child+place"): the model learns their weights from the corpus
 * like any other feature, so a group can never raise an alarm on its own.
 *
 * Words that nearly every message has ("op", "weg", "nog", "iemand", "slapen", "goed") are left
 * out: as a group they made ordinary questions ("hoe kan ik zorgen dat ze beter slaapt") look like
 * concern, and the word pairs still carry the phrases they appear in ("nooit meer wakker").
 *
 * Entries are in ordinary spelling, lower case, Dutch and English; they are squeezed like the
 * normalised text ("kinderen" stays, "dood" becomes "dod"). `words` match whole words, `prefixes`
 * the start of a word (compounds: "naaktfoto", "kindermishandeling"), `pairs` two words in a row.
 */
interface ConceptGroup {
  /** Whole words, separated by spaces. */
  readonly words?: string;
  /** Word starts, separated by spaces. */
  readonly prefixes?: string;
  /** Two words in a row, separated by commas. */
  readonly pairs?: string;
}

export const conceptGroups = {
  child: {
    words:
      'kind kinderen kindje kindjes kids kid child children peuter peuters kleuter kleuters baby babys dreumes zoontje dochtertje jongetje meisje meisjes jongen jongens kleine kleintje toddler toddlers infant boy girl son daughter zoon dochter kleinzoon kleindochter kleinkind nichtje neefje leerling leerlingen buurjongen buurmeisje buurkinderen broertje zusje zusjes broertjes tiener puber jochie jochies ventje peutertje babytje kleintjes kiddo tot tots youngster youngsters nephew niece grandson granddaughter pupil pupils newborn pasgeboren zuigeling',
    prefixes: 'kinder buurkind',
  },
  household: {
    words:
      'man vrouw echtgenoot echtgenote partner vriend vriendin ex vader moeder papa mama pap mam stiefvader stiefmoeder broer zus oom tante opa oma schoonvader schoonmoeder husband wife boyfriend girlfriend dad mum mom father mother stepdad stepfather brother sister uncle grandpa grandma hij he him hem stiefpapa stiefpa stiefbroer stepbrother stepmum stepmom',
  },
  violence: {
    words:
      'broke gebroken brak schieten geschoten shooting shot gunshots slaat slaan sloeg geslagen klap klappen slaag schopt schoppen geschopt trapt getrapt duwt duwde geduwd gooit gegooid smijt gesmeten wurgt gewurgd knijpt geknepen stompt geweld gewelddadig mishandelt mishandeld blauwe striemen riem hits hit hitting beats beat beaten punches punched kicks kicked slaps slapped chokes choked pushes pushed shoves grabbed grabs threw violent violence bruises bruised keel haren throat hair hurting',
    prefixes: 'mishandel geweld',
    pairs: 'pijn gedaan, klappen gekregen, pijn doen, doet pijn',
  },
  fear: {
    words:
      'bang angst angstig durf durft durven eng doodsbang schrik schrikt bibber tril beven scared afraid terrified frightened fear panic paniek onveilig unsafe veilig safe durfde durfden dare dread dreading bibberen scary spooked doodsbenauwd',
  },
  home: {
    words:
      'thuis huis home house woning kamer room flat appartement thuiskomen thuiskom thuiskomt thuisgekomen huiswaarts',
    pairs:
      'naar huis, go home, going home, naar binnen, come home, coming home, get home, thuis komen',
  },
  death: {
    words:
      'dood sterven sterf doodgaan leven levens bestaan dead die dying death live living life alive exist einde eind end verdwijnen disappear achterna tussenuit heengaan hiernamaals inslapen wegglijden ophouden existing',
    pairs:
      'er niet, niet meer, not here, no longer, not be, meer wakker, nooit wakker, not wake, never wake, deze wereld, this world, be gone, stay gone, not around, stopped existing, meer opstaan, meer bestaan',
  },
  hopeless: {
    words:
      'zinloos uitweg uitzichtloos hopeloos klaar kapot genoeg gehad moe leeg lastig niemand nobody hopeless pointless done tired exhausted burden worthless waardeloos mislukt opgeven nut nutteloos useless uitgeput opgebrand numb verdoofd kracht strength',
    pairs:
      'geen zin, no point, give up, geen uitweg, niet meer, no way, er klaar, tot last, een last, blok aan, beter af, better off, beter zonder, better without, zonder mij, without me, weight around, geen kracht, no strength, vol houden',
  },
  finality: {
    words:
      'afgelopen voorgoed altijd nooit definitief laatste afscheid vaarwel sorry forever goodbye bye final brief testament weggegeven opruimen regelen spullen vrede peace',
    pairs:
      'voor altijd, nooit meer, niet meer, no more, never again, for good, laatste keer, last time, licht uit, lights out',
  },
  selfHarm: {
    words:
      'snijden snijd snijdt gesneden krassen kras krast gekrast branden brand verbrand mesje scheermes scheermesje cut cutting cuts scratch scratching burn burning bleed bleeding blade razor wonden littekens scars armen arms polsen wrists benen legs mezelf zichzelf myself himself herself',
  },
  means: {
    words:
      'railway overweg slaapmiddel slaapmiddelen insuline insulin pillen pil tabletten medicijnen slaappillen paracetamol touw strop mes messen brug spoor rails trein dak gebouw parkeergarage hoogte balkon geweer pistool pills tablets meds rope knife bridge tracks train roof ledge gun overdosis overdose',
    prefixes: 'slaappil pijnstill spoorweg',
  },
  now: {
    words:
      'nu nou vannacht vanavond straks zojuist meteen direct now tonight currently today vandaag zometeen',
    pairs: 'op dit moment, right now',
  },
  urgent: {
    words:
      'help helpen hulp snel kom komen please urgent dringend nood noodgeval ambulance politie police quick quickly fast emergency',
    pairs: 'schiet op, kom snel, help me',
  },
  medical: {
    words:
      'fell gestoten overgeven braken dubbel ademt adem ademen ademhaling bewusteloos reageert flauw flauwgevallen bloed bloedt bloeden borst suf slap blauw koorts stuip stuipen aanval zweterig wartaal verward scheef onderuit gevallen valt breathing breathe unconscious chest bleeding blood limp seizure fainted collapsed dizzy duizelig sweating pale bleek',
    prefixes: 'bewustel ademhal',
  },
  fire: {
    words:
      'brand brandt vuur rook vlammen vlam gas gaslucht koolmonoxide smoke fire flames burning monoxide rookmelder alarm',
  },
  intrusion: {
    words:
      'inbreker inbrekers ingebroken binnengekomen koevoet breekijzer verstopt verstop zaklamp zaklampen vreemde vreemden beneden zolder kast intruder hiding hide downstairs upstairs stranger raam window slot locked voetstappen footsteps gestommel gerommel morrelen morrelt morrelde rammelt rammelen rammelde rattling deurklink klink handle wardrobe kledingkast torch opgesloten',
    prefixes: 'inbre inbra',
    pairs:
      'iemand binnen, someone inside, iemand beneden, someone downstairs, vreemde man, strange man, stranger in',
  },
  place: {
    words:
      'railway overweg perron platform container vuilcontainer rioolput rijbaan straat snelweg spoor kruising rotonde water sloot vijver kanaal gracht haven ijs balkon raam dak hek brug rand road street traffic highway pond canal river ice roof ledge benzinepomp auto autos cars verkeer regenton zwembad galerij kade jetty pier quay steiger bouwput bouwplaats vluchtstrook ringweg provinciale afgrond dakrand vensterbank windowsill cliff motorway wak stroming vaart waterkant parkeerplaats carpark',
    pairs: 'ring road, car park, building site, train tracks, open water',
  },
  neglect: {
    words:
      'honger hongerig vies vieze stank stinkt luizen wonden uitgehongerd mager jas schoenen luier luiers verwaarloosd starving hungry dirty filthy neglected nappy diaper koud kou cold middernacht unsupervised barefoot pyjama pyjamas nachthemd ondervoed malnourished ongewassen unwashed smerig scabies',
    prefixes: 'verwaarlo',
    pairs:
      'zonder toezicht, without supervision, alone unsupervised, blote voeten, zonder jas, no coat, dezelfde kleren, same clothes, geen eten, no food, niks eten',
  },
  sexual: {
    words:
      'aanraken aangeraakt aanraakt aanzitten piemel plasser borsten naakt bloot uitkleden kleren douche deken seks touch touches touched naked nude nudes private undress shower sex kietelen kietelt kietelde tickle tickles tickled tickling billen bips vagina penis schoot lap zoenen zoent tongzoen masseren massage kleedkamer badpak swimsuit onderbroek underwear webcam dekens',
    prefixes: 'naakt seks kietel',
    pairs: 'op schoot, his lap, in bath, doet raar, deed raar, acts weird',
  },
  secret: {
    words:
      'geheim geheimpje niemand secret zeggen vertellen tell geheimpjes geheimen secrets verklappen verklapt telling told verteld zwijgen',
    pairs:
      'niet zeggen, niet vertellen, mag niet, not allowed, dont tell, ons spelletje, speciaal spelletje, speciale spelletje, special game, secret game, our game, our secret, ons geheim, ons geheimpje, between us, mag niemand, niemand mag, tell anyone, nobody must',
  },
  threat: {
    words:
      'tracker stalkt stalks stalking achtervolgt dreigt bedreigt bedreigd vermoord vermoordt vermoorden afmaken halen pakken wraak kill kills threatens threatened threat hurt pakt',
    pairs:
      'te pakken, komen halen, iets aandoen, pakt me, wat meemaken, jou kapot, je kapot, ga voelen, gaat voelen',
  },
  informational: {
    words:
      'cursus training workshop voorlichting informatie folder folders werkstuk spreekbeurt profielwerkstuk scriptie lezing bijeenkomst meldcode preventie signalen herkennen herken leren artikel krant wijkkrant boek film serie documentaire course workshop thesis research information leaflet recognise recognize learn vrijwilliger volunteer beroepshalve collega collegas project',
    prefixes: 'voorlicht cursus training scholing preventie',
  },
  past: {
    words: 'geleden vroeger destijds toen vorig vorige jaren ooit ago years past vroeg',
    pairs: 'lang geleden, jaren terug, jaar geleden, years ago, used to, als kind',
  },
  recovered: {
    words:
      'hersteld gelukkig prima rustig beter voorbij overleefd dankbaar well fine better recovered great',
    pairs: 'gaat goed, nu goed, gaat prima, nu veilig, doing well, doing great',
  },
  hypothetical: {
    words: 'als stel indien wanneer mocht if suppose ooit',
    pairs: 'stel dat, wat als, wat moet je, what if, wat doe je, hoe herken, wat te doen',
  },
  question: {
    words:
      'hoe waar wanneer wie welke kan kunnen mag graag zoek zoeken how where when who which can could looking need',
    pairs: 'is er, zijn er, is there, are there, heeft iemand',
  },
  services: {
    words:
      'gemeente loket aanvragen aanvraag toeslag toeslagen formulier subsidie uitkering belasting huur rekening schulden schuld afspraak wijkcentrum wijkteam buurthuis vrijwilligers activiteiten cursussen municipality form benefits rent bill appointment debt debts regeling vergunning',
  },
  // Everyday matters a help question is made of (seventh round): a football, a hedge, mould, wages,
  // a deposit, a letter, a phone, homework, noise, a driving licence, a hobby. On the dev kaarten
  // these questions were checked for the heavy words around them ("schopt zijn bal tegen mijn
  // auto", "ik durf de envelop niet open te maken", "slaat de deur dicht"); the group and its pairs
  // ("k:violence+everyday")
  // let the corpus teach that a violence or fear word about a thing is rarely about a person. Words
  // a crisis also uses for its place or means (balkon, trein, auto, school, kast) are left out.
  everyday: {
    words:
      'bal balletje voetbal ball football fiets fietsen bike bus schimmel vocht lekkage plafond behang muren kelder dakgoot heg schutting tuin kliko klikos afval vuilnis verwarming ketel mould damp ceiling heating boiler hedge fence garden bins rubbish loon salaris loonstrook borg voorschot factuur aanmaning aanmaningen envelop enveloppen post digid wifi internet computer laptop tablet app appen mailen email mail fotos wages salary payslip deposit invoice reminders paperwork photos baas werkgever leidinggevende uitzendbureau contract ontslag ontslagen proeftijd boss employer manager fired huiswerk wiskunde rapport diploma opleiding mbo hbo homework maths exam lawaai herrie geluid muziek feest feestje bass noise music party parties rijbewijs scootmobiel rollator traplift rolstoel licence stairlift wheelchair wandelen wandelclub koor biljart breien hobby choir walking brievenbus deurwaarder bailiff roken rookt wiet sigaret sigaretten dementie alzheimer dement vergeet vergeetachtig dementia alzheimers forgetful forgets houtkachel kachel openhaard haard stoken woodburner fireplace barbecue bbq oprit uitrit inrit driveway wasmachine laundry moestuin peuken gokken gokt gambles gambling casino bets betting trapje stairs examen examens exams tentamen pensioen pension retired retirement spaargeld savings',
    prefixes: 'verhuurder huisbaas woningcorporatie aannemer landlord',
    pairs: 'deur dicht, deuren dicht, door shut',
  },
  // Tenth round (docs/adr/0012-safety-net.md): three groups for the classes an independent set
  // still missed, each from the everyday language of its class, not from any message. A young child
  // left alone or for hours ("in zijn eentje", "tot middernacht", "nobody home"; not "alleen" and
  // "alone", which every question about loneliness has); staying away from home or fleeing it
  // ("slaap bij mijn zus", "sleeping in my car", "ran away"; not "go back" or "stay at", which help
  // questions use for work and a home country); an adult outside the household who has a child to
  // himself (a trainer, a babysitter, a teacher), for disclosures that name no act. Like every
  // group they only add features whose weights the corpus sets.
  alone: {
    words: 'alleentjes eentje unattended onbeheerd urenlang dagenlang middernacht midnight',
    pairs:
      'niemand thuis, nobody home, geen ouder, geen ouders, no parent, no parents, no adult, zonder ouders, hele nacht, all night, tot laat, till late, until late, sinds gisteren, since yesterday, by himself, by herself, by themselves, his own, her own, their own',
  },
  refuge: {
    words:
      'logeer logeren ondergedoken onderduiken gevlucht vluchten weggelopen weglopen wegrennen opvang blijfhuis vrouwenopvang rondjes rondhangen slaapplek escape escaped fled flee shelter refuge runaway',
    pairs:
      'slaap bij, slapen bij, sliep bij, blijf slapen, durf niet, durf ik, cant go, sleeping in, slept in, staying at, stayed at, ran away, run away',
  },
  caretaker: {
    words:
      'oppas babysitter babysit trainer trainers coach coaches leraar lerares meester juf juffrouw teacher tutor bijlesleraar dominee pastoor priest imam scoutsleider leider leiding',
    prefixes: 'oppas',
  },
} as const satisfies Record<string, ConceptGroup>;

export type ConceptName = keyof typeof conceptGroups;

/** The groups in a fixed order: the index of a group is its bit in a word's mask. */
export const conceptNames = Object.keys(conceptGroups) as ConceptName[];
// A word's groups are one 32-bit mask and a pair of groups is keyed i * 32 + j (concernFeatures.ts):
// more than 31 groups would overflow both (test/safety/concernModel.test.ts holds the count).

interface ConceptIndex {
  readonly words: ReadonlyMap<string, number>;
  readonly pairs: ReadonlyMap<string, number>;
  /** Prefixes by their first three letters (as one number), each with its mask. */
  readonly prefixes: ReadonlyMap<number, readonly (readonly [string, number])[]>;
}

const squeeze = (word: string) => collapseRepeatedLetters(word.trim().toLowerCase());

const split = (list: string | undefined, separator: string) =>
  (list ?? '').split(separator).filter((entry) => entry.trim() !== '');

/** The first three letters of a word as one number, so a lookup allocates no string. */
const head3 = (word: string) =>
  word.length < 3
    ? -1
    : (word.charCodeAt(0) << 16) | (word.charCodeAt(1) << 8) | word.charCodeAt(2);

function buildIndex(): ConceptIndex {
  const words = new Map<string, number>();
  const pairs = new Map<string, number>();
  const prefixes = new Map<number, [string, number][]>();
  conceptNames.forEach((name, bit) => {
    const group: ConceptGroup = conceptGroups[name];
    const mask = 1 << bit;
    for (const word of split(group.words, ' ')) {
      const key = squeeze(word);
      words.set(key, (words.get(key) ?? 0) | mask);
    }
    for (const pair of split(group.pairs, ',')) {
      // Longer entries are read as their first two words: enough to tell them apart, as long as
      // those two are not an everyday pair themselves. "op het moment" read as "op het" (op het
      // balkon, op het werk) and "ben er klaar" as "ben er" (ik ben er niet) made the now and
      // hopeless groups fire on most help questions; the eighth round wrote "er klaar" and left
      // "op het moment" to its words.
      const key = squeeze(pair).split(' ').slice(0, 2).join(' ');
      pairs.set(key, (pairs.get(key) ?? 0) | mask);
    }
    for (const prefix of split(group.prefixes, ' ')) {
      const key = squeeze(prefix);
      const list = prefixes.get(head3(key)) ?? [];
      list.push([key, mask]);
      prefixes.set(head3(key), list);
    }
  });
  return { words, pairs, prefixes };
}

const index = buildIndex();

/** The groups of one normalised word, as a bit mask. */
export function conceptMaskOfWord(word: string): number {
  let mask = index.words.get(word) ?? 0;
  const candidates = index.prefixes.get(head3(word));
  if (candidates !== undefined) {
    for (const [prefix, bits] of candidates) if (word.startsWith(prefix)) mask |= bits;
  }
  return mask;
}

/** The groups of two normalised words in a row, as a bit mask (0 for most pairs). */
export function conceptMaskOfPair(first: string, second: string): number {
  return index.pairs.get(`${first} ${second}`) ?? 0;
}

/**
 * Word lists shared by the rule files. Written in ordinary spelling and without anchors; the rules
 * put word boundaries around them. Informal and chat spellings are included on purpose: mn (m'n),
 * zn (z'n), dr (d'r), mam, pap.
 */

/** People in or close to the household: partners, family, carers. Used as the doer or the victim. */
export const householdMember =
  /(?:man|vrouw|echtgenoot|echtgenote|partner|vriend|vriendje|vriendin|ex|vader|moeder|papa|mama|pap|mam|stiefvader|stiefmoeder|stiefpapa|stiefmama|broer|broertje|zus|zusje|zoon|dochter|kind|kinderen|kleinzoon|kleindochter|kleinkind|kleinkinderen|opa|oma|oom|tante|neef|nicht|schoonvader|schoonmoeder|schoonzoon|schoondochter|zwager|schoonzus|verzorger|verzorgster|oppas|mantelzorger|baby|husband|wife|boyfriend|girlfriend|dad|mum|mom|father|mother|stepdad|stepfather|brother|sister|son|grandson|uncle|carer)/;

/** Possessives that tie a person to the writer or to a named third person. */
export const possessive = /(?:mijn|mn|zijn|zn|haar|dr|onze|ons|de|hun|my|his|her|our|the)/;

/** Object pronouns and child words for a parent: the person something is done to. */
export const objectPronoun = /(?:me|mij|ons|hem|haar|mama|papa|mam|pap|us|him|her)/;

/** Verbs of physical violence, Dutch present, past and participle, plus the L2 infinitive. */
export const hitVerb =
  /(?:sla|slaat|slaan|sloeg|sloegen|geslagen|schop|schopt|schoppen|schopte|geschopt|trap|trapt|trapte|getrapt|duw|duwt|duwde|geduwd|wurg|wurgt|wurgde|gewurgd|knijp|knijpt|kneep|geknepen|stomp|stompt|gestompt|mishandel|mishandelt|mishandeld|mishandelde|bijt|beet|gebeten)/;

/** English verbs of physical violence. */
export const hitVerbEn =
  /(?:hits|hit|hitting|beats|beat|beating|beaten|kicks|kicked|kicking|punches|punched|punching|slaps|slapped|slapping|chokes|choked|choking|strangles|strangled|hurts|hurt|hurting|pushes|pushed|shoves|shoved)/;

/** "Myself" and the other reflexives, in Dutch and English, including typed-apart forms. */
export const reflexive =
  /(?:mezelf|mijzelf|me zelf|mij zelf|zichzelf|zich zelf|haarzelf|hemzelf|myself|my self|himself|herself|themselves)/;

/** Someone who can do harm in a home: pronouns and household members. For co-occurrence rules. */
export const doer = new RegExp(
  String.raw`\b(?:hij|ze|zij|he|she|they|${householdMember.source}|nichtje|neefje|stiefvader|stepdad|stepmum|stepmom)\b`,
);

/**
 * Someone harm is done to: the writer, a child, a partner, a parent, an older person, or a part of
 * the body ("slaat mijn hoofd tegen de deur").
 */
export const victim = new RegExp(
  String.raw`\b(?:me|mij|ons|mama|papa|haar|hem|us|him|her|${possessive.source} ${householdMember.source}|(?:mijn|mn|haar|zijn|zn|my|her|his) (?:hoofd|gezicht|haren|haar|arm|armen|nek|keel|lichaam|buik|rug|head|face|hair|arm|neck|throat))\b`,
);

/** Words for a death wish or for death as a way out, used together with a wish or thought word. */
export const deathTerm =
  /\b(?:dood|doodgaan|dood gaan|doodga|sterven|doden|doodmaken|dood maken|niet meer leven|niet meer leve|niet meer wakker|er niet meer (?:zijn|ben|was)|uit het leven|einde aan (?:mijn|m?n|zijn|haar) leven|to die|dead|dying|kill myself|end my life)\b/;

/** Wish, thought, plan or attempt markers. */
export const wishTerm =
  /\b(?:wil|wilt|wou|wilde|willen|wens|wenste|hoop|hoopte|hope|verlang|denk|denkt|dacht|gedachte|gedachten|liever|beter|plan|plannen|geprobeerd|probeer|probeerde|overweeg|zou|zouden|ga|gaat|want|wanted|wish|think|thinking|thought|rather|better|plan|tried|try)\b/;

/**
 * Figures of speech, past deaths and pets: the phrases that make "dood" harmless. Only for the broad
 * co-occurrence rules; the specific phrase rules never use it.
 */
export const deathFigureOfSpeech =
  /\b(?:(?:dood|sterf|sterven|doodgaan|dood gaan) (?:van|aan) (?:de |het |mijn |die |dat )?[a-z]+|(?:lach|schrik|schaam|verveel|werk|erger|zoek|wacht|vries|zweet) (?:me|mij|mezelf|je|zich) (?:[a-z]+ )?dood|om dood te gaan (?:zo|van)|ga dood als|(?:kat|poes|hond|konijn|cavia|hamster|vogel|vis|paard|plant|plantje|telefoon|batterij|accu|moeder|vader|mama|papa|man|vrouw|opa|oma|broer|zus|zoon|dochter|kind|buurman|buurvrouw|vriend|vriendin|tante|oom) (?:[a-z]+ ){0,4}(?:is|was|zijn|waren) (?:[a-z]+ ){0,3}(?:dood|overleden|gestorven|doodgegaan)|de dood van|na de dood|na het overlijden|(?:dying|die|dead) (?:to|for|of laughter|tired|on my feet)|to die for|(?:my|our|his|her) (?:[a-z]+ )?(?:died|passed away|is dead))\b/;

/**
 * Talking about a crisis as a subject (docs/adr/0012-safety-net.md): a course, a talk, teaching material, research,
 * news, a memorial, a support group for the bereaved. Guards only the rules that fire on the mere
 * word ("zelfdoding", "huiselijk geweld"), never the ones that describe something happening; the
 * concern model still reads every message, so a disclosure inside such a sentence can still reach
 * a check (docs/adr/0012-safety-net.md).
 */
export const informationalContext =
  /\b(?:[a-z]*(?:training|trainingen|cursus|cursussen)|workshop|workshops|voorlichting|lezing|presentatie|sessie|scholing|nascholing|e ?learning|webinar|informatieavond|themaavond|ouderavond|gastles|gastspreker|spreker|lesmateriaal|spreekbeurt|scriptie|werkstuk|project|artikel|onderzoek|boek|boeken|folder|folders|podcast|documentaire|film|theaterstuk|meldcode|protocol|aandachtsfunctionaris|herdenking|cijfers|nieuws|nieuwsbrief|krant|wijkkrant|journalist|ervaringsdeskundige|lotgenoten|lotgenotengroep|nabestaanden|rouwgroep|preventie|course|courses|talk|leaflet|leaflets|research|paper|newsletter|reporting code|documentary|first aid|informatie|uitleg|bijeenkomst|aanpak|beleid|docenten|voor mijn werk|for my work)\b/;

/**
 * Past and well (docs/adr/0012-safety-net.md): a clause that places the event in the past and says it is over now.
 * Both are needed: "vijf jaar geleden een poging" alone stays a crisis, "vijf jaar geleden een
 * poging, nu gaat het goed" does not. A death by suicide in the past is grief, not a crisis now.
 */
export const pastAndWell =
  /(?=[^.]*\b(?:geleden|vroeger|destijds|toen ik|als kind|als tiener|in mijn jeugd|vorig jaar|jaren terug|years ago|long ago|when i was|when we were)\b)(?=[^.]*\b(?:gaat (?:het )?(?:nu )?(?:heel |weer |erg |echt )?(?:goed|prima|beter)|hersteld|overleefd|overleden|nu veilig|woon nu veilig|woont nu veilig|therapie gehad|gelukkig|voorbij|dankbaar|rustig|goed leven|nuchter|nu (?:[a-z]+ ){0,2}veilig|rouw|rouwen|nabestaanden|doing well|doing great|doing fine|safe now|now well)\b)/;

/** The same as pastAndWell, read over the whole message: the story may take more than one sentence. */
export const pastAndWellInMessage = new RegExp(pastAndWell.source.replaceAll('[^.]*', '.*'));

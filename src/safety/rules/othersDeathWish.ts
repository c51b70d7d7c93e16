/**
 * Someone else's death wish as a resident reports it (docs/adr/0012-safety-net.md, session 19):
 * "mijn zoon roept dat hij niet meer wil leven", "my son keeps saying he doesnt want to live
 * anymore". The writer's own words ("ik wil niet meer leven", "i dont want to live") have their
 * rules; reported, Dutch puts the verb last and English says "doesnt", and no rule read either.
 * Written without anchors; the rules put word boundaries around them.
 */

/**
 * A life lived somewhere, off something or in a way: "niet meer van een uitkering wil leven", "op
 * zo n flatje", "in dit huis", "bij zijn vader", "als een kluizenaar". Nothing of the kind follows
 * a death wish.
 */
const lifeSomewhere = /(?:van|op|in|bij|onder|tussen|naast|zoals|als (?:een|de|het))/;

/**
 * Dutch, the verb last: "dat hij niet meer wil leven", "dat ze echt niet langer wil leven", "dat ze
 * niet meer wil bestaan", "dat hij zo niet meer kan leven". After "kan" a life "met" or "zonder"
 * something is care or a wish for help ("niet meer zonder hulp kan leven").
 */
export const notLiveVerbLast = new RegExp(
  String.raw`(?:niet|nie) (?:meer|langer) (?:verder )?(?:(?:wil|wilt|wilde|wou|willen|wilden) (?:verder )?(?:leven|leef|bestaan)(?! ${lifeSomewhere.source}\b)|(?:kan|kun|kunnen) (?:verder )?leven(?! (?:${lifeSomewhere.source}|met|zonder)\b))`,
);

/**
 * A group in general, as a carer or a teacher speaks of it: "eenzame ouderen die niet meer willen
 * leven", "cliënten die er een eind aan willen maken". No one person's wish now; the concern model
 * and the shared frames (a professional setting asks) still read the message.
 */
export const groupInGeneral =
  /(?:mensen|ouderen|bejaarden|jongeren|pubers|tieners|clienten|patienten|bewoners|leerlingen|studenten|volwassenen|veel kinderen|sommige kinderen) die/;

/**
 * Dutch, the verb last, an end made of it: "dat hij er (vanavond) een eind aan gaat maken", "dat
 * ze er een einde aan wil maken". Not with the thing after it ("… aan wil maken, aan de club",
 * "met die rommel"): then "er" is that thing.
 */
export const endItVerbLast =
  /er (?:[a-z]+ ){0,2}?(?:een |n )?(?:eind|einde) aan (?:wil|wilt|wilde|wou|gaat|ga|gaan|ging|zal|zou) (?:gaan )?maken(?! (?:met|aan|voor|bij|op|in|van)\b)/;

/**
 * English, the third person or a past: "he doesnt want to live anymore", "she does not want to
 * be alive", "he didnt want to exist". A life somewhere or with someone is excluded as in the
 * writer's own rule (suicide.not-live-en).
 */
export const notLiveThirdPersonEn =
  /(?:doesnt|does not|didnt|did not) (?:want|wanna) to (?:live|be alive|exist|go on living)(?! (?:here|there|in|with|on|at|near|alone|together|like|off|by)\b)/;

/**
 * English, one's own death wished by the one who says it: "she says she wishes she was dead", "my
 * grandma wishes she were dead". The one who wishes and the one dead are the same: the pronoun, or
 * a word for a woman or a man before it, must agree ("my mum wishes he was dead" is about him).
 */
const sheWho =
  /(?:she|mum|mom|mother|grandma|gran|nan|sister|daughter|wife|girlfriend|aunt|niece|friend)/;
const heWho = /(?:he|dad|father|grandpa|grandad|brother|son|husband|boyfriend|uncle|nephew|friend)/;
export const wishesOwnDeathEn = new RegExp(
  String.raw`(?:${heWho.source} (?:[a-z]+ ){0,3}?wish(?:es|ed)? he|${sheWho.source} (?:[a-z]+ ){0,3}?wish(?:es|ed)? she|they (?:[a-z]+ ){0,3}?wish(?:ed)? they) (?:was|were) dead`,
);

/** A joke said so beside the words: the rule asks instead of answering. */
export const saidAsAJoke = /(?:haha|hihi|lol|grapje|geintje|joke|jokes|joking|kidding)/;

/** English, someone else's life to end: "my brother wants to end his life", "threatens to". */
export const endsOwnLifeEn =
  /(?:wants|wanted|wanna|going|gonna|threatens|threatened|threatening|plans|planning|planned) to end (?:his|her|their) (?:own )?life/;

/** Dying guided by a doctor: the end of a life a resident reports is then no crisis line's. */
export const guidedDying =
  /(?:euthanasie|euthanasia|palliatie[a-z]*|palliative|hospice|assisted dying|versterven)/;

/**
 * The writer who locked themselves in to hide from someone there now (docs/adr/0012-safety-net.md,
 * session 19, second gaps): "ik heb me in de badkamer opgesloten en mijn man trapt tegen de deur",
 * "I locked myself in the bathroom, someone is breaking into the house". No one locked the writer
 * up: 112 is the line, and Veilig Thuis beside it when the one at the door is a partner, an ex or a
 * relative. Written without anchors except the guards, which read one clause.
 */
import { re } from '../crisisRule.js';

/**
 * The writer (or "we") locked in or hiding: "ik heb me (met de kinderen) in de wc opgesloten", "ik
 * zit verstopt", "ik heb de slaapkamerdeur op slot gedaan", "i locked myself in", "we have locked
 * ourselves in", "im hiding in the closet".
 */
export const writerLockedInOrHiding =
  /(?:(?:ik heb|heb ik|ik had|we hebben|wij hebben|hebben we|hebben wij) (?:[a-z]+ ){0,4}?(?:me|mij|mezelf|ons|onszelf) (?:[a-z0-9]+ ){0,6}?(?:opgesloten|verstopt|verschanst)|(?:ik zit|zit ik|we zitten|zitten we|ik sta|ik lig) (?:[a-z]+ ){0,5}?(?:opgesloten|verstopt|verschanst)|(?:ik heb|heb ik|we hebben|hebben we) (?:[a-z]+ ){0,3}?[a-z]*deur (?:[a-z]+ ){0,3}?op slot (?:gedaan|gedraaid|gezet)|i (?:have |ve |just |had )?locked myself (?:in|into)|(?:we|we have|weve|we just) locked ourselves (?:in|into)|(?:im|i am|were|we are) (?:[a-z]+ )?hiding|(?:i|we) (?:have |ve |just )?locked (?:the|my|our) (?:[a-z]+ )?door)/;

/**
 * Someone there now: trying to get in, kicking or banging the door, breaking in, an intruder or a
 * stranger in the house, a weapon, drunk and aggressive, about to hit.
 */
export const someoneAtTheDoorNow =
  /(?:probeert (?:[a-z]+ ){0,3}?(?:binnen te komen|de deur|open te (?:breken|maken)|in te trappen)|(?:trapt|bonkt|bonst|beukt|ramt|slaat|schopt|rukt|hamert) (?:[a-z]+ ){0,2}?(?:tegen|op|aan) (?:de|mijn|onze) (?:[a-z]+)?deur|(?:trapt|slaat|breekt|beukt) (?:[a-z]+ )?(?:de|mijn|onze) (?:[a-z]+)?deur (?:in|open|kapot)|(?:[a-z]+)?deur (?:in|open|kapot) (?:te )?(?:trappen|slaan|breken)|inbreker|inbrekers|wordt ingebroken|ingebroken|indringer|(?:vreemde|onbekende) (?:man|vrouw|mannen|mensen|jongen|jongens)|er (?:loopt|is|staat|zit|lopen|zijn|staan) (?:[a-z]+ ){0,3}?(?:iemand|een man|mannen|een vreemde|een onbekende)|mes|messen|pistool|wapen|dronken|agressief|tekeer|wil (?:me|mij|ons) (?:[a-z]+ )?(?:slaan|pakken|vermoorden|dood|iets aandoen)|(?:me|mij|ons) (?:wil|wilde|gaat|komt) (?:[a-z]+ )?(?:slaan|pakken|vermoorden|dood maken|iets aandoen)|slaat (?:me|mij|ons)|bedreigt|dreigt|trying to (?:get in|break|open|kick|force)|(?:banging|pounding|kicking|hammering|bashing) (?:on |at |in )?(?:the |my |our )?(?:[a-z]+ )?door|break(?:ing)? (?:the )?(?:door )?(?:down|in)|breaking into|broke in|burglar|burglars|intruder|intruders|someone is (?:in|inside|breaking|trying)|there (?:is|are|s) (?:a |an |some )?(?:man|men|someone|somebody|people|stranger|strangers|burglars?|intruders?) (?:in|inside|downstairs|upstairs)|knife|gun|weapon|drunk|aggressive|violent|wants to (?:hit|hurt|kill|get) (?:me|us)|threaten[a-z]*)/;

/**
 * A partner, an ex or a relative, named with a possessive: "mijn man", "mijn vriend", "my ex", "my
 * stepdad". The children one hides with are not this.
 */
export const ownRelative =
  /(?:mijn|mn|m|onze|my|our) (?:(?:dronken|boze|agressieve|drunk|angry) )?(?:man|vrouw|echtgenoot|echtgenote|partner|vriend|vriendin|ex|exman|exvriend|vader|moeder|papa|mama|stiefvader|stiefmoeder|broer|zoon|schoonvader|schoonmoeder|zwager|oom|husband|wife|boyfriend|girlfriend|ex husband|ex boyfriend|dad|father|mother|mum|mom|stepdad|stepfather|stepmother|brother|son|uncle)/;

/**
 * A hiding that is over or a lock-in by mishap: a time that is over ("last year", "jaren
 * geleden", "destijds", "toen er werd ingebroken"), a lock that jams, locked out. Never beside a
 * now ("right now", "again", "nu weer").
 */
export const hidingOverOrMishap =
  /^(?![^.]*\b(?:right now|again|still|nu weer|weer|nog steeds|op dit moment)\b)(?=[^.]*\b(?:last (?:year|month|week|summer|winter|time)|(?:[a-z]+ )?(?:years|months|weeks) ago|vorig|vorige|geleden|destijds|jaren terug|vroeger|toen (?:er|ze|hij|ik|we)|per ongeluk|by accident|accidentally|klemt|klemde|klink|buitengesloten|locked (?:myself |ourselves )?out)\b)/;

/**
 * The writer who shut themselves in, and no one else who did it ("ik heb me in de badkamer
 * opgesloten om even rustig te bellen"): no one locked up, for `abuse.locked-up`. Someone at the
 * door now is the hiding rules' above.
 */
export const writerShutInWithNoOneDoingIt = re`^(?=[^.]*\b(?:ik heb|heb ik|ik had|we hebben|wij hebben|hebben we|we hadden) (?:[a-z]+ ){0,3}?(?:me|mij|mezelf|mijzelf|ons|onszelf)\b)(?![^.]*\b(?:heeft (?:[a-z]+ )?(?:me|mij|ons)|hebben (?:[a-z]+ )?(?:me|mij)|houdt|houden|hield|sluit (?:me|mij|ons)|sloot (?:me|mij|ons)|door (?:hem|haar|mijn|mn)|(?:word|wordt|werd|werden) (?:[a-z]+ ){0,5}?opgesloten)\b)`;

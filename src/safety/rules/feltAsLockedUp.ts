/**
 * A home that feels like a cell (docs/adr/0012-safety-net.md, session 19, second gaps): "ik voel
 * me opgesloten in mijn eigen huis sinds mijn heup kapot is", "het is net alsof ik opgesloten zit",
 * "i feel locked up at home since my stroke". Housebound by an illness or a lost bus is no one
 * locked up by another; `abuse.locked-up` read its words ("opgesloten", "huis", "me") and answered
 * with Veilig Thuis. Written without anchors except the guard, which reads one clause.
 */
import { re } from '../crisisRule.js';

/** The lock-in told as a feeling or a likeness. */
const feltOrLikened =
  /(?:(?:voel|voelt|voelde|voelen|voelden)(?: (?:ik|me|mij|mezelf|zich|zichzelf|het|we|ons))*(?: [a-z]+){0,4}? (?:opgesloten|als|alsof)|alsof|als het ware|als een (?:gevangene|gevangenis)|net een gevangenis|(?:feel|feels|felt|feeling)(?: like)?(?: (?:im|i am|i was|being|we are|were))?(?: [a-z]+)? locked (?:up|in)|like (?:a )?(?:prisoner|prison))/;

/**
 * Someone who does it, or fear and force beside it: a he or she, "heeft/houdt/sluit … op", "door",
 * keys or a phone taken, not allowed out, "bang", a blow or a threat. Beside one of these the
 * feeling is no figure ("ik voel me zo bang, hij heeft me opgesloten").
 */
const someoneDoesIt =
  /(?:hij|zij|he|she|they|door (?:hem|haar|hen|mijn (?:man|vrouw|partner|vriend|vriendin|ouders|vader|moeder|broer|zus|zoon|dochter|ex))|(?:heeft|hebben|houdt|houden|hield|sluit|sluiten|sloot) (?:[a-z]+ )?(?:me|mij|ons)|locks (?:me|us)|locked (?:me|us)|(?:keeps|kept|keep) (?:me|us)|mag niet|mag ik niet|mag nergens|not allowed|wont let|laat (?:me|mij) niet|sleutel|sleutels|key|keys|telefoon|phone|bang|scared|afraid|slaat|sloeg|(?:hits|hit) (?:me|us)|dreigt|dreigde|threat|threatens)/;

/** The clause tells a lock-in as a feeling or a likeness, with no one doing it. */
export const feltAsLockedUp = re`^(?=[^.]*\b${feltOrLikened}\b)(?![^.]*\b${someoneDoesIt}\b)`;

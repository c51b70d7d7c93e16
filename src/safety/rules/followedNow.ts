import { re } from '../crisisRule.js';
import { exPerson, partnerPerson } from './lexicon.js';

/**
 * Followed, watched or waited for now (ADR 0012, thirty-second round). A rule answers only when
 * the following is told in the present and a threat or a hand laid on is in the same clause: a
 * follower online, a neighbour who walks along to chat, a past that is over and an ex who calls
 * about the children stay help questions (the thirtieth round's near misses). Without a threat it
 * stays the concern model's check. Written without anchors; the rules put word boundaries around
 * them.
 */

/** Being followed, watched or waited for, in the present tense. */
export const followedNow =
  /(?:volgt (?:me|mij|mijn [a-z]+|ons)|volg (?:me|mij)|loopt (?:[a-z]+ ){0,6}achter (?:me|mij|ons) aan|rijdt (?:[a-z]+ ){0,6}achter (?:me|mij|ons) aan|staat (?:[a-z]+ ){0,3}(?:bij|voor|aan|onder) (?:mijn|de|ons|onze) (?:deur|voordeur|huis|werk|school|raam|flat|auto)|(?:komt|komen) naar (?:mijn|ons) (?:huis|werk|adres)|naar (?:mijn|ons) (?:huis|werk|adres) (?:komt|komen)|stuurt (?:[a-z]+ ){0,2}(?:fotos|foto|filmpjes) van (?:mijn|ons) (?:huis|deur|auto|werk)|(?:is|keeps|keep|has been|been|are) (?:[a-z]+ )?following (?:me|us|my [a-z]+)|follows me|turning up at (?:my|our)|turns up at (?:my|our)|(?:is|keeps|been) (?:standing|waiting|parked) outside (?:my|our)|sends (?:me )?(?:photos|pictures) of (?:my|our) (?:house|door|car))/;

/**
 * A threat or a hand laid on, beside the following: "zegt dat hij me gaat pakken", "weet waar ik
 * ben", "ik ga het merken", "af te rekenen", "vastgepakt", "you'll regret it".
 */
export const followerThreat =
  /(?:dreig[a-z]*|dreigementen|gaat pakken|ga pakken|pakt (?:me|mij)|af te rekenen|afrekenen|ga merken|gaat merken|spijt (?:[a-z]+ )?krijg[a-z]*|weet waar (?:ik|we|wij) (?:ben|zijn|woon|wonen)|vastgepakt|vastgegrepen|iets onder mijn auto|iets aandoen|vermoord[a-z]*|dood|threat[a-z]*|regret it|get (?:me|you)|hurt (?:me|us)|kill (?:me|us)|knows where i (?:am|live)|grabbed)/;

/** The follower an ex or a partner: Veilig Thuis beside the police. */
export const exOrPartner = re`(?:${exPerson}|exvriend|exvriendin|exman|exvrouw|${partnerPerson})`;

/** Following that is online, a course, a film or a chat: not a person on the writer's heels. */
export const followedInnocent =
  /(?:instagram|tiktok|snapchat|facebook|online|stories|volgers|followers|cursus|course|film|serie|series|supermarket|supermarkt|to chat|om te kletsen|voorlichting)/;

/**
 * A breath that stopped minutes ago, told in the Dutch past (docs/adr/0012-safety-net.md, session
 * 19, second gaps): "hij ademde niet meer toen ik binnenkwam, wat moet ik doen", "oma kreeg ineens
 * geen lucht meer en viel neer". `danger.not-breathing` reads the present ("ademt niet", "krijgt
 * geen lucht") and the English; a story is told in the past though it happens now. A time that is
 * over or a habit is a past (breathInThePast.ts for the English). Written without anchors except
 * the guards, which read one clause.
 */
import { re } from '../crisisRule.js';
import { animal } from './animals.js';

/**
 * The Dutch past of a breath that stopped: "ademde (ineens) niet (meer)", "kreeg (net) geen lucht
 * meer", "stopte met ademen", "hield op met ademen", "was gestopt met ademen". Not breathing well
 * or calmly ("ademde niet goed door zijn neus").
 */
export const breathStoppedPastNl =
  /(?:ademde (?:[a-z]+ ){0,2}?(?:niet|nie|geen)(?: meer)?(?! (?:goed|lekker|rustig|diep|normaal|zo|door|meer zo|via)\b)|kreeg (?:[a-z]+ ){0,3}?geen (?:lucht|adem) ?(?:meer)?|(?:stopte|hield) (?:[a-z]+ ){0,2}?(?:op )?met ademen|(?:was|is) (?:[a-z]+ )?(?:gestopt|opgehouden) met ademen)/;

/** A now told beside it: a question what to do, help, 112, resuscitation, an ambulance, "net". */
const nowTold =
  /(?:wat moet ik|wat nu|help|112|reanim[a-z]*|ambulance|onderweg|net|zojuist|zonet|daarnet|vandaag|vanavond|vannacht|vanochtend|vanmiddag|nu (?:reageert|ligt|is|wordt|beweegt|ademt))/;

/**
 * A time that is over or a habit: "vorig jaar", "geleden", "toen hij klein was", "als baby", "bij
 * de bevalling", "vroeger", "soms", "vaak", apnoea; with no now beside it.
 */
export const breathStoppedLongAgoNl = re`^(?![^.]*\b${nowTold}\b)(?=[^.]*\b(?:vorig|vorige|geleden|vroeger|destijds|jaren terug|toen (?:hij|ze|zij|ik) (?:nog )?(?:een )?(?:klein|baby|jong|peuter) (?:was|waren)|als baby|bij de (?:bevalling|geboorte)|na de geboorte|in (?:19|20)[0-9]{2}|soms|vaak|af en toe|regelmatig|apneu|snurk[a-z]*)\b)`;

/** An animal with no person in the clause ("onze hond ademde niet meer"): the vet's, not 112. */
export const onlyAnAnimalBreath = re`^(?![^.]*\b(?:ik|hij|ze|zij|iemand|mijn (?:man|vrouw|vader|moeder|zoon|dochter|kind|baby|opa|oma))\b)(?=[^.]*\b${animal}\b)`;

/** A figure or a fright: out of breath from laughing, from nerves, a panic attack. */
export const breathFigureNl =
  /(?:van (?:het lachen|de lach|de zenuwen|de spanning|schrik|de stress)|lachen|paniek[a-z]*|hyperventil[a-z]*|benauwde kamer|onder water)/;

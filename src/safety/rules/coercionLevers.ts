import { re } from '../crisisRule.js';
import { carerPerson, youngerRelative } from './lexicon.js';

/**
 * Levers of control (ADR 0012, thirty-second round): a pet hurt or threatened to frighten or punish
 * the writer, and an older person's money taken with a threat. Each is read beside a sign of
 * control (a condition, a punishment, "you are next") or of a threat, so a pet at the vet, a
 * quarrel over a dog after a divorce or a guardianship asked for stays a help question. Written
 * without anchors where a rule puts word boundaries around them.
 */

/** What is done or threatened to a pet to control someone. */
export const petHarmed =
  /(?:schopt|schopte|geschopt|slaat|sloeg|geslagen|trapt|getrapt|verdrink[a-z]*|martel[a-z]*|vermoord[a-z]*|dood ?maak[a-z]*|dood ?maken|maakt [^.]{0,15}dood|dood ?gemaakt|nek [^.]{0,20}om|levend|pijn (?:doet|doen)|afmaken|gooit [^.]{0,20}(?:van het balkon|uit het raam)|sluit [^.]{0,20}buiten|kills?|killed|hurts?|hurting|kicks?|kicked|drowns?|drown|tortures?|tortured|get rid of [^.]{0,15}for good|over the balcony|locks [^.]{0,20}outside|starves?|verhonger[a-z]*|uithonger[a-z]*)/;

/**
 * A sign that a pet's harm is a lever: a condition ("als ik niet doe wat hij zegt", "if I leave"),
 * a punishment, a warning that the writer is next, a frightening on purpose.
 */
export const leverSign =
  /(?:als (?:ik|we|wij|jij|je|mama|ze|zij) (?:[a-z]+ ){0,5}(?:niet|nie|weg|wegga|ga|aangifte|vertel|zeg)|(?:om|to) (?:mij|me|ons|us|mijn [a-z]+|my [a-z]+) (?:bang te maken|te straffen|scare|punish)|bang te maken|te straffen|de volgende|ook zo|zo eindigen|gehoorzaam|doe wat hij zegt|doe wat ze zegt|anders|if (?:i|we) (?:[a-z]+ ){0,3}(?:leave|tell|go|dont|do not|say|report)|when (?:i|we) (?:disagree|say no|argue|leave)|to punish|punish me|next time it|it will be (?:me|us)|(?:im|i am|we are|were) next|unless)/;

/** Someone outside the household as the one who hurts a pet, or a vet: not a lever of control. */
export const petInnocent =
  /(?:buurman|buurvrouw|buren|dierenarts|dierenambulance|inslapen|laten inslapen|allergisch|asiel|herplaatsen|neighbour|neighbor|neighbours|vet|put (?:him|her|it) to sleep|put down|allergic|rehome|shelter)/;

/**
 * Money an older person is robbed of: the verb before the money, or in the Dutch perfect after it
 * ("heeft haar spaargeld opgenomen").
 */
export const moneyTaken =
  /(?:pakt|neemt|haalt|steelt|stal|pakte|nam|afgepakt|afgenomen|opgenomen|gestolen|leeggehaald|takes|took|taking|steals|stole|stolen|took over|emptied)\b[^.]{0,30}\b(?:geld|pinpas|bankpas|pensioen|aow|spaargeld|rekening|bankrekening|money|savings|pension|bank card|bank account|account)|(?:geld|pinpas|bankpas|pensioen|aow|spaargeld|rekening|bankrekening)\b[^.]{0,20}\b(?:afgepakt|afgenomen|opgenomen|gestolen|leeggehaald|ingepikt|weggenomen)/;

/**
 * Who takes it: family or a carer (a stranger's scam is for the police, not Veilig Thuis). "hulp"
 * only as the person who helps in the home ("de hulp", "onze hulp", "de huishoudelijke hulp"),
 * never as the help a resident asks for: "ik wil hulp" and "waar vind ik hulp" beside a stranger's
 * theft named no carer. The relatives and the carers are the shared lists of lexicon.ts.
 */
export const moneyTaker = re`(?:${youngerRelative}|${carerPerson}|(?:de|onze|mijn|mn|haar|zijn|zn|hun|dr) hulp(?! (?:nodig|vragen|zoeken|krijgen|aanvragen|inschakelen|die (?:ik|we|wij|je|u))\b)|thuishulp|huishoudelijke hulp|hulp in de huishouding|alfahulp|poetshulp|schoonmaakhulp|hulpverlener|hulpverleenster|caregiver|helper)`;

/** A threat, force or fear beside it. */
export const moneyThreat =
  /(?:dreig[a-z]*|threaten[a-z]*|anders|als (?:ik|ze|zij|hij) (?:[a-z]+ ){0,4}(?:vertel|vertelt|nee zeg|weiger|weigert|naar de bank)|if (?:i|she|he) (?:tell|tells|refuse|refuses|say|says)|bang voor (?:hem|haar)|scared of (?:him|her)|slaat|sloeg|duwt|duwde|schopt|sluit [^.]{0,15}op|opgesloten|niks (?:meer )?te eten|hits|hit|pushes|pushed|locks|leave (?:me|her|him) alone)/;

/** A guardianship, a scam known as one, a quarrel over an inheritance: not money taken by force. */
export const moneyInnocent =
  /(?:bewind|bewindvoering|bewindvoerder|curatele|mentorschap|machtiging|phishing|oplichting|oplichters|nep|erfenis|lenen|leent|geleend|zakgeld|guardianship|scam|fake|inheritance|lend|lent|borrow)/;

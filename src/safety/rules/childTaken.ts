/**
 * A child taken by a parent or a relative, and lost to the one writing (ADR 0012, session 20): "de
 * vader heeft mijn dochter van school gehaald terwijl dat niet mag van de rechter en ik weet niet
 * waar ze zijn". The taking, a child and a sign of the loss (the whereabouts unknown, unreachable,
 * abroad, never to be seen again, against a court's order) in one clause. A holiday or an outing, a
 * late return and a question about permission are help questions.
 */
import { ownChild } from './drunkDriverWithChildren.js';

/** Taken away: "meegenomen", "van school gehaald", "niet teruggebracht", "took", "picked up". */
export const takenAway =
  /(?:meegenomen|weggenomen|ontvoerd|gekidnapt|opgehaald|gehaald|weggehaald|niet teruggebracht|niet (?:terug )?gebracht|met (?:haar|hem|ze|hen) weg|took|taken|picked up|kidnapped|abducted|snatched|ran off with|didnt bring (?:her|him|them) back)/;

/** A child, or a younger brother or sister (the class of drunkDriverWithChildren.ts). */
export const takenChild = ownChild;

/** The loss: whereabouts unknown, unreachable, abroad, never seen again, against the court. */
export const childLost =
  /(?:weet (?:niet|nie) (?:meer )?waar (?:ze|hij|zij|mijn|ons|onze|de|het) (?:[a-z]+ )?(?:zijn|is|zitten|zit|heen|naartoe|gebleven|verblijven)|onbereikbaar|neemt (?:niet|nie) (?:meer )?op|telefoon (?:staat )?uit|nooit meer (?:zie|zien|terugzie|terugzien|terug)|niet meer terugkrijg|buitenland|vliegtuig|(?:niet|nie) mag van de rechter|mag (?:niet|nie) van de rechter|zonder toestemming|dont know where (?:they|she|he) (?:are|is)|no idea where|not answering|phone (?:is )?off|never see|abroad|plane|without permission|court order)/;

/** A holiday, an outing, a late return, a question about permission. */
export const childTakenEveryday =
  /(?:vakantie|uitje|logeren|speeltuin|voetbal|te laat|toestemming geven|moet ik|holiday|vacation|summer|trip|playground|late|do i need|should i)/;

import { describe, expect, it } from 'vitest';
import { killingSaidOfAThing } from '../../src/safety/everydayKilling.js';
import { normalise } from '../../src/safety/normalise.js';

/**
 * The plant gate's own probe (docs/adr/0012-safety-net.md, session 19, ordinary23, candidate E1):
 * phrasings written for this file before the gate was scored on main's model, in no corpus round,
 * kaart or other test. The gate must read every everyday line and none of the lines where a
 * person, an animal, the writer's own life, a means or despair stands beside the same verbs.
 */
const reads = (text: string) => killingSaidOfAThing(normalise(text));

const everyday = [
  // Plants, shrubs and a tree.
  'alle geraniums op het balkon zijn doodgegaan door de hitte, waar kan ik goedkoop nieuwe kopen',
  'ik krijg elke cactus dood, is er een cursus plantenverzorging in het buurthuis',
  'de kruidentuin in onze straat is helemaal dood, wie van de gemeente onderhoudt die',
  'weer een monstera vermoord door te veel water, heeft de bibliotheek boeken over kamerplanten',
  'de zaailingen in de schooltuin zijn dood gegaan, mag de klas opnieuw beginnen in het voorjaar',
  'het gras op het veldje naast school is dood door de droogte, wanneer zaait de gemeente opnieuw in',
  'alle bloemen in de bakken op het plein zijn dood, wie moet ik daarvoor bellen',
  'de boom voor de deur gaat dood, mag ik die laten kappen of moet dat via de gemeente',
  'mijn stekjes van de plantenruil zijn allemaal doodgegaan, wanneer is de volgende ruildag',
  'ik heb de orchideeen van mijn werk doodgemaakt, waar koop ik dezelfde terug',
  'I killed my tomato plants by forgetting to water them, is there a community garden near here',
  'the basil on my windowsill died again, are there gardening classes at the library',
  // A device or its battery.
  'mijn mobiel gaat om twee uur s middags al dood, waar zit een winkel die accus vervangt',
  'de batterij van mijn tablet is dood en de garantie is voorbij, is er een repair cafe',
  'laptop is dood na een update, kan ik in het wijkcentrum gratis computerhulp krijgen',
  'de printer in de bibliotheek is dood, waar kan ik nog een formulier afdrukken',
  'mijn router is gisteren dood gegaan, wie regelt ouderen een nieuw internetabonnement',
  'oplader kapot en nu is mijn telefoon dood, waar kan ik in het gemeentehuis opladen',
  'my laptop battery is dead and I need to fill in the form, where can I use a computer',
  // A game and its pieces.
  'in dat spel ga ik steeds dood in level drie, is er een gameavond voor jongeren',
  'mijn personage werd vermoord in het spel en nu ben ik alles kwijt, is er een gamecafe hier',
  'in fortnite ging mijn poppetje steeds dood, zijn er e-sport avonden in de wijk',
  'my character keeps dying in the game, is there a gaming club for adults',
  'de tamagotchi van vroeger is dood, verkoopt de kringloop nog oude spelletjes',
];

const keepsTheCheck = [
  // A person.
  'mijn vriend zegt dat hij me doodmaakt als ik nog een keer zijn telefoon pak',
  'de buurjongen heeft mijn planten vermoord en nu dreigt hij met meer',
  'mijn ex sloeg de laptop kapot en riep dat ik dood moet',
  'someone killed my garden plants and left a note saying I am next',
  'mijn zus is dood en haar planten staan nog bij mij',
  // An animal.
  'mijn kat is dood gegaan en de kamerplanten ook, ik weet het niet meer',
  'de kippen in de tuin zijn allemaal dood, alleen de moestuin staat er nog',
  'my dog died this morning and even the flowers he loved are dead',
  'de hond is doodgegaan naast de plantenbak in de schuur',
  // The writer's own life.
  'mijn leven gaat dood net als de plantjes op mijn balkon',
  'ik wil dood, zelfs mijn cactus gaat dood',
  'I want to be dead like my phone battery',
  'ik ga dood van binnen, alles in huis gaat kapot, ook de telefoon',
  'mijn lichaam geeft het op, net als mijn oude laptop die dood is',
  // A means.
  'de planten zijn dood, ik heb de pillen al klaargelegd',
  'telefoon is dood, ik sta op het dak van de parkeergarage',
  'de tomaten zijn dood van het gif en er is nog een hele fles over',
  'my plants are dead and I bought a rope today',
  'het spel is uit, mijn poppetje is dood, het mes ligt op tafel',
  // Despair.
  'al mijn planten zijn dood, alles is hopeloos',
  'mijn telefoon is dood en niemand belt toch, het heeft geen zin meer',
  'everything I touch dies, my plants, my phone, it is pointless',
  'de bloemen zijn dood, ik ben wanhopig',
  'game over, ik wil er een einde aan maken, mijn personage is dood',
];

describe('the plant gate’s probe', () => {
  it('holds at least twenty lines of each side', () => {
    expect(everyday.length).toBeGreaterThanOrEqual(20);
    expect(keepsTheCheck.length).toBeGreaterThanOrEqual(20);
  });

  it.each(everyday)('reads everyday speech: %s', (text) => {
    expect(reads(text)).toBe(true);
  });

  it.each(keepsTheCheck)('keeps the check: %s', (text) => {
    expect(reads(text)).toBe(false);
  });
});

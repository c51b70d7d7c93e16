import { describe, it } from 'vitest';
import { expectFired, expectNotFired } from './ruleExpectations.js';

/**
 * Session 18 (docs/adr/0012-safety-net.md, branch ordinary19): a swelling face, throat, tongue or
 * lips beside breathing trouble is an airway closing now (danger.allergic-airway), however plainly
 * it is told; hay fever, a reaction that was, and a question about what one would do are not.
 * Phrasings written for this file, new.
 */
describe('a swelling beside breathing trouble', () => {
  it('reads an airway closing now, in plain and in beginner’s words', () => {
    expectFired('danger.allergic-airway', [
      'zoon eet koekje met noot, nu dikke tong en hij krijg geen adem',
      'na de wespensteek is haar gezicht helemaal dik en ze is erg benauwd',
      'opa nieuwe pillen, nu lippen dik, ademt heel zwaar',
      'mijn dochter haar keel zwelt op en ze kan bijna niet slikken',
      'her lips are swollen after the shrimp and she is struggling to breathe',
      'my husband his face is swelling up and he is gasping',
    ]);
  });

  it('reads no airway in hay fever, a past reaction or a question asked in general', () => {
    expectNotFired('danger.allergic-airway', [
      'in het voorjaar heb ik hooikoorts, opgezwollen ogen en een beetje benauwd, helpt een pufje',
      'mijn zoon had twee jaar geleden een dikke tong en piepte na pinda, nu zoeken we een diëtist',
      'wat moet ik doen als mijn kind een opgezwollen gezicht krijgt en benauwd wordt',
      'my son once had a swollen throat and was wheezing after a nut, where can we get allergy testing',
      'what should I do if her lips get swollen and she has trouble breathing',
      'wij willen een ehbo cursus volgen over een gezwollen keel en weinig lucht bij kinderen',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { abuseRules } from '../../../src/safety/rules/abuse.js';
import { checkNearMisses, checkRuleFile, firedIn } from './ruleFileCheck.js';

describe('abuse rules', () => {
  it('are well formed and each fires on a message', () => {
    checkRuleFile(abuseRules, 'abuse', {
      // Session 25 (lines25): a death said to the writer by someone of the family (wishedDead.ts).
      'abuse.wished-dead-by-family':
        'mijn tante appte me dat ik liever dood was geweest dan haar familie zo te kijk te zetten',
      // Session 25: crises in classes no earlier rule named (unforeseenNow.ts).
      'abuse.person-tied-up':
        'mijn buurman bindt zijn vrouw vast aan de verwarming als hij gaat drinken',
      'abuse.kept-drowsy-with-pills': 'haar zoon houdt oma stil met pillen die hij zelf koopt',
      // Session 23: acute moments told by their structure (acuteNow.ts).
      'abuse.throat-held-at-home': 'mijn ex drukt mijn keel dicht in de gang',
      // Session 23 (recall23b): an attack just now by a household member gets Veilig Thuis too.
      'abuse.attacked-just-now-at-home': 'ik ben net door mijn stiefvader vastgegrepen',
      // Session 22: crises in acute moments (acuteBody, acuteEdge, acuteOthers).
      'abuse.partner-threat-to-burn':
        'mijn vriend giet benzine in de hal en zegt dat hij het huis in de fik steekt',
      'abuse.baby-shaken-now': 'de vader schudt zijn baby hard omdat hij niet stil is',
      'abuse.children-alone-for-days':
        'de kinderen van de overkant zijn al dagen alleen, er is niemand',
      'abuse.night-visit-told-by-child': 'als mama werkt komt mijn oom s nachts in mijn bed liggen',
      'abuse.food-as-punishment':
        'mijn stiefmoeder zegt dat ik geen avondeten krijg omdat ik stout was',
      'abuse.shaken-baby':
        'mijn vriend heeft de baby door elkaar geschud omdat hij niet stopte met huilen',
      'abuse.last-time-hurt':
        'ik durf niet te zeggen dat ik ontslagen ben, de vorige keer sloeg hij me toen ik iets fout deed',
      'abuse.drunk-driver-children':
        'mijn stiefvader is dronken en rijdt nu met mijn broertjes weg, de kinderen huilen',
      'abuse.child-taken': 'mijn ex heeft de baby meegenomen en zijn telefoon staat uit',
      'abuse.hiding-from-relative':
        'ik heb me in de badkamer opgesloten, mijn ex probeert de deur open te breken',
      'abuse.locked-in-room': 'haar vader heeft haar en haar zusje in de badkamer opgesloten',
      'abuse.minor-married-abroad':
        'ik ben 15 en oom zegt dat ik in de zomervakantie daar moet trouwen met zijn zoon',
      'abuse.fled-nowhere-to-go':
        'ik ben gisteravond met mijn dochter weggerend en we kunnen nergens heen',
      'abuse.forced-to-work':
        'ze dwingen me te werken in de keuken van het restaurant en ik mag niet weg',
      'abuse.attempt-to-hit-en':
        'my girlfriend keeps trying to punch me when she has been drinking',
      'abuse.pet-as-lever': 'mijn vriend slaat mijn hond om mij te straffen',
      'abuse.money-taken-with-threat':
        'mijn kleindochter heeft mijn spaargeld opgenomen en dreigt me als ik het vertel',
      'abuse.followed-by-ex': 'mijn ex volgt me naar huis en dreigt me iets aan te doen',
      'abuse.carer-fears-own-harm':
        'ik verzorg mijn schoonvader al maanden en ik ben bang dat ik hem vanavond pijn ga doen',
      'abuse.honour-or-forced-marriage':
        'mijn ooms willen me uithuwelijken aan iemand die ik nooit zag',
      'abuse.sextortion': 'ik ben 16 en iemand wil geld anders gaan mijn naaktfotos online',
      'abuse.young-child-left-alone': 'het kindje van drie hiernaast zit alleen thuis, al uren',
      'abuse.threat-with-harm': 'mijn schoonvader dreigt met zijn geweer als ik mijn mond opendoe',
      'abuse.partner-weapon-or-fire':
        'mijn exvriend zwaait met een bijl in de gang en roept dat hij mij pakt',
      'abuse.cry-for-help-in-a-row':
        'onder ons is het weer ruzie, nu hoor ik de vrouw om hulp schreeuwen',
    });
  });

  it('leave innocent senses of the violence verbs, a young child hitting, and what-if questions alone', () => {
    for (const text of [
      'mijn vader trapt er elke keer in als iemand belt namens de bank',
      'mijn puber slaat de deur dicht en zegt niks',
      'de jongens slaan alles kapot in het bushokje',
      'mijn zoon van 3 schopt mij als hij zijn zin niet krijgt',
      'hoe reageer ik als een buurmeisje vertelt dat haar vader haar slaat',
      'ik krijg klappen van de inflatie, alles is duur',
    ]) {
      expect(firedIn(abuseRules, text), text).toEqual([]);
    }
    for (const text of [
      'mijn vader schopt mij als hij zijn zin niet krijgt',
      'wat moet ik doen, mijn man slaat me',
      'ik krijg vaak klappen van mijn stiefmoeder',
    ]) {
      expect(firedIn(abuseRules, text), text).not.toEqual([]);
    }
  });

  it('fire on no near miss', () => {
    checkNearMisses(abuseRules);
  });

  it('need a person as the victim of "slaan"', () => {
    for (const text of [
      'wij slaan alarm over de straat',
      'ik wil een slag slaan bij de kringloop',
      'de klok slaat twaalf',
      'mijn zoon slaat de bal over het hek',
      'een slaatje bij de lunch',
    ]) {
      expect(firedIn(abuseRules, text), text).toEqual([]);
    }
    for (const text of ['mijn man slaat mij', 'mijn man mij slaan', 'dan slaat ze mij']) {
      expect(firedIn(abuseRules, text), text).not.toEqual([]);
    }
  });

  it('tell siblings who fight from a beating', () => {
    expect(firedIn(abuseRules, 'mijn kinderen slaan elkaar voor de grap')).toEqual([]);
    expect(firedIn(abuseRules, 'hij heeft me in elkaar geslagen')).not.toEqual([]);
  });

  it('do not read identity fraud as abuse', () => {
    expect(firedIn(abuseRules, 'mijn gegevens worden misbruikt')).toEqual([]);
    expect(firedIn(abuseRules, 'ik word misbruikt')).toContain('abuse.word');
  });

  it('catch a bystander who hears it', () => {
    expect(firedIn(abuseRules, 'ik hoor de buurman zijn vrouw slaan')).not.toEqual([]);
  });
});

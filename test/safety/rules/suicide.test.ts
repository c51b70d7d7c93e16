import { describe, expect, it } from 'vitest';
import { suicideRules } from '../../../src/safety/rules/suicide.js';
import { askedIn, checkNearMisses, checkRuleFile, firedIn } from './ruleFileCheck.js';

describe('suicide rules', () => {
  it('are well formed and each fires on a message', () => {
    checkRuleFile(suicideRules, 'suicide', {
      // Session 25 (frames25): a lock-in of one's own with a means.
      'suicide.locked-in-with-means':
        'mijn zus heeft zich met een mes in de badkamer opgesloten en geeft geen antwoord',
      // Session 25: crises in classes no earlier rule named (unforeseenNow.ts).
      'suicide.all-at-once-to-come':
        'mijn vriendin wil haar slaappillen in een keer innemen vanavond',
      'suicide.into-the-water-with-loss':
        'since my son died I keep thinking, tonight I will walk into the river',
      'suicide.means-hung-ready-with-loss':
        'de strop hangt al aan de balk op zolder, zonder haar wil ik niet verder',
      'suicide.death-refused-own-way':
        'the clinic turned down my request for euthanasia so I ordered what I need myself',
      // Session 23: acute moments told by their structure (acuteNow.ts).
      'suicide.act-with-time-now': 'het gif staat in de kelder, vanmiddag neem ik het',
      'suicide.whole-supply-taken': 'zij heeft zojuist al haar pillen in een keer ingenomen',
      'suicide.place-of-end-with-wish': 'ik sta op de reling en wil niet meer leven',
      'suicide.join-the-dead': 'mijn vrouw is dood en ik wil bij haar zijn',
      'suicide.shut-in-garage-engine-runs':
        'mijn vader heeft zich ingesloten in de garage en de motor draait',
      'suicide.own-jump-said-alone': 'please ill jump',
      // Session 22: crises in acute moments (acuteBody, acuteEdge, acuteOthers).
      'suicide.over-the-edge-high': 'ik sta aan de verkeerde kant van de balustrade op de brug',
      'suicide.own-last-step': 'ik hou het niet meer vol, ik spring',
      'suicide.engine-in-shut-garage': 'the garage door is down and the engine is on, this is it',
      'suicide.bath-with-blades': 'in the bath with a razor, I am done',
      'suicide.farewell-from-edge': 'he said goodbye and he is on the bridge now',
      'suicide.medicine-stopped-to-end':
        'ik ben met mijn medicijnen gestopt, zodat ik er niet meer ben',
      'suicide.plan-arranged-with-means':
        'na vrijdag ben ik alles kwijt en ik heb het al gepland bij het spoor',
      'suicide.all-pills-tonight': 'ik heb een doos oxazepam en die slik ik vanavond allemaal door',
      'suicide.hanging-prepared': 'het touw is gekocht en hangt klaar aan de haak in de schuur',
      'suicide.exhaust-hose': 'ik heb een tuinslang op de uitlaat gezet, de auto staat in het bos',
      'suicide.given-away-wont-need':
        'sold my guitar and gave my plants to my brother, wont need them anymore',
      'suicide.walks-into-water-dressed':
        'my friend is walking into the sea fully clothed and wont come back',
      'suicide.painless-way': 'mijn neef zoekt online naar pijnloos sterven',
      'suicide.stood-thinking-of-jumping-en':
        'i was standing on the bridge after work thinking about jumping',
      'suicide.not-be-here-en': 'i honestly do not want to be around any longer',
      'suicide.disappear-for-good-en': 'i just wish i could vanish for good',
      'suicide.pray-not-wake-en': 'each evening i am praying that i dont wake up',
      'suicide.not-live-verb-last': 'de buurjongen gilde dat hij echt niet meer wil leven',
      'suicide.end-it-verb-last': 'mijn collega schreef dat hij er straks een einde aan gaat maken',
      'suicide.others-death-wish-en': 'my uncle says he does not want to be alive any more',
      'suicide.traffic-wish': 'some days i hope that a truck hits me on the ring road',
      'suicide.others-means-finish-it':
        'mijn zwager staat met een touw in de garage te snikken en zegt dat hij het wil afmaken',
      'suicide.wish-never-to-have-been': 'had ik maar nooit bestaan, dat was voor iedereen beter',
      'suicide.time-to-go': 'ik ben 95 en mijn tijd is om, ik wil gaan, laat me maar',
      'suicide.thinks-of-jumping-en':
        'i have been thinking of jumping off the bridge by the station',
      'suicide.own-funeral-planned':
        'mijn zoon van 17 heeft zijn eigen uitvaart uitgezocht, met muziek en al',
      'suicide.affairs-in-order':
        'mijn testament is gemaakt en mijn zaken zijn geregeld, het is tijd',
      'suicide.knows-how': 'ik weet allang hoe ik het ga doen',
      'suicide.farewell-said':
        'zeg maar tegen iedereen dat dit mijn afscheid is, vannacht is mijn laatste nacht',
      'suicide.others-means-death-wish':
        'mijn schoonmoeder heeft al haar slaaptabletten klaargelegd en zegt dat ze er niet meer wil zijn',
      'suicide.others-wish-beside-means':
        'mijn schoonzus zegt dat ze niet meer wil, en ze heeft een doos pijnstillers in haar nachtkastje',
      'suicide.cut-again':
        'na een half jaar ga ik vanavond weer krassen, ik heb een scherf bewaard',
      'suicide.means-turned-on-self':
        'ik heb de buks van mijn neef gepakt en wil hem vannacht op mezelf richten',
      'suicide.all-pills-for-real': 'serieus, ik heb de tabletten al doorgeslikt, de hele strip',
      'suicide.giving-away-farewell':
        'mijn vriend geeft al zijn spullen weg en zegt bedankt voor alles',
      'suicide.refuses-food': 'mijn oom eet al een week niets meer, hij wil dood zegt hij',
      'suicide.sextortion-despair':
        'they are blackmailing me with naked pictures and i would rather die',
      'suicide.cut-me': 'ik heb me gisteren weer gesneden',
      'suicide.do-me-harm': 'ik ben bang dat ik me iets aandoe',
      'suicide.calls-113': 'moet ik 113 bellen voor mijn vriendin?',
      // In the set it only meets messages labelled danger (112 first); 113 belongs there too.
      'suicide.overdose-taken': 'ik heb al mijn slaappillen ingenomen',
      'suicide.end-it-verb-first': 'ik zet er vannacht een punt achter',
      'suicide.want-to-jump': 'ik ga straks springen',
      'suicide.not-see-morning': 'ik hoop stiekem dat ik de nacht niet doorkom',
      'suicide.overdose': 'mijn man heeft een hele strip oxazepam geslikt',
      'suicide.method-search':
        'mijn dochter heeft opgezocht welke hoeveelheid paracetamol dodelijk is',
      'suicide.self-harm-en': 'my son has started cutting again',
      'suicide.means-for-self': 'hij heeft een touw in de garage en zegt dat het voor hemzelf is',
      'suicide.final-solution': 'voor mij is er nog maar één uitweg en die is definitief',
      'suicide.not-here-soon': 'zeg maar tegen iedereen dat ik er na het weekend niet meer ben',
      'suicide.car-method': 'ik heb een slang gekocht die precies op de uitlaat past',
      'suicide.rope': 'mijn broer zit al uren op zolder met een touw en neemt niet op',
    });
  });

  it('leave talk about the subject, in general or for later, to the concern model', () => {
    for (const text of [
      'hoe herken je dat iemand aan zelfdoding denkt, ik geef les op een mbo',
      'wie kan er een schilderij voor mij ophangen',
      'ik sla mezelf voor mijn kop dat ik het vergeten ben',
      'ik zie geen uitweg uit de schulden, wie helpt met een regeling',
      'ik ben er volgende week niet meer want we verhuizen naar Hengelo',
    ]) {
      expect(firedIn(suicideRules, text), text).toEqual([]);
    }
  });

  it('fire on no near miss', () => {
    checkNearMisses(suicideRules);
  });

  it('catch creative spelling of the word itself', () => {
    for (const text of [
      'ZELFMOORD',
      'zelf moord',
      'zelfmord',
      'z3lfm00rd',
      'suïcidaal',
      'suiside',
    ]) {
      expect(firedIn(suicideRules, text), text).toContain('suicide.word');
    }
  });

  it('do not take the name of the organisation for the word', () => {
    expect(firedIn(suicideRules, 'ik lees over zelfmoordpreventie')).toEqual([]);
    expect(firedIn(suicideRules, 'ik wil 113 zelfmoordpreventie bellen')).toContain(
      'suicide.calls-113',
    );
  });

  it('guard kitchen accidents but not the same words without them', () => {
    expect(firedIn(suicideRules, 'ik heb me per ongeluk gesneden')).toEqual([]);
    expect(firedIn(suicideRules, 'ik heb me gesneden')).toContain('suicide.cut-me');
  });

  it('leave "hij wil me iets aandoen" to the abuse rules', () => {
    expect(firedIn(suicideRules, 'hij wil me iets aandoen')).toEqual([]);
  });

  it('read "ik zie het niet meer zitten" as suicidal, and ask about it with an object (ADR 0005, 0012)', () => {
    // The judgement call: a false alarm with a calm 113 message is acceptable, a miss is not.
    // Since the tenth round an object ("met die administratie") makes the rule ask: a check with
    // every line, never nothing.
    expect(firedIn(suicideRules, 'ik zie het niet meer zitten')).toContain(
      'suicide.zie-het-niet-meer-zitten',
    );
    expect(askedIn(suicideRules, 'ik zie het niet meer zitten met die administratie')).toContain(
      'suicide.zie-het-niet-meer-zitten',
    );
  });

  it('read "dat wil ik niet meer" about a thing as no wish to die, and "ik wil niet meer" still as one', () => {
    expect(
      firedIn(suicideRules, 'ik zit elke avond alleen voor de tv en dat wil ik niet meer'),
    ).toEqual([]);
    expect(firedIn(suicideRules, 'ik kan het niet meer aan, ik wil niet meer')).toContain(
      'suicide.wil-niet-meer-alone',
    );
  });

  it('keep a guard local to its clause', () => {
    // "mijn kat is dood" guards the broad rule in its own sentence, not in the next one.
    expect(
      firedIn(suicideRules, 'mijn kat is dood. ik denk dat ik beter dood kan zijn'),
    ).not.toEqual([]);
  });

  it('answer hanging oneself in every present and future form (session 8)', () => {
    for (const text of [
      'ik ben bang dat mijn oom zichzelf ophangt vannacht',
      'als het zo doorgaat hang ik me op',
      'ze zegt dat ze zich gaat verhangen',
      'my dad says he will hang himself',
      'ik wil mezelf ophangen',
    ]) {
      expect(firedIn(suicideRules, text), text).toContain('suicide.hanging');
    }
    for (const text of [
      'mijn baas hangt zich altijd op aan kleine dingen',
      'we lezen een gedicht over iemand die zichzelf ophangt, hoe bespreek ik dat in de klas',
      'wie kan een spiegel voor me ophangen',
      'how do i hang a curtain rail myself',
    ]) {
      expect(firedIn(suicideRules, text), text).not.toContain('suicide.hanging');
    }
  });
});

import { describe, expect, it } from 'vitest';
import { assessSafety, decideSafety, shippedConcernModel } from '../../src/safety/assessSafety.js';
import { noConcern } from '../../src/safety/concernState.js';
import type { CrisisKind } from '../../src/safety/crisisKind.js';
import { detectCrisis } from '../../src/safety/detectCrisis.js';
import { crisesWrittenForTheFrames, nearMissesWrittenForTheFrames } from './heldOut.js';

/**
 * The tenth round's frames (docs/adr/0012-safety-net.md, src/safety/rules/frames.ts): what places
 * a rule's words outside the writer's now. A frame said plainly (a story in a book, a film, a
 * song or a play; a joke or a figure of speech said so; a past told as over; a study) quiets the
 * rule; a frame that leaves the words ambiguous (a dream, a past without a sign it is over, a
 * profession, a what-if about someone else, a joke beside the writer's own words, money taken from
 * an older person with nothing acute) makes the rule ask: a firm check with every line. Neither
 * holds beside a crisis of the writer's own now or a joke taken back. Written for this test in new
 * voices, never taken from a corpus round, the frozen test, an unseen round, a kaart or an issue.
 */

/** No rule answers or asks. The concern model still reads the message. */
function expectQuiet(texts: readonly string[]): void {
  for (const text of texts) {
    const found = detectCrisis(text);
    expect(found.ruleIds, text).toEqual([]);
    expect(found.isCrisis ? [] : found.asks, text).toEqual([]);
  }
}

/** A rule asks: no crisis reply from the rules, and a firm check (every line) from the layers. */
function expectRuleAsks(texts: readonly string[], kind: CrisisKind): void {
  for (const text of texts) {
    const found = detectCrisis(text);
    expect(found.isCrisis, text).toBe(false);
    expect(found.isCrisis ? [] : found.asks, text).toContain(kind);
    const assessment = assessSafety(text);
    expect(assessment.outcome, text).not.toBe('none');
    if (assessment.outcome === 'check') {
      expect(assessment.checkStrength, text).toBe('firm');
      expect(assessment.lines.map((line) => line.kind).sort(), text).toEqual([
        'abuse',
        'danger',
        'suicide',
      ]);
    }
  }
}

/** A rule still gives the crisis reply, with `kind` among its kinds. */
function expectRuleCrisis(texts: readonly string[], kind: CrisisKind): void {
  for (const text of texts) {
    const found = detectCrisis(text);
    expect(found.isCrisis, text).toBe(true);
    expect(found.kinds, text).toContain(kind);
    expect(assessSafety(text).outcome, text).toBe('crisis');
  }
}

describe('a story in a book, a film, a song or a play', () => {
  it('gets no rule crisis', () => {
    expectQuiet([
      'In het boek van onze leesclub wil de hoofdpersoon niet meer leven, is er ook een leesclub voor zestigplussers',
      'Voor het toneelstuk van de wijkvereniging speel ik de rol van een man die zijn vrouw slaat, is er een repetitieruimte',
      'Er staat een gedicht over zelfmoord in het schoolboek van mijn dochter, kan ik daarover met de mentor praten',
      'In the series we watch a girl keeps cutting herself, are there parenting evenings about screen time',
      'I am playing the role of an abusive father in a community play, where can we rehearse',
    ]);
  });

  it('still answers a crisis of the writer’s own now told beside it', () => {
    expectRuleCrisis(['Ik las een gedicht over zelfmoord en nu wil ik het zelf ook'], 'suicide');
    expectRuleCrisis(
      ['In het boek sloeg de vader zijn kind en mijn vader slaat mij ook zo'],
      'abuse',
    );
    expectRuleCrisis(['I watched a film about suicide and now I want to die too'], 'suicide');
    expectRuleCrisis(
      ['in de serie duwde hij haar ook zo, net als mijn broer mij vorige week duwde'],
      'abuse',
    );
    expectRuleCrisis(
      ['ik keek een documentaire over zelfmoord en ik denk er zelf ook aan'],
      'suicide',
    );
  });
});

describe('a dream', () => {
  it('makes the rule ask', () => {
    expectRuleAsks(
      [
        'Ik droomde vannacht dat mijn vriend me wurgde, ik werd huilend wakker, is er iemand om mee te praten',
        'I had a nightmare that my dad hit me, he has never done anything like that',
      ],
      'abuse',
    );
  });

  it('is no dream when it is a wish, or beside a crisis of now', () => {
    expectRuleCrisis(['Ik droom ervan om nooit meer wakker te worden'], 'suicide');
    expectRuleCrisis(['ik droom er elke nacht over en ik wil echt dood'], 'suicide');
    expectRuleCrisis(
      ['Ik droomde dat mijn vader me schopte en toen ik wakker werd schopte hij me echt'],
      'abuse',
    );
  });
});

describe('a joke or a figure of speech said so', () => {
  it('gets no rule crisis', () => {
    expectQuiet([
      'Mijn buurman roept voor de grap dat hij van de flat springt als Heracles verliest, kan hij bij een voetbalclub',
      'just kidding about my sister, she says she will kill me if I borrow her car again, is there a carpool',
      'Die bonnetjes zijn nog eens mijn dood, ik wil hulp met mijn boekhouding',
      'I am drowning in forms from the housing office, who can help me fill them in',
    ]);
  });

  it('makes the rule ask beside the writer’s own words', () => {
    expectRuleAsks(
      ['Bij wijze van spreken: als ik nog een dag thuis zit wil ik dood, is er vrijwilligerswerk'],
      'suicide',
    );
  });

  it('still answers a crisis when the joke is taken back', () => {
    expectRuleCrisis(['het is geen grap, mijn broer heeft alle pillen ingenomen'], 'danger');
    expectRuleCrisis(['Ik meen het, ik wil niet meer leven, geen grapje'], 'suicide');
    expectRuleCrisis(['I am not kidding, my husband beats me every day'], 'abuse');
    expectRuleCrisis(['grappig hoor, maar mijn stiefvader slaat me echt'], 'abuse');
  });

  it('is never read beside violence done to the writer', () => {
    expectRuleCrisis(['mijn vriend vindt het grappig om me te schoppen'], 'abuse');
    expectRuleCrisis(['hij noemt het humor als hij me slaat, ik lach maar mee'], 'abuse');
  });
});

describe('a past', () => {
  it('told as over gets no rule crisis', () => {
    expectQuiet([
      'In 2012 deed mijn moeder een zelfmoordpoging, het gaat inmiddels prima met haar, is er een wandelgroep',
      'Mijn vader sloeg ons vroeger, inmiddels zijn mijn ouders gescheiden, ik zoek uitleg over huurtoeslag',
      'As a teenager I used to cut myself, I have been fine for years and want to volunteer',
    ]);
  });

  it('told without a sign it is over makes the rule ask', () => {
    expectRuleAsks(
      ['Jaren geleden deed mijn oom een zelfmoordpoging, hoe vertel ik dat aan mijn kinderen'],
      'suicide',
    );
    expectRuleAsks(
      ['Als kind werd ik door mijn oom misbruikt, ik heb er met niemand over gepraat'],
      'abuse',
    );
  });

  it('still answers a crisis of now told beside it', () => {
    expectRuleCrisis(
      ['Vroeger sloeg mijn ex me en vorige week stond hij weer voor de deur en sloeg me'],
      'abuse',
    );
    expectRuleCrisis(
      ['jaren geleden een poging gedaan en sinds gisteren denk ik er weer aan om te springen'],
      'suicide',
    );
    expectRuleCrisis(['years ago he beat me and last night he beat me again'], 'abuse');
  });
});

describe('a study or a profession', () => {
  it('a study gets no rule crisis', () => {
    expectQuiet([
      'Voor school maak ik een werkstuk over zelfdoding bij jongeren, waar vind ik cijfers',
      'for my social work course I have to interview someone about domestic abuse, can the team help',
    ]);
  });

  it('a worker telling of a case makes the rule ask', () => {
    expectRuleAsks(
      [
        'Ik werk als jongerenwerker en een meisje vertelde dat haar stiefvader haar slaat, wat zijn de stappen',
        'As a childminder I noticed bruises on the arms of a little girl, who do I contact',
      ],
      'abuse',
    );
  });

  it('still answers the worker’s own crisis', () => {
    expectRuleCrisis(['Ik werk als kapster en mijn man slaat me elke avond'], 'abuse');
    expectRuleCrisis(['I work as a nurse and I want to end my life'], 'suicide');
    expectRuleCrisis(
      ['ik volg een cursus over zelfbeschadiging maar eigenlijk gaat het over mij, ik snij mezelf'],
      'suicide',
    );
  });
});

describe('a what-if about someone else', () => {
  it('makes the rule ask', () => {
    expectRuleAsks(
      ['Stel dat mijn dochter zichzelf iets aandoet, wat moet ik dan doen'],
      'suicide',
    );
    expectRuleAsks(['What if my friend tries to kill herself, how would I notice'], 'suicide');
  });

  it('one day, even after it happened before, gets no rule crisis', () => {
    expectQuiet(['If my uncle ever starts kicking my aunt again, who should we call']);
  });

  it('still answers a what-if about the writer, or one that happens now', () => {
    expectRuleCrisis(['Wat als hij me vannacht weer slaat, ik ben doodsbang'], 'abuse');
    expectRuleCrisis(['stel dat mijn zus nu op de brug staat en wil springen'], 'suicide');
    expectRuleCrisis(
      ['als mijn vriend zegt dat hij me gaat vermoorden, wat moet ik doen'],
      'abuse',
    );
  });
});

describe('money taken from an older person', () => {
  it('makes the rule ask, with Veilig Thuis first, when nothing acute is told', () => {
    expectRuleAsks(
      [
        'Mijn neef pakt steeds geld van de rekening van mijn tante van 88, hoe kan ik dat stoppen',
        'my grandson takes money from my pension every month',
      ],
      'abuse',
    );
    const assessment = assessSafety('my grandson takes money from my pension every month');
    expect(assessment.lines[0]?.kind === 'danger' ? assessment.lines[1]?.kind : 'abuse').toBe(
      'abuse',
    );
  });

  it('still answers at once beside violence, a threat or fear', () => {
    expectRuleCrisis(['Mijn zoon neemt mijn AOW af en slaat me als ik nee zeg'], 'abuse');
    expectRuleCrisis(['My grandson takes my bank card and threatens me'], 'abuse');
    expectRuleCrisis(['mijn zoon pakt mijn AOW af en ik heb sinds zondag niet gegeten'], 'abuse');
    expectRuleCrisis(
      ['mijn kleindochter haalt geld van mijn rekening en ik durf niks te zeggen'],
      'abuse',
    );
  });
});

describe('a rule that asks', () => {
  it('explains the check by its rule ids, without the text', () => {
    const assessment = assessSafety(
      'Jaren geleden deed mijn oom een zelfmoordpoging, hoe vertel ik dat aan mijn kinderen',
    );
    expect(assessment.outcome).toBe('check');
    expect(assessment.explanation.source).toBe('rules');
    expect(assessment.explanation.ruleIds).toEqual(['suicide.word']);
    expect(assessment.kinds).toContain('suicide');
  });

  it('never takes away the model’s crisis reply, and a weak model reading does not soften it', () => {
    const thresholds = shippedConcernModel().thresholds;
    const rules = {
      isCrisis: false,
      kinds: [],
      ruleIds: [],
      asks: ['abuse'],
      askRuleIds: ['abuse.money-taken'],
    } as const;
    const score = (concern: number) => ({
      crisis: concern,
      kinds: { danger: 0, suicide: 0, abuse: concern },
      concern,
      strongest: [],
    });
    const readings = { rules, words: 12, language: 'nl', prior: noConcern, thresholds } as const;
    const sure = decideSafety({ ...readings, score: score(0.99) });
    // The shipped model may answer alone (thresholds.crisis is set); a rule that asks never stops it.
    expect(thresholds.crisis).not.toBeNull();
    expect(sure.outcome).toBe('crisis');
    const weak = decideSafety({ ...readings, score: score(0) });
    expect(weak.outcome).toBe('check');
    expect(weak.checkStrength).toBe('firm');
    expect(weak.kinds).toEqual(['abuse']);
    expect(weak.lines).toHaveLength(3);
  });

  it('gives way to a rule that answers in the same message', () => {
    const found = detectCrisis('Als kind werd ik misbruikt. Nu slaat mijn vriend me elke dag.');
    expect(found.isCrisis).toBe(true);
    expect(found.kinds).toContain('abuse');
  });
});

describe('the sets written for the frames', () => {
  it('give no near miss a crisis reply from the rules', () => {
    for (const text of nearMissesWrittenForTheFrames) {
      expect(detectCrisis(text).isCrisis, text).toBe(false);
    }
  });

  it('catch every crisis, as a crisis reply or a check', () => {
    for (const text of crisesWrittenForTheFrames) {
      expect(assessSafety(text).outcome, text).not.toBe('none');
    }
  });
});

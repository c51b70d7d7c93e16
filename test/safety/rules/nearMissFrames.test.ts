import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../../src/safety/assessSafety.js';
import { compileRule } from '../../../src/safety/crisisRule.js';
import { detectCrisis } from '../../../src/safety/detectCrisis.js';
import { normalise } from '../../../src/safety/normalise.js';
import { figureOfSpeechInMessage } from '../../../src/safety/rules/figureOfSpeech.js';
import { pastToldForHelpInMessage } from '../../../src/safety/rules/pastToldForHelp.js';
import { precautionAskedInMessage } from '../../../src/safety/rules/precautionAsked.js';
import { storyOrCourseInMessage } from '../../../src/safety/rules/storyOrCourse.js';
import { workerQuestionInMessage } from '../../../src/safety/rules/workerQuestion.js';

/**
 * Near-miss frames (docs/adr/0012-safety-net.md, "near misses framed as a play or
 * game, a worker's question, a figure, a long past or a precaution"): each cue turns a rule's
 * crisis reply into the rule's check (never silence), and the same situation told now keeps the
 * crisis reply. Phrasings written new for these tests, not taken from the dev probe.
 */
const pairs: readonly { cue: string; guard: RegExp; nearMiss: string; crisis: string }[] = [
  {
    cue: 'a stage play whose plot holds a weapon',
    guard: storyOrCourseInMessage,
    nearMiss:
      'het stuk van de toneelclub gaat over een wraakmoord met een pistool, wie wil de rol van het slachtoffer',
    crisis:
      'na de toneelrepetitie pakte mijn broer een pistool uit zijn tas en richt het nu op zijn ex',
  },
  {
    cue: "a medium's own time",
    guard: storyOrCourseInMessage,
    nearMiss:
      'in het hoorspel van gisteravond sloot een man zijn moeder op in de schuur, hoe heet die schrijver',
    crisis:
      'gisteren sloot mijn zoon mij op in de schuur en nu kom ik er niet uit, hij heeft de sleutel',
  },
  {
    cue: "a worker's question",
    guard: workerQuestionInMessage,
    nearMiss:
      'als sportinstructeur zie ik striemen op de rug van een meisje, welke stappen moet ik zetten',
    crisis:
      'ik ben sportinstructeur en een meisje vertelt net dat haar vader haar vanavond weer gaat slaan met zijn riem',
  },
  {
    cue: 'a figure tied to a thing seen',
    guard: figureOfSpeechInMessage,
    nearMiss:
      'elke keer als ik de afrekening van de huur open krijg ik een hartaanval, kan iemand meekijken naar toeslagen',
    crisis:
      'mijn vader kreeg net een hartaanval toen hij de huurbrief opende, hij ligt op de grond en ademt nauwelijks',
  },
  {
    cue: 'a violence verb whose means are words',
    guard: figureOfSpeechInMessage,
    nearMiss: 'mijn zus wurgt me met al haar appjes over de verjaardag, hoe zeg ik vriendelijk nee',
    crisis: 'mijn zus wurgt me echt, ze heeft haar handen om mijn keel en ik krijg bijna geen adem',
  },
  {
    cue: 'the life after told with "nu"',
    guard: pastToldForHelpInMessage,
    nearMiss:
      'mijn eerste man schopte me, dat is vijftien jaar geleden, ik heb nu een fijne partner en wil lotgenoten helpen',
    crisis:
      'mijn eerste man schopte me vijftien jaar geleden en nu schopt mijn partner me ook, vanavond weer',
  },
  {
    cue: 'a precaution asked about',
    guard: precautionAskedInMessage,
    nearMiss:
      'mijn oom heeft een jachtvergunning, hoe moeten zijn geweren bewaard worden nu er kinderen logeren',
    crisis: 'mijn oom zwaait nu met zijn jachtgeweer naar de kinderen en hij is dronken',
  },
];

/** A message-wide guard compiled as the rules compile it (letter runs collapsed, as normalise does). */
function reads(guard: RegExp, text: string): boolean {
  return compileRule({ id: 'test.guard', kind: 'danger', pattern: guard }).probe.test(
    normalise(text),
  );
}

describe('near-miss frames', () => {
  for (const { cue, guard, nearMiss, crisis } of pairs) {
    // Not every near miss matches a rule (then the reply is no crisis either way), so the cue's
    // own guard is asserted directly: it reads the near miss and lets the crisis beside it go.
    it(`${cue}: its guard reads the near miss and not the crisis`, () => {
      expect(reads(guard, nearMiss), nearMiss).toBe(true);
      expect(reads(guard, crisis), crisis).toBe(false);
    });
    it(`${cue}: the near miss gets no crisis reply, and a rule that matched asks`, () => {
      const rules = detectCrisis(nearMiss);
      expect(rules.isCrisis, nearMiss).toBe(false);
      expect(assessSafety(nearMiss).outcome, nearMiss).not.toBe('crisis');
      if (!rules.isCrisis && rules.askRuleIds.length > 0)
        expect(assessSafety(nearMiss).outcome).toBe('check');
    });
    it(`${cue}: the crisis beside it keeps its crisis reply`, () => {
      expect(assessSafety(crisis).outcome, crisis).toBe('crisis');
    });
  }
});

/**
 * The guards read the whole message with `.*` before long lists: a long message that repeats the
 * start of a frame must still get the right answer (a hang here would hit the test timeout).
 */
describe('near-miss guards on a long, repeated message', () => {
  const long = (unit: string) => unit.repeat(2000);
  it.each([
    ['worker', workerQuestionInMessage, long('als kapster zie ik '), false],
    [
      'worker',
      workerQuestionInMessage,
      `${long('als kapster zie ik ')}welke stappen moet ik zetten`,
      true,
    ],
    ['figure', figureOfSpeechInMessage, long('elke keer als ik de brief open '), false],
    ['figure', figureOfSpeechInMessage, long('ze knijpt me met haar '), false],
    ['precaution', precautionAskedInMessage, long('hoe moet ik het '), false],
    ['story', storyOrCourseInMessage, long('in de film van '), true],
  ] as const)('%s guard, long message %#', (_name, guard, text, expected) => {
    expect(reads(guard, text)).toBe(expected);
  });
});

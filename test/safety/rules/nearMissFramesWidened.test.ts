import { describeNearMissPairs, type NearMissPair } from './nearMissPairs.js';

/**
 * The near-miss frames widened with general cues (docs/adr/0012-safety-net.md, "do the near-miss
 * frames carry? A second probe worded apart"): each near miss below got a rule's crisis reply before
 * the cue and now gets the rule's check (never silence); the same situation told now keeps its
 * crisis reply. Phrasings written new for these tests, not taken from either dev probe.
 */
const pairs: readonly NearMissPair[] = [
  {
    cue: 'an age now beside a past',
    nearMiss:
      'mijn tante werd als tiener door haar vader geslagen, nu is ze 68. bestaat er een praatgroep voor ouderen',
    crisis: 'mijn tante werd als tiener geslagen en nu slaat haar man haar, vanavond weer',
  },
  {
    cue: 'a role now beside a past',
    nearMiss:
      'als kind ben ik door een buurman aangerand, nu ben ik zelf vader. is er een boekje over weerbaarheid voor kleuters',
    crisis: 'als kind ben ik door een buurman aangerand en nu staat hij weer bij mijn deur',
  },
  {
    cue: 'a wish to share the past',
    nearMiss:
      'twintig jaar geleden zat ik een nacht opgesloten in een kelder door mijn ex, nu wil ik dat verhaal delen op een bijeenkomst',
    crisis: 'mijn ex heeft me nu opgesloten in de kelder en ik kom er niet uit',
  },
  {
    cue: "a danger's word as the subject of a worker's question",
    nearMiss:
      'ik ben jongerenwerker, waar vind ik een folder over een overdosis ghb voor de jongeren in de soos',
    crisis:
      'ik ben jongerenwerker en een jongen in de soos heeft net een overdosis ghb genomen, hij reageert niet',
  },
  {
    cue: 'an information evening as a course',
    nearMiss: 'komt er een voorlichting over een overdosis xtc op school? voor ouders',
    crisis: 'mijn dochter heeft op school een overdosis xtc genomen en ligt te schudden',
  },
  {
    cue: "'here' as the place of the help",
    nearMiss:
      'the podcast about a man who poisoned his wife with antifreeze was wild, any true crime club near here',
    crisis: 'my wife drank antifreeze on purpose an hour ago, she is throwing up',
  },
  {
    cue: "a body's danger verb with a feeling as its cause",
    nearMiss:
      'de baby stikt bijna van het lachen als de hond blaft, is er een peutergroep in de wijk',
    crisis: 'de baby stikt, er zit een stukje appel in haar keel en ze wordt blauw',
  },
];

describeNearMissPairs('near-miss frames, widened', pairs);

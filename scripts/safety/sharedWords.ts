/**
 * `npx tsx scripts/safety/sharedWords.ts [--min N]`: the rule words that are everyday words of
 * both languages (docs/adr/0012-safety-net.md, twenty-seventh round), found by a script and not by
 * eye.
 *
 * 1. Each language's dictionary is the vocabulary of its own messages on dev material: the safety
 *    corpus's train and dev splits and training-only rounds (their `lang`), the help questions the
 *    model trains on and the help questions of the tuner's five dev kaarten (`devKaarten`, their
 *    `lang`), and natural's stop-word lists of Dutch and English. A word belongs to a language when at least `--min`
 *    (default 3) of that language's messages use it, or it is one of its stop words. Words are
 *    normalised (src/safety/normalise.ts) as the rules read them, doubled letters squeezed.
 * 2. A rule's words are the letter runs of its pattern and `with` parts as compiled (escapes and
 *    character classes dropped), so a word listed in an alternative counts.
 * 3. A shared rule word is a rule word in both dictionaries. For each it prints the rules that hold
 *    it, how many messages of each language use it, and how many messages of each language the
 *    rule fires on with the word inside the matched text, by label (a crisis whose kinds the rule's
 *    kind is not among counts as `other kind`).
 *
 * Never reads the frozen test, an unseen round or an apart kaart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { createRequire } from 'node:module';
import { crisisRules, withSharedGuards } from '../../src/safety/detectCrisis.js';
import { compileRule, ruleFires } from '../../src/safety/crisisRule.js';
import { normalise } from '../../src/safety/normalise.js';
import { ENGLISH_GLOSSARY } from '../../src/search/englishGlossary.js';
import { trainOnlyDir } from './concernExamples.js';
import { devKaartQuestions, trainingHelpQuestions } from './helpQuestions.js';
import { loadSplit, parseWritten } from './safetyCorpus.js';

const minAt = process.argv.indexOf('--min');
const minMessages = minAt === -1 ? 3 : Number(process.argv[minAt + 1]);

interface Message {
  readonly text: string;
  readonly lang: 'nl' | 'en';
  readonly label: string;
  readonly kinds: readonly string[];
}

const trainOnly = readdirSync(trainOnlyDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .flatMap((name) => parseWritten(name, readFileSync(path.join(trainOnlyDir, name), 'utf8')));
const messages: Message[] = [
  ...[...loadSplit('train'), ...loadSplit('dev'), ...trainOnly].map((record) => ({
    text: record.text,
    lang: record.lang,
    label: record.label,
    kinds: record.kinds,
  })),
  ...[...trainingHelpQuestions(), ...devKaartQuestions()].map((question) => ({
    text: question.text,
    lang: question.lang,
    label: 'help',
    kinds: [],
  })),
];

const words = (text: string): string[] =>
  normalise(text)
    .split(' ')
    .filter((w) => /^[a-z]+$/.test(w));

const uses: Record<'nl' | 'en', Map<string, number>> = { nl: new Map(), en: new Map() };
for (const message of messages) {
  for (const word of new Set(words(message.text))) {
    uses[message.lang].set(word, (uses[message.lang].get(word) ?? 0) + 1);
  }
}
/** natural's data files, read as data (natural ships no types for its deep modules). */
const natural = createRequire(import.meta.url);
const stopWords = z.object({ words: z.array(z.string()) });
const lexicon = z.record(z.string(), z.array(z.string()));
const fromNatural = (file: string): unknown =>
  JSON.parse(readFileSync(natural.resolve(`natural/lib/natural/${file}`), 'utf8'));
const stopList = (file: string): string[] =>
  stopWords.parse(natural(`natural/lib/natural/${file}`)).words.flatMap(words);
/**
 * A lexicon's words, without the ones it tags only as foreign words or names (the Dutch lexicon
 * lists "the" as a foreign word, the English one lists names).
 */
const lexiconWords = (file: string, foreignOrName: RegExp): string[] =>
  Object.entries(lexicon.parse(fromNatural(file)))
    .filter(([, tags]) => !tags.every((tag) => foreignOrName.test(tag)))
    .flatMap(([word]) => words(word));
/** The glossary of the search (English keys, Dutch values): both sides are everyday words. */
const glossary = (language: 'nl' | 'en'): string[] =>
  [...ENGLISH_GLOSSARY].flatMap(([english, dutch]) =>
    language === 'en' ? words(english) : dutch.flatMap(words),
  );

const dictionary = {
  nl: new Set([
    ...stopList('util/stopwords_nl.js'),
    ...lexiconWords(
      'brill_pos_tagger/data/Dutch/brill_Lexicon.json',
      /^(?:Misc\(vreemd\)|N\(eigen)/,
    ),
    ...glossary('nl'),
  ]),
  en: new Set([
    ...stopList('util/stopwords.js'),
    ...lexiconWords('brill_pos_tagger/data/English/lexicon_from_posjs.json', /^NNPS?$/),
    ...glossary('en'),
  ]),
};
/** In a language: used by enough of its messages, or in its dictionary. */
const inLanguage = (lang: 'nl' | 'en', word: string) =>
  (uses[lang].get(word) ?? 0) >= minMessages || dictionary[lang].has(word);

const rules = crisisRules.map(withSharedGuards).map(compileRule);
const sourceWords = (source: string): string[] =>
  source
    .replace(/\\[a-zA-Z]/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .split(/[^a-z]+/)
    .filter((word) => word.length >= 2);

const holders = new Map<string, Set<string>>();
for (const rule of rules) {
  for (const part of [rule.pattern, ...rule.with]) {
    for (const word of sourceWords(part.source)) {
      const set = holders.get(word) ?? new Set<string>();
      set.add(rule.id);
      holders.set(word, set);
    }
  }
}

const shared = [...holders.keys()].filter((w) => inLanguage('nl', w) && inLanguage('en', w)).sort();

/** Per shared word: firings with the word inside the matched text, by language and label. */
const firings = new Map<string, Map<string, number>>();
for (const message of messages) {
  const normalised = normalise(message.text);
  for (const rule of rules) {
    if (!ruleFires(rule, normalised)) continue;
    for (const match of normalised.matchAll(rule.pattern)) {
      for (const word of new Set(match[0].split(' '))) {
        if (!shared.includes(word) || !holders.get(word)?.has(rule.id)) continue;
        const label =
          message.label === 'crisis' && !message.kinds.includes(rule.kind)
            ? 'other kind'
            : message.label;
        const key = `${message.lang} ${label}`;
        const counts = firings.get(word) ?? new Map<string, number>();
        counts.set(key, (counts.get(key) ?? 0) + 1);
        firings.set(word, counts);
      }
    }
  }
}

console.log(
  `dictionaries: nl ${[...uses.nl.keys()].filter((w) => inLanguage('nl', w)).length} words, en ${[...uses.en.keys()].filter((w) => inLanguage('en', w)).length} words (at least ${minMessages} messages, or a stop word); rule words ${holders.size}; shared ${shared.length}`,
);
for (const word of shared) {
  const counts = firings.get(word);
  const fired =
    counts === undefined
      ? ''
      : [...counts.entries()]
          .sort()
          .map(([key, n]) => `${key} ${n}`)
          .join(', ');
  const ids = [...(holders.get(word) ?? [])].sort();
  console.log(
    `${word.padEnd(10)} nl ${String(uses.nl.get(word) ?? 0).padStart(5)} en ${String(uses.en.get(word) ?? 0).padStart(5)}  rules ${ids.length}: ${ids.slice(0, 6).join(' ')}${ids.length > 6 ? ' ...' : ''}${fired === '' ? '' : `\n           fires with it: ${fired}`}`,
  );
}

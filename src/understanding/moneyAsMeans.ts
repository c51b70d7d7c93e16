import { tokenize } from '../text/normalise.js';
import type { LinearModel, PredictOptions } from './linearModel.js';
import { levensgebiedOfNeed } from './needs.js';

/**
 * Money told as the means a resident lacks for a thing (ADR 0013, amendment session 25,
 * money25): "geen geld voor nieuwe schoenen", "een klusser betalen lukt niet", "ik kan niks
 * kopen", "can't afford a new coat". The money words say how the resident stands, the rest of the
 * message says what they lack; read alone, "geld" and "betalen" carry the question to Geld
 * (budget help, debts) while the help is the thing itself (a clothing bank, a food bank, an
 * odd-jobs service). Not read when the message names a money matter itself (a debt, the rent, a
 * bill, a benefit): then the money is the question.
 */

/** Words of money or paying: the means. */
const MONEY_WORDS: ReadonlySet<string> = new Set([
  'geld',
  'centen',
  'poen',
  'budget',
  'portemonnee',
  'portemonnaie',
  'euro',
  'euros',
  'betalen',
  'betaal',
  'betaalt',
  'kopen',
  'koop',
  'veroorloven',
  'money',
  'cash',
  'afford',
  'pay',
  'buy',
]);

/** Words that say the means is lacking, close to a money word. */
const LACK_WORDS: ReadonlySet<string> = new Set([
  'geen',
  'niet',
  'niks',
  'niets',
  'nauwelijks',
  'weinig',
  'leeg',
  'no',
  'not',
  'cant',
  'cannot',
  'nothing',
  'dont',
  'doesnt',
]);

/** "het geld is op", "ons budget is op": "op" says the lack only after a form of "zijn". */
const IS_WORDS: ReadonlySet<string> = new Set(['is', 'zijn', 'was', 'waren']);

/** How far (in words) a lack word may stand from the money word it speaks of. */
const LACK_WINDOW = 3;

/**
 * Parts of words that name a money matter: then the money is what the question is about (a debt,
 * the rent, a bill, a fine, a tax, an allowance, an income), not the means for a thing.
 */
const MONEY_MATTER_PARTS: readonly string[] = [
  'schuld',
  'huur',
  'rekening',
  'boete',
  'belasting',
  'toeslag',
  'aanmaning',
  'incasso',
  'deurwaarder',
  'achterstand',
  'lening',
  'hypothe',
  'energie',
  'verzekering',
  'premie',
  'alimentatie',
  'uitkering',
  'bijstand',
  'salaris',
  'inkomen',
  'loon',
];
const MONEY_MATTER_WORDS: ReadonlySet<string> = new Set([
  'debt',
  'debts',
  'rent',
  'bill',
  'bills',
  'fine',
  'loan',
  'loans',
  'tax',
  'taxes',
  'insurance',
  'mortgage',
  'benefit',
  'benefits',
  'income',
  'salary',
  'wage',
  'wages',
]);

function namesMoneyMatter(token: string): boolean {
  return MONEY_MATTER_WORDS.has(token) || MONEY_MATTER_PARTS.some((part) => token.includes(part));
}

function lackNear(tokens: readonly string[], at: number): number[] {
  const near: number[] = [];
  const from = Math.max(0, at - LACK_WINDOW);
  const to = Math.min(tokens.length - 1, at + LACK_WINDOW);
  for (let position = from; position <= to; position += 1) {
    const token = tokens[position] as string;
    if (LACK_WORDS.has(token)) near.push(position);
    if (token === 'op' && position > at && IS_WORDS.has(tokens[position - 1] ?? '')) {
      near.push(position);
    }
  }
  return near;
}

/**
 * The positions (in `tokenize(text)`) of the money told as a lacking means: each money word with
 * a lack word near it, and those lack words. Empty when there is none, when the message names a
 * money matter, or when nothing else is left to name the thing lacked.
 */
export function moneyAsMeansPositions(text: string): readonly number[] {
  const tokens = tokenize(text);
  if (tokens.some(namesMoneyMatter)) return [];
  const positions = new Set<number>();
  tokens.forEach((token, at) => {
    if (!MONEY_WORDS.has(token)) return;
    const near = lackNear(tokens, at);
    if (near.length === 0) return;
    positions.add(at);
    for (const position of near) positions.add(position);
  });
  if (positions.size === 0 || positions.size === tokens.length) return [];
  return [...positions].sort((a, b) => a - b);
}

/** The message without its money-as-means words (the thing lacked and the rest), or undefined. */
export function withoutMoneyAsMeans(text: string): string | undefined {
  const positions = new Set(moneyAsMeansPositions(text));
  if (positions.size === 0) return undefined;
  return tokenize(text)
    .filter((_, at) => !positions.has(at))
    .join(' ');
}

/** The levensgebied whose help is money itself: the money-as-means words point there. */
const MONEY_DOMAIN = 'geld';
/**
 * The thing's reading is added only when the rest of the message reads a levensgebied other than
 * Geld at least this strongly: the rest then names a thing ("schoenen", "een klusser"), not only
 * the resident ("ik heb"), whose reading would spread thin over every need.
 */
export const THING_SIGNAL = 0.3;

/**
 * The model's need reading of a message (ADR 0013, session 25, money25). Where money is told as
 * the lacking means for a thing, the reading of the rest of the message (the thing) is added
 * beside the reading of the whole, its needs outside Geld only, and the sum scaled back to one:
 * Geld keeps its needs, the thing's levensgebied gets its own, rather than one instead of the
 * other.
 */
export function readNeeds(model: LinearModel, text: string, options?: PredictOptions): Float64Array {
  const whole = model.predict(text, options);
  const rest = withoutMoneyAsMeans(text);
  if (rest === undefined) return whole;
  const thing = model.predict(rest);
  const byDomain = new Map<string, number>();
  const added = new Float64Array(whole.length);
  model.labels.forEach((label, index) => {
    const domain = levensgebiedOfNeed(label);
    if (domain === undefined || domain === MONEY_DOMAIN) return;
    const p = thing[index] as number;
    added[index] = p;
    byDomain.set(domain, (byDomain.get(domain) ?? 0) + p);
  });
  if (Math.max(0, ...byDomain.values()) < THING_SIGNAL) return whole;
  let total = 0;
  for (let index = 0; index < whole.length; index += 1) {
    total += (whole[index] as number) + (added[index] as number);
  }
  const read = new Float64Array(whole.length);
  for (let index = 0; index < whole.length; index += 1) {
    read[index] = ((whole[index] as number) + (added[index] as number)) / total;
  }
  return read;
}

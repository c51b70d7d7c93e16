/**
 * `node --expose-gc --import tsx bench/realWordsLoad.ts`: what the search's real-word lists
 * (src/search/realWords.ts) cost at start, in a fresh process so that the packages' own module
 * load counts: milliseconds from import to a built set, and the heap and external memory still
 * held after a GC. Prints one line of JSON; bench:understanding runs it a few times.
 */
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with --expose-gc');
gc();
const used = () => process.memoryUsage().heapUsed + process.memoryUsage().external;
const before = used();
const start = performance.now();
const { realWordList } = await import('../src/search/realWords.js');
const words = realWordList().size;
const ms = performance.now() - start;
gc();
console.log(JSON.stringify({ ms, bytes: used() - before, words }));

/**
 * Light noise for training copies: residents type on phones, without capitals or full stops, and
 * with slips of the finger. Applied only to training examples, on top of the written corpus, and
 * never counted toward it. Deterministic for a given generator.
 */
export function withNoise(text: string, random: () => number): string {
  let out = text;
  if (random() < 0.7) out = out.toLowerCase();
  if (random() < 0.6) out = out.replace(/[.,!?;:'"]/g, '');
  const words = out.split(' ');
  const edits = 1 + Math.floor(random() * 2);
  for (let n = 0; n < edits; n += 1) {
    const at = Math.floor(random() * words.length);
    const word = words[at] ?? '';
    if (word.length < 4) continue;
    const i = 1 + Math.floor(random() * (word.length - 2));
    const kind = random();
    let changed: string;
    if (kind < 0.4)
      changed = word.slice(0, i) + word.slice(i + 1); // a letter dropped
    else if (kind < 0.8)
      changed = word.slice(0, i - 1) + word.charAt(i) + word.charAt(i - 1) + word.slice(i + 1); // two swapped
    else changed = word.slice(0, i) + word.charAt(i) + word.slice(i); // a letter doubled
    words[at] = changed;
  }
  return words.join(' ');
}

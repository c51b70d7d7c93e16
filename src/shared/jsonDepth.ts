/**
 * The deepest any request body may nest (docs/adr/0015-security-posture.md). Our own shapes nest at most five or six
 * levels (an activity with a card value); Bot Framework activities from Teams about ten. A body of
 * 5,000 levels made JSON.stringify throw RangeError further on, which became a 500.
 */
export const MAX_JSON_DEPTH = 64;

/** True when a parsed JSON value nests deeper than `max`; iterative, so depth cannot overflow it. */
export function jsonTooDeep(value: unknown, max = MAX_JSON_DEPTH): boolean {
  const stack: Array<{ readonly value: unknown; readonly depth: number }> = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop() as { value: unknown; depth: number };
    if (current === null || typeof current !== 'object') continue;
    if (depth >= max) return true;
    const children = Array.isArray(current) ? current : Object.values(current);
    for (const child of children) {
      if (child !== null && typeof child === 'object')
        stack.push({ value: child, depth: depth + 1 });
    }
  }
  return false;
}

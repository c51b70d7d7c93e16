/**
 * `compute` remembered for the last key it was given, compared by identity. For what is derived
 * from the knowledge being served: a loaded catalogue and its lists are frozen and a reload brings
 * new ones (src/knowledge/loader.ts), so a new key is exactly a reload, and the value of the
 * catalogue before it is never served again. One key only: the conversation serves one snapshot.
 */
export function rememberLast<Key extends object, Value>(
  compute: (key: Key) => Value,
): (key: Key) => Value {
  let last: { key: Key; value: Value } | undefined;
  return (key) => {
    if (last?.key !== key) last = { key, value: compute(key) };
    return last.value;
  };
}

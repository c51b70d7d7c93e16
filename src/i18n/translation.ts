/**
 * The shape a translation must have: the same keys as the Dutch module, where a Dutch function
 * becomes a function with the same parameters and a text (or list of texts) stays one.
 */
export type Translation<T> = {
  readonly [K in keyof T]: T[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : T[K] extends readonly string[]
      ? readonly string[]
      : T[K] extends string
        ? string
        : Translation<T[K]>;
};

import type { ComparedLine } from '../../training/nearCopies.js';

/**
 * One set of lines a writer's new line must not nearly copy, by its name as the writer sees it.
 * `shown` is false for a frozen split and for a set measured apart: the check then names the set
 * and never prints its line, so running it does not leak what is held out.
 */
export interface SourceSet {
  readonly name: string;
  readonly shown: boolean;
  readonly lines: readonly ComparedLine[];
}

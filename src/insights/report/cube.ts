/**
 * A table of counts over a few hierarchies (time, area, one or two categories), with the
 * anonymity rules of ADR 0017 §5 applied to every number it can publish:
 *
 * 1. Primary: a count of 1 to 4 is hidden (0 is shown: it tells nothing about anyone).
 * 2. Complementary: the numbers under one parent add up to it (a month is its weeks, a stadsdeel
 *    its wijken, a total its categories). When exactly one number of such a line is hidden, it
 *    could be found by subtraction, so the smallest other non-zero number of that line is hidden
 *    too. This repeats until no line has exactly one hidden number.
 * 3. Numbers that are never published (such as "wijk unknown") count as hidden when they are not
 *    zero: nobody can subtract them.
 *
 * Because the whole year is one cube, the hidden pattern is the same for every period and area a
 * reader can choose, so combining filters (a year minus eleven months, the city minus the other
 * stadsdelen) cannot reveal a hidden number either.
 *
 * Hand-written rather than a library: no maintained JavaScript package does cell suppression
 * (statistical offices use τ-ARGUS and sdcTable, in Java and R); the rule is small and testable.
 */

/** One hierarchy: node 0..n-1, each with a parent of lower index (or -1 for a root). */
export interface Hierarchy {
  readonly parents: readonly number[];
  /** False for nodes that no filter or table ever shows (such as an unknown wijk). */
  readonly published?: readonly boolean[];
}

export const MIN_CELL = 5;

export interface CubeCell {
  readonly value: number;
  readonly hidden: boolean;
}

export class Cube {
  readonly sizes: readonly number[];
  private readonly strides: readonly number[];
  private readonly children: readonly (readonly number[])[][];
  readonly values: Float64Array;
  readonly hidden: Uint8Array;
  private aggregated = false;

  constructor(private readonly hierarchies: readonly Hierarchy[]) {
    this.sizes = hierarchies.map((hierarchy) => hierarchy.parents.length);
    const strides: number[] = [];
    let stride = 1;
    for (let dim = this.sizes.length - 1; dim >= 0; dim -= 1) {
      strides[dim] = stride;
      stride *= this.sizes[dim] ?? 1;
    }
    this.strides = strides;
    this.values = new Float64Array(stride);
    this.hidden = new Uint8Array(stride);
    this.children = hierarchies.map((hierarchy) => {
      const list: number[][] = hierarchy.parents.map(() => []);
      hierarchy.parents.forEach((parent, node) => {
        if (parent >= 0) list[parent]?.push(node);
      });
      return list;
    });
  }

  private index(coords: readonly number[]): number {
    let flat = 0;
    for (let dim = 0; dim < coords.length; dim += 1) {
      flat += (coords[dim] ?? 0) * (this.strides[dim] ?? 0);
    }
    return flat;
  }

  /** Adds a count at leaf coordinates (one leaf node per hierarchy). */
  add(coords: readonly number[], count: number): void {
    const flat = this.index(coords);
    this.values[flat] = (this.values[flat] ?? 0) + count;
  }

  /** Every flat index whose coordinate in `dim` is `node`. */
  private forEachAt(dim: number, node: number, visit: (flat: number) => void): void {
    const stride = this.strides[dim] ?? 1;
    const size = this.sizes[dim] ?? 1;
    const block = stride * size;
    for (let outer = 0; outer < this.values.length; outer += block) {
      const start = outer + node * stride;
      for (let inner = 0; inner < stride; inner += 1) visit(start + inner);
    }
  }

  /** Sums the leaves up every hierarchy, then applies the rules above. Call once, after `add`. */
  finish(minCell: number = MIN_CELL): void {
    if (this.aggregated) return;
    this.aggregated = true;
    this.hierarchies.forEach((hierarchy, dim) => {
      const stride = this.strides[dim] ?? 1;
      for (let node = hierarchy.parents.length - 1; node >= 0; node -= 1) {
        const parent = hierarchy.parents[node] ?? -1;
        if (parent < 0) continue;
        const offset = (parent - node) * stride;
        this.forEachAt(dim, node, (flat) => {
          this.values[flat + offset] = (this.values[flat + offset] ?? 0) + (this.values[flat] ?? 0);
        });
      }
    });
    this.suppress(minCell);
  }

  private unpublishedMask(): Uint8Array {
    const mask = new Uint8Array(this.values.length);
    this.hierarchies.forEach((hierarchy, dim) => {
      hierarchy.published?.forEach((published, node) => {
        if (!published) this.forEachAt(dim, node, (flat) => (mask[flat] = 1));
      });
    });
    return mask;
  }

  private suppress(minCell: number): void {
    const unpublished = this.unpublishedMask();
    for (let flat = 0; flat < this.values.length; flat += 1) {
      const value = this.values[flat] ?? 0;
      if ((value > 0 && value < minCell) || (unpublished[flat] === 1 && value > 0)) {
        this.hidden[flat] = 1;
      }
    }
    let changed = true;
    while (changed) {
      changed = false;
      this.hierarchies.forEach((_hierarchy, dim) => {
        const stride = this.strides[dim] ?? 1;
        this.children[dim]?.forEach((kids, parent) => {
          if (kids.length === 0) return;
          const offsets = [0, ...kids.map((kid) => (kid - parent) * stride)];
          this.forEachAt(dim, parent, (flat) => {
            let hiddenCount = 0;
            for (const offset of offsets) hiddenCount += this.hidden[flat + offset] ?? 0;
            if (hiddenCount !== 1) return;
            let best = -1;
            let bestValue = Number.POSITIVE_INFINITY;
            for (const offset of offsets) {
              const at = flat + offset;
              const value = this.values[at] ?? 0;
              if (this.hidden[at] === 0 && value > 0 && value < bestValue) {
                best = at;
                bestValue = value;
              }
            }
            if (best >= 0) {
              this.hidden[best] = 1;
              changed = true;
            }
          });
        });
      });
    }
  }

  cell(coords: readonly number[]): CubeCell {
    const flat = this.index(coords);
    return { value: this.values[flat] ?? 0, hidden: this.hidden[flat] === 1 };
  }
}

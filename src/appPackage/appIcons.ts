import { encodePng, type RgbaImage } from './png.js';

/**
 * The two icons a Teams app needs, drawn in code: a signpost (a wegwijzer) in white. The colour
 * icon (192×192) puts it on the accent colour; the outline icon (32×32) is white on transparent,
 * as Teams requires. `wijkwijzer teams icons` writes them to manifest/icons/; a gemeente may
 * replace those files with its own artwork of the same sizes.
 */

export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

const inBox = (x: number, y: number, box: Box): boolean =>
  x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;

/** A sign board with a pointed end: the box plus a triangle whose apex sits at `tipX`. */
function inArrow(x: number, y: number, box: Box, tipX: number): boolean {
  if (inBox(x, y, box)) return true;
  const middle = (box.top + box.bottom) / 2;
  const half = (box.bottom - box.top) / 2;
  const pointsRight = tipX > box.right;
  const base = pointsRight ? box.right : box.left;
  const depth = Math.abs(tipX - base);
  const along = pointsRight ? x - base : base - x;
  if (along < 0 || along > depth) return false;
  return Math.abs(y - middle) <= half * (1 - along / depth);
}

/** The signpost in unit coordinates (0..1 both ways, y down). */
function inSignpost(x: number, y: number): boolean {
  return (
    inBox(x, y, { left: 0.455, top: 0.16, right: 0.545, bottom: 0.86 }) ||
    inBox(x, y, { left: 0.34, top: 0.82, right: 0.66, bottom: 0.88 }) ||
    inArrow(x, y, { left: 0.22, top: 0.22, right: 0.66, bottom: 0.4 }, 0.8) ||
    inArrow(x, y, { left: 0.34, top: 0.48, right: 0.78, bottom: 0.66 }, 0.2)
  );
}

/** Share of a pixel covered by the signpost, from a 4×4 grid of samples (smooth edges). */
function coverage(column: number, row: number, size: number): number {
  const samples = 4;
  let inside = 0;
  for (let sy = 0; sy < samples; sy += 1) {
    for (let sx = 0; sx < samples; sx += 1) {
      const x = (column + (sx + 0.5) / samples) / size;
      const y = (row + (sy + 0.5) / samples) / size;
      if (inSignpost(x, y)) inside += 1;
    }
  }
  return inside / (samples * samples);
}

function parseHexColour(hex: string): readonly [number, number, number] {
  const value = Number.parseInt(hex.replace(/^#/, ''), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

/** The colour icon: the white signpost on a full square of the accent colour (such as #1F4E79). */
export function drawColorIcon(accentColour: string, size = COLOR_ICON_SIZE): RgbaImage {
  const [red, green, blue] = parseHexColour(accentColour);
  const pixels = new Uint8Array(size * size * 4);
  for (let row = 0; row < size; row += 1) {
    for (let column = 0; column < size; column += 1) {
      const share = coverage(column, row, size);
      const offset = (row * size + column) * 4;
      pixels[offset] = Math.round(red + (255 - red) * share);
      pixels[offset + 1] = Math.round(green + (255 - green) * share);
      pixels[offset + 2] = Math.round(blue + (255 - blue) * share);
      pixels[offset + 3] = 255;
    }
  }
  return { width: size, height: size, pixels };
}

/** The outline icon: the white signpost on a transparent background. */
export function drawOutlineIcon(size = OUTLINE_ICON_SIZE): RgbaImage {
  const pixels = new Uint8Array(size * size * 4);
  for (let row = 0; row < size; row += 1) {
    for (let column = 0; column < size; column += 1) {
      const offset = (row * size + column) * 4;
      pixels[offset] = 255;
      pixels[offset + 1] = 255;
      pixels[offset + 2] = 255;
      pixels[offset + 3] = Math.round(255 * coverage(column, row, size));
    }
  }
  return { width: size, height: size, pixels };
}

export interface AppIconFiles {
  readonly color: Buffer;
  readonly outline: Buffer;
}

export function renderAppIcons(accentColour: string): AppIconFiles {
  return {
    color: encodePng(drawColorIcon(accentColour)),
    outline: encodePng(drawOutlineIcon()),
  };
}

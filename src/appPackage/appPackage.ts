import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { WijkwijzerError } from '../shared/errors.js';
import { COLOR_ICON_SIZE, OUTLINE_ICON_SIZE } from './appIcons.js';
import { buildManifest, type ManifestSettings } from './manifest.js';
import { readPngHeader } from './png.js';

/**
 * The Teams app package: a zip with manifest.json and the two icons at its root (Teams rejects
 * folders). Built from `manifest/` and the configuration by `wijkwijzer teams package`.
 */

export const TEMPLATE_FILE = 'manifest.template.json';
export const ICON_FILES = { color: 'color.png', outline: 'outline.png' } as const;

/** Zip entries carry this date, so the same input always gives the same bytes. */
const FIXED_DATE = new Date(Date.UTC(2026, 0, 1));

export interface AppPackage {
  readonly zip: Buffer;
  readonly manifest: Record<string, unknown>;
  readonly warnings: readonly string[];
}

async function readIcon(manifestDir: string, file: string, size: number): Promise<Buffer> {
  const location = path.join(manifestDir, 'icons', file);
  let bytes: Buffer;
  try {
    bytes = await readFile(location);
  } catch (error) {
    throw new WijkwijzerError('WW-7004', { cause: error, detail: { file, reason: 'missing' } });
  }
  const header = readPngHeader(bytes);
  if (header === undefined) {
    throw new WijkwijzerError('WW-7004', { detail: { file, reason: 'not a PNG' } });
  }
  if (header.width !== size || header.height !== size) {
    throw new WijkwijzerError('WW-7004', {
      detail: { file, expected: `${size}x${size}`, actual: `${header.width}x${header.height}` },
    });
  }
  return bytes;
}

/** Reads the template and icons from `manifestDir`, fills in the settings and zips the result. */
export async function buildAppPackage(
  manifestDir: string,
  settings: ManifestSettings,
): Promise<AppPackage> {
  let templateText: string;
  try {
    templateText = await readFile(path.join(manifestDir, TEMPLATE_FILE), 'utf8');
  } catch (error) {
    throw new WijkwijzerError('WW-7001', { cause: error, detail: { reason: 'missing' } });
  }
  const { manifest, warnings } = buildManifest(templateText, settings);
  const color = await readIcon(manifestDir, ICON_FILES.color, COLOR_ICON_SIZE);
  const outline = await readIcon(manifestDir, ICON_FILES.outline, OUTLINE_ICON_SIZE);

  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, { date: FIXED_DATE });
  zip.file(ICON_FILES.color, color, { date: FIXED_DATE });
  zip.file(ICON_FILES.outline, outline, { date: FIXED_DATE });
  const bytes = await zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
    platform: 'UNIX',
  });
  return { zip: bytes, manifest, warnings };
}

/** Writes next to the target and renames, so a half-written zip is never left behind. */
export async function writeAppPackage(file: string, zip: Buffer): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(temporary, zip);
    await rename(temporary, file);
  } catch (error) {
    throw new WijkwijzerError('WW-7005', { cause: error });
  }
}

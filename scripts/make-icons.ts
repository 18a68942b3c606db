/**
 * Draws Gloss's toolbar icons (public/icon/{16,32,48,128}.png) with no image tools: a rounded
 * dark-blue tile with three "highlighted lines" in the person, claim and term colours. Pixels are
 * supersampled for smooth edges and written as an RGBA PNG (zlib from Node).
 *
 * Run: npx tsx scripts/make-icons.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateSync } from 'node:zlib';
import { PALETTES } from '../core/highlight/palette';

const SIZES = [16, 32, 48, 128] as const;
/** Samples per pixel side: 4x4 is plenty for shapes this simple. */
const SUPERSAMPLE = 4;
const TILE = '#1d3557';
const TEXT_LINE = '#e8edf5';

type Rgb = [number, number, number];
const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;

/** Shapes in unit coordinates (0..1), painted in order; the last hit wins. */
interface Shape {
  colour: Rgb;
  inside(x: number, y: number): boolean;
}

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number, colour: string): Shape {
  return {
    colour: rgb(colour),
    inside(x, y) {
      if (x < x0 || x > x1 || y < y0 || y > y1) return false;
      const cx = Math.min(Math.max(x, x0 + r), x1 - r);
      const cy = Math.min(Math.max(y, y0 + r), y1 - r);
      return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
    },
  };
}

function shapes(): Shape[] {
  const c = PALETTES.default.light;
  // Three lines of "text", each with a highlighted word in one of the three colours.
  const rows: Array<[number, number, number, string]> = [
    [0.22, 0.2, 0.62, c.person],
    [0.45, 0.38, 0.8, c.claim],
    [0.68, 0.2, 0.54, c.term],
  ];
  const out: Shape[] = [roundedRect(0.02, 0.02, 0.98, 0.98, 0.2, TILE)];
  for (const [y, hx0, hx1, colour] of rows) {
    out.push(roundedRect(0.16, y + 0.045, 0.84, y + 0.095, 0.02, TEXT_LINE));
    out.push(roundedRect(hx0, y, hx1, y + 0.14, 0.035, colour));
  }
  return out;
}

function render(size: number): Buffer {
  const list = shapes();
  const px = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const ux = (x + (sx + 0.5) / n) / size;
          const uy = (y + (sy + 0.5) / n) / size;
          let hit: Rgb | undefined;
          for (const s of list) if (s.inside(ux, uy)) hit = s.colour;
          if (hit) {
            r += hit[0];
            g += hit[1];
            b += hit[2];
            a++;
          }
        }
      }
      const o = (y * size + x) * 4;
      if (a) {
        px[o] = Math.round(r / a);
        px[o + 1] = Math.round(g / a);
        px[o + 2] = Math.round(b / a);
      }
      px[o + 3] = Math.round((255 * a) / (n * n));
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** An 8-bit RGBA PNG: each scanline prefixed with filter type 0. */
export function encodePng(size: number, rgba: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = resolve(process.cwd(), 'public/icon');
mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = resolve(outDir, `${size}.png`);
  writeFileSync(file, encodePng(size, render(size)));
  console.log(`wrote ${file}`);
}

// Draws the app icons (a white cross on deep red) as PNGs with no image dependency.
// Run: node scripts/make-icons.mjs — writes assets/icons/*.png. The output is committed.
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const RED = [183, 28, 28, 255];
const WHITE = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const p = pixel(x + 0.5, y + 0.5, size);
      raw.set(p, y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A cross whose arms are `arm` wide and `reach` long (fractions of the size), centred. */
function inCross(x, y, s, arm, reach) {
  const cx = Math.abs(x / s - 0.5), cy = Math.abs(y / s - 0.5);
  return (cx < arm / 2 && cy < reach / 2) || (cy < arm / 2 && cx < reach / 2);
}

function roundedSquare(x, y, s, r) {
  const px = Math.min(x, s - x), py = Math.min(y, s - y), rr = r * s;
  if (px >= rr || py >= rr) return true;
  return (rr - px) ** 2 + (rr - py) ** 2 <= rr * rr;
}

const any = (x, y, s) => (!roundedSquare(x, y, s, 0.18) ? CLEAR : inCross(x, y, s, 0.2, 0.6) ? WHITE : RED);
// Maskable icons are cropped to a circle of 80% of the size: keep the cross inside it.
const maskable = (x, y, s) => (inCross(x, y, s, 0.16, 0.48) ? WHITE : RED);

mkdirSync('assets/icons', { recursive: true });
writeFileSync('assets/icons/icon-192.png', png(192, any));
writeFileSync('assets/icons/icon-512.png', png(512, any));
writeFileSync('assets/icons/icon-maskable-512.png', png(512, maskable));

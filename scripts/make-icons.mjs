// Draws the toolbar icon (a shield with a tick) at every size the manifest names, as PNG, with no image tools.
// Run once after changing the design: node scripts/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) row.set(pixel((x + 0.5) / size, (y + 0.5) / size), 1 + x * 4);
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}
const distToSegment = (px, py, ax, ay, bx, by) => {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
};
function shield(x, y) {
  // Shield: flat top, sides curving to a point at the bottom.
  const top = 0.08, bottom = 0.94;
  if (y < top || y > bottom) return [0, 0, 0, 0];
  const t = (y - top) / (bottom - top);
  const half = t < 0.45 ? 0.42 : 0.42 * Math.sqrt(Math.max(0, 1 - ((t - 0.45) / 0.55) ** 2));
  if (Math.abs(x - 0.5) > half) return [0, 0, 0, 0];
  const tick = Math.min(distToSegment(x, y, 0.3, 0.5, 0.45, 0.66), distToSegment(x, y, 0.45, 0.66, 0.72, 0.34));
  if (tick < 0.07) return [255, 255, 255, 255];
  return [19, 115, 81, 255];
}
mkdirSync('src/public/icons', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`src/public/icons/${size}.png`, png(size, shield));
console.log('icons written to src/public/icons');

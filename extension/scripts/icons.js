// Draws the toolbar icon (a raised hand's "stop" sign: a disc with a bar) as PNG at build time, so
// no binary file is kept in the repository.
import { deflateSync, crc32 } from 'node:zlib';

const DISC = [0x1d, 0x4e, 0xd8];

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

export function iconPng(size) {
  const rows = [];
  const centre = (size - 1) / 2;
  const radius = size / 2;
  for (let y = 0; y < size; y += 1) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x += 1) {
      const distance = Math.hypot(x - centre, y - centre);
      const alpha = Math.max(0, Math.min(1, radius - distance)) * 255;
      const bar = Math.abs(y - centre) < size * 0.11 && Math.abs(x - centre) < size * 0.3;
      const [r, g, b] = bar ? [255, 255, 255] : DISC;
      row.set([r, g, b, Math.round(alpha)], 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

export const ICON_SIZES = [16, 32, 48, 128];

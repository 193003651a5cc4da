#!/usr/bin/env node
/**
 * Draws the ribbon and add-in icons as real PNGs with nothing but node's zlib:
 * each icon is a list of shapes in a unit square, rasterised with 4×4
 * supersampling so the 16 px versions stay crisp. Run: node scripts/make-icons.js
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80];
const BLUE = [31, 94, 168];
const GREEN = [33, 130, 76];
const RED = [192, 57, 43];
const GREY = [90, 98, 110];
const WHITE = [255, 255, 255];

// Shapes: each returns true when the unit-square point (x, y) is inside.
const rect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const ring = (cx, cy, r0, r1) => (x, y) => {
  const d = (x - cx) ** 2 + (y - cy) ** 2;
  return d <= r1 * r1 && d >= r0 * r0;
};
function segment(x0, y0, x1, y1, w) {
  return (x, y) => {
    const dx = x1 - x0;
    const dy = y1 - y0;
    const t = Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / (dx * dx + dy * dy)));
    return (x - x0 - t * dx) ** 2 + (y - y0 - t * dy) ** 2 <= (w / 2) ** 2;
  };
}

const ICONS = {
  // A sheet with a green tick: «Проверить», and the add-in's own icon.
  check: [
    [rect(0.12, 0.08, 0.88, 0.92), BLUE],
    [rect(0.2, 0.16, 0.8, 0.84), WHITE],
    [segment(0.3, 0.52, 0.45, 0.68, 0.12), GREEN],
    [segment(0.45, 0.68, 0.72, 0.32, 0.12), GREEN],
  ],
  // A table with a red row: «Сводка».
  summary: [
    [rect(0.08, 0.12, 0.92, 0.88), GREY],
    [rect(0.14, 0.3, 0.86, 0.82), WHITE],
    [rect(0.14, 0.5, 0.86, 0.62), RED],
    [rect(0.45, 0.3, 0.5, 0.82), GREY],
  ],
  // An envelope: «Письма».
  letters: [
    [rect(0.08, 0.2, 0.92, 0.8), BLUE],
    [rect(0.14, 0.26, 0.86, 0.74), WHITE],
    [segment(0.16, 0.3, 0.5, 0.56, 0.09), BLUE],
    [segment(0.5, 0.56, 0.84, 0.3, 0.09), BLUE],
  ],
  // A gear: «Настройки».
  settings: [
    ...[0, 1, 2, 3].map((k) => {
      const a = (k * Math.PI) / 4;
      return [segment(0.5 - 0.4 * Math.cos(a), 0.5 - 0.4 * Math.sin(a), 0.5 + 0.4 * Math.cos(a), 0.5 + 0.4 * Math.sin(a), 0.16), GREY];
    }),
    [circle(0.5, 0.5, 0.3), GREY],
    [ring(0.5, 0.5, 0, 0.12), WHITE],
  ],
};

function render(shapes, size) {
  const ss = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          let colour = null;
          for (const [inside, c] of shapes) if (inside(x, y)) colour = c;
          if (colour) {
            acc[0] += colour[0];
            acc[1] += colour[1];
            acc[2] += colour[2];
            acc[3] += 1;
          }
        }
      }
      const o = (py * size + px) * 4;
      if (acc[3] > 0) {
        rgba[o] = Math.round(acc[0] / acc[3]);
        rgba[o + 1] = Math.round(acc[1] / acc[3]);
        rgba[o + 2] = Math.round(acc[2] / acc[3]);
        rgba[o + 3] = Math.round((255 * acc[3]) / (ss * ss));
      }
    }
  }
  return encodePng(rgba, size, size);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function encodePng(rgba, width, height) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = path.join(__dirname, '..', 'assets');
fs.mkdirSync(outDir, { recursive: true });
for (const [name, shapes] of Object.entries(ICONS)) {
  for (const size of SIZES) {
    const png = render(shapes, size);
    fs.writeFileSync(path.join(outDir, `${name}-${size}.png`), png);
    // The add-in's own icon (IconUrl / HighResolutionIconUrl) is the «Проверить» one.
    if (name === 'check') fs.writeFileSync(path.join(outDir, `icon-${size}.png`), png);
  }
}
console.log(`icons written to ${path.relative(process.cwd(), outDir)}`);

/**
 * Photos for the benchmark corpus (`--images`): one 1600 × 1067 JPEG per
 * article, as a newsroom's camera or agency delivers them once scaled, with
 * content varied enough (gradients, shapes, grain) that each compresses like a
 * photo, to a few hundred KB, rather than to nothing. Deterministic per seed.
 */
import sharp from "sharp";
import { Random } from "./random.ts";

export const PHOTO_WIDTH = 1600;
export const PHOTO_HEIGHT = 1067;

/** Writes a photo at each path; returns their total size in bytes. */
export async function writePhotos(files: readonly string[], seed: number): Promise<number> {
  const random = new Random(seed + 7);
  let bytes = 0;
  for (const file of files) {
    const info = await sharp(photoPixels(random), { raw: { width: PHOTO_WIDTH, height: PHOTO_HEIGHT, channels: 3 } }).jpeg({ quality: 85 }).toFile(file);
    bytes += info.size;
  }
  return bytes;
}

/** A sky-and-ground gradient, a few blocks and discs of colour, and grain. */
function photoPixels(random: Random): Buffer {
  const w = PHOTO_WIDTH;
  const h = PHOTO_HEIGHT;
  const data = Buffer.alloc(w * h * 3);
  const sky = [random.int(90, 200), random.int(120, 220), random.int(160, 255)];
  const ground = [random.int(30, 120), random.int(40, 110), random.int(20, 90)];
  const horizon = random.int(h * 0.35, h * 0.65);
  const shapes = Array.from({ length: random.int(4, 9) }, () => ({ x: random.int(0, w), y: random.int(0, h), r: random.int(40, 260), c: [random.int(0, 255), random.int(0, 255), random.int(0, 255)] }));
  let grain = random.int(1, 1 << 30);
  for (let y = 0; y < h; y++) {
    const base = y < horizon ? sky : ground;
    const shade = y < horizon ? 1 - (0.4 * y) / horizon : 0.6 + (0.4 * (y - horizon)) / (h - horizon);
    for (let x = 0; x < w; x++) {
      let [r, g, b] = [base[0]! * shade, base[1]! * shade, base[2]! * shade];
      for (const s of shapes) {
        const dx = x - s.x;
        const dy = y - s.y;
        if (dx * dx + dy * dy < s.r * s.r) [r, g, b] = [(r + s.c[0]!) / 2, (g + s.c[1]!) / 2, (b + s.c[2]!) / 2];
      }
      grain = (grain * 1103515245 + 12345) & 0x7fffffff;
      const n = (grain % 25) - 12;
      const i = (y * w + x) * 3;
      data[i] = Math.max(0, Math.min(255, r + n));
      data[i + 1] = Math.max(0, Math.min(255, g + n));
      data[i + 2] = Math.max(0, Math.min(255, b + n));
    }
  }
  return data;
}

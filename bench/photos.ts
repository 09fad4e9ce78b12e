/**
 * Photos for the benchmark corpus (`--images`): one 1600 × 1067 JPEG per
 * article, as a newsroom's camera or agency delivers them once scaled, with
 * content varied enough that each compresses like a photo, to a few hundred
 * KB, rather than to nothing: a small random picture scaled up (smooth areas
 * and edges) under a layer of Gaussian grain, all made by sharp (libvips), so
 * a thousand take a minute or two. Deterministic per seed.
 */
import sharp from "sharp";
import { Random } from "./random.ts";

export const PHOTO_WIDTH = 1600;
export const PHOTO_HEIGHT = 1067;

/** Writes a photo at each path; returns their total size in bytes. */
export async function writePhotos(files: readonly string[], seed: number): Promise<number> {
  const random = new Random(seed + 7);
  const grain = await sharp({ create: { width: PHOTO_WIDTH, height: PHOTO_HEIGHT, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 128, sigma: 28 } } })
    .png()
    .toBuffer();
  let bytes = 0;
  for (const file of files) {
    const [w, h] = [48, 32];
    const small = Buffer.alloc(w * h * 3);
    for (let i = 0; i < small.length; i++) small[i] = random.int(0, 255);
    const info = await sharp(small, { raw: { width: w, height: h, channels: 3 } })
      .resize(PHOTO_WIDTH, PHOTO_HEIGHT, { kernel: random.chance(0.5) ? "cubic" : "lanczos3" })
      .composite([{ input: grain, blend: "soft-light", left: 0, top: 0 }])
      .jpeg({ quality: 85 })
      .toFile(file);
    bytes += info.size;
  }
  return bytes;
}

/**
 * Photos for tests, made with sharp rather than committed: a "photo" of
 * varied content (so it does not compress to nothing), a picture with
 * transparency, and the hostile files (cut short, a decompression bomb).
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import sharp from "sharp";

/** Raw pixels of varied content: gradients and a pattern seeded by `seed`, so two seeds give two different photos. */
function pixels(width: number, height: number, channels: 3 | 4, seed: number): Buffer {
  const data = Buffer.alloc(width * height * channels);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * channels;
      data[i] = (x * 255) / width + seed * 40;
      data[i + 1] = (y * 255) / height;
      data[i + 2] = ((x ^ y) * (seed + 3)) & 255;
      if (channels === 4) data[i + 3] = x < width / 2 ? 255 : 96;
    }
  }
  return data;
}

/** Writes a JPEG (or the format `file`'s extension names) of `width` × `height` at `file`, its folder made. */
export async function writePhoto(file: string, width = 1600, height = 1067, seed = 1): Promise<string> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const format = path.extname(file).slice(1).toLowerCase();
  const transparent = format === "png";
  let image = sharp(pixels(width, height, transparent ? 4 : 3, seed), { raw: { width, height, channels: transparent ? 4 : 3 } });
  image = format === "png" ? image.png() : format === "webp" ? image.webp() : format === "gif" ? image.gif() : format === "avif" ? image.avif({ effort: 0 }) : image.jpeg({ quality: 85 });
  await image.toFile(file);
  return file;
}

/** A PNG whose header claims 30,000 × 30,000 pixels in a few hundred bytes: a decompression bomb. */
export function writePixelBomb(file: string): string {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body) >>> 0);
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(30_000, 0);
  header.writeUInt32BE(30_000, 4);
  header[8] = 8;
  header[9] = 2;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, Buffer.concat([Buffer.from("\x89PNG\r\n\x1a\n", "latin1"), chunk("IHDR", header), chunk("IDAT", zlib.deflateSync(Buffer.alloc(30_001))), chunk("IEND", Buffer.alloc(0))]));
  return file;
}

/** A JPEG cut off half-way, as an interrupted download leaves it. */
export async function writeTruncatedPhoto(file: string): Promise<string> {
  const whole = await sharp(pixels(800, 600, 3, 2), { raw: { width: 800, height: 600, channels: 3 } }).jpeg().toBuffer();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, whole.subarray(0, Math.floor(whole.length / 2)));
  return file;
}

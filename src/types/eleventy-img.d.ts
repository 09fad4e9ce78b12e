/** The part of `@11ty/eleventy-img` 6 that Dateline calls (the package ships no types). */
declare module "@11ty/eleventy-img" {
  import type { SharpOptions } from "sharp";

  /** One output file of one format and width. */
  export interface ImageStat {
    format: string;
    width: number;
    height: number;
    filename: string;
    outputPath: string;
    url: string;
    size: number;
  }

  export interface ImageOptions {
    widths?: (number | "auto" | null)[];
    formats?: string[];
    outputDir?: string;
    urlPath?: string;
    filenameFormat?: (id: string, src: unknown, width: number, format: string) => string;
    useCache?: boolean;
    sharpOptions?: SharpOptions;
    sharpJpegOptions?: Record<string, unknown>;
    sharpWebpOptions?: Record<string, unknown>;
    sharpPngOptions?: Record<string, unknown>;
    fixOrientation?: boolean;
    formatFiltering?: string[] | false;
  }

  /** Processes an image (a path or its bytes) into every format and width; resolves to the files written, by format. */
  function Image(src: string | Buffer, options?: ImageOptions): Promise<Record<string, ImageStat[]>>;
  export default Image;
}

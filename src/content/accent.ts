/**
 * The site's accent colour (`accent` in site.yaml): a hex colour, one for both
 * colour schemes or one each, checked for contrast against the backgrounds
 * link text sits on, since the accent is the colour of every link. Only
 * `#rgb` and `#rrggbb` are accepted: the value is written into a stylesheet,
 * so nothing but a colour may reach it.
 */

/** A colour as `#rrggbb`, lower case. */
export type HexColour = `#${string}`;

/** The accent of each colour scheme. */
export interface Accent {
  light: HexColour;
  dark: HexColour;
}

/** The grammar of a colour in site.yaml. */
export const HEX_COLOUR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

/** `#abc` or `#AABBCC` as `#aabbcc`. */
export function normaliseHex(value: string): HexColour {
  const hex = value.slice(1).toLowerCase();
  return `#${hex.length === 3 ? [...hex].map((digit) => digit + digit).join("") : hex}`;
}

/**
 * The backgrounds of public/styles.css that links are printed on (page,
 * surface, chip), per scheme; a unit test holds these to the stylesheet.
 */
export const LINK_BACKGROUNDS: Readonly<Record<keyof Accent, readonly HexColour[]>> = {
  light: ["#fbfaf7", "#ffffff", "#f1eee6"],
  dark: ["#141518", "#1c1d21", "#2a2b31"],
};

/** WCAG 2.2's minimum contrast for normal-size text (AA). */
export const MIN_TEXT_CONTRAST = 4.5;

/** The WCAG contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a: HexColour, b: HexColour): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** The lowest contrast of `colour` against the link backgrounds of a scheme. */
export function worstContrast(colour: HexColour, scheme: keyof Accent): number {
  return Math.min(...LINK_BACKGROUNDS[scheme].map((background) => contrastRatio(colour, background)));
}

/** The WCAG relative luminance of a `#rrggbb` colour. */
function luminance(colour: HexColour): number {
  const channel = (offset: number) => {
    const value = parseInt(colour.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

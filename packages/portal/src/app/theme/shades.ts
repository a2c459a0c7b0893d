/** Colour maths for site themes: a 10-shade Mantine tuple from one brand colour. Pure, no DOM. */

export type Rgb = [number, number, number];
export type ShadeTuple = readonly [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];

const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;

export function parseHex(hex: string): Rgb | null {
  const m = HEX.exec(hex.trim());
  if (!m) return null;
  let h = m[1]!;
  if (h.length === 3)
    h = h
      .split('')
      .map((c) => c + c)
      .join('');
  return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16)];
}

export function toHex([r, g, b]: Rgb): string {
  return (
    '#' +
    [r, g, b]
      .map((v) =>
        Math.round(Math.min(255, Math.max(0, v)))
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')
  );
}

function mix(a: Rgb, b: Rgb, weightOfB: number): Rgb {
  return [
    a[0] + (b[0] - a[0]) * weightOfB,
    a[1] + (b[1] - a[1]) * weightOfB,
    a[2] + (b[2] - a[2]) * weightOfB,
  ];
}

const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];

/**
 * Ten shades, light to dark, with the brand colour itself at index 6 (the theme's primaryShade).
 * Tints mix towards white and shades towards black, so hue stays put.
 */
export function generateShades(hex: string): ShadeTuple {
  const base = parseHex(hex) ?? parseHex('#1c7ed6')!;
  const tints = [0.92, 0.82, 0.68, 0.52, 0.36, 0.18].map((w) => toHex(mix(base, WHITE, w)));
  const darks = [0.15, 0.3, 0.45].map((w) => toHex(mix(base, BLACK, w)));
  return [...tints, toHex(base), ...darks] as unknown as ShadeTuple;
}

/** WCAG relative luminance (0 = black, 1 = white). */
export function relativeLuminance(hex: string): number {
  const rgb = parseHex(hex);
  if (!rgb) return 0;
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two colours (1–21). */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Black or white, whichever reads better on the given background. */
export function readableTextOn(background: string): '#000000' | '#ffffff' {
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff') ? '#000000' : '#ffffff';
}

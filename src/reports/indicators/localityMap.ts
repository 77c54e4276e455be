// The locality map: the county's five family hub localities as a schematic drawing (not to scale),
// each shaded by its figure, drawn on the server as SVG. The table beside it is its accessible
// equivalent. The shapes stand for the synthetic county's localities (North, South, East, West,
// Central); a council would put its own hub boundaries here.
import { xmlEscaped } from './chart.ts';

/** The five localities, each a polygon of a stylised county (viewBox 300 × 340) and a label point. */
export const countyLocalities: readonly { name: string; points: string; label: [number, number] }[] = [
  { name: 'North', points: '10,90 90,10 210,10 290,90 200,120 100,120', label: [150, 62] },
  { name: 'East', points: '290,90 290,250 200,220 200,120', label: [250, 172] },
  { name: 'South', points: '290,250 210,330 90,330 10,250 100,220 200,220', label: [150, 282] },
  { name: 'West', points: '10,250 10,90 100,120 100,220', label: [50, 172] },
  { name: 'Central', points: '100,120 200,120 200,220 100,220', label: [150, 172] },
];

/**
 * A sequential scale of five blues (ColorBrewer "Blues"), safe for the common forms of colour
 * blindness and in greyscale print; `ink` is the label colour that reads on each.
 */
export const shades: readonly { fill: string; ink: string }[] = [
  { fill: '#eff3ff', ink: '#0b0c0c' },
  { fill: '#bdd7e7', ink: '#0b0c0c' },
  { fill: '#6baed6', ink: '#0b0c0c' },
  { fill: '#3182bd', ink: '#ffffff' },
  { fill: '#08519c', ink: '#ffffff' },
];
/** A locality without a figure (none to divide by, or withheld): hatched grey, unlike any shade. */
const noFigure = { fill: 'url(#locality-map-no-figure)', ink: '#0b0c0c' };
const hatching = `<defs><pattern id="locality-map-no-figure" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="8" stroke="#b1b4b6" stroke-width="3"/></pattern></defs>`;

/** The shade (0 = lightest) of a value between the lowest and highest shown: five equal bands. */
export function shadeOf(value: number, lowest: number, highest: number): number {
  if (highest <= lowest) return 0;
  const band = Math.floor(((value - lowest) / (highest - lowest)) * shades.length);
  return Math.min(shades.length - 1, Math.max(0, band));
}

/** The bands' ranges as the legend states them, lowest first. */
export function legendBands(lowest: number, highest: number, format: (value: number) => string): string[] {
  if (highest <= lowest) return [format(lowest)];
  const width = (highest - lowest) / shades.length;
  return shades.map((_shade, i) => `${format(lowest + i * width)} to ${format(lowest + (i + 1) * width)}`);
}

export interface LocalityFigure {
  locality: string;
  /** The figure the shade is chosen by; null when there is none or it is withheld. */
  value: number | null;
  /** The figure as printed on the map ('12', '33.3%', 'fewer than 5' withheld). */
  text: string;
}

/** The map as SVG: an image with a title and a name, each locality shaded, named and valued, and a legend. */
export function localityMapSvg(
  figures: readonly LocalityFigure[],
  options: { title: string; format: (value: number) => string },
): string {
  const byName = new Map(figures.map((figure) => [figure.locality, figure]));
  const values = figures.flatMap((figure) => (figure.value === null ? [] : [figure.value]));
  const lowest = Math.min(...values);
  const highest = Math.max(...values);
  const regions = countyLocalities.map((locality) => {
    const figure = byName.get(locality.name);
    const shade =
      figure?.value === null || figure === undefined ? noFigure : shades[shadeOf(figure.value, lowest, highest)]!;
    const [x, y] = locality.label;
    return `<g><polygon points="${locality.points}" fill="${shade.fill}" stroke="#0b0c0c" stroke-width="1.5"/>
<text x="${x}" y="${y}" text-anchor="middle" font-size="13" font-weight="bold" fill="${shade.ink}">${xmlEscaped(locality.name)}</text>
<text x="${x}" y="${y + 17}" text-anchor="middle" font-size="13" fill="${shade.ink}">${xmlEscaped(figure?.text ?? '–')}</text></g>`;
  });
  const bands = values.length ? legendBands(lowest, highest, options.format) : [];
  const legend = [
    ...bands.map((text, i) => ({ shade: shades[bands.length === 1 ? 0 : i]!, text })),
    { shade: noFigure, text: 'No figure or withheld' },
  ].map(
    (entry, i) =>
      `<rect x="10" y="${352 + i * 20}" width="16" height="14" fill="${entry.shade.fill}" stroke="#0b0c0c"/><text x="32" y="${364 + i * 20}" font-size="12" fill="#0b0c0c">${xmlEscaped(entry.text)}</text>`,
  );
  const height = 352 + legend.length * 20 + 6;
  const title = xmlEscaped(options.title);
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${title}" viewBox="0 0 300 ${height}" width="300" height="${height}" font-family="Arial, sans-serif"><title>${title}</title>${hatching}
${regions.join('\n')}
${legend.join('\n')}</svg>`;
}

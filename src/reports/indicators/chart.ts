// An indicator's trend as an SVG picture drawn on the server with Vega-Lite, so a page needs no
// JavaScript to show it and a committee report prints it. The same data always draws the same
// picture; pages put the data in a table beside it, so it reads without the picture.
import type { TopLevelSpec } from 'vega-lite';
import type { IndicatorUnit } from './model.ts';

export interface TrendPoint {
  /** 'YYYY-MM' */
  month: string;
  /** Null where there is no figure (nothing to divide by, or withheld as a small number): a gap. */
  value: number | null;
}

export interface TrendChart {
  /** Said to screen readers as the picture's name: what it shows and over which months. */
  label: string;
  /** The unit's words for the y axis (`axisTitles`). */
  axisTitle: string;
  points: readonly TrendPoint[];
  /** A line across the chart: the council's target, where it has one. */
  target?: number;
}

/** The y axis's title for each unit. */
export const axisTitles: Record<IndicatorUnit, string> = {
  count: 'Number',
  rate10k: 'Per 10,000 children',
  percent: 'Per cent',
  days: 'Days',
  weeks: 'Weeks',
  average: 'Average',
};

/** Text made safe inside an SVG's elements and attributes (the charts' and the locality map's names). */
export const xmlEscaped = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// GOV.UK colours: the line in blue (reads on white and in greyscale print), the target dashed in dark grey.
const lineColour = '#1d70b8';
const targetColour = '#505a5f';

function specOf(chart: TrendChart, size: { width: number; height: number }): TopLevelSpec {
  const values = chart.points.map((point) => ({ month: `${point.month}-01`, value: point.value }));
  const x = { field: 'month', type: 'temporal' as const, timeUnit: 'utcyearmonth' as const, title: null };
  return {
    ...size,
    background: 'white',
    config: { font: 'Arial, sans-serif', view: { stroke: null } },
    data: { values },
    layer: [
      {
        mark: { type: 'line', point: true, color: lineColour },
        encoding: {
          x: { ...x, axis: { format: '%b %Y', labelAngle: 0, tickCount: 6 } },
          y: { field: 'value', type: 'quantitative', title: chart.axisTitle },
        },
      },
      ...(chart.target === undefined
        ? []
        : [
            {
              mark: { type: 'rule' as const, strokeDash: [4, 4], color: targetColour },
              encoding: { y: { datum: chart.target } },
            },
          ]),
    ],
  };
}

/** Charts already drawn, by their spec: stored figures change once a day, so a dashboard draws each once. */
const drawn = new Map<string, string>();
const drawnKept = 1000;

/** The chart as an SVG element with role="img", its label and a <title>. */
export async function trendChartSvg(chart: TrendChart, size = { width: 260, height: 90 }): Promise<string> {
  const spec = specOf(chart, size);
  const key = JSON.stringify([spec, chart.label]);
  const cached = drawn.get(key);
  if (cached) return cached;
  // Loaded when first used, not by every process that imports the app (each test file, the server).
  const [vega, { compile }] = await Promise.all([import('vega'), import('vega-lite')]);
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  // Vega names its marks to screen readers one by one (axe-core fails them); the picture is one image with one name here.
  const svg = (await view.toSVG())
    .replace(/ (role|aria-[a-z]+)="[^"]*"/g, '')
    .replace(/^<svg /, `<svg role="img" aria-label="${xmlEscaped(chart.label)}" focusable="false" `);
  const titled = svg.replace(/^(<svg[^>]*>)/, `$1<title>${xmlEscaped(chart.label)}</title>`);
  view.finalize();
  if (drawn.size >= drawnKept) drawn.clear();
  drawn.set(key, titled);
  return titled;
}

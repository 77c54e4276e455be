// Charts of indicator figures, drawn on the server as SVG by Vega-Lite (no client JavaScript): the
// committee report prints them and the table beside each is their accessible equivalent.
import { compile, type TopLevelSpec } from 'vega-lite';
import { parse, View } from 'vega';

export interface TrendPoint {
  /** What the axis shows for the point ('Oct 2025'); points are drawn in the order given. */
  label: string;
  value: number | null;
}

export interface TrendChartOptions {
  /** The chart's accessible name and title ('Referrals, January 2025 to December 2025'). */
  title: string;
  /** The value axis's title ('Referrals', 'Per 10,000 children'). */
  axisTitle: string;
  width?: number;
  height?: number;
}

/** A colour-blind-safe blue that reads on white and in greyscale print. */
const lineColour = '#1d70b8';

/** An SVG line chart of an indicator's monthly figures: months without a figure are gaps. */
export async function trendChartSvg(series: readonly TrendPoint[], options: TrendChartOptions): Promise<string> {
  const spec: TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: options.width ?? 480,
    height: options.height ?? 180,
    background: 'white',
    data: { values: series.map((point, order) => ({ ...point, order })) },
    mark: { type: 'line', point: true, color: lineColour },
    encoding: {
      x: {
        field: 'label',
        type: 'ordinal',
        sort: { field: 'order' },
        title: null,
        axis: { labelAngle: -45, labelFontSize: 11 },
      },
      y: { field: 'value', type: 'quantitative', title: options.axisTitle, axis: { labelFontSize: 11 } },
    },
    config: { font: 'Arial, sans-serif', view: { stroke: null } },
  };
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  // The chart is an image with a name; the table beside it carries the figures for screen readers.
  return svg.replace(/^<svg /, `<svg role="img" aria-label="${escapeAttribute(options.title)}" `);
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

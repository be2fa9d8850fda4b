import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { download } from '../shared/download';

/** Staggers chart drawing: successive charts start a few milliseconds apart, each in its own task. */
const drawOrder = {
  last: 0,
  next(): number {
    const now = performance.now();
    this.last = Math.max(now, this.last + 16);
    return this.last - now;
  },
};

/** An SVG chart made by `draw` (Observable Plot), with its table view and SVG/PNG/CSV exports. */
export function Figure({
  id,
  title,
  summary,
  draw,
  table,
  csv,
  fileName,
  onChartReady,
}: {
  id: string;
  title: string;
  /** What the chart shows, read out for screen readers and printed under the title. */
  summary: string;
  draw: () => SVGSVGElement | HTMLElement;
  table: ComponentChildren;
  csv: () => string;
  fileName: string;
  /** Called with the rendered chart, to make its marks focusable. */
  onChartReady?: (chart: Element) => void;
}) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const holder = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = holder.current;
    if (!el || view !== 'chart') return;
    // Each chart is drawn in a task of its own, so that three charts never make one long task.
    const timer = setTimeout(() => {
      // The switch to the table renders at once, but its cleanup (which clears this timer) waits for
      // the next frame: a drawing that fires in between must not land in the table's place.
      if (holder.current !== el) return;
      const chart = draw();
      el.replaceChildren(chart);
      const svg = chart instanceof SVGSVGElement ? chart : chart.querySelector('svg:last-of-type');
      svg?.setAttribute('role', 'img');
      svg?.setAttribute('aria-label', `${title}. ${summary}`);
      onChartReady?.(chart);
    }, drawOrder.next());
    return () => clearTimeout(timer);
  }, [draw, view, title, summary, onChartReady]);

  const chartSvg = () => {
    const chart = holder.current?.firstElementChild;
    if (!chart) return null;
    // A figure with a legend is a <figure> of several SVGs; the plot itself is the last one.
    const svgs = chart instanceof SVGSVGElement ? [chart] : [...chart.querySelectorAll('svg')];
    return svgs[svgs.length - 1] ?? null;
  };

  const exportSvg = () => {
    const svg = chartSvg();
    if (svg) download(new Blob([serialiseSvg(svg)], { type: 'image/svg+xml' }), `${fileName}.svg`);
  };
  const exportPng = async () => {
    const svg = chartSvg();
    if (svg) download(await svgToPng(svg), `${fileName}.png`);
  };

  return (
    <section class="figure" aria-labelledby={`${id}-title`} data-testid={id}>
      <div class="figure-head">
        <h2 id={`${id}-title`}>{title}</h2>
        <div class="figure-actions" role="group" aria-label={`${title}: view and export`}>
          <button type="button" aria-pressed={view === 'table'} data-testid={`${id}-toggle`} onClick={() => setView(view === 'chart' ? 'table' : 'chart')}>
            {view === 'chart' ? 'Show table' : 'Show chart'}
          </button>
          <button type="button" disabled={view !== 'chart'} onClick={exportSvg}>
            SVG
          </button>
          <button type="button" disabled={view !== 'chart'} onClick={() => void exportPng()}>
            PNG
          </button>
          <button type="button" data-testid={`${id}-csv`} onClick={() => download(new Blob([csv()], { type: 'text/csv;charset=utf-8' }), `${fileName}.csv`)}>
            CSV
          </button>
        </div>
      </div>
      <p class="muted figure-summary">{summary}</p>
      {/* Keyed, so that the chart's holder and the table are never one reused element. */}
      {view === 'chart' ? <div key="chart" class="chart" ref={holder} /> : <div key="table" class="figure-table">{table}</div>}
    </section>
  );
}

function serialiseSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  // The page's font and colours, so the file looks as it does on screen.
  copy.setAttribute('style', `font: 12px system-ui, sans-serif; background: white; color: black`);
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(copy);
}

async function svgToPng(svg: SVGSVGElement): Promise<Blob> {
  const { width, height } = svg.getBoundingClientRect();
  const scale = 2;
  const image = new Image();
  image.src = URL.createObjectURL(new Blob([serialiseSvg(svg)], { type: 'image/svg+xml' }));
  try {
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const context = canvas.getContext('2d')!;
    context.fillStyle = 'white';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(image.src);
  }
}

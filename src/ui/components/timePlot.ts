import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface TimePlotOptions {
  /** Accessible name of the plot; the numbers are in the table beside it. */
  label: string;
  xLabel: string;
  yLabel: string;
  x: number[];
  y: (number | null)[];
  band: readonly [number, number];
  /** Draw points (per-compression values) rather than a line (a waveform). */
  points?: boolean;
  invertY?: boolean;
  /** Start the value axis at 0 (depth from rest). */
  fromZero?: boolean;
  highContrast: boolean;
}

/**
 * A time plot with the target band shaded, on uPlot (small and fast enough for a few thousand
 * samples on a phone). Returns a function that removes it.
 */
export function mountTimePlot(host: HTMLElement, o: TimePlotOptions): () => void {
  const fg = o.highContrast ? '#ffffff' : '#1a1a1a';
  const bandFill = o.highContrast ? 'rgba(124,255,138,0.25)' : 'rgba(46,125,50,0.18)';
  const width = Math.max(280, host.clientWidth);
  const plot = new uPlot(
    {
      width,
      height: 220,
      legend: { show: false },
      cursor: { show: false },
      scales: {
        x: { time: false },
        // Always show the target band with room around it, so in-range data doesn't fill the plot.
        y: {
          dir: o.invertY ? -1 : 1,
          range: (_u, min, max) => [
            Math.min(min ?? o.band[0], o.band[0] - 20, o.fromZero ? 0 : Infinity),
            Math.max(max ?? o.band[1], o.band[1] + 20),
          ],
        },
      },
      axes: [
        { label: o.xLabel, stroke: fg, grid: { stroke: 'rgba(128,128,128,0.2)' } },
        { label: o.yLabel, stroke: fg, size: 60, grid: { stroke: 'rgba(128,128,128,0.2)' } },
      ],
      series: [
        {},
        o.points
          ? { stroke: fg, width: 0, points: { show: true, size: 6, fill: fg } }
          : { stroke: o.highContrast ? '#ffeb3b' : '#b71c1c', width: 1.5, points: { show: false } },
      ],
      hooks: {
        drawClear: [
          (u) => {
            const y0 = u.valToPos(o.band[0], 'y', true);
            const y1 = u.valToPos(o.band[1], 'y', true);
            u.ctx.save();
            u.ctx.fillStyle = bandFill;
            u.ctx.fillRect(u.bbox.left, Math.min(y0, y1), u.bbox.width, Math.abs(y1 - y0));
            u.ctx.restore();
          },
        ],
      },
    },
    [o.x, o.y],
    host,
  );
  plot.root.setAttribute('role', 'img');
  plot.root.setAttribute('aria-label', o.label);
  // Follow the container (rotation, window resize, kiosk vs phone).
  const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(280, host.clientWidth), height: 220 }));
  resize.observe(host);
  return () => {
    resize.disconnect();
    plot.destroy();
  };
}

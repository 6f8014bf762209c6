/**
 * Patterns over a chart's fill, so that series differ by more than colour (WCAG 1.4.1): drawn alike in the app's
 * charts and in the report documents' charts, both rendered by ECharts.
 */
export type ChartPattern = 'solid' | 'hatched' | 'dotted' | 'dashed';

/** ECharts' decal (a pattern drawn over the fill) for a pattern; none for a plain fill. */
export function chartDecal(pattern: ChartPattern | undefined): Record<string, unknown> | undefined {
  if (pattern === 'hatched') {
    return {
      symbol: 'rect',
      color: 'rgba(255, 255, 255, 0.85)',
      dashArrayX: [1, 0],
      dashArrayY: [3, 4],
      rotation: -Math.PI / 4,
    };
  }
  if (pattern === 'dotted') {
    return {
      symbol: 'circle',
      symbolSize: 0.6,
      color: 'rgba(255, 255, 255, 0.85)',
      dashArrayX: [[6, 6]],
      dashArrayY: [6, 0],
    };
  }
  return undefined;
}

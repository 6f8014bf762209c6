import { describe, expect, it } from '@jest/globals';

import { ganttLines, ganttOptions, timeLabel } from './gantt-options';
import { dayMs, ganttHeight, type GanttSpec } from './gantt-spec';

const spec: GanttSpec = {
  from: '2026-01-01',
  to: '2026-12-31',
  scale: 'month',
  today: { date: '2026-06-15', label: 'I dag' },
  groups: [
    {
      label: 'Teknisk nettverk',
      rows: [
        {
          id: 'a',
          label: 'T2 Oppmåling',
          start: '2026-01-01',
          end: '2026-03-31',
          progress: 50,
          colour: 'success',
        },
        {
          id: 'b',
          label: 'T5 Felles vakt',
          start: '2026-04-01',
          end: null,
          colour: 'warning',
          dependsOn: ['a'],
          flagged: true,
          milestones: [{ date: '2026-05-01', label: 'Oppstart', done: true }],
          baseline: { start: '2026-02-01', end: '2026-06-30' },
        },
      ],
    },
  ],
};

describe('Gantt options', () => {
  it('lays the rows out under their group headings', () => {
    expect(ganttLines(spec).map((line) => [line.kind, line.label])).toEqual([
      ['group', 'Teknisk nettverk'],
      ['row', 'T2 Oppmåling'],
      ['row', 'T5 Felles vakt'],
    ]);
  });

  it('declares bars (end inclusive), milestones at midday, arrows from the end of the other bar, today', () => {
    const options = ganttOptions(spec, { language: 'nb', reducedMotion: true }) as {
      animation: boolean;
      series: { data: unknown[][]; markLine?: { data: { xAxis: number }[] } }[];
      xAxis: { min: number; max: number };
    };
    const [bars, milestones, arrows] = options.series;
    expect(bars?.data[0]).toEqual([1, dayMs('2026-01-01'), dayMs('2026-04-01'), 50, NaN, NaN, 1, 0]);
    expect(bars?.data[1]?.slice(0, 3)).toEqual([2, dayMs('2026-04-01'), NaN]);
    expect(bars?.data[1]?.slice(4)).toEqual([dayMs('2026-02-01'), dayMs('2026-07-01'), 2, 1]);
    expect(milestones?.data).toEqual([[2, dayMs('2026-05-01') + 43_200_000, 1, 'Oppstart']]);
    expect(arrows?.data).toEqual([[1, 2, dayMs('2026-04-01'), dayMs('2026-04-01')]]);
    expect(bars?.markLine?.data).toEqual([{ xAxis: dayMs('2026-06-15') + 43_200_000 }]);
    expect(options.xAxis).toMatchObject({ min: dayMs('2026-01-01'), max: dayMs('2027-01-01') });
    expect(options.animation).toBe(false);
  });

  it('labels time by month, quarter or year', () => {
    expect(timeLabel(dayMs('2026-05-01'), 'month', 'nb')).toBe('mai 26');
    expect(timeLabel(dayMs('2026-05-01'), 'quarter', 'nb')).toBe('K2 2026');
    expect(timeLabel(dayMs('2026-05-01'), 'quarter', 'en')).toBe('Q2 2026');
    expect(timeLabel(dayMs('2026-05-01'), 'year', 'en')).toBe('2026');
  });

  it('is as high as its rows up to the visible number, then scrolls with a slider', () => {
    expect(ganttHeight(spec)).toBe(3 * 26 + 70);
    const many: GanttSpec = {
      ...spec,
      groups: [
        {
          label: 'Alle',
          rows: Array.from({ length: 600 }, (_, i) => ({
            id: `${i}`,
            label: `R${i}`,
            start: null,
            end: null,
            colour: 'neutral' as const,
          })),
        },
      ],
    };
    expect(ganttHeight(many)).toBe(25 * 26 + 70);
    const options = ganttOptions(many, { language: 'nb', reducedMotion: false }) as {
      dataZoom: unknown[];
      animation: boolean;
    };
    expect(options.dataZoom).toHaveLength(1);
    expect(options.animation).toBe(false);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from '@jest/globals';

import {
  installedDesignsystemet,
  layerBlocks,
  subsetCss,
  UNUSED_COMPONENTS,
  usesOfLeftOut,
  webSources,
} from './designsystemet-subset';
import { workspaceRoot } from './workspace';

const root = workspaceRoot();

describe('the Designsystemet subset in the first load', () => {
  it('cuts the layer blocks of the left-out components and keeps everything else in order', () => {
    const css =
      '@layer ds.theme,ds.base,ds.components;@layer ds.base{.ds-sr-only{clip:rect(0 0 0 0)}}' +
      '@layer ds.components{.ds-link{color:blue}}@layer ds.components{.ds-chip{content:"}{"}.ds-chip:hover{a:b}}' +
      '@layer ds.components{.ds-table{border:0}}';
    expect(layerBlocks(css).map((block) => [block.layer, block.component])).toEqual([
      [null, null],
      ['ds.base', 'sr-only'],
      ['ds.components', 'link'],
      ['ds.components', 'chip'],
      ['ds.components', 'table'],
    ]);
    const subset = subsetCss(css, '1.0.0', ['chip']);
    expect(subset).toContain(
      '@layer ds.theme,ds.base,ds.components;@layer ds.base{.ds-sr-only{clip:rect(0 0 0 0)}}' +
        '@layer ds.components{.ds-link{color:blue}}@layer ds.components{.ds-table{border:0}}',
    );
    expect(subset).not.toContain('ds-chip');
    expect(() => subsetCss(css, '1.0.0', ['badge'])).toThrow('Not in Designsystemet');
  });

  it('is current: apps/web/src/designsystemet.css is what `npm run css:subset` writes now', () => {
    const { css, version } = installedDesignsystemet(root);
    const committed = readFileSync(join(root, 'apps/web/src/designsystemet.css'), 'utf8');
    expect(committed).toBe(subsetCss(css, version));
    expect(committed.length).toBeLessThan(css.length * 0.6);
    // Every component the app uses is still there.
    for (const component of [
      'alert',
      'button',
      'details',
      'dialog',
      'field',
      'input',
      'table',
      'tabs',
      'tag',
    ]) {
      expect(committed).toContain(`.ds-${component}`);
    }
  });

  it('leaves out only components no page, component or stylesheet of the web app uses', () => {
    const sources = webSources(root, ['apps/web/src', 'libs/web']);
    expect(sources.length).toBeGreaterThan(100);
    expect(usesOfLeftOut(sources, UNUSED_COMPONENTS)).toEqual([]);
    expect(usesOfLeftOut([['x.html', '<span class="ds-chip ds-avatar-stack">']], UNUSED_COMPONENTS)).toEqual([
      'x.html: ds-chip',
      'x.html: ds-avatar-stack',
    ]);
  });
});

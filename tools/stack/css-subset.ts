/**
 * `npm run css:subset`: writes apps/web/src/designsystemet.css, Designsystemet's CSS without the components the
 * app does not use (tools/stack/src/designsystemet-subset.ts). Run it after upgrading Designsystemet or when a page
 * starts using one of the left-out components (and take it off the list).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { installedDesignsystemet, subsetCss } from './src/designsystemet-subset';
import { workspaceRoot } from './src/workspace';

const root = workspaceRoot(__dirname);
const { css, version } = installedDesignsystemet(root);
const subset = subsetCss(css, version);
writeFileSync(join(root, 'apps/web/src/designsystemet.css'), subset);
console.log(`designsystemet.css: ${subset.length} of ${css.length} bytes (Designsystemet ${version})`);

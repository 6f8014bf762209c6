import type { Routes } from '@angular/router';

import { BenchmarkPageComponent } from './benchmark/benchmark-page.component';
import { IndicatorBoardPageComponent } from './board/indicator-board-page.component';
import { provideIndicatorsTranslations } from './i18n/indicators-translations';
import { IndicatorsPageComponent } from './overview/indicators-page.component';

/**
 * Lazy routes of the indicators feature, mounted at `/indikatorer`: the strategies with indicators and the KPI sets,
 * the KPI tables of a strategy (`strategi/:id`), a network (`nettverk/:id`), the region (`region`) and a KPI set
 * (`sett/:id`), and the KOSTRA benchmark (`sammenligning`).
 */
export const INDICATOR_ROUTES: Routes = [
  {
    path: '',
    providers: [provideIndicatorsTranslations()],
    children: [
      { path: '', component: IndicatorsPageComponent, title: 'indicators.title' },
      { path: 'sammenligning', component: BenchmarkPageComponent, title: 'benchmark.title' },
      {
        path: 'strategi/:id',
        component: IndicatorBoardPageComponent,
        data: { scope: 'STRATEGY' },
        title: 'board.title',
      },
      {
        path: 'nettverk/:id',
        component: IndicatorBoardPageComponent,
        data: { scope: 'NETWORK' },
        title: 'board.title',
      },
      {
        path: 'region',
        component: IndicatorBoardPageComponent,
        data: { scope: 'REGION' },
        title: 'board.title',
      },
      {
        path: 'sett/:id',
        component: IndicatorBoardPageComponent,
        data: { scope: 'KPI_SET' },
        title: 'board.title',
      },
    ],
  },
];

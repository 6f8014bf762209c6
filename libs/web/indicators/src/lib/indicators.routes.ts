import type { Routes } from '@angular/router';

import { BenchmarkPageComponent } from './benchmark/benchmark-page.component';
import { IndicatorBoardPageComponent } from './board/indicator-board-page.component';
import { provideIndicatorsTranslations } from './i18n/indicators-translations';
import { IndicatorsPageComponent } from './overview/indicators-page.component';

/**
 * Lazy routes of the indicators feature, mounted at `/indikatorer`: the strategies with indicators, one strategy's
 * KPI table (`/indikatorer/strategi/:strategyId`) and the KOSTRA benchmark (`/indikatorer/sammenligning`).
 */
export const INDICATOR_ROUTES: Routes = [
  {
    path: '',
    providers: [provideIndicatorsTranslations()],
    children: [
      { path: '', component: IndicatorsPageComponent, title: 'indicators.title' },
      { path: 'sammenligning', component: BenchmarkPageComponent, title: 'benchmark.title' },
      { path: 'strategi/:strategyId', component: IndicatorBoardPageComponent, title: 'board.title' },
    ],
  },
];

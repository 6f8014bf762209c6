import type { Routes } from '@angular/router';

import { provideNetworksTranslations } from './i18n/networks-translations';
import { NetworkPageComponent } from './network-page/network-page.component';
import { NetworksPageComponent } from './networks-page/networks-page.component';
import { StrategyPageComponent } from './strategy/strategy-page.component';

/**
 * Lazy routes of the networks feature, mounted at `/nettverk`: the region's networks, one network
 * (`/nettverk/:id`) and one of its strategies (`/nettverk/:id/strategi/:strategyId`). Route `title`s are
 * translation keys (see I18nTitleStrategy).
 */
export const NETWORK_ROUTES: Routes = [
  {
    path: '',
    providers: [provideNetworksTranslations()],
    children: [
      { path: '', component: NetworksPageComponent, title: 'networks.title' },
      { path: ':id', component: NetworkPageComponent, title: 'network.title' },
      { path: ':id/strategi/:strategyId', component: StrategyPageComponent, title: 'strategy.title' },
    ],
  },
];

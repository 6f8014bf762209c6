import { Injectable } from '@nestjs/common';
import { RequestContext } from '@samarbeid/api/platform';
import DataLoader from 'dataloader';

import { PortfolioAccess } from '@samarbeid/api/data-access';
import { DecisionService } from './decision/decision.service';
import {
  AuditEvent,
  Decision,
  Measure,
  MeasureDependency,
  Network,
  NetworkMember,
  Participation,
} from './dto/portfolio.types';
import { HistoryService } from './history/history.service';
import { MeasureQueryService } from './measure/measure-query.service';
import { NetworkService } from './network/network.service';
import { ParticipationService } from './participation/participation.service';

export interface PortfolioServices {
  readonly access: PortfolioAccess;
  readonly measures: MeasureQueryService;
  readonly networks: NetworkService;
  readonly participation: ParticipationService;
  readonly decisions: DecisionService;
  readonly history: HistoryService;
}

/**
 * The per-request loaders of the portfolio. Each relation of a list of measures is one query for the whole list,
 * whatever its length (the query-count test holds this).
 */
export function portfolioLoaders(context: RequestContext, services: PortfolioServices) {
  const loader = <K, V>(
    name: string,
    batch: (keys: readonly K[]) => Promise<V[]>,
    cacheKeyFn?: (key: K) => unknown,
  ) =>
    context.loaders.get<K, V>(
      `portfolio.${name}`,
      () => new DataLoader<K, V, unknown>(batch, { cacheKeyFn }),
    );
  return {
    measure: loader<string, Measure | null>('measure', (ids) => services.measures.byIds(ids)),
    network: loader<string, Network | null>('network', (ids) => services.networks.byIds(ids)),
    members: loader<string, NetworkMember[]>('members', (ids) => services.networks.membersOf(ids)),
    memberHistory: loader<string, NetworkMember[]>('memberHistory', (ids) =>
      services.networks.memberHistoryOf(ids),
    ),
    dependencies: loader<string, MeasureDependency[]>('dependencies', (ids) =>
      services.measures.dependenciesOf(ids),
    ),
    dependents: loader<string, MeasureDependency[]>('dependents', (ids) =>
      services.measures.dependentsOf(ids),
    ),
    children: loader<string, Measure[]>('children', (ids) => services.measures.childrenOf(ids)),
    decisions: loader<string, Decision[]>('decisions', (ids) => services.decisions.ofMeasures(ids)),
    decision: loader<string, Decision | null>('decision', (ids) => services.decisions.byIds(ids)),
    decisionMeasureIds: loader<string, string[]>('decisionMeasures', (ids) =>
      services.decisions.measureIdsOf(ids),
    ),
    participation: loader<Measure, Participation[]>(
      'participation',
      (measures) => services.participation.forMeasures(measures),
      (measure) => measure.id,
    ),
    history: loader<string, AuditEvent[]>('history', (ids) => services.history.of('measure', ids)),
    /** The caller's led networks, fetched once per request. */
    ledNetworks: loader<string, Set<string>>('ledNetworks', async (userIds) => {
      const user = context.req.user;
      const led = user ? await services.access.ledNetworkIds(user) : new Set<string>();
      return userIds.map(() => led);
    }),
  };
}

/** Injectable access to the loaders: `this.loaders.for(context).network.load(id)`. */
@Injectable()
export class PortfolioLoaders implements PortfolioServices {
  constructor(
    readonly access: PortfolioAccess,
    readonly measures: MeasureQueryService,
    readonly networks: NetworkService,
    readonly participation: ParticipationService,
    readonly decisions: DecisionService,
    readonly history: HistoryService,
  ) {}

  for(context: RequestContext) {
    return portfolioLoaders(context, this);
  }
}

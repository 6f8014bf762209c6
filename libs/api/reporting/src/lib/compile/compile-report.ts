import { measureFiguresForYears, municipalityFiguresForYears } from '@samarbeid/api/economics-read';
import type {
  CompiledMeasureEconomics,
  CompiledMunicipality,
  CompiledNetwork,
  CompiledReportData,
} from '@samarbeid/shared/domain';
import { EntityManager } from 'typeorm';

import { yearOf } from '../domain/reporting-rules';
import type { PeriodRow } from '../repository/period.repository';
import { RegionReportRead } from '../repository/region-report.read';
import type { ReportRow } from '../repository/report.repository';
import { municipalitiesEconomics, shareOf, sumMoney } from './compile-economics';

/** The municipality a variant of the report is for. */
export interface ReportScope {
  readonly number: string;
  readonly name: string;
}

/**
 * The region's report for a period, compiled from the live data in `manager` (the caller's transaction, so that a
 * frozen version is exactly what was live when it was frozen): the summary, the portfolio's status, each network's
 * goals, action plan and reports, the economics for the period's years with each municipality's shares, the
 * decisions and the agreements. With `scope`, one municipality's variant: only the measures it takes part in, its
 * own shares and requirement, the decisions about its measures or by its council, and the agreements it is party to.
 */
export async function compileReport(
  manager: EntityManager,
  period: PeriodRow,
  reports: readonly ReportRow[],
  compiledAt: Date,
  scope: ReportScope | null = null,
): Promise<CompiledReportData> {
  const read = new RegionReportRead(manager);
  const from = yearOf(period.periodFrom);
  const to = yearOf(period.periodTo);
  const only = scope?.number ?? null;
  const [byStatus, byTier, measures, networks, goals, plans, required, decisions, signed, ended] =
    await Promise.all([
      read.byStatus(period.regionId, only),
      read.byTier(period.regionId, only),
      read.measures(period.regionId, only),
      read.networks(period.regionId),
      read.goals(period.regionId),
      read.actionPlans(period.regionId, from, to, only),
      read.required(period.regionId, from, to, only),
      read.decisions(period.regionId, period.periodFrom, period.periodTo, only),
      read.signed(period.regionId, period.periodFrom, period.periodTo, only),
      read.ended(period.regionId, period.periodFrom, period.periodTo, only),
    ]);
  const ids = measures.map((measure) => measure.id);
  const [figureRows, shares, members, requirements] = await Promise.all([
    measureFiguresForYears(manager, ids, from, to),
    municipalityFiguresForYears(manager, ids, from, to),
    read.members(period.regionId),
    read.requiredByMunicipality(period.regionId, from, to),
  ]);
  const figures = new Map(figureRows.map((figure) => [figure.measureId, figure]));
  const economics: CompiledMeasureEconomics[] = measures.map((measure) => {
    const figure = figures.get(measure.id);
    return {
      code: measure.code,
      title: measure.title,
      participants: measure.participants,
      plannedCostsNok: figure?.plannedCostsNok ?? '0.00',
      plannedBenefitsNok: figure?.plannedBenefitsNok ?? '0.00',
      realisedBenefitsNok: figure?.realisedBenefitsNok ?? '0.00',
      ...(scope ? { share: shareOf(shares.rows, measure.id, scope.number) } : {}),
    };
  });
  const municipalities = municipalitiesEconomics(
    scope ? members.filter((member) => member.number === scope.number) : members,
    measures,
    shares,
    requirements,
  );
  const own = scope ? municipalities[0] : undefined;
  const taking = scope ? await read.takingPart(period.regionId, scope.number) : null;
  const compiledNetworks = compileNetworks(networks, goals, plans, reports, taking);
  const municipality: CompiledMunicipality | null = scope
    ? { ...scope, optedOut: await read.optedOut(period.regionId, scope.number) }
    : null;
  return {
    regionName: period.regionName,
    municipality,
    period: {
      name: period.name,
      kind: period.kind,
      periodFrom: period.periodFrom,
      periodTo: period.periodTo,
      dueDate: period.dueDate,
    },
    summary: period.summary,
    compiledAt: compiledAt.toISOString(),
    portfolio: { byStatus, byTier, measureCount: byStatus.reduce((sum, row) => sum + row.count, 0) },
    networks: compiledNetworks,
    economics: {
      requiredNok: required,
      plannedCostsNok: own ? (own.costShareNok ?? '0.00') : sumMoney(economics.map((m) => m.plannedCostsNok)),
      plannedBenefitsNok: own?.plannedBenefitsNok ?? sumMoney(economics.map((m) => m.plannedBenefitsNok)),
      realisedBenefitsNok: own?.realisedBenefitsNok ?? sumMoney(economics.map((m) => m.realisedBenefitsNok)),
      measures: economics,
      municipalities,
    },
    decisions,
    agreements: { signed, ended },
  };
}

/**
 * Each network with its goals, action plan and reports; networks with nothing to show are left out. On a
 * municipality's variant (`taking`: the measures it takes part in) a network shows the reports on those measures,
 * and its action-plan report and goals when its action plan has any of them.
 */
function compileNetworks(
  networks: readonly { id: string; name: string }[],
  goals: Awaited<ReturnType<RegionReportRead['goals']>>,
  plans: Awaited<ReturnType<RegionReportRead['actionPlans']>>,
  reports: readonly ReportRow[],
  taking: ReadonlySet<string> | null,
): CompiledNetwork[] {
  return networks
    .map((network) => {
      const actionPlan = plans
        .filter((plan) => plan.networkId === network.id)
        .sort((a, b) => a.priority - b.priority || a.code.localeCompare(b.code))
        .map(({ code, title, priority }) => ({ code, title, priority }));
      const relevant = !taking || actionPlan.length > 0;
      const goalIds = relevant
        ? [...new Set(goals.filter((g) => g.networkId === network.id).map((g) => g.goalId))]
        : [];
      return {
        name: network.name,
        goals: goalIds.map((goalId) => {
          const rows = goals.filter((g) => g.goalId === goalId);
          return {
            title: rows[0]?.title ?? '',
            indicators: rows.flatMap((row) =>
              row.indicator
                ? [
                    {
                      name: row.indicator,
                      unit: row.unit ?? '',
                      baseline: row.baseline ?? '',
                      target: row.target ?? '',
                    },
                  ]
                : [],
            ),
          };
        }),
        actionPlan,
        reports: reports
          .filter(
            (report) =>
              report.networkId === network.id &&
              (!taking || (report.measureId ? taking.has(report.measureId) : relevant)),
          )
          .map((report) => ({
            subject: report.measureCode
              ? `${report.measureCode} ${report.measureTitle ?? ''}`.trim()
              : 'Handlingsplanen',
            state: report.state,
            rag: report.rag,
            progressPercent: report.progressPercent,
            done: report.done,
            deviations: report.deviations,
            nextSteps: report.nextSteps,
            risks: report.risks,
            realisedBenefitsNok: report.realisedBenefitsNok,
            costsNok: report.costsNok,
          })),
      };
    })
    .filter(
      (network) => network.goals.length > 0 || network.actionPlan.length > 0 || network.reports.length > 0,
    );
}

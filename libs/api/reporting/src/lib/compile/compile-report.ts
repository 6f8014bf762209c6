import { measureFiguresForYears } from '@samarbeid/api/economics-read';
import type { CompiledNetwork, CompiledReportData } from '@samarbeid/shared/domain';
import { sumDecimals } from '@samarbeid/shared/domain';
import { EntityManager } from 'typeorm';

import type { PeriodRow } from '../repository/period.repository';
import { yearOf } from '../domain/reporting-rules';
import { RegionReportRead } from '../repository/region-report.read';
import type { ReportRow } from '../repository/report.repository';

/** The exact sum of amounts with at most two decimals, written with two ("1200.5" → "1200.50"). */
export function sumMoney(values: readonly string[]): string {
  const sum = sumDecimals(['0', ...values]) ?? '0';
  const [whole = '0', fraction = ''] = sum.split('.');
  return `${whole}.${fraction.padEnd(2, '0').slice(0, 2)}`;
}

/**
 * The region's report for a period, compiled from the live data in `manager` (the caller's transaction, so that a
 * frozen version is exactly what was live when it was frozen): the summary, the portfolio's status, each network's
 * goals, action plan and reports, the economics for the period's years, the decisions and the agreements.
 */
export async function compileReport(
  manager: EntityManager,
  period: PeriodRow,
  reports: readonly ReportRow[],
  compiledAt: Date,
): Promise<CompiledReportData> {
  const read = new RegionReportRead(manager);
  const from = yearOf(period.periodFrom);
  const to = yearOf(period.periodTo);
  const [byStatus, byTier, measures, networks, goals, plans, required, decisions, signed, ended] =
    await Promise.all([
      read.byStatus(period.regionId),
      read.byTier(period.regionId),
      read.measures(period.regionId),
      read.networks(period.regionId),
      read.goals(period.regionId),
      read.actionPlans(period.regionId, from, to),
      read.required(period.regionId, from, to),
      read.decisions(period.regionId, period.periodFrom, period.periodTo),
      read.signed(period.regionId, period.periodFrom, period.periodTo),
      read.ended(period.regionId, period.periodFrom, period.periodTo),
    ]);
  const figures = new Map(
    (
      await measureFiguresForYears(
        manager,
        measures.map((measure) => measure.id),
        from,
        to,
      )
    ).map((figure) => [figure.measureId, figure]),
  );
  const economics = measures.map((measure) => {
    const figure = figures.get(measure.id);
    return {
      code: measure.code,
      title: measure.title,
      participants: measure.participants,
      plannedCostsNok: figure?.plannedCostsNok ?? '0.00',
      plannedBenefitsNok: figure?.plannedBenefitsNok ?? '0.00',
      realisedBenefitsNok: figure?.realisedBenefitsNok ?? '0.00',
    };
  });
  const compiledNetworks: CompiledNetwork[] = networks
    .map((network) => {
      const goalIds = [...new Set(goals.filter((g) => g.networkId === network.id).map((g) => g.goalId))];
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
        actionPlan: plans
          .filter((plan) => plan.networkId === network.id)
          .sort((a, b) => a.priority - b.priority || a.code.localeCompare(b.code))
          .map(({ code, title, priority }) => ({ code, title, priority })),
        reports: reports
          .filter((report) => report.networkId === network.id)
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
  return {
    regionName: period.regionName,
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
      plannedCostsNok: sumMoney(economics.map((m) => m.plannedCostsNok)),
      plannedBenefitsNok: sumMoney(economics.map((m) => m.plannedBenefitsNok)),
      realisedBenefitsNok: sumMoney(economics.map((m) => m.realisedBenefitsNok)),
      measures: economics,
    },
    decisions,
    agreements: { signed, ended },
  };
}

import { Controller, Get, Param, Query, Res, UseFilters } from '@nestjs/common';
import type { AuthenticatedUser } from '@samarbeid/api/platform';
import {
  AllowSignedIn,
  AppErrorHttpFilter,
  badUserInput,
  CurrentUser,
  Public,
} from '@samarbeid/api/platform';

import { planCalendar } from './calendar/plan-calendar';
import { planWorkbook } from './excel/plan-workbook';
import { FEED_TOKEN, feedTokenHash } from './plan-command.service';
import { feedGone } from './plan.errors';
import { PlanQueryService } from './plan-query.service';
import { PlanRepository } from './plan.repository';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SLUG = /^[a-z0-9-]{1,64}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface FileResponse {
  setHeader(name: string, value: string): void;
  send(body: Buffer | string): void;
}

/**
 * `GET /exports/plan/:region.xlsx[?nettverk=<id>&kommune=3303]`: the implementation plan as the regions' Excel sheet
 * (bearer token as for GraphQL; everyone signed in may read it). `GET /calendar/plan/:secret.ics`: a user's calendar
 * feed of the plan's milestones and deadlines, found by the secret in its address (no token: calendar programs
 * cannot send one); an unknown or revoked secret answers 404.
 */
@Controller()
@UseFilters(AppErrorHttpFilter)
export class PlanExportController {
  constructor(
    private readonly queries: PlanQueryService,
    private readonly plans: PlanRepository,
  ) {}

  @Get('exports/plan/:region.xlsx')
  @AllowSignedIn()
  async workbook(
    @CurrentUser() user: AuthenticatedUser,
    @Param('region') regionSlug: string,
    @Query('nettverk') networkId: string | undefined,
    @Query('kommune') municipality: string | undefined,
    @Res() response: FileResponse,
  ): Promise<void> {
    if (!SLUG.test(regionSlug)) {
      throw badUserInput({ nb: 'Ugyldig kortnavn på regionen.', en: 'Invalid region short name.' });
    }
    if (networkId !== undefined && !UUID.test(networkId)) {
      throw badUserInput({ nb: 'Ukjent nettverk.', en: 'Unknown network.' });
    }
    if (municipality !== undefined && !/^\d{4}$/.test(municipality)) {
      throw badUserInput({ nb: 'Ugyldig kommunenummer.', en: 'Invalid municipality number.' });
    }
    const plan = await this.queries.plan(user, {
      regionSlug,
      networkIds: networkId ? [networkId] : null,
      municipalityNumber: municipality ?? null,
    });
    const { name, file } = await planWorkbook(plan);
    response.setHeader('Content-Type', XLSX);
    response.setHeader('Content-Disposition', `attachment; filename="${name}"`);
    response.send(file);
  }

  @Get('calendar/plan/:token.ics')
  @Public()
  async calendar(@Param('token') token: string, @Res() response: FileResponse): Promise<void> {
    if (!FEED_TOKEN.test(token)) throw feedGone();
    const feed = await this.plans.feedByHash(feedTokenHash(token));
    if (!feed) throw feedGone();
    const region = await this.plans.regionById(feed.regionId);
    if (!region) throw feedGone();
    const [measures, milestones, deadlines] = await Promise.all([
      this.plans.measures(region.id),
      this.plans.milestones(region.id),
      this.plans.deadlines(region.id),
    ]);
    const milestonesOf = new Map<string, typeof milestones>();
    for (const milestone of milestones) {
      milestonesOf.set(milestone.measureId, [...(milestonesOf.get(milestone.measureId) ?? []), milestone]);
    }
    const bars = measures
      .filter((m) => feed.networkId === null || m.networkId === feed.networkId)
      .map((m) => ({
        code: m.code,
        title: m.title,
        networkName: feed.networkName ?? region.name,
        milestones: milestonesOf.get(m.id) ?? [],
      }));
    response.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    response.setHeader('Cache-Control', 'private, max-age=300');
    response.send(
      planCalendar({
        name: `Gjennomføringsplan – ${feed.networkName ?? region.name}`,
        bars,
        deadlines,
        host: 'samarbeid',
      }),
    );
  }
}

import { Controller, Get, Header, Param, ParseUUIDPipe, Query, Res, UseFilters } from '@nestjs/common';
import type { AuthenticatedUser } from '@samarbeid/api/platform';
import { AllowSignedIn, AppErrorHttpFilter, badUserInput, CurrentUser } from '@samarbeid/api/platform';

import type { IndicatorBoard, IndicatorScope } from '../dto/indicator.types';
import { IndicatorQueryService } from '../indicator-query.service';
import { indicatorWorkbook } from './indicator-workbook';

/** The scopes as the export's address names them (`kpi-set`), as IndicatorBoard.exportPath writes them. */
const SCOPES: Readonly<Record<string, IndicatorScope>> = {
  strategy: 'STRATEGY',
  network: 'NETWORK',
  region: 'REGION',
  'kpi-set': 'KPI_SET',
  measure: 'MEASURE',
};

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface FileResponse {
  setHeader(name: string, value: string): void;
  send(body: Buffer): void;
}

/**
 * `GET /exports/strategies/:id/indicators.xlsx[?kommune=3303]`: a strategy's KPI table, and
 * `GET /exports/indicators/:scope/:id/indicators.xlsx[?kommune=3303]` any KPI table (network, region, kpi-set,
 * measure; the region by its short name) — bearer token as for GraphQL; everyone signed in may read them — for the
 * region or one municipality (a municipality's KPI set: that municipality).
 */
@Controller('exports')
@UseFilters(AppErrorHttpFilter)
export class IndicatorsExportController {
  constructor(private readonly queries: IndicatorQueryService) {}

  @Get('strategies/:id/indicators.xlsx')
  @AllowSignedIn()
  @Header('Content-Type', XLSX)
  async strategy(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query('kommune') municipality: string | undefined,
    @Res() response: FileResponse,
  ): Promise<void> {
    await this.send(response, await this.queries.board(user, id), municipality);
  }

  @Get('indicators/:scope/:id/indicators.xlsx')
  @AllowSignedIn()
  @Header('Content-Type', XLSX)
  async scope(
    @CurrentUser() user: AuthenticatedUser,
    @Param('scope') scope: string,
    @Param('id') id: string,
    @Query('kommune') municipality: string | undefined,
    @Res() response: FileResponse,
  ): Promise<void> {
    const kind = SCOPES[scope];
    if (!kind || id.length > 64) {
      throw badUserInput({ nb: 'Ukjent indikatortabell.', en: 'Unknown KPI table.' });
    }
    await this.send(response, await this.queries.scopeBoard(user, kind, id), municipality);
  }

  private async send(
    response: FileResponse,
    board: IndicatorBoard,
    municipality: string | undefined,
  ): Promise<void> {
    if (municipality !== undefined && !/^\d{4}$/.test(municipality)) {
      throw badUserInput({ nb: 'Ugyldig kommunenummer.', en: 'Invalid municipality number.' });
    }
    const { name, file } = await indicatorWorkbook(board, municipality ?? board.municipalityNumber);
    response.setHeader('Content-Disposition', `attachment; filename="${name}"`);
    response.send(file);
  }
}

import { Controller, Get, Header, Param, ParseUUIDPipe, Query, Res, UseFilters } from '@nestjs/common';
import type { AuthenticatedUser } from '@samarbeid/api/platform';
import { AllowSignedIn, AppErrorHttpFilter, badUserInput, CurrentUser } from '@samarbeid/api/platform';

import { IndicatorQueryService } from '../indicator-query.service';
import { indicatorWorkbook } from './indicator-workbook';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface FileResponse {
  setHeader(name: string, value: string): void;
  send(body: Buffer): void;
}

/**
 * `GET /exports/strategies/:id/indicators.xlsx[?kommune=3303]`: a strategy's KPI table (bearer token as for
 * GraphQL; everyone signed in may read it), for the region or one municipality.
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
    if (municipality !== undefined && !/^\d{4}$/.test(municipality)) {
      throw badUserInput({ nb: 'Ugyldig kommunenummer.', en: 'Invalid municipality number.' });
    }
    const { name, file } = await indicatorWorkbook(await this.queries.board(user, id), municipality ?? null);
    response.setHeader('Content-Disposition', `attachment; filename="${name}"`);
    response.send(file);
  }
}

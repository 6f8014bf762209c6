import { Controller, Get, Header, Param, ParseUUIDPipe, Query, Res, UseFilters } from '@nestjs/common';
import type { AuthenticatedUser } from '@samarbeid/api/platform';
import { AllowSignedIn, AppErrorHttpFilter, badUserInput, CurrentUser } from '@samarbeid/api/platform';

import { AgreementDocumentService } from './agreement-document.service';

interface FileResponse {
  setHeader(name: string, value: string): void;
  send(body: Buffer): void;
}

/**
 * `GET /exports/agreements/:id.pdf?version=N`: the agreement document of a version (default: the version in force,
 * else the current one). Bearer token as for GraphQL; everyone signed in may read agreements.
 */
@Controller('exports')
@UseFilters(AppErrorHttpFilter)
export class AgreementExportController {
  constructor(private readonly documents: AgreementDocumentService) {}

  @Get('agreements/:id.pdf')
  @AllowSignedIn()
  @Header('Content-Type', 'application/pdf')
  async pdf(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query('version') version: string | undefined,
    @Res() response: FileResponse,
  ): Promise<void> {
    if (version !== undefined && !/^[1-9]\d{0,5}$/.test(version)) {
      throw badUserInput({
        nb: 'Versjonen må være et helt tall fra 1.',
        en: 'The version must be a whole number from 1.',
      });
    }
    const { name, file } = await this.documents.pdf(
      user,
      id,
      version === undefined ? undefined : Number(version),
    );
    response.setHeader('Content-Disposition', `attachment; filename="${name}"`);
    response.send(file);
  }
}

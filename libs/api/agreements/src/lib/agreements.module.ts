import { Module } from '@nestjs/common';
import { MailOutboxModule, PortfolioAccess } from '@samarbeid/api/data-access';
import { PausePoints } from '@samarbeid/api/platform';

import { AgreementAccess } from './agreement-access';
import { AgreementResolver } from './agreement.resolver';
import { AgreementCommandService } from './command/agreement-command.service';
import { AgreementDecisionService } from './command/agreement-decision.service';
import { AgreementDocumentService } from './export/agreement-document.service';
import { AgreementExportController } from './export/agreement-export.controller';
import { NotificationOutbox } from './notification/notification-outbox';
import { NotificationResolver } from './notification/notification.resolver';
import { NotificationService } from './notification/notification.service';
import { AgreementQueryService } from './query/agreement-query.service';
import { MunicipalityAgreementsService } from './query/municipality-agreements.service';
import { AGREEMENT_REPOSITORIES } from './repository/agreement.repository';

export const AGREEMENT_RESOLVERS = [AgreementResolver, NotificationResolver] as const;

/** The agreements register, the service-purchase approval workflow, and notifications (in the app and by e-mail). */
@Module({
  imports: [MailOutboxModule],
  controllers: [AgreementExportController],
  providers: [
    ...AGREEMENT_REPOSITORIES,
    PortfolioAccess,
    AgreementAccess,
    AgreementQueryService,
    MunicipalityAgreementsService,
    AgreementCommandService,
    AgreementDecisionService,
    NotificationOutbox,
    NotificationService,
    AgreementDocumentService,
    PausePoints,
    ...AGREEMENT_RESOLVERS,
  ],
})
export class AgreementsModule {}

import { recordAudit } from '@samarbeid/api/data-access';
import type { NotificationKind } from '@samarbeid/shared/domain';
import { agreementPath, Role } from '@samarbeid/shared/domain';
import { EntityManager } from 'typeorm';

import {
  ASSESSED_BY,
  DEMO_AGREEMENTS,
  type DemoAgreement,
  DIRECTORS,
  MARKER,
  SYSTEM,
} from './data/demo-agreements';

export { childWelfareEndDate, osloToday } from './data/demo-agreements';

/**
 * The demo agreements register: an active service purchase with three approvals (T7), one waiting for two of
 * three approvals (T5), one rejected, a host-municipality collaboration close to its end date, and the political
 * council. Idempotent: each agreement is written once (an audit record marks it), never over later changes. Also
 * gives the four demo directors' steering-committee memberships their e-mail addresses (where none is set).
 */
export async function seedAgreements(manager: EntityManager, regionId: string): Promise<void> {
  for (const [number, director] of Object.entries(DIRECTORS)) {
    await manager.query(
      `UPDATE network_member SET email = $3 WHERE user_id = $1 AND municipality_number = $2 AND email IS NULL
          AND network_id IN (SELECT id FROM network WHERE region_id = $4 AND key = 'KDU')`,
      [director.id, number, director.email, regionId],
    );
  }
  for (const demo of DEMO_AGREEMENTS) {
    const present: unknown[] = await manager.query(
      `SELECT 1 FROM agreement WHERE region_id = $1 AND title = $2
       UNION ALL SELECT 1 FROM audit_event WHERE region_id = $1 AND actor_id = $3 AND summary = $4`,
      [regionId, demo.title, SYSTEM.id, `${MARKER}: ${demo.title}`],
    );
    if (present.length === 0) await insertAgreement(manager, regionId, demo);
  }
}

async function insertAgreement(manager: EntityManager, regionId: string, demo: DemoAgreement): Promise<void> {
  const [measure]: { id: string }[] = demo.measureCode
    ? await manager.query('SELECT id FROM measure WHERE region_id = $1 AND code = $2', [
        regionId,
        demo.measureCode,
      ])
    : [];
  const [{ id }]: { id: string }[] = await manager.query(
    `INSERT INTO agreement (region_id, title, legal_form, measure_id, status, current_version, active_version,
                            created_by_id, created_by_name, created_by_email, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, 1, $6, $7, $8, $9, $10, $10) RETURNING id`,
    [
      regionId,
      demo.title,
      demo.legalForm,
      measure?.id ?? null,
      demo.status,
      demo.status === 'ACTIVE' ? 1 : null,
      demo.drafter.id,
      demo.drafter.name,
      demo.drafter.email,
      demo.createdAt,
    ],
  );
  const { terms } = demo;
  const [{ id: versionId }]: { id: string }[] = await manager.query(
    `INSERT INTO agreement_version (agreement_id, number, service_description, volume_amount, volume_unit, price_model,
        price, price_adjustment, start_date, end_date, notice_months, data_processing_agreement, assessment_common_goals,
        assessment_public_interest, assessment_market_under_20, assessed_by, assessed_on, assessment_conclusion,
        created_by_id, created_by_name, created_by_email, created_at, submitted_at)
     VALUES ($1, 1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, $12, $13, $14, $15, $16, $17, $18, $19, $20)
     RETURNING id`,
    [
      id,
      terms.serviceDescription,
      terms.volume?.[0] ?? null,
      terms.volume?.[1] ?? null,
      terms.price?.[0] ?? null,
      terms.price?.[1] ?? null,
      terms.priceAdjustment ?? '',
      terms.startDate,
      terms.endDate,
      terms.noticeMonths,
      terms.dataProcessingAgreement,
      terms.assessment ? true : null,
      terms.assessment ? ASSESSED_BY : null,
      terms.assessment?.assessedOn ?? null,
      terms.assessment?.conclusion ?? null,
      demo.drafter.id,
      demo.drafter.name,
      demo.drafter.email,
      demo.createdAt,
      demo.submittedAt,
    ],
  );
  for (const party of demo.parties) {
    await manager.query(
      `INSERT INTO agreement_version_party (version_id, municipality_number, role, annual_cost, buyer_volume, signatory)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        versionId,
        party.number,
        party.role,
        party.annualCost ?? null,
        party.buyerVolume ?? null,
        party.signatory ?? null,
      ],
    );
  }
  for (const decision of demo.decisions) {
    const director = DIRECTORS[decision.number];
    await manager.query(
      `INSERT INTO agreement_approval (version_id, municipality_number, decision, comment, decided_by_id, decided_by_name,
                                       decided_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        versionId,
        decision.number,
        decision.decision,
        decision.comment ?? '',
        director.id,
        director.name,
        decision.at,
      ],
    );
  }
  await seedNotifications(manager, id, demo);
  await recordAudit(manager, SYSTEM, {
    action: 'CREATE',
    entityType: 'agreement',
    entityId: id,
    regionId,
    summary: `${MARKER}: ${demo.title}`,
  });
}

/** What the workflow would have written: approval requests while waiting, and the outcome to the drafter. */
async function seedNotifications(
  manager: EntityManager,
  agreementId: string,
  demo: DemoAgreement,
): Promise<void> {
  if (demo.legalForm !== 'SERVICE_PURCHASE' || !demo.submittedAt) return;
  const decided = new Set(demo.decisions.map((decision) => decision.number));
  const notes: {
    kind: NotificationKind;
    to: string;
    municipality: boolean;
    title: string;
    body: string;
    read: boolean;
  }[] = demo.parties.map((party) => ({
    kind: 'APPROVAL_REQUESTED',
    to: party.number,
    municipality: true,
    title: `Godkjenning: ${demo.title} (versjon 1)`,
    body: `Avtalen «${demo.title}», versjon 1, venter på godkjenning fra kommunedirektøren.`,
    read: decided.has(party.number),
  }));
  const rejection = demo.decisions.find((decision) => decision.decision === 'REJECT');
  if (rejection) {
    notes.push({
      kind: 'AGREEMENT_REJECTED',
      to: demo.drafter.id,
      municipality: false,
      title: `Avvist: ${demo.title} (versjon 1)`,
      body: `Versjon 1 av «${demo.title}» er avvist. Begrunnelse: ${rejection.comment ?? ''}`,
      read: false,
    });
  } else if (demo.status === 'ACTIVE') {
    notes.push({
      kind: 'AGREEMENT_ACTIVE',
      to: demo.drafter.id,
      municipality: false,
      title: `Aktiv: ${demo.title}`,
      body: `Alle parter har godkjent versjon 1 av «${demo.title}», og avtalen er nå aktiv.`,
      read: true,
    });
  }
  for (const note of notes) {
    await manager.query(
      `INSERT INTO notification (recipient_user_id, recipient_municipality, recipient_role, kind, title, body, link,
                                 agreement_id, created_at, read_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        note.municipality ? null : note.to,
        note.municipality ? note.to : null,
        note.municipality ? Role.MunicipalDirector : null,
        note.kind,
        note.title,
        note.body,
        agreementPath(agreementId),
        agreementId,
        demo.submittedAt,
        note.read ? demo.submittedAt : null,
      ],
    );
  }
}

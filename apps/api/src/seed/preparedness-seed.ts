import { recordAudit } from '@samarbeid/api/data-access';
import { EntityManager } from 'typeorm';

import { DEMO_PREPAREDNESS, type DemoPreparedness, demoDate } from './data/demo-preparedness';

const SYSTEM = { id: 'system:demo-seed', name: 'Demodata' };
const MARKER = 'Demodata for beredskap lagt inn';

/**
 * The demo preparedness data: Hallingdal's regional psychosocial crisis team and two municipal teams, a year of
 * exercises (and last year's regional one) with evaluations and follow-up actions, and routines; a smaller set in
 * Kongsbergregionen around the demo users. Dates are relative to the year the seed runs. Idempotent: each region's
 * set is written once (an audit record marks it), never over later changes.
 */
export async function seedPreparedness(manager: EntityManager, today: Date = new Date()): Promise<void> {
  const todayIso = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(today);
  const year = Number(todayIso.slice(0, 4));
  for (const demo of DEMO_PREPAREDNESS) {
    const [region]: { id: string }[] = await manager.query('SELECT id FROM region WHERE slug = $1', [
      demo.regionSlug,
    ]);
    if (!region) continue;
    const marked: unknown[] = await manager.query(
      'SELECT 1 FROM audit_event WHERE region_id = $1 AND actor_id = $2 AND summary = $3',
      [region.id, SYSTEM.id, MARKER],
    );
    if (marked.length > 0) continue;
    await seedRegion(manager, region.id, demo, year, todayIso);
    await recordAudit(manager, SYSTEM, {
      action: 'CREATE',
      entityType: 'region',
      entityId: region.id,
      regionId: region.id,
      summary: MARKER,
    });
  }
}

async function seedRegion(
  manager: EntityManager,
  regionId: string,
  demo: DemoPreparedness,
  year: number,
  today: string,
): Promise<void> {
  const memberIds = new Map<string, string>();
  for (const member of [...demo.members].sort((a, b) => Number(!!a.deputyOf) - Number(!!b.deputyOf))) {
    const principal = member.deputyOf ? memberIds.get(`${member.team}:${member.deputyOf}`) : null;
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO crisis_team_member (region_id, team_municipality_number, role, person_name, user_id,
                                       home_municipality_number, phone, email, deputy_of_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        regionId,
        member.team,
        member.role,
        member.name,
        member.userId ?? null,
        member.home,
        member.phone,
        member.email,
        principal ?? null,
      ],
    );
    memberIds.set(`${member.team}:${member.name}`, id);
  }

  const exerciseIds = new Map<string, string>();
  for (const exercise of demo.exercises) {
    const heldOn = demoDate(exercise.heldOn, year);
    // Seeded early in the year, this year's exercises have not been held yet: they are planned.
    const status = exercise.status === 'HELD' && heldOn > today ? 'PLANNED' : exercise.status;
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO exercise (region_id, title, held_on, kind, scope, status, organiser_municipality_number, scenario,
                             outside_actors, other_actors, went_well, went_badly, lessons_learned)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
      [
        regionId,
        exercise.title,
        heldOn,
        exercise.kind,
        exercise.scope,
        status,
        exercise.organiser,
        exercise.scenario,
        exercise.actors,
        exercise.otherActors ?? null,
        exercise.wentWell ?? null,
        exercise.wentBadly ?? null,
        exercise.lessonsLearned ?? null,
      ],
    );
    exerciseIds.set(exercise.title, id);
    await manager.query(
      `INSERT INTO exercise_participant (exercise_id, municipality_number) SELECT $1, unnest($2::text[])`,
      [id, exercise.participants],
    );
  }

  for (const action of demo.actions) {
    await manager.query(
      `INSERT INTO follow_up_action (region_id, title, description, municipality_number, owner_name, owner_user_id,
                                     owner_email, deadline, status, completed_at, exercise_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::varchar, CASE WHEN $9::varchar = 'DONE' THEN $8::date END, $10)`,
      [
        regionId,
        action.title,
        action.description ?? null,
        action.municipality,
        action.owner,
        action.ownerUserId ?? null,
        action.ownerEmail ?? null,
        demoDate(action.deadline, year),
        action.status,
        action.exercise ? (exerciseIds.get(action.exercise) ?? null) : null,
      ],
    );
  }

  for (const routine of demo.routines) {
    await manager.query(
      `INSERT INTO preparedness_routine (region_id, municipality_number, title, description, owner_name, owner_user_id,
                                         last_reviewed_on, review_interval_months)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        regionId,
        routine.municipality,
        routine.title,
        routine.description,
        routine.owner,
        routine.ownerUserId ?? null,
        routine.lastReviewedOn ? demoDate(routine.lastReviewedOn, year) : null,
        routine.intervalMonths,
      ],
    );
  }
}

/**
 * Preparedness through the real API: crisis team contact details reach only the team's own members and the
 * secretariat, over every query that reaches a roster entry; the yearly check follows exercises and follow-up
 * actions; "Min oppfølging", status changes by the owner, and reminders through the notifications; routines due.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, GraphQLNamedType, GraphQLSchema, isInterfaceType, isObjectType } from 'graphql';

import { DEMO_USER_IDS } from '../src/seed/portfolio-seed';
import { countStatements, DEMO_USERNAMES, demoCalls, DemoUsername, useDemoTokens } from './support/portfolio';
import { errorCode, useTestApp } from './support/test-app';

const REGION = 'kongsbergregionen';

interface Contact {
  phone: string | null;
  email: string | null;
}
interface Member {
  id: string;
  personName: string;
  teamMunicipalityNumber: string | null;
  contact: Contact | null;
  contactHidden: boolean;
  deputies: Member[];
}
interface Team {
  municipalityNumber: string | null;
  viewerIsMember: boolean;
  contactDetailsVisible: boolean;
  members: Member[];
}

const MEMBER_FIELDS = 'id personName teamMunicipalityNumber contactHidden contact { phone email }';
const ROSTER = `query($regionSlug: String!) { crisisTeams(regionSlug: $regionSlug) { viewerCanEdit teams {
  municipalityNumber viewerIsMember contactDetailsVisible
  members { ${MEMBER_FIELDS} deputies { ${MEMBER_FIELDS} deputies { id } } } } } }`;
const ENTRY = `query($id: ID!) { crisisTeamMember(id: $id) { ${MEMBER_FIELDS} deputies { ${MEMBER_FIELDS} } } }`;

/** The queries that reach a roster entry, each with how this test reads it. */
const COVERED_QUERIES = ['crisisTeamMember', 'crisisTeams'];

/** Whether a value of `type` can contain a CrisisTeamMember, by walking the schema's object types. */
function reachesRosterEntry(
  schema: GraphQLSchema,
  type: GraphQLNamedType,
  seen = new Set<string>(),
): boolean {
  if (type.name === 'CrisisTeamMember' || type.name === 'CrisisTeamContact') return true;
  if (seen.has(type.name) || !(isObjectType(type) || isInterfaceType(type))) return false;
  seen.add(type.name);
  return Object.values(type.getFields()).some((field) =>
    reachesRosterEntry(schema, getNamedType(field.type), seen),
  );
}

describe('preparedness', () => {
  const api = useTestApp();
  const tokens = useDemoTokens();

  const { call, ok } = demoCalls(api, tokens);

  describe('contact details of the crisis teams', () => {
    /** Every phone number and e-mail address stored for a team (null: the region's team). */
    let stored: Map<string | null, string[]>;

    beforeAll(async () => {
      // A deputy with contact details, so that the deputies' path is tried as well.
      const [principal]: { id: string }[] = await api.dataSource.query(
        "SELECT id FROM crisis_team_member WHERE person_name = 'Marte Moen' AND team_municipality_number IS NULL",
      );
      await ok(
        'sekretariat',
        'mutation($input: AddCrisisTeamMemberInput!) { addCrisisTeamMember(input: $input) { id } }',
        {
          input: {
            regionSlug: REGION,
            deputyOfId: principal?.id,
            role: 'Koordinator (vara)',
            personName: 'Vara Varasen',
            homeMunicipalityNumber: '4026',
            phone: '+47 400 00 299',
            email: 'vara.varasen@example.no',
          },
        },
      );
      const rows: { team: string | null; phone: string | null; email: string | null }[] =
        await api.dataSource.query(
          `SELECT c.team_municipality_number AS team, c.phone, c.email FROM crisis_team_member c
           JOIN region r ON r.id = c.region_id WHERE r.slug = $1`,
          [REGION],
        );
      stored = new Map();
      for (const row of rows) {
        const list = stored.get(row.team) ?? [];
        list.push(...[row.phone, row.email].filter((value): value is string => value !== null));
        stored.set(row.team, list);
      }
    });

    it('covers every query that reaches a roster entry', () => {
      const schema = api.app.get(GraphQLSchemaHost).schema;
      const fields = Object.values(schema.getQueryType()?.getFields() ?? {});
      const reaching = fields
        .filter((field) => reachesRosterEntry(schema, getNamedType(field.type)))
        .map((field) => field.name)
        .sort();
      expect(reaching).toEqual(COVERED_QUERIES);
    });

    /** The teams each reader may see contact details of: the secretariat all, a member their own team only. */
    const VISIBLE: Readonly<Record<DemoUsername, (team: string | null) => boolean>> = {
      sekretariat: () => true,
      'medlem.tinn': (team) => team === null, // on the region's team
      'direktor.flesberg': (team) => team === '3334', // on Flesberg's team
      'leder.teknisk': () => false,
      'direktor.kongsberg': () => false,
      'direktor.rollag': () => false,
      'direktor.notodden': () => false,
      politiker: () => false,
    };

    for (const reader of DEMO_USERNAMES) {
      it(`crisisTeams shows ${reader} contact details only of the teams they may see`, async () => {
        const response = await call<{ crisisTeams: { teams: Team[] } }>(reader, ROSTER, {
          regionSlug: REGION,
        });
        expect(response.errors).toBeUndefined();
        const teams = response.data?.crisisTeams.teams ?? [];
        expect(teams.length).toBeGreaterThan(1);
        const text = JSON.stringify(response);
        for (const team of teams) {
          const visible = VISIBLE[reader](team.municipalityNumber);
          expect(team.contactDetailsVisible).toBe(visible);
          const entries = team.members.flatMap((member) => [member, ...member.deputies]);
          for (const entry of entries) {
            expect(entry.contact === null).toBe(!visible);
            if (!visible) expect(entry.contactHidden).toBe(true);
          }
          // Nothing of a hidden team's contact details anywhere in the answer.
          for (const value of visible ? [] : (stored.get(team.municipalityNumber) ?? [])) {
            expect(text).not.toContain(value);
          }
        }
        expect(
          teams.find((team) => team.municipalityNumber === null)?.members.some((m) => m.deputies.length > 0),
        ).toBe(true);
      });

      it(`crisisTeamMember shows ${reader} contact details only of the teams they may see`, async () => {
        const ids: { id: string; team: string | null }[] = await api.dataSource.query(
          `SELECT c.id, c.team_municipality_number AS team FROM crisis_team_member c
             JOIN region r ON r.id = c.region_id WHERE r.slug = $1`,
          [REGION],
        );
        expect(ids.length).toBeGreaterThan(4);
        for (const { id, team } of ids) {
          const response = await call<{ crisisTeamMember: Member }>(reader, ENTRY, { id });
          expect(response.errors).toBeUndefined();
          const visible = VISIBLE[reader](team);
          const entry = response.data?.crisisTeamMember;
          for (const shown of [entry, ...(entry?.deputies ?? [])])
            expect(shown?.contact === null).toBe(!visible);
          const text = JSON.stringify(response);
          for (const value of visible ? [] : (stored.get(team) ?? [])) expect(text).not.toContain(value);
        }
      });
    }

    it("shows no one but the secretariat the contact details of Hallingdal's teams, which no demo user is on", async () => {
      for (const reader of DEMO_USERNAMES) {
        const data = await ok<{ crisisTeams: { teams: Team[] } }>(reader, ROSTER, {
          regionSlug: 'hallingdal',
        });
        const regional = data.crisisTeams.teams[0];
        expect(regional?.members.length).toBeGreaterThanOrEqual(6);
        expect(regional?.contactDetailsVisible).toBe(reader === 'sekretariat');
        expect(JSON.stringify(data).includes('guri.hallingstad@example.no')).toBe(reader === 'sekretariat');
      }
    });

    it('keeps contact details out of the change history', async () => {
      const rows: { before: unknown; after: unknown }[] = await api.dataSource.query(
        "SELECT before, after FROM audit_event WHERE entity_type = 'crisis_team_member'",
      );
      expect(rows.length).toBeGreaterThan(0);
      expect(JSON.stringify(rows)).not.toContain('vara.varasen@example.no');
      expect(JSON.stringify(rows)).not.toContain('400 00 299');
    });

    it('reads the roster with a fixed number of statements, however many teams and members', async () => {
      const statements = await countStatements(api.dataSource, () =>
        call('politiker', ROSTER, { regionSlug: 'hallingdal' }),
      );
      expect(statements).toBeLessThanOrEqual(5);
    });
  });

  describe('the yearly check', () => {
    const CHECK = `query($year: Int!) { preparednessYearlyCheck(regionSlug: "${REGION}", year: $year) {
      year municipalities { municipalityNumber ownExercise ownExerciseStatus regionalExercise regionalExerciseStatus
                            overdueActions status viewerCanRecord } viewerCanRecordRegional } }`;
    interface Row {
      municipalityNumber: string;
      ownExercise: string;
      ownExerciseStatus: string;
      regionalExercise: string;
      regionalExerciseStatus: string;
      overdueActions: number;
      status: string;
      viewerCanRecord: boolean;
    }
    const check = async (as: DemoUsername, year: number) => {
      const data = await ok<{
        preparednessYearlyCheck: { municipalities: Row[]; viewerCanRecordRegional: boolean };
      }>(as, CHECK, { year });
      return data.preparednessYearlyCheck;
    };
    const row = (rows: Row[], number: string) =>
      rows.find((candidate) => candidate.municipalityNumber === number);
    const CREATE = 'mutation($input: CreateExerciseInput!) { createExercise(input: $input) { id } }';
    const exercise = (extra: Record<string, unknown>) => ({
      input: {
        regionSlug: REGION,
        title: 'Øvelse i testen',
        heldOn: '2019-10-01',
        kind: 'FUNCTIONAL',
        status: 'HELD',
        scenario: 'Ras over fylkesveien.',
        outsideActors: ['POLICE'],
        participantNumbers: [],
        ...extra,
      },
    });

    it('turns green as the exercises are registered, and red for an overdue action', async () => {
      const before = await check('sekretariat', 2019);
      expect(before.municipalities.map((m) => m.status)).toEqual(before.municipalities.map(() => 'RED'));
      expect(row(before.municipalities, '3336')).toMatchObject({
        ownExercise: 'NONE',
        regionalExercise: 'NONE',
      });

      await ok('sekretariat', CREATE, exercise({ scope: 'REGIONAL', participantNumbers: ['3334', '3336'] }));
      const regional = await check('sekretariat', 2019);
      expect(row(regional.municipalities, '3336')).toMatchObject({
        regionalExerciseStatus: 'GREEN',
        ownExerciseStatus: 'RED',
        status: 'RED',
      });
      expect(row(regional.municipalities, '3303')?.regionalExerciseStatus).toBe('RED');

      // Rollag's director registers Rollag's own exercise, held with Flesberg.
      await ok(
        'direktor.rollag',
        CREATE,
        exercise({
          scope: 'MUNICIPAL',
          organiserMunicipalityNumber: '3336',
          participantNumbers: ['3334'],
          heldOn: '2019-05-02',
        }),
      );
      const both = await check('direktor.rollag', 2019);
      const overdueNow = row(both.municipalities, '3336')?.overdueActions ?? 0;
      expect(row(both.municipalities, '3336')).toMatchObject({
        ownExercise: 'HELD',
        regionalExercise: 'HELD',
        status: overdueNow === 0 ? 'GREEN' : 'RED',
        viewerCanRecord: true,
      });
      expect(row(both.municipalities, '3303')?.viewerCanRecord).toBe(false);
      expect(both.viewerCanRecordRegional).toBe(false);

      // An action for Rollag whose deadline has passed makes it red again.
      await ok(
        'direktor.rollag',
        'mutation($input: CreateFollowUpActionInput!) { createFollowUpAction(input: $input) { id overdue } }',
        {
          input: {
            regionSlug: REGION,
            title: 'Oppdatere beredskapsplanen (testen)',
            municipalityNumber: '3336',
            ownerName: 'Ingrid Bakken',
            deadline: '2020-01-31',
          },
        },
      );
      const after = await check('direktor.rollag', 2019);
      expect(row(after.municipalities, '3336')).toMatchObject({
        overdueActions: overdueNow + 1,
        status: 'RED',
      });
    });

    it('does not count a planned exercise, nor one of another year', async () => {
      await ok(
        'sekretariat',
        CREATE,
        exercise({
          scope: 'MUNICIPAL',
          organiserMunicipalityNumber: '3338',
          status: 'PLANNED',
          heldOn: '2018-06-01',
        }),
      );
      expect(row((await check('sekretariat', 2018)).municipalities, '3338')).toMatchObject({
        ownExercise: 'PLANNED',
        ownExerciseStatus: 'RED',
      });
      expect(row((await check('sekretariat', 2019)).municipalities, '3338')?.ownExercise).toBe('NONE');
    });
  });

  describe('follow-up', () => {
    const MINE = `{ myFollowUpActions(first: 50) { totalCount nodes { id title status overdue deadline ownerIsViewer
      viewerCanSetStatus version municipalityName regionName } } }`;
    interface Action {
      id: string;
      title: string;
      status: string;
      overdue: boolean;
      deadline: string;
      ownerIsViewer: boolean;
      viewerCanSetStatus: boolean;
      version: number;
    }
    const mine = async (as: DemoUsername) =>
      (await ok<{ myFollowUpActions: { nodes: Action[] } }>(as, MINE)).myFollowUpActions.nodes;
    const STATUS =
      'mutation($input: SetFollowUpStatusInput!) { setFollowUpActionStatus(input: $input) { id status overdue } }';

    it("lists a person's own open actions, flags the overdue ones, and lets the owner finish them", async () => {
      const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date());
      const actions = await mine('direktor.flesberg');
      expect(actions.map((action) => action.title)).toEqual(
        expect.arrayContaining([
          'Oppdatere kriseplanen etter øvelsen',
          'Felles mal for informasjon til foresatte',
        ]),
      );
      for (const action of actions) {
        expect(action.ownerIsViewer).toBe(true);
        expect(action.status).not.toBe('DONE');
        expect(action.overdue).toBe(action.deadline < today);
      }
      expect(await mine('politiker')).toEqual([]);

      const first = actions[0];
      const done = await ok<{ setFollowUpActionStatus: { status: string; overdue: boolean } }>(
        'direktor.flesberg',
        STATUS,
        { input: { id: first.id, expectedVersion: first.version, status: 'DONE' } },
      );
      expect(done.setFollowUpActionStatus).toEqual({ id: first.id, status: 'DONE', overdue: false });
      expect((await mine('direktor.flesberg')).map((action) => action.id)).not.toContain(first.id);

      // A stale version is refused.
      const stale = await call('direktor.flesberg', STATUS, {
        input: { id: first.id, expectedVersion: first.version, status: 'OPEN' },
      });
      expect(errorCode(stale)).toBe('CONFLICT');
    });

    it('reminds the owners of overdue actions once, through the notifications', async () => {
      await api.dataSource.query(
        `INSERT INTO follow_up_action (region_id, title, municipality_number, owner_name, owner_user_id, deadline, status)
         SELECT id, 'Forfalt i testen', '3336', 'Ingrid Bakken', $1, '2021-03-01', 'OPEN' FROM region WHERE slug = $2`,
        [DEMO_USER_IDS['direktor.rollag'], REGION],
      );
      const REMIND = `mutation { remindOverdueFollowUpActions(regionSlug: "${REGION}") { reminded } }`;
      const first = await ok<{ remindOverdueFollowUpActions: { reminded: number } }>('sekretariat', REMIND);
      expect(first.remindOverdueFollowUpActions.reminded).toBeGreaterThanOrEqual(1);
      const second = await ok<{ remindOverdueFollowUpActions: { reminded: number } }>('sekretariat', REMIND);
      expect(second.remindOverdueFollowUpActions.reminded).toBe(0);

      const notifications = await ok<{
        notifications: { nodes: { kind: string; title: string; link: string }[] };
      }>('direktor.rollag', '{ notifications(first: 50) { nodes { kind title link } } }');
      expect(notifications.notifications.nodes).toEqual(
        expect.arrayContaining([
          { kind: 'FOLLOW_UP_OVERDUE', title: 'Forfalt: Forfalt i testen', link: '/beredskap/oppfolging' },
        ]),
      );
    });

    it("links an action to a measure and to the decision it follows up, and shows both, with its owner's user", async () => {
      const FIELDS = `id version deadline ownerName ownerUserId measure { code title }
        source { kind id title caseReference decidedOn }`;
      const [decision]: { id: string; title: string; case_reference: string; decided_on: string }[] =
        await api.dataSource.query(
          `SELECT d.id, d.title, d.case_reference, to_char(d.decided_on, 'YYYY-MM-DD') AS decided_on
             FROM decision d JOIN region r ON r.id = d.region_id WHERE r.slug = $1 ORDER BY d.id LIMIT 1`,
          [REGION],
        );
      const [measure]: { id: string; code: string; title: string }[] = await api.dataSource.query(
        `SELECT m.id, m.code, m.title FROM measure m JOIN region r ON r.id = m.region_id
          WHERE r.slug = $1 ORDER BY m.code LIMIT 1`,
        [REGION],
      );
      const created = await ok<{
        createFollowUpAction: Record<string, unknown> & { id: string; version: number };
      }>(
        'direktor.flesberg',
        `mutation($input: CreateFollowUpActionInput!) { createFollowUpAction(input: $input) { ${FIELDS} } }`,
        {
          input: {
            regionSlug: REGION,
            title: 'Følge opp vedtaket om felles beredskap',
            municipalityNumber: '3334',
            ownerUserId: DEMO_USER_IDS['direktor.flesberg'],
            deadline: '2027-05-31',
            measureId: measure.id,
            source: { kind: 'DECISION', id: decision.id },
          },
        },
      );
      expect(created.createFollowUpAction).toMatchObject({
        ownerUserId: DEMO_USER_IDS['direktor.flesberg'],
        measure: { code: measure.code, title: measure.title },
        source: {
          kind: 'DECISION',
          id: decision.id,
          title: decision.title,
          caseReference: decision.case_reference,
          decidedOn: decision.decided_on,
        },
      });

      // Changed: a new deadline, no measure, the same decision; the history has both.
      const { id, version } = created.createFollowUpAction;
      const updated = await ok<{ updateFollowUpAction: Record<string, unknown> }>(
        'sekretariat',
        `mutation($input: UpdateFollowUpActionInput!) { updateFollowUpAction(input: $input) { ${FIELDS} } }`,
        {
          input: {
            id,
            expectedVersion: version,
            title: 'Følge opp vedtaket om felles beredskap',
            municipalityNumber: '3334',
            ownerName: 'Liv Lampeland',
            deadline: '2027-06-30',
            source: { kind: 'DECISION', id: decision.id },
          },
        },
      );
      expect(updated.updateFollowUpAction).toMatchObject({
        deadline: '2027-06-30',
        ownerName: 'Liv Lampeland',
        ownerUserId: null,
        measure: null,
        source: { kind: 'DECISION', id: decision.id },
      });
      const history = await ok<{ auditEvents: { nodes: { entityId: string; action: string }[] } }>(
        'sekretariat',
        `query($filter: AuditFilter) { auditEvents(regionSlug: "${REGION}", filter: $filter, first: 50) {
           nodes { entityId action } } }`,
        { filter: { entityType: 'follow_up_action' } },
      );
      expect(history.auditEvents.nodes.filter((event) => event.entityId === id)).toEqual(
        expect.arrayContaining([
          { entityId: id, action: 'CREATE' },
          { entityId: id, action: 'UPDATE' },
        ]),
      );
      const [stored]: { after: Record<string, unknown> }[] = await api.dataSource.query(
        `SELECT after FROM audit_event WHERE entity_id = $1 AND action = 'UPDATE'`,
        [id],
      );
      expect(stored.after).toMatchObject({ sourceKind: 'DECISION', sourceId: decision.id, measureId: null });
    });

    it('reads a page of actions with a fixed number of statements', async () => {
      const statements = await countStatements(api.dataSource, () =>
        call(
          'sekretariat',
          `{ followUpActions(regionSlug: "hallingdal", first: 50) { totalCount nodes { id exercise { title } measure { code } source { title } } } }`,
        ),
      );
      expect(statements).toBeLessThanOrEqual(4);
    });
  });

  describe('routines', () => {
    it('flags the routines due for review, and clears the flag when one is reviewed', async () => {
      const ROUTINES = `{ preparednessRoutines(regionSlug: "hallingdal") { nodes { id title due nextReviewOn
        lastReviewedOn reviewIntervalMonths version viewerCanReview } } }`;
      type Routine = { id: string; title: string; due: boolean; version: number; viewerCanReview: boolean };
      const list = async () =>
        (await ok<{ preparednessRoutines: { nodes: Routine[] } }>('sekretariat', ROUTINES))
          .preparednessRoutines.nodes;
      const routines = await list();
      expect(routines.length).toBeGreaterThanOrEqual(4);
      const due = routines.find((routine) =>
        routine.title.startsWith('Rutine for digital sikkerhet'),
      ) as Routine;
      expect(due.due).toBe(true);
      const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date());
      await ok(
        'sekretariat',
        'mutation($input: RecordRoutineReviewInput!) { recordRoutineReview(input: $input) { id } }',
        {
          input: { id: due.id, expectedVersion: due.version, reviewedOn: today },
        },
      );
      expect((await list()).find((routine) => routine.id === due.id)?.due).toBe(false);
    });

    it('changes a routine with the day it was last reviewed, and keeps that day when it is left out', async () => {
      const [row]: { id: string; version: number }[] = await api.dataSource.query(
        `SELECT p.id, p.version FROM preparedness_routine p JOIN region r ON r.id = p.region_id
          WHERE r.slug = 'hallingdal' AND p.municipality_number IS NULL ORDER BY p.title LIMIT 1`,
      );
      const UPDATE = `mutation($input: UpdateRoutineInput!) { updatePreparednessRoutine(input: $input) {
        version ownerName ownerUserId lastReviewedOn reviewIntervalMonths nextReviewOn } }`;
      const base = { title: 'Rutine for strømbrudd', ownerName: 'Marte Moen', reviewIntervalMonths: 6 };
      const first = await ok<{ updatePreparednessRoutine: { version: number } }>('sekretariat', UPDATE, {
        input: { id: row.id, expectedVersion: row.version, ...base, lastReviewedOn: '2026-01-15' },
      });
      expect(first.updatePreparednessRoutine).toMatchObject({
        ownerName: 'Marte Moen',
        ownerUserId: null,
        lastReviewedOn: '2026-01-15',
        nextReviewOn: '2026-07-15',
      });
      const second = await ok<{ updatePreparednessRoutine: unknown }>('sekretariat', UPDATE, {
        input: {
          id: row.id,
          expectedVersion: first.updatePreparednessRoutine.version,
          ...base,
          reviewIntervalMonths: 12,
        },
      });
      expect(second.updatePreparednessRoutine).toMatchObject({
        lastReviewedOn: '2026-01-15',
        nextReviewOn: '2027-01-15',
      });
    });
  });
});

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { Transaction } from '../shared/transaction';
import type { AnswerDraft, QuestionDraft } from './domain/self-evaluation-rules';
import type { SelfEvaluation, SelfEvaluationQuestionList } from './self-evaluation.types';

type Reader = Pick<EntityManager, 'query'>;

/** A year's evaluation as locked for a change. */
export interface EvaluationRow {
  readonly id: string;
  readonly networkId: string;
  readonly regionId: string;
  readonly networkName: string;
  readonly year: number;
  readonly version: number;
  readonly closed: boolean;
}

interface EvaluationAnswerRow {
  id: string;
  network_id: string;
  year: number;
  answered_by: string;
  updated_at: Date;
  closed_at: Date | null;
  closed_by: string | null;
  version: number;
  question_id: string | null;
  text: string | null;
  position: number | null;
  scale_min: number | null;
  scale_max: number | null;
  score: number | null;
  comment: string | null;
}

const EVALUATION_COLUMNS = `e.id, e.network_id AS "networkId", n.region_id AS "regionId", n.name AS "networkName", e.year, e.version,
  e.closed_at IS NOT NULL AS closed`;

/**
 * The self-evaluation (F2): every statement on region_self_evaluation, self_evaluation_question, self_evaluation and
 * self_evaluation_answer.
 */
@Injectable()
export class SelfEvaluationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The region's questions (active and retired) in order, each with whether it is answered; version 0 if none. */
  async questions(regionId: string, reader: Reader = this.dataSource): Promise<SelfEvaluationQuestionList> {
    const [list]: { version: number }[] = await reader.query(
      'SELECT version FROM region_self_evaluation WHERE region_id = $1',
      [regionId],
    );
    const questions: SelfEvaluationQuestionList['questions'] = await reader.query(
      `SELECT q.id, q.text, q.position, q.scale_min AS "scaleMin", q.scale_max AS "scaleMax", q.active,
              EXISTS (SELECT 1 FROM self_evaluation_answer a WHERE a.question_id = q.id) AS answered
         FROM self_evaluation_question q WHERE q.region_id = $1
        ORDER BY q.position, q.text`,
      [regionId],
    );
    return { regionId, version: list?.version ?? 0, questions };
  }

  /** Locks the region's question list (creating its row when missing) for a change. */
  async lockQuestions(tx: Transaction, regionId: string, by: string): Promise<SelfEvaluationQuestionList> {
    await tx.query(
      `INSERT INTO region_self_evaluation (region_id, updated_by, version) VALUES ($1, $2, 0)
       ON CONFLICT (region_id) DO NOTHING`,
      [regionId, by],
    );
    await tx.query('SELECT 1 FROM region_self_evaluation WHERE region_id = $1 FOR UPDATE', [regionId]);
    return this.questions(regionId, tx);
  }

  /** Makes the list exactly `drafts`, in order: existing questions updated, new ones added, `deleted` removed. */
  async saveQuestions(
    tx: Transaction,
    regionId: string,
    drafts: readonly QuestionDraft[],
    deleted: readonly string[],
    by: string,
  ): Promise<void> {
    if (deleted.length > 0) {
      await tx.query('DELETE FROM self_evaluation_question WHERE region_id = $1 AND id = ANY($2::uuid[])', [
        regionId,
        [...deleted],
      ]);
    }
    for (const [position, draft] of drafts.entries()) {
      const values = [draft.text, draft.scaleMin, draft.scaleMax, draft.active, position];
      if (draft.id) {
        await tx.query(
          `UPDATE self_evaluation_question SET text = $3, scale_min = $4, scale_max = $5, active = $6, position = $7
            WHERE id = $1 AND region_id = $2`,
          [draft.id, regionId, ...values],
        );
      } else {
        await tx.query(
          `INSERT INTO self_evaluation_question (region_id, text, scale_min, scale_max, active, position)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [regionId, ...values],
        );
      }
    }
    await tx.query(
      `UPDATE region_self_evaluation SET version = version + 1, updated_by = $2, updated_at = now()
        WHERE region_id = $1`,
      [regionId, by],
    );
  }

  /** The network's region, or null when there is no such network. */
  async regionOfNetwork(tx: Transaction, networkId: string): Promise<string | null> {
    const [row]: { region_id: string }[] = await tx.query('SELECT region_id FROM network WHERE id = $1', [
      networkId,
    ]);
    return row?.region_id ?? null;
  }

  /** The network's evaluation of `year`, locked; created empty (version 0) when the year has none. */
  async lockYear(tx: Transaction, networkId: string, year: number, by: string): Promise<EvaluationRow> {
    await tx.query(
      `INSERT INTO self_evaluation (network_id, year, answered_by, version) VALUES ($1, $2, $3, 0)
       ON CONFLICT ON CONSTRAINT uq_self_evaluation_network_year DO NOTHING`,
      [networkId, year, by],
    );
    const [row]: EvaluationRow[] = await tx.query(
      `SELECT ${EVALUATION_COLUMNS} FROM self_evaluation e JOIN network n ON n.id = e.network_id
        WHERE e.network_id = $1 AND e.year = $2 FOR UPDATE OF e`,
      [networkId, year],
    );
    return row;
  }

  /** An evaluation by id, locked, or null. */
  async lock(tx: Transaction, id: string): Promise<EvaluationRow | null> {
    const [row]: EvaluationRow[] = await tx.query(
      `SELECT ${EVALUATION_COLUMNS} FROM self_evaluation e JOIN network n ON n.id = e.network_id
        WHERE e.id = $1 FOR UPDATE OF e`,
      [id],
    );
    return row ?? null;
  }

  /** The questions answered in an evaluation. */
  async answeredQuestions(tx: Transaction, evaluationId: string): Promise<Set<string>> {
    const rows: { question_id: string }[] = await tx.query(
      'SELECT question_id FROM self_evaluation_answer WHERE evaluation_id = $1',
      [evaluationId],
    );
    return new Set(rows.map((row) => row.question_id));
  }

  /** Replaces the evaluation's answers and records who saved them. */
  async saveAnswers(
    tx: Transaction,
    evaluationId: string,
    answers: readonly AnswerDraft[],
    by: string,
  ): Promise<void> {
    await tx.query('DELETE FROM self_evaluation_answer WHERE evaluation_id = $1', [evaluationId]);
    if (answers.length > 0) {
      await tx.query(
        `INSERT INTO self_evaluation_answer (evaluation_id, question_id, score, comment)
         SELECT $1, a.question_id, a.score, a.comment
           FROM unnest($2::uuid[], $3::int[], $4::text[]) AS a(question_id, score, comment)`,
        [
          evaluationId,
          answers.map((answer) => answer.questionId),
          answers.map((answer) => answer.score),
          answers.map((answer) => answer.comment ?? ''),
        ],
      );
    }
    await tx.query(
      `UPDATE self_evaluation SET answered_by = $2, version = version + 1, updated_at = now() WHERE id = $1`,
      [evaluationId, by],
    );
  }

  async close(tx: Transaction, evaluationId: string, by: string): Promise<void> {
    await tx.query(
      `UPDATE self_evaluation SET closed_at = now(), closed_by = $2, version = version + 1, updated_at = now()
        WHERE id = $1`,
      [evaluationId, by],
    );
  }

  /** Each network's evaluations, newest year first, with their answers in the questions' order (one query). */
  async evaluationsOf(
    networkIds: readonly string[],
    reader: Reader = this.dataSource,
  ): Promise<SelfEvaluation[][]> {
    if (networkIds.length === 0) return [];
    const rows: EvaluationAnswerRow[] = await reader.query(
      `SELECT e.id, e.network_id, e.year, e.answered_by, e.updated_at, e.closed_at, e.closed_by, e.version,
              a.question_id, q.text, q.position, q.scale_min, q.scale_max, a.score, a.comment
         FROM self_evaluation e
         LEFT JOIN self_evaluation_answer a ON a.evaluation_id = e.id
         LEFT JOIN self_evaluation_question q ON q.id = a.question_id
        WHERE e.network_id = ANY($1::uuid[]) AND e.version > 0
        ORDER BY e.year DESC, q.position, q.text`,
      [[...networkIds]],
    );
    const byId = new Map<string, SelfEvaluation>();
    for (const row of rows) {
      let evaluation = byId.get(row.id);
      if (!evaluation) {
        evaluation = {
          id: row.id,
          networkId: row.network_id,
          year: row.year,
          answeredBy: row.answered_by,
          updatedAt: row.updated_at,
          closed: row.closed_at !== null,
          closedAt: row.closed_at,
          closedBy: row.closed_by,
          version: row.version,
          answers: [],
        };
        byId.set(row.id, evaluation);
      }
      if (row.question_id !== null) {
        evaluation.answers.push({
          questionId: row.question_id,
          questionText: row.text ?? '',
          position: row.position ?? 0,
          scaleMin: row.scale_min ?? 0,
          scaleMax: row.scale_max ?? 0,
          score: row.score ?? 0,
          comment: row.comment ?? '',
        });
      }
    }
    const evaluations = [...byId.values()];
    return networkIds.map((id) => evaluations.filter((evaluation) => evaluation.networkId === id));
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ImportTransaction } from '@samarbeid/api/data-access';
import { DataSource } from 'typeorm';

import type { KostraFigureValue } from './kostra-parser';

export interface KostraRow {
  readonly figure: string;
  readonly areaCode: string;
  readonly year: number;
  readonly value: string | null;
  readonly missingSymbol: string | null;
}

/** Every statement on kostra_value and municipality_kostra_group. */
@Injectable()
export class KostraRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The KOSTRA groups of the municipalities, by number. */
  async groupsOf(numbers: readonly string[]): Promise<Map<string, { code: string; name: string }>> {
    if (numbers.length === 0) return new Map();
    const rows: { number: string; code: string; name: string }[] = await this.dataSource.query(
      `SELECT municipality_number AS number, group_code AS code, group_name AS name FROM municipality_kostra_group
        WHERE municipality_number = ANY($1::char(4)[])`,
      [[...numbers]],
    );
    return new Map(rows.map((row) => [row.number, { code: row.code, name: row.name }]));
  }

  /** The stored values of the figures for the areas, by year, in one statement. */
  values(figures: readonly string[], areaCodes: readonly string[]): Promise<KostraRow[]> {
    if (figures.length === 0 || areaCodes.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT figure, area_code AS "areaCode", year, trim_scale(value)::text AS value,
              missing_symbol AS "missingSymbol"
         FROM kostra_value WHERE figure = ANY($1::varchar[]) AND area_code = ANY($2::varchar[])
        ORDER BY figure, area_code, year`,
      [[...figures], [...areaCodes]],
    );
  }

  /** How many values are stored for the areas (the import's history record says before and after). */
  async countFor(tx: ImportTransaction, areaCodes: readonly string[]): Promise<number> {
    const [{ n }]: { n: number }[] = await tx.query(
      'SELECT count(*)::int AS n FROM kostra_value WHERE area_code = ANY($1::varchar[])',
      [[...areaCodes]],
    );
    return n;
  }

  /** Stores the values, replacing those stored for the same figure, area and year. */
  async saveValues(
    tx: ImportTransaction,
    values: readonly KostraFigureValue[],
    source: string,
  ): Promise<void> {
    for (let start = 0; start < values.length; start += 500) {
      const chunk = values.slice(start, start + 500);
      await tx.query(
        `INSERT INTO kostra_value (figure, area_code, year, value, missing_symbol, source)
         SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::int[], $4::numeric[], $5::varchar[], $6::varchar[])
         ON CONFLICT (figure, area_code, year) DO UPDATE SET value = EXCLUDED.value,
           missing_symbol = EXCLUDED.missing_symbol, source = EXCLUDED.source, imported_at = now()`,
        [
          chunk.map((value) => value.figure),
          chunk.map((value) => value.areaCode),
          chunk.map((value) => value.year),
          chunk.map((value) => value.value),
          chunk.map((value) => value.missingSymbol),
          chunk.map(() => source),
        ],
      );
    }
  }

  /** Records the municipalities' KOSTRA groups (replacing what was stored). */
  async saveGroups(
    tx: ImportTransaction,
    groups: readonly { number: string; code: string; name: string }[],
  ): Promise<void> {
    for (const group of groups) {
      await tx.query(
        `INSERT INTO municipality_kostra_group (municipality_number, group_code, group_name) VALUES ($1, $2, $3)
         ON CONFLICT (municipality_number) DO UPDATE SET group_code = EXCLUDED.group_code,
           group_name = EXCLUDED.group_name`,
        [group.number, group.code, group.name],
      );
    }
  }
}

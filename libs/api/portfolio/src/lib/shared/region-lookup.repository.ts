import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RegionEntity, regionNotFound } from '@samarbeid/api/data-access';
import { DataSource } from 'typeorm';

/** The portfolio's one read of the region table: a region's id by its short name. */
@Injectable()
export class RegionLookup {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The region's id; NOT_FOUND naming the short name when there is none. */
  async idOf(slug: string): Promise<string> {
    const region = await this.dataSource.getRepository(RegionEntity).findOneBy({ slug });
    if (!region) throw regionNotFound(slug);
    return region.id;
  }
}

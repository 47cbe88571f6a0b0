import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/**
 * Counts login attempts per key (client address, account) in one-minute windows in PostgreSQL,
 * so the limit holds however many api replicas share the load. Keys are stored as a keyed hash:
 * the table never holds an address or an e-mail. A fixed window is simple and one statement;
 * at a window's edge a client can get up to twice the limit in a minute, which still stops
 * guessing at any useful rate.
 */
@Injectable()
export class LoginLimietService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Counts one attempt for each key; the seconds to wait when any key is over the limit, otherwise null. */
  async tel(sleutels: readonly string[]): Promise<number | null> {
    const hashes = [...new Set(sleutels)].map((s) => createHmac('sha256', this.config.jwtSecret).update(s).digest('base64url'));
    const rijen: Array<{ aantal: number; wacht: number }> = await this.dataSource.query(
      `INSERT INTO inlogpoging (sleutel, venster, aantal)
         SELECT s, date_trunc('minute', now()), 1 FROM unnest($1::text[]) AS s
       ON CONFLICT (sleutel, venster) DO UPDATE SET aantal = inlogpoging.aantal + 1
       RETURNING aantal, greatest(1, ceil(extract(epoch FROM venster + interval '1 minute' - clock_timestamp())))::int AS wacht`,
      [hashes],
    );
    // A key's first attempt in a new window is the moment to drop windows nobody will read again.
    if (rijen.some((r) => r.aantal === 1)) await this.dataSource.query(`DELETE FROM inlogpoging WHERE venster < now() - interval '10 minutes'`);
    const over = rijen.filter((r) => r.aantal > this.config.loginLimiet);
    return over.length > 0 ? Math.max(...over.map((r) => r.wacht)) : null;
  }
}

import type { Provider } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { IdempotentieInterceptor } from './idempotentie.interceptor';
import { IdempotentieOpruimer } from './idempotentie.opruimer';
import { IdempotentieOpslag } from './idempotentie.opslag';
import { TransactionService } from './transaction.service';

/** Registered in AppModule with one line, so this slice stays in its own folder. */
export const IDEMPOTENTIE_PROVIDERS: Provider[] = [
  IdempotentieOpslag,
  TransactionService,
  IdempotentieOpruimer,
  { provide: APP_INTERCEPTOR, useClass: IdempotentieInterceptor },
];

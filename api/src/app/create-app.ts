import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import { Logger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { createValidationPipe } from '../common/validation.pipe';
import { beveiligingsheaders } from '../security/beveiligingsheaders';
import type { AppConfig } from '../config/app-config';
import { openDatabase, type Database } from '../database/database';
import { AppModule } from './app.module';

export interface RunningApp {
  readonly app: INestApplication;
  readonly db: Database;
  close(): Promise<void>;
}

/**
 * Builds the whole application: database, Nest, OpenAPI and the built web app
 * on the same origin (one URL). Used by main.ts and by the integration tests.
 */
export async function createApp(config: AppConfig, options: { logger?: boolean; logStream?: DestinationStream } = {}): Promise<RunningApp> {
  const db = await openDatabase(config);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, db.dataSource, options.logStream), {
    bufferLogs: options.logger !== false,
    bodyParser: false,
    logger: options.logger === false ? false : undefined,
  });
  if (options.logger !== false) app.useLogger(app.get(Logger));
  // req.ip from X-Forwarded-For only for the proxies named in TRUST_PROXY (the per-address login limit relies on it).
  app.set('trust proxy', config.trustProxy);
  // Security headers first, so every answer carries them, also a body parser's 413 (see security/beveiligingsheaders.ts).
  app.use(...beveiligingsheaders());
  app.useBodyParser('json', { limit: config.bodyLimit });
  app.use(cookieParser());
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  // No enableShutdownHooks(): main.ts owns the signals and closes Nest and the database once, in order.

  const openapi = new DocumentBuilder()
    .setTitle('Woonstart API')
    .setDescription('Zaakbeheer urgente huisvesting regio Haaglanden. Foutmeldingen volgen RFC 9457 (application/problem+json).')
    .setVersion('0.1.0')
    .addBearerAuth()
    .addCookieAuth('woonstart_sessie')
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openapi), { jsonDocumentUrl: 'api/docs-json' });

  if (config.webDist && existsSync(join(config.webDist, 'index.html'))) serveWeb(app, config.webDist);

  return {
    app,
    db,
    async close() {
      await app.close();
      await db.close();
    },
  };
}

/** The Angular build on the same origin; unknown non-api paths get index.html for client-side routing. */
function serveWeb(app: NestExpressApplication, dir: string): void {
  app.useStaticAssets(dir, { index: false, maxAge: '1h' });
  const index = join(dir, 'index.html');
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api')) return next();
    res.sendFile(index);
  });
}

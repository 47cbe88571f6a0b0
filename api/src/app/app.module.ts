import { createSecretKey, type KeyObject } from 'node:crypto';
import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { logOpties } from '../common/log-opties';
import type { DataSource } from 'typeorm';
import { ToegangslogService } from '../audit/toegangslog.service';
import { AuthController } from '../auth/auth.controller';
import { LOGIN_CONTROLLERS, LOGIN_PROVIDERS } from '../auth/auth.providers';
import { AuthGuard } from '../auth/auth.guard';
import { GebruikerService } from '../auth/gebruiker.service';
import { ProblemDetailsFilter } from '../common/problem-details.filter';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { HealthController } from '../health/health.controller';
import { MONITOR_CONTROLLERS, MONITOR_PROVIDERS } from '../monitor/monitor.providers';
import { OrganisatiesController } from '../organisaties/organisaties.controller';
import { WONINGEN_CONTROLLERS, WONINGEN_PROVIDERS } from '../woningen/woningen.providers';
import { ZaakCommandService } from '../zaken/zaak-command.service';
import { BesluitbriefService } from '../zaken/besluitbrief.service';
import { ZaakQueryService } from '../zaken/zaak-query.service';
import { ZakenController } from '../zaken/zaken.controller';
import { MedischAdviesController } from '../zaken/medisch-advies.controller';
import { DocumentenController } from '../zaken/documenten.controller';
import { DocumentService } from '../zaken/document.service';
import { TaakWorker } from '../taken/taak.worker';
import { BewaartermijnWorker } from '../retentie/bewaartermijn.worker';
import { BeleidController } from '../beleid/beleid.controller';
import { VergaderingenController } from '../vergaderingen/vergaderingen.controller';
import { VergaderingService } from '../vergaderingen/vergadering.service';
import { HuurgrenzenController } from '../plaatsing/huurgrenzen.controller';
import { MatchingController } from '../plaatsing/matching.controller';
import { JaarrapportageController } from '../jaarrapportage/jaarrapportage.controller';
import { MatchingService } from '../plaatsing/matching.service';
import { PlaatsingenController } from '../plaatsing/plaatsingen.controller';
import { PlaatsingsruimteController } from '../plaatsing/plaatsingsruimte.controller';
import { MELDINGEN_CONTROLLERS, MELDINGEN_PROVIDERS } from '../meldingen/meldingen.providers';
import { ScenarioController } from '../scenario/scenario.controller';
import { SimulatieController } from '../simulatie/simulatie.controller';
import { AccountBeheerController } from '../gebruikers/account-beheer.controller';
import { AccountBeheerService } from '../gebruikers/account-beheer.service';
import { SimulatieService } from '../simulatie/simulatie.service';
import { ScenarioService } from '../scenario/scenario.service';
import { IDEMPOTENTIE_PROVIDERS } from '../idempotentie/idempotentie.providers';

@Module({})
export class AppModule {
  /** The data source is opened (and migrated) before Nest starts; see database.ts. */
  static forRoot(config: AppConfig, dataSource: DataSource, logStream?: DestinationStream): DynamicModule {
    const sessieSleutel = createSecretKey(Buffer.from(config.jwtSecret));
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({
          // Nest 11 path syntax; the default '*' triggers a legacy-route warning at start-up.
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          // Never cookies, tokens, query strings or bodies (see log-opties.ts); a test may pass its own destination.
          pinoHttp: logStream ? [logOpties(config), logStream] : logOpties(config),
        }),
        TypeOrmModule.forRootAsync({ useFactory: () => dataSource.options, dataSourceFactory: async () => dataSource }),
        JwtModule.register({
          // The session key as a KeyObject, made once: given a string, jsonwebtoken first tries to read it as a
          // public key on every verify (and throws), which cost more than the rest of the auth guard.
          // A per-call secret (the OIDC transaction cookie) still wins.
          secretOrKeyProvider: (_soort, _token, opties) => (opties as { secret?: string | Buffer | KeyObject } | undefined)?.secret ?? sessieSleutel,
          signOptions: { expiresIn: `${config.sessionHours}h`, issuer: 'woonstart' }, verifyOptions: { issuer: 'woonstart' },
        }),
      ],
      controllers: [AuthController, ...LOGIN_CONTROLLERS, ZakenController, MedischAdviesController, DocumentenController, OrganisatiesController, ...WONINGEN_CONTROLLERS, ScenarioController, SimulatieController, ...MONITOR_CONTROLLERS, HealthController, BeleidController, VergaderingenController, ...MELDINGEN_CONTROLLERS,
        PlaatsingsruimteController, PlaatsingenController, HuurgrenzenController, MatchingController, JaarrapportageController, AccountBeheerController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        GebruikerService,
        AccountBeheerService,
        ...LOGIN_PROVIDERS,
        ToegangslogService,
        ZaakQueryService,
        ZaakCommandService,
        TaakWorker,
        BewaartermijnWorker,
        VergaderingService,
        BesluitbriefService,
        DocumentService,
        ...WONINGEN_PROVIDERS,
        MatchingService,
        ...MONITOR_PROVIDERS,
        ScenarioService,
        SimulatieService,
        ...MELDINGEN_PROVIDERS,
        ...IDEMPOTENTIE_PROVIDERS,
      ],
    };
  }
}

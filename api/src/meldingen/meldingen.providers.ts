import type { Provider } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { MailVerzender } from './mail-verzender.service';
import { MAIL_TRANSPORT, smtpTransport } from './mail.transport';
import { MeldingenService } from './meldingen.service';
import { MeldingenScheduler } from './meldingen.scheduler';
import { OutboxWorker } from './outbox.worker';
import { MailboxController } from './mailbox.controller';
import { MeldingenController } from './meldingen.controller';

/** Registered in AppModule with two lines, so this slice stays in its own folder. */
export const MELDINGEN_CONTROLLERS = [MeldingenController, MailboxController];

export const MELDINGEN_PROVIDERS: Provider[] = [
  { provide: MAIL_TRANSPORT, inject: [APP_CONFIG], useFactory: (config: AppConfig) => (config.smtp ? smtpTransport(config.smtp) : null) },
  OutboxWorker,
  MailVerzender,
  MeldingenService,
  MeldingenScheduler,
];

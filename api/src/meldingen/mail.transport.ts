import { createTransport } from 'nodemailer';
import type { SmtpConfig } from '../config/app-config';

/** One message to one address; plain text only (no tracking, no remote content). */
export interface UitgaandeMail {
  readonly aan: string;
  readonly onderwerp: string;
  readonly tekst: string;
}

/** Sends one mail or throws; resolves only when the server has accepted it. */
export interface MailTransport {
  verstuur(mail: UitgaandeMail): Promise<void>;
}

/** Injection token; its value is null when no mail server is configured (mails are kept in the app). */
export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

/**
 * SMTP through nodemailer. Short timeouts: a hanging server must not stall the
 * worker for long, and a send that times out is treated like any other failure.
 */
export function smtpTransport(smtp: SmtpConfig): MailTransport {
  const transporter = createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user && smtp.password ? { user: smtp.user, pass: smtp.password } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    async verstuur(mail) {
      await transporter.sendMail({ from: smtp.from, to: mail.aan, subject: mail.onderwerp, text: mail.tekst });
    },
  };
}

/** A melding as the app shows it (GET /meldingen). */
export interface MeldingView {
  readonly id: string;
  readonly zaakId: string | null;
  readonly onderwerp: string;
  readonly tekst: string;
  readonly link: string | null;
  readonly aangemaaktOp: string;
  readonly gelezenOp: string | null;
}

export interface MeldingLijst {
  readonly items: MeldingView[];
  readonly totaal: number;
  readonly ongelezen: number;
  readonly pagina: number;
  readonly perPagina: number;
}

/**
 * What the mailbox shows: the stored status, except that a mail claimed for sending
 * long ago without an outcome is 'onbekend' (the process died mid-send; it is not resent).
 */
export type MailWeergaveStatus = 'wachtend' | 'verzenden' | 'verzonden' | 'bewaard' | 'mislukt' | 'onbekend';

export interface MailView {
  readonly id: string;
  readonly aan: string;
  readonly onderwerp: string;
  readonly tekst: string;
  readonly status: MailWeergaveStatus;
  readonly pogingen: number;
  /** The mail server's last error; only for the beheerder (it says something about the infrastructure). */
  readonly fout: string | null;
  readonly aangemaaktOp: string;
  readonly verzondenOp: string | null;
}

export interface MailLijst {
  readonly items: MailView[];
  readonly totaal: number;
  readonly pagina: number;
  readonly perPagina: number;
}

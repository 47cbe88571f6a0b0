import type { MailStatus } from '../core/api.models';

/** Dutch words for the state of an e-mail, as the mailbox shows them. */
export const MAIL_STATUS_LABEL: Readonly<Record<MailStatus, string>> = {
  wachtend: 'Wachtend',
  verzenden: 'Wordt verzonden',
  verzonden: 'Verzonden',
  bewaard: 'Bewaard (niet verzonden: geen mailserver ingesteld)',
  mislukt: 'Mislukt',
  onbekend: 'Status onbekend',
};

/** What a user should know beside the word, where there is something to know. */
export const MAIL_STATUS_UITLEG: Readonly<Partial<Record<MailStatus, string>>> = {
  mislukt: 'De mailserver weigerde het bericht drie keer. Woonstart probeert het niet opnieuw.',
  onbekend: 'Het verzenden werd onderbroken. Woonstart verstuurt het niet opnieuw om dubbele berichten te voorkomen; controleer bij de ontvanger of het is aangekomen.',
};

import type { EvaluatieOordeel, WeigeringGevolg, WoonevaluatieDoel } from '@woonstart/workflow';
import type { AanbiedingUitkomst } from '../../core/api.models';

/** Dutch words for the facts after the decision, shared by the case page's sections and forms. */
export const UITKOMST_LABEL: Readonly<Record<AanbiedingUitkomst, string>> = {
  open: 'Open: wacht op reactie',
  geaccepteerd: 'Geaccepteerd',
  geweigerd: 'Geweigerd',
  ingetrokken: 'Ingetrokken door de corporatie',
  verlopen: 'Verlopen: geen reactie binnen de termijn',
  verhuurd: 'Verhuurd',
};

export const GEVOLG_LABEL: Readonly<Record<WeigeringGevolg, string>> = {
  urgentieVervalt: 'Urgentie vervallen',
  waarschuwing: 'Waarschuwing',
  geenGevolg: 'Geen gevolg',
};

export const VORM_LABEL: Readonly<Record<'huur' | 'intermediair', string>> = {
  huur: 'Huur (huurcontract op naam van de cliënt)',
  intermediair: 'Intermediaire verhuur (de zorgaanbieder huurt eerst)',
};

export const DOEL_LABEL: Readonly<Record<WoonevaluatieDoel, string>> = {
  wonen: 'Wonen (zelfstandig het huishouden voeren)',
  buren: 'Contact met buren en omgeving',
  huurbetaling: 'Huurbetaling',
  ondersteuning: 'Ondersteuning en begeleiding',
};

export const OORDEEL_LABEL: Readonly<Record<EvaluatieOordeel, string>> = {
  behaald: 'Behaald',
  deels: 'Deels behaald',
  niet: 'Niet behaald',
};

/** Repeats the judgement in a sign, so colour is not the only cue. */
export const OORDEEL_TEKEN: Readonly<Record<EvaluatieOordeel, string>> = { behaald: '✓', deels: '~', niet: '✕' };

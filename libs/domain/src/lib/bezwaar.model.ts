/**
 * Outcomes of an objection (bezwaar) against a decision. The objection period
 * itself (Awb 6:7/6:8) is computed in ./awb; here only what follows from it.
 */
export const BEZWAAR_UITKOMSTEN = ['gegrond', 'ongegrond', 'nietOntvankelijk'] as const;
export type BezwaarUitkomst = (typeof BEZWAAR_UITKOMSTEN)[number];

export interface BezwaarUitkomstInfo {
  readonly code: BezwaarUitkomst;
  readonly label: string;
  /** What the outcome means for the contested decision. */
  readonly gevolg: string;
}

export const BEZWAAR_UITKOMST_INFO: Readonly<Record<BezwaarUitkomst, BezwaarUitkomstInfo>> = {
  gegrond: {
    code: 'gegrond', label: 'Gegrond',
    gevolg: 'Het bestreden besluit wordt herroepen en zo nodig vervangen door een nieuw besluit (Awb 7:11).',
  },
  ongegrond: {
    code: 'ongegrond', label: 'Ongegrond',
    gevolg: 'Het bestreden besluit blijft in stand.',
  },
  nietOntvankelijk: {
    code: 'nietOntvankelijk', label: 'Niet-ontvankelijk',
    gevolg: 'Het bezwaar wordt niet inhoudelijk behandeld; het bestreden besluit blijft in stand.',
  },
};

export function isBezwaarUitkomst(waarde: unknown): waarde is BezwaarUitkomst {
  return typeof waarde === 'string' && (BEZWAAR_UITKOMSTEN as readonly string[]).includes(waarde);
}

export interface BezwaarOntvankelijkheid {
  readonly ontvankelijk: boolean;
  readonly reden: string;
}

/**
 * Admissibility as far as the deadline goes. A late objection is admitted only
 * when the lateness is excusable (Awb 6:11), and that judgement must be written
 * down: `motiveringTeLaat` is the committee's reason, null when it has none.
 */
export function beoordeelBezwaarontvankelijkheid(input: { tijdig: boolean; motiveringTeLaat: string | null }): BezwaarOntvankelijkheid {
  if (input.tijdig) {
    return { ontvankelijk: true, reden: 'Het bezwaar is binnen de bezwaartermijn van zes weken ingediend (Awb 6:7).' };
  }
  const motivering = typeof input.motiveringTeLaat === 'string' ? input.motiveringTeLaat.trim() : '';
  if (motivering === '') {
    return {
      ontvankelijk: false,
      reden: 'Het bezwaar is na de bezwaartermijn van zes weken ingediend en de termijnoverschrijding is niet verschoonbaar geacht (Awb 6:11): het bezwaar is niet-ontvankelijk.',
    };
  }
  const slot = /[.!?]$/.test(motivering) ? motivering : `${motivering}.`;
  return {
    ontvankelijk: true,
    reden: `Het bezwaar is na de bezwaartermijn ingediend, maar de termijnoverschrijding is verschoonbaar (Awb 6:11): ${slot}`,
  };
}

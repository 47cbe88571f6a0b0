import type { BeleidVersie, VeldFout } from '../core/api.models';

/** The versions of one gemeente, newest first, with the id of the one in force on the given day. */
export interface BeleidPerGemeente {
  gemeenteCbs: string;
  gemeenteNaam: string;
  versies: BeleidVersie[];
  geldendId: string | null;
}

/** The numeric bounds the api enforces (CreateBeleidDto). */
export const GRENZEN = {
  beslistermijnWeken: { min: 1, max: 26, label: 'De beslistermijn', eenheid: 'weken' },
  hersteltermijnDagen: { min: 1, max: 56, label: 'De hersteltermijn', eenheid: 'dagen' },
  zienswijzetermijnDagen: { min: 1, max: 56, label: 'De zienswijzetermijn', eenheid: 'dagen' },
  geldigheidMaanden: { min: 1, max: 12, label: 'De geldigheid van de urgentieverklaring', eenheid: 'maanden' },
} as const;
export type Termijnveld = keyof typeof GRENZEN;
export const TERMIJNVELDEN = Object.keys(GRENZEN) as Termijnveld[];

export interface BeleidForm {
  gemeenteCbs: string;
  geldigVanaf: string;
  beslistermijnWeken: number | null;
  hersteltermijnDagen: number | null;
  zienswijzetermijnDagen: number | null;
  geldigheidMaanden: number | null;
  vierOgen: boolean;
  adviescommissieBezwaar: boolean;
}

export function legeBeleidForm(): BeleidForm {
  return { gemeenteCbs: '', geldigVanaf: '', beslistermijnWeken: 8, hersteltermijnDagen: 14, zienswijzetermijnDagen: 14, geldigheidMaanden: 3, vierOgen: true, adviescommissieBezwaar: true };
}

/** The version in force on a day: the latest that started on or before it (as the api's beleidOp). */
export function geldendeVersie(versies: readonly BeleidVersie[], dag: string): BeleidVersie | null {
  return versies.filter((v) => v.geldigVanaf <= dag).sort((a, b) => b.geldigVanaf.localeCompare(a.geldigVanaf))[0] ?? null;
}

export function groepeerPerGemeente(versies: readonly BeleidVersie[], dag: string): BeleidPerGemeente[] {
  const groepen = new Map<string, BeleidVersie[]>();
  for (const v of versies) groepen.set(v.gemeenteCbs, [...(groepen.get(v.gemeenteCbs) ?? []), v]);
  return [...groepen.entries()]
    .map(([gemeenteCbs, lijst]) => {
      const gesorteerd = [...lijst].sort((a, b) => b.geldigVanaf.localeCompare(a.geldigVanaf));
      return { gemeenteCbs, gemeenteNaam: gesorteerd[0].gemeenteNaam, versies: gesorteerd, geldendId: geldendeVersie(gesorteerd, dag)?.id ?? null };
    })
    .sort((a, b) => a.gemeenteNaam.localeCompare(b.gemeenteNaam, 'nl'));
}

/** Client checks with the api's rules, so messages appear at the fields before a round trip. */
export function controleerBeleid(f: BeleidForm, vandaag: string): VeldFout[] {
  const fouten: VeldFout[] = [];
  if (!f.gemeenteCbs) fouten.push({ veld: 'gemeenteCbs', melding: 'Kies de gemeente.' });
  if (!f.geldigVanaf) fouten.push({ veld: 'geldigVanaf', melding: 'Vul de datum in vanaf wanneer de versie geldt.' });
  else if (f.geldigVanaf < vandaag) fouten.push({ veld: 'geldigVanaf', melding: 'Een nieuwe versie kan niet met terugwerkende kracht ingaan: kies vandaag of een latere datum.' });
  for (const veld of TERMIJNVELDEN) {
    const { min, max, label, eenheid } = GRENZEN[veld];
    const waarde = f[veld];
    if (waarde === null || !Number.isInteger(Number(waarde)) || Number(waarde) < min || Number(waarde) > max) {
      fouten.push({ veld, melding: `${label} is een heel getal van ${min} tot en met ${max} ${eenheid}.` });
    }
  }
  return fouten;
}

/** The request body for POST /beleid. */
export function beleidPayload(f: BeleidForm): Record<string, unknown> {
  return {
    gemeenteCbs: f.gemeenteCbs, geldigVanaf: f.geldigVanaf,
    beslistermijnWeken: Number(f.beslistermijnWeken), hersteltermijnDagen: Number(f.hersteltermijnDagen),
    zienswijzetermijnDagen: Number(f.zienswijzetermijnDagen), geldigheidMaanden: Number(f.geldigheidMaanden),
    vierOgen: f.vierOgen, adviescommissieBezwaar: f.adviescommissieBezwaar,
  };
}

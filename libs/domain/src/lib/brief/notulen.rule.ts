import { WoonstartFout } from '../woonstart-fout.error';
import type { Brief, BriefAlinea } from './brief.model';
import { datumInWoorden, eisDatum, eisTekst, opsomming, regels } from './brief-tekst.util';

export type Standpunt = 'voor' | 'tegen' | 'onthouding';

export interface NotulenZaak {
  zaaknummer: string;
  onderwerp: string;
  standpunten: { lid: string; standpunt: Standpunt; opmerking?: string }[];
  /** The outcome as the committee worded it (for instance its advice to the college). */
  uitkomst: string;
}

export interface NotulenInput {
  commissie: string;
  /** ISO date of the meeting. */
  vergaderdatum: string;
  aanwezigen: string[];
  zaken: NotulenZaak[];
  /** Defaults to 'Notulen <vergaderdatum in words>'. */
  kenmerk?: string;
}

export interface Stemming {
  voor: number;
  tegen: number;
  onthouding: number;
}

const STANDPUNT_ZIN: Readonly<Record<Standpunt, string>> = {
  voor: 'voor',
  tegen: 'tegen',
  onthouding: 'onthoudt zich',
};

/** Counts the positions on one case. */
export function telStemming(standpunten: NotulenZaak['standpunten']): Stemming {
  const telling: Stemming = { voor: 0, tegen: 0, onthouding: 0 };
  for (const s of standpunten) telling[s.standpunt] += 1;
  return telling;
}

/**
 * The minutes (notulen) of a committee meeting: who was present and, per case,
 * each member's position, the tally and the outcome. Only members present can
 * take a position, once per case: minutes that say otherwise would not hold up
 * when a decision is challenged.
 */
export function stelNotulenOp(input: NotulenInput): Brief {
  controleer(input);
  const datum = datumInWoorden(input.vergaderdatum);
  const aanwezigen = regels(...input.aanwezigen);
  const alineas: BriefAlinea[] = [
    { kop: 'Aanwezig', tekst: [`${opsomming(aanwezigen)} (${aanwezigen.length} ${aanwezigen.length === 1 ? 'lid' : 'leden'}).`] },
    {
      kop: 'Besproken zaken',
      tekst: [input.zaken.length === 0 ? 'Er zijn in deze vergadering geen zaken besproken.' : `In deze vergadering ${input.zaken.length === 1 ? 'is 1 zaak' : `zijn ${input.zaken.length} zaken`} besproken.`],
    },
    ...input.zaken.map(zaakAlinea),
  ];
  return {
    titel: `Notulen ${input.commissie}`,
    kenmerk: input.kenmerk?.trim() || `Notulen ${datum}`,
    datum: input.vergaderdatum,
    afzender: [input.commissie],
    aan: [`De leden van de ${input.commissie}`],
    onderwerp: `Verslag van de vergadering van ${datum}`,
    alineas,
    ondertekening: ['Vastgesteld door de voorzitter en de secretaris van de', `${input.commissie}.`],
    voetnoot: `Vertrouwelijk (persoonsgegevens) – notulen ${input.commissie}, ${datum}`,
  };
}

function controleer(input: NotulenInput): void {
  eisTekst(input.commissie, 'commissie', 'Notulen hebben de naam van de commissie nodig.');
  eisDatum(input.vergaderdatum, 'vergaderdatum');
  const aanwezig = new Set(input.aanwezigen.map((a) => a.trim()).filter((a) => a.length > 0));
  if (aanwezig.size === 0) throw new WoonstartFout('ongeldig', 'Noem ten minste één aanwezige.', { veld: 'aanwezigen' });
  for (const zaak of input.zaken) {
    eisTekst(zaak.uitkomst, 'uitkomst', `Noem de uitkomst van zaak ${zaak.zaaknummer}.`);
    const gezien = new Set<string>();
    for (const s of zaak.standpunten) {
      const lid = s.lid.trim();
      if (!aanwezig.has(lid)) {
        throw new WoonstartFout('ongeldig', `${lid} staat niet op de presentielijst en kan bij zaak ${zaak.zaaknummer} geen standpunt innemen.`, { zaaknummer: zaak.zaaknummer, lid });
      }
      if (gezien.has(lid)) {
        throw new WoonstartFout('ongeldig', `${lid} heeft bij zaak ${zaak.zaaknummer} meer dan één standpunt.`, { zaaknummer: zaak.zaaknummer, lid });
      }
      gezien.add(lid);
    }
  }
}

function zaakAlinea(zaak: NotulenZaak): BriefAlinea {
  const t = telStemming(zaak.standpunten);
  return {
    kop: `Zaak ${zaak.zaaknummer.trim()}: ${zaak.onderwerp.trim()}`,
    tekst: [
      ...(zaak.standpunten.length === 0 ? ['Er zijn geen standpunten vastgelegd.'] : ['Standpunten:']),
      ...zaak.standpunten.map((s) => `– ${s.lid.trim()}: ${STANDPUNT_ZIN[s.standpunt]}${s.opmerking?.trim() ? ` (${s.opmerking.trim()})` : ''}`),
      `Stemming: ${t.voor} voor, ${t.tegen} tegen, ${t.onthouding} ${t.onthouding === 1 ? 'onthouding' : 'onthoudingen'}.`,
      `Uitkomst: ${zaak.uitkomst.trim()}`,
    ],
  };
}

import { ADRESTYPE_LABEL, type Adrestype, type Herkomstvoorstel } from '@woonstart/domain';
import { formatDatum } from '../../core/format';

export interface Registratie { gemeenteCbs: string | null; gemeenteNaam: string; adrestype: string; van: string; tot: string | null }

export interface TijdlijnBalk { index: number; gemeente: string; type: string; typeLabel: string; links: number; breedte: number; beslissend: boolean; periode: string }
export interface TijdlijnMarkering { code: 'T' | 'venster'; label: string; positie: number; datum: string }
export interface Tijdlijn { balken: TijdlijnBalk[]; jaren: Array<{ jaar: number; positie: number }>; markeringen: TijdlijnMarkering[]; venster: { links: number; breedte: number } | null; beschrijving: string }

const dag = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);

/**
 * Positions (percent of the axis) of the registrations, the year ticks, T and the
 * start of the five-year window, plus a text alternative of the picture.
 */
export function maakTijdlijn(inschrijvingen: readonly Registratie[], voorstel: Herkomstvoorstel | undefined, vandaag: string): Tijdlijn | null {
  if (inschrijvingen.length === 0) return null;
  const punten = [...inschrijvingen.flatMap((i) => [i.van, i.tot ?? vandaag]), voorstel?.peildatum, voorstel?.vensterVan].filter((d): d is string => !!d);
  const beginJaar = Math.min(...punten.map((d) => Number(d.slice(0, 4))));
  const eindJaar = Math.max(...punten.map((d) => Number(d.slice(0, 4)))) + 1;
  const begin = Date.UTC(beginJaar, 0, 1);
  const lengte = Date.UTC(eindJaar, 0, 1) - begin;
  const pos = (iso: string) => Math.min(100, Math.max(0, ((dag(iso) - begin) / lengte) * 100));

  const balken = inschrijvingen.map((i, index) => {
    const links = pos(i.van);
    const typeLabel = ADRESTYPE_LABEL[i.adrestype as Adrestype] ?? i.adrestype;
    return {
      index, gemeente: i.gemeenteNaam, type: i.adrestype, typeLabel, links, breedte: Math.max(0.8, pos(i.tot ?? vandaag) - links),
      beslissend: voorstel?.beslissendeInschrijving === index, periode: `${formatDatum(i.van)} – ${i.tot ? formatDatum(i.tot) : 'heden'}`,
    };
  });
  const stap = eindJaar - beginJaar > 24 ? 5 : eindJaar - beginJaar > 12 ? 2 : 1;
  const jaren: Tijdlijn['jaren'] = [];
  for (let jaar = beginJaar; jaar <= eindJaar; jaar += stap) jaren.push({ jaar, positie: ((Date.UTC(jaar, 0, 1) - begin) / lengte) * 100 });

  const markeringen: TijdlijnMarkering[] = [];
  if (voorstel?.vensterVan) markeringen.push({ code: 'venster', label: 'Begin vijfjaarsvenster', positie: pos(voorstel.vensterVan), datum: voorstel.vensterVan });
  if (voorstel?.peildatum) markeringen.push({ code: 'T', label: 'T (peildatum)', positie: pos(voorstel.peildatum), datum: voorstel.peildatum });
  const venster = voorstel?.vensterVan && voorstel.peildatum ? { links: pos(voorstel.vensterVan), breedte: pos(voorstel.peildatum) - pos(voorstel.vensterVan) } : null;

  const beslissend = balken.find((b) => b.beslissend);
  const delen = [`${inschrijvingen.length} ${inschrijvingen.length === 1 ? 'inschrijving' : 'inschrijvingen'} van ${beginJaar} tot heden.`];
  if (voorstel?.peildatum) delen.push(`Peildatum T: ${formatDatum(voorstel.peildatum)}.`);
  if (voorstel?.vensterVan) delen.push(`Het vijfjaarsvenster begint op ${formatDatum(voorstel.vensterVan)}.`);
  delen.push(beslissend ? `Beslissend voor het voorstel: ${beslissend.typeLabel.toLowerCase()} in ${beslissend.gemeente} (${beslissend.periode}).` : 'Geen inschrijving is beslissend voor het voorstel.');
  return { balken, jaren, markeringen, venster, beschrijving: delen.join(' ') };
}

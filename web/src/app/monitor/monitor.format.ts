import { percentageTekst } from '@woonstart/domain';

/** Dutch number formats of the monitor; an unknown figure reads as a dash, never as 0. */
export function getal(n: number | null | undefined): string {
  return n === null || n === undefined ? '–' : n.toLocaleString('nl-NL');
}

export function procent(p: number | null | undefined): string {
  return p === null || p === undefined ? '–' : `${percentageTekst(p)} %`;
}

export function dagen(n: number | null | undefined): string {
  if (n === null || n === undefined) return '–';
  return n === 1 ? '1 dag' : `${getal(n)} dagen`;
}

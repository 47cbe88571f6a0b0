import { Pipe, type PipeTransform } from '@angular/core';

/** A weight as people read it: '+2', '−1' (a real minus sign, which screen readers say as "min"). */
@Pipe({ name: 'gewicht' })
export class GewichtPipe implements PipeTransform {
  transform(gewicht: number): string {
    return gewicht > 0 ? `+${gewicht}` : gewicht < 0 ? `−${Math.abs(gewicht)}` : '0';
  }
}

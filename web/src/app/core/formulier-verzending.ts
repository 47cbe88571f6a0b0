import { signal, type ElementRef } from '@angular/core';
import type { Problem } from './api.models';

/**
 * The submit round every form shares: busy while the request runs (the button is disabled, so
 * a double click sends nothing twice), and on failure the problem shown in the form's summary
 * (role="alert", tabindex="-1"), which takes focus so keyboard and screen-reader users land on
 * it. Client-side checks show through `toon` in the same place. One mechanism for all forms.
 */
export class FormulierVerzending {
  readonly bezig = signal(false);
  readonly fout = signal<Problem | null>(null);

  /** `foutBlok`: the summary element (a viewChild), read when there is something to focus. */
  constructor(private readonly foutBlok: () => ElementRef<HTMLElement> | undefined) {}

  /** Shows a problem and moves focus to the summary once it is rendered. */
  toon(p: Problem): void {
    this.fout.set(p);
    setTimeout(() => this.foutBlok()?.nativeElement.focus(), 0);
  }

  /** Runs the request with its success handling; false (and the problem shown) when it failed. */
  async voer(verzoek: () => Promise<void>): Promise<boolean> {
    this.bezig.set(true);
    this.fout.set(null);
    try {
      await verzoek();
      return true;
    } catch (e) {
      this.toon(e as Problem);
      return false;
    } finally {
      this.bezig.set(false);
    }
  }
}

import { InitialSchema1763700000000 } from './1763700000000-initial-schema.migration';
import { Toetsing1763800000000 } from './1763800000000-toetsing.migration';
import { GemeenteIntake1763900000000 } from './1763900000000-gemeente-intake.migration';
import { Auditlog1764000000000 } from './1764000000000-auditlog.migration';
import { Woningen1764000100000 } from './1764000100000-woningen.migration';
import { Plaatsing1764000200000 } from './1764000200000-plaatsing.migration';
import { Meldingen1764000300000 } from './1764000300000-meldingen.migration';
import { ScenarioInvoer1764100000000 } from './1764100000000-scenario-invoer.migration';
import { AlleenToevoegen1764200200000 } from './1764200200000-alleen-toevoegen.migration';
import { Bewaartermijn1764200250000 } from './1764200250000-bewaartermijn.migration';
import { Idempotentie1764200000000 } from './1764200000000-idempotentie.migration';
import { OidcLogin1764200100000 } from './1764200100000-oidc-login.migration';
import { PrestatiesOpSchaal1764200400000 } from './1764200400000-prestaties-op-schaal.migration';

/** Listed explicitly (not globbed) so the bundled api and the CLI run exactly the same set. */
export const MIGRATIONS = [
  InitialSchema1763700000000, Toetsing1763800000000, GemeenteIntake1763900000000,
  Auditlog1764000000000, Woningen1764000100000, Plaatsing1764000200000, Meldingen1764000300000,
  ScenarioInvoer1764100000000,
  Idempotentie1764200000000,
  OidcLogin1764200100000,
  AlleenToevoegen1764200200000,
  Bewaartermijn1764200250000,
  PrestatiesOpSchaal1764200400000,
];

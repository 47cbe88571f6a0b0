import { InitialSchema1763700000000 } from './1763700000000-initial-schema.migration';
import { Toetsing1763800000000 } from './1763800000000-toetsing.migration';
import { GemeenteIntake1763900000000 } from './1763900000000-gemeente-intake.migration';

/** Listed explicitly (not globbed) so the bundled api and the CLI run exactly the same set. */
export const MIGRATIONS = [InitialSchema1763700000000, Toetsing1763800000000, GemeenteIntake1763900000000];

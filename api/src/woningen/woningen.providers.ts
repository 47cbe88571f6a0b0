import { WijkenController } from './wijken.controller';
import { WoningCommandService } from './woning-command.service';
import { WoningImportService } from './woning-import.service';
import { WoningQueryService } from './woning-query.service';
import { WoningenController } from './woningen.controller';

/** The woningen slice, registered in AppModule as one unit. */
export const WONINGEN_CONTROLLERS = [WoningenController, WijkenController];
export const WONINGEN_PROVIDERS = [WoningQueryService, WoningCommandService, WoningImportService];

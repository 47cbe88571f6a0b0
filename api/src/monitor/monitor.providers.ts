import { MonitorQueryService } from './monitor-query.service';
import { MonitorStromenQuery } from './monitor-stromen.query';
import { MonitorVoortgangQuery } from './monitor-voortgang.query';
import { MonitorController } from './monitor.controller';

/** The monitor slice, registered in AppModule as one unit. */
export const MONITOR_CONTROLLERS = [MonitorController];
export const MONITOR_PROVIDERS = [MonitorQueryService, MonitorStromenQuery, MonitorVoortgangQuery];

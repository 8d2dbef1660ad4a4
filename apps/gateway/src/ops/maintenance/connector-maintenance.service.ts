import { Injectable, Logger } from '@nestjs/common';
import { ErrorCode, ReplyError, SOURCES, SourceName } from '@interop/contracts';
import { GatewayConfig } from '../../config/gateway.config';
import { isActive, MaintenanceWindow, retryAfterS } from './maintenance-window';

/**
 * Which connectors an operator has put in maintenance. Held in this gateway process's memory:
 * each replica has its own, and a restart ends every window (see docs/operations.md).
 */
@Injectable()
export class ConnectorMaintenance {
  private readonly logger = new Logger('maintenance');
  private readonly windows = new Map<SourceName, MaintenanceWindow>();

  constructor(private readonly config: GatewayConfig) {}

  start(window: MaintenanceWindow): MaintenanceWindow {
    this.windows.set(window.source, window);
    this.logger.warn(`connector ${window.source} is in maintenance`, {
      source: window.source,
      by: window.by,
      until: window.until && new Date(window.until).toISOString(),
    });
    return window;
  }

  /** Ends the source's window; answers the one it ended, if there was one. */
  end(source: SourceName, by: string): MaintenanceWindow | undefined {
    const ended = this.of(source);
    this.windows.delete(source);
    if (ended) this.logger.log(`connector ${source} is out of maintenance`, { source, by });
    return ended;
  }

  /** The source's window in force at `now`; one past its end is over, and forgotten. */
  of(source: SourceName, now: number = Date.now()): MaintenanceWindow | undefined {
    const window = this.windows.get(source);
    if (!window || isActive(window, now)) return window;
    this.windows.delete(source);
    this.logger.log(`connector ${source} is out of maintenance: its window ended`, { source });
    return undefined;
  }

  all(now: number = Date.now()): MaintenanceWindow[] {
    return SOURCES.flatMap((source) => this.of(source, now) ?? []);
  }

  /** The error a request to the source is answered with while it is in maintenance. */
  refusal(source: SourceName, now: number = Date.now()): ReplyError | undefined {
    const window = this.of(source, now);
    if (!window) return undefined;
    const until = window.until === undefined ? undefined : new Date(window.until).toISOString();
    return {
      code: ErrorCode.SourceMaintenance,
      message:
        `The ${source} connector is in maintenance` +
        (until ? ` until ${until}` : '') +
        '; nothing was sent to the source. Retry later',
      retryable: true,
      details: {
        retryAfterS: retryAfterS(window, now, this.config.MAINTENANCE_RETRY_AFTER_S),
        ...(until && { until }),
      },
    };
  }
}

import { Controller, Get } from '@nestjs/common';

/** Liveness of the simulator itself; the simulated databases' health is what faults change. */
@Controller('_sim/health')
export class SimulatorHealthController {
  @Get()
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }
}

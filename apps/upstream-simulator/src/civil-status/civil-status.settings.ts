import { IsInt, Max, Min } from 'class-validator';

/** The civil-status database's own settings, read by `SimulatorConfig.settingsOf` at boot. */
export class CivilStatusSettings {
  /** Lifetime of the access tokens, in seconds (`expires_in`); short in tests. */
  @IsInt()
  @Min(1)
  @Max(86400)
  CIVIL_STATUS_TOKEN_TTL_SECONDS: number = 3600;
}

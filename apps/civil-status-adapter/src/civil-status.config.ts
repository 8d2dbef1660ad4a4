import { AdapterConfig } from '@interop/adapter-kit';
import { IsNotEmpty, IsString, IsUrl } from 'class-validator';

/** The civil-status adapter's settings: the kit's, plus where and as which client to call. */
export class CivilStatusConfig extends AdapterConfig {
  /** Base URL of the civil-status service, its token endpoint included (the simulator's in development). */
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  CIVIL_STATUS_UPSTREAM_URL: string = 'http://127.0.0.1:4000';

  /** OAuth2 client id the civil-status service issued to this province. Required. */
  @IsString()
  @IsNotEmpty()
  CIVIL_STATUS_CLIENT_ID: string;

  /** OAuth2 client secret paired with the client id. Required. */
  @IsString()
  @IsNotEmpty()
  CIVIL_STATUS_CLIENT_SECRET: string;
}

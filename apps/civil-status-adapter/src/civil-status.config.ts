import { AdapterConfig } from '@interop/adapter-kit';
import { IsNotEmpty, IsString } from 'class-validator';

/**
 * The civil-status adapter's settings: the kit's (UPSTREAM_URL, the service's base URL, its
 * token endpoint included), plus as which OAuth2 client to call.
 */
export class CivilStatusConfig extends AdapterConfig {
  /** OAuth2 client id the civil-status service issued to this province. Required. */
  @IsString()
  @IsNotEmpty()
  UPSTREAM_CLIENT_ID: string;

  /** OAuth2 client secret paired with the client id. Required. */
  @IsString()
  @IsNotEmpty()
  UPSTREAM_CLIENT_SECRET: string;
}

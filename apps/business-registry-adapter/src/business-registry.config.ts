import { AdapterConfig } from '@interop/adapter-kit';
import { IsNotEmpty, IsString, IsUrl } from 'class-validator';

/** The business-registry adapter's settings: the kit's, plus where and with which key to call. */
export class BusinessRegistryConfig extends AdapterConfig {
  /** Base URL of the business registry's REST API (the simulator's in development). */
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  BUSINESS_REGISTRY_UPSTREAM_URL: string = 'http://127.0.0.1:4000';

  /** API key the business registry issued to this province, sent as X-API-Key. Required. */
  @IsString()
  @IsNotEmpty()
  BUSINESS_REGISTRY_API_KEY: string;
}

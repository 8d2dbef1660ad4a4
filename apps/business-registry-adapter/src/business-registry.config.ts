import { AdapterConfig } from '@interop/adapter-kit';
import { IsNotEmpty, IsString } from 'class-validator';

/** The business-registry adapter's settings: the kit's (UPSTREAM_URL among them), plus its key. */
export class BusinessRegistryConfig extends AdapterConfig {
  /** API key the business registry issued to this province, sent as X-API-Key. Required. */
  @IsString()
  @IsNotEmpty()
  UPSTREAM_API_KEY: string;
}

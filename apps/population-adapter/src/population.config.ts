import { AdapterConfig } from '@interop/adapter-kit';
import { IsNotEmpty, IsString } from 'class-validator';

/** The population adapter's settings: the kit's (UPSTREAM_URL among them), plus as whom to call. */
export class PopulationConfig extends AdapterConfig {
  /** Access key the population database issued to this province. Required. */
  @IsString()
  @IsNotEmpty()
  UPSTREAM_ACCESS_KEY: string;

  /** Secret paired with the access key. Required. */
  @IsString()
  @IsNotEmpty()
  UPSTREAM_SECRET_KEY: string;
}

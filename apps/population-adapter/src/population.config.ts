import { AdapterConfig } from '@interop/adapter-kit';
import { IsNotEmpty, IsString, IsUrl } from 'class-validator';

/** The population adapter's settings: the kit's, plus where and as whom to reach the database. */
export class PopulationConfig extends AdapterConfig {
  /** Base URL of the population database's SOAP service (the simulator's in development). */
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  POPULATION_UPSTREAM_URL: string = 'http://127.0.0.1:4000';

  /** Access key the population database issued to this province. Required. */
  @IsString()
  @IsNotEmpty()
  POPULATION_ACCESS_KEY: string;

  /** Secret paired with the access key. Required. */
  @IsString()
  @IsNotEmpty()
  POPULATION_SECRET_KEY: string;
}

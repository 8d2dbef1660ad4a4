import { Injectable } from '@nestjs/common';
import {
  BusinessRegistryOperation,
  Enterprise,
  EnterpriseLookupDto,
  EnterpriseSearchDto,
  EnterpriseSearchPage,
} from '@interop/contracts';
import {
  CallContext,
  defineOperation,
  Outcome,
  SourceAdapter,
  UpstreamClient,
  UpstreamClients,
} from '@interop/adapter-kit';
import { BusinessRegistryConfig } from './business-registry.config';
import {
  API_KEY_HEADER,
  checkAnswersCode,
  mapEnterprise,
  mapPing,
  mapSearchPage,
  purposeOf,
  readRegistryResponse,
  REGISTRY_ERRORS,
  REGISTRY_PATH,
  registryRequest,
} from './registry-api';

/** The national business registration database, over REST/JSON with an API key. */
@Injectable()
export class BusinessRegistryAdapter implements SourceAdapter {
  readonly source = 'business-registry' as const;
  readonly operations = {
    [BusinessRegistryOperation.EnterpriseLookup]: defineOperation(
      EnterpriseLookupDto,
      (query, context) => this.lookup(query, context),
    ),
    [BusinessRegistryOperation.EnterpriseSearch]: defineOperation(
      EnterpriseSearchDto,
      (query, context) => this.search(query, context),
    ),
  };
  private readonly upstream: UpstreamClient;

  constructor(config: BusinessRegistryConfig, upstreams: UpstreamClients) {
    this.upstream = upstreams.create({
      name: 'business-registry',
      baseURL: config.UPSTREAM_URL,
      headers: { [API_KEY_HEADER]: config.UPSTREAM_API_KEY },
      errors: REGISTRY_ERRORS,
    });
  }

  /** An enterprise by its code; for a branch code, the enterprise the branch belongs to. */
  async lookup(query: EnterpriseLookupDto, context: CallContext): Promise<Outcome<Enterprise>> {
    const request = registryRequest(REGISTRY_PATH.lookup(query.enterpriseCode), purposeOf(context));
    const outcome = await this.upstream.call(
      request,
      readRegistryResponse(mapEnterprise),
      context.deadline,
    );
    return outcome.ok ? checkAnswersCode(query.enterpriseCode, outcome.value) : outcome;
  }

  search(query: EnterpriseSearchDto, context: CallContext): Promise<Outcome<EnterpriseSearchPage>> {
    const request = registryRequest(REGISTRY_PATH.search, {
      ten: query.name,
      trang: query.page,
      soBanGhi: query.pageSize,
      ...purposeOf(context),
    });
    return this.upstream.call(request, readRegistryResponse(mapSearchPage), context.deadline);
  }

  /** The ping: checks that the registry answers and accepts the key, and reads no record. */
  selfCheck(context: CallContext): Promise<Outcome<true>> {
    return this.upstream.call(
      registryRequest(REGISTRY_PATH.ping),
      readRegistryResponse(mapPing),
      context.deadline,
    );
  }
}

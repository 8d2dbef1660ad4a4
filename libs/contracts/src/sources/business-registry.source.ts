import {
  EnterpriseLookupDto,
  EnterpriseSearchDto,
} from '../business-registry/enterprise-query.dto';
import {
  EnterpriseModel,
  EnterpriseSearchPageModel,
} from '../business-registry/enterprise.openapi';
import { defineSource, operation } from './source-descriptor';

/** Operations of the business-registry source. */
export const BusinessRegistryOperation = {
  /**
   * Payload `EnterpriseLookupDto`, data `Enterprise`. For a branch code, the enterprise the branch
   * belongs to, the branch among its `branches`.
   */
  EnterpriseLookup: 'enterprise.lookup',
  /** Payload `EnterpriseSearchDto`, data `EnterpriseSearchPage`. */
  EnterpriseSearch: 'enterprise.search',
} as const;

/** The national business registration database, over REST with an API key. */
export const BUSINESS_REGISTRY_SOURCE = defineSource({
  name: 'business-registry',
  title: 'National business registration database',
  description: 'Enterprises from the national business registration database.',
  protocol: 'rest',
  critical: false,
  latencyObjectiveMs: 1000,
  operations: [
    operation({
      name: BusinessRegistryOperation.EnterpriseLookup,
      path: 'enterprise-lookups',
      summary: "An enterprise's registration, by enterprise code or branch code",
      description:
        'The check digit is verified before anything is sent. A branch code answers the parent ' +
        'enterprise, whose `branches` include the branch.',
      request: EnterpriseLookupDto,
      response: EnterpriseModel,
      keyField: 'enterpriseCode',
      verdictOnly: false,
    }),
    operation({
      name: BusinessRegistryOperation.EnterpriseSearch,
      path: 'enterprise-searches',
      summary: 'Enterprises whose name contains the given text, a page at a time',
      description: 'Case and diacritics are ignored. At most 50 per page.',
      request: EnterpriseSearchDto,
      response: EnterpriseSearchPageModel,
      keyField: 'name',
      verdictOnly: false,
    }),
  ],
});

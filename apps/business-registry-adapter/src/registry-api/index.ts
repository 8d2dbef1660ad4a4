export { API_KEY_HEADER, REGISTRY_PATH } from './registry-api.contract';
export { mapEnterprise } from './enterprise.mapper';
export { mapSearchPage } from './search-page.mapper';
export { mapPing } from './ping.mapper';
export { checkAnswersCode } from './lookup-answer.check';
export { purposeOf, registryRequest } from './registry-request';
export { REGISTRY_ERRORS } from './registry-errors';
export { readRegistryResponse } from './registry-response.reader';

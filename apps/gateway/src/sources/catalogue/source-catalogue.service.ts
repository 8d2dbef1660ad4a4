import { Injectable } from '@nestjs/common';
import {
  camelCase,
  pascalCase,
  SOURCE_REGISTRY,
  SourceDescriptor,
  SourceName,
} from '@interop/contracts';
import { AccessControl } from '../../access/access-control.service';
import { CallerPolicy } from '../../access/access-policy';
import { ConnectorHealthService } from '../../health/connector-health.service';
import { sourceRoutePrefix } from '../source-routes';
import { CatalogueOperationModel, CatalogueSourceModel } from './source-catalogue.model';

/**
 * The catalogue of sources, X-Road's `listMethods` and `allowedMethods` in one: every source and
 * operation there is, and for each whether the caller asking may use it, under which procedures.
 */
@Injectable()
export class SourceCatalogue {
  constructor(
    private readonly access: AccessControl,
    private readonly health: ConnectorHealthService,
  ) {}

  sources(caller: CallerPolicy): CatalogueSourceModel[] {
    return SOURCE_REGISTRY.map((source) => this.entry(source, caller));
  }

  source(name: SourceName, caller: CallerPolicy): CatalogueSourceModel {
    return this.entry(
      SOURCE_REGISTRY.find((source) => source.name === name)!,
      caller,
    );
  }

  private entry(source: SourceDescriptor<SourceName>, caller: CallerPolicy): CatalogueSourceModel {
    const operations = source.operations.map((operation): CatalogueOperationModel => {
      const allowed =
        this.access.policy.grantFor(caller, source.name, operation.name) !== undefined;
      const procedures = allowed
        ? this.access.catalogue.using(source.name, operation.name).map(({ code }) => code)
        : [];
      return {
        name: operation.name,
        method: 'POST',
        path: `/${sourceRoutePrefix(source.name)}/${operation.path}`,
        summary: operation.summary,
        verdictOnly: operation.verdictOnly,
        operationId: `${pascalCase(source.name)}Controller_${camelCase(operation.name)}`,
        allowed,
        procedures,
      };
    });
    return {
      name: source.name,
      title: source.title,
      description: source.description,
      protocol: source.protocol,
      critical: source.critical,
      latencyObjectiveMs: source.latencyObjectiveMs,
      status: this.health.lastStatus(source.name),
      openapi: { document: '/docs-json', tag: source.name, browse: `/docs#/${source.name}` },
      operations,
      allowed: operations.some(({ allowed }) => allowed),
    };
  }
}

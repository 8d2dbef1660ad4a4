import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { resolve } from 'node:path';
import { GatewayConfig } from '../config/gateway.config';
import { AccessPolicy } from './access-policy';
import { AccessPolicyDocument } from './access-policy.document';
import { Loaded, loadDocument } from './document-file';
import { watchDirectoryOf } from './file-watch';
import { ProcedureCatalogue } from './procedure-catalogue';
import { ProcedureCatalogueDocument } from './procedure-catalogue.document';

interface Watched<T> {
  file: string;
  label: string;
  load: (file: string) => Promise<Loaded<T>>;
  current?: { value: T; text: string };
  stop?: () => void;
}

const loadPolicy = (file: string) =>
  loadDocument(file, AccessPolicyDocument, (document) => {
    const compiled = AccessPolicy.compile(document);
    return compiled.ok ? { ok: true as const, value: compiled.policy } : compiled;
  });

const loadCatalogue = (file: string) =>
  loadDocument(file, ProcedureCatalogueDocument, (document) => {
    const compiled = ProcedureCatalogue.compile(document);
    return compiled.ok ? { ok: true as const, value: compiled.catalogue } : compiled;
  });

/**
 * Holds the access policy and the procedure catalogue in force. Both are read at boot — a
 * broken file stops the gateway, naming each problem — and again whenever they change: a broken
 * file then keeps the version in force, and the error is logged.
 */
@Injectable()
export class AccessControl implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('access-policy');
  private readonly policyFile: Watched<AccessPolicy>;
  private readonly catalogueFile: Watched<ProcedureCatalogue>;

  constructor(config: GatewayConfig) {
    this.policyFile = {
      file: resolve(config.accessPolicyFile),
      label: 'access policy',
      load: loadPolicy,
    };
    this.catalogueFile = {
      file: resolve(config.PROCEDURE_CATALOGUE_FILE),
      label: 'procedure catalogue',
      load: loadCatalogue,
    };
  }

  get policy(): AccessPolicy {
    return this.inForce(this.policyFile);
  }

  get catalogue(): ProcedureCatalogue {
    return this.inForce(this.catalogueFile);
  }

  async onModuleInit(): Promise<void> {
    for (const watched of [this.policyFile, this.catalogueFile] as Watched<unknown>[]) {
      const loaded = await watched.load(watched.file);
      if (!loaded.ok) {
        throw new Error(
          `The ${watched.label} ${watched.file} cannot be used:\n  - ${loaded.problems.join('\n  - ')}`,
        );
      }
      watched.current = loaded;
      this.announce(watched);
      watched.stop = watchDirectoryOf(
        watched.file,
        () => void this.reload(watched),
        (error) => this.logger.error(`cannot watch the ${watched.label}`, error.message),
      );
    }
  }

  onModuleDestroy(): void {
    this.policyFile.stop?.();
    this.catalogueFile.stop?.();
  }

  /** Reads the file again now; the watcher calls this after every change. */
  async reload<T>(watched: Watched<T>): Promise<void> {
    const loaded = await watched.load(watched.file);
    if (!loaded.ok) {
      this.logger.error(`the ${watched.label} was not reloaded: the one in force stays`, {
        file: watched.file,
        problems: loaded.problems,
      });
      return;
    }
    if (loaded.text === watched.current?.text) return;
    watched.current = loaded;
    this.announce(watched);
  }

  private announce(watched: Watched<unknown>): void {
    const value = watched.current?.value;
    if (value instanceof AccessPolicy) {
      this.logger.log('access policy in force', { file: watched.file, callers: value.callerCount });
      if (value.demo) {
        this.logger.warn(
          'this is a DEMO access policy, whose keys are published: never use it in production',
          { file: watched.file },
        );
      }
    } else if (value instanceof ProcedureCatalogue) {
      this.logger.log('procedure catalogue in force', {
        file: watched.file,
        procedures: value.size,
      });
    }
  }

  private inForce<T>(watched: Watched<T>): T {
    if (!watched.current) throw new Error(`the ${watched.label} has not been loaded`);
    return watched.current.value;
  }
}

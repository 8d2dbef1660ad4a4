import { Injectable } from '@nestjs/common';
import {
  Citizen,
  CitizenQueryDto,
  CitizenVerification,
  PopulationOperation,
} from '@interop/contracts';
import {
  CallContext,
  defineOperation,
  Outcome,
  SourceAdapter,
  succeed,
  UpstreamClient,
  UpstreamClients,
} from '@interop/adapter-kit';
import { PopulationConfig } from './population.config';
import { readSoapResponse, soapRequest } from './population-soap.exchange';
import {
  buildConnectionCheckEnvelope,
  buildLookupEnvelope,
  buildVerifyEnvelope,
  parseConnectionCheckResponse,
  parseLookupResponse,
  parseVerifyResponse,
  PopulationCredentials,
  PurposeOfUse,
  SOAP_ACTION,
  SoapOutcome,
} from './soap';
import { POPULATION_ERRORS } from './soap/population-errors';

/** The National Population Database, over SOAP: what is specific to it, and nothing else. */
@Injectable()
export class PopulationAdapter implements SourceAdapter {
  readonly source = 'population' as const;
  readonly operations = {
    [PopulationOperation.CitizenLookup]: defineOperation(CitizenQueryDto, (query, context) =>
      this.lookup(query, context),
    ),
    [PopulationOperation.CitizenVerify]: defineOperation(CitizenQueryDto, (query, context) =>
      this.verify(query, context),
    ),
  };
  private readonly upstream: UpstreamClient;
  private readonly credentials: PopulationCredentials;

  constructor(config: PopulationConfig, upstreams: UpstreamClients) {
    this.upstream = upstreams.create({
      name: 'population',
      baseURL: config.UPSTREAM_URL,
      errors: POPULATION_ERRORS,
    });
    this.credentials = {
      accessKey: config.UPSTREAM_ACCESS_KEY,
      secretKey: config.UPSTREAM_SECRET_KEY,
    };
  }

  lookup(query: CitizenQueryDto, context: CallContext): Promise<Outcome<Citizen>> {
    const envelope = buildLookupEnvelope(query, this.credentials, purposeOf(context));
    return this.exchange(SOAP_ACTION.lookup, envelope, parseLookupResponse, context);
  }

  async verify(
    query: CitizenQueryDto,
    context: CallContext,
  ): Promise<Outcome<CitizenVerification>> {
    const envelope = buildVerifyEnvelope(query, this.credentials, purposeOf(context));
    const outcome = await this.exchange(SOAP_ACTION.verify, envelope, parseVerifyResponse, context);
    return outcome.ok ? succeed(verdictsOnly(outcome.value)) : outcome;
  }

  /** KiemTraKetNoi: authenticates and answers without reading any citizen's record. */
  selfCheck(context: CallContext): Promise<Outcome<true>> {
    const envelope = buildConnectionCheckEnvelope(this.credentials);
    return this.exchange(
      SOAP_ACTION.connectionCheck,
      envelope,
      parseConnectionCheckResponse,
      context,
    );
  }

  private exchange<T>(
    soapAction: string,
    envelope: string,
    parse: (xml: string) => SoapOutcome<T>,
    context: CallContext,
  ): Promise<Outcome<T>> {
    return this.upstream.call(
      soapRequest(soapAction, envelope),
      readSoapResponse(parse),
      context.deadline,
    );
  }
}

/** The database requires the purpose of use on every query: who asks, under which procedure. */
function purposeOf(context: CallContext): PurposeOfUse {
  return {
    requester: context.requester,
    officerId: context.officerId,
    procedureCode: context.procedureCode,
    dossierId: context.dossierId,
    correlationId: context.correlationId,
  };
}

/** A verification answers yes or no per field; whatever else a parser might carry stays here. */
function verdictsOnly({ verified, fields }: CitizenVerification): CitizenVerification {
  return { verified, fields: { fullName: fields.fullName, dateOfBirth: fields.dateOfBirth } };
}

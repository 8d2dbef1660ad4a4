import { Injectable } from '@nestjs/common';
import {
  BirthRegistration,
  CivilStatusOperation,
  DeathRegistration,
  MaritalStatusRecord,
  MarriageHistory,
  PersonalIdQueryDto,
} from '@interop/contracts';
import {
  CallContext,
  defineOperation,
  OAuth2ClientCredentials,
  Outcome,
  ResponseReader,
  SourceAdapter,
  UpstreamClient,
  UpstreamClients,
  UpstreamRequest,
} from '@interop/adapter-kit';
import { mapBirth } from './api/birth.mapper';
import { CIVIL_STATUS_PATHS } from './api/civil-status-api.contract';
import { CIVIL_STATUS_ERRORS } from './api/civil-status-errors';
import { civilStatusReader } from './api/civil-status-response.reader';
import { readConnectionCheck } from './api/connection-check.reader';
import { mapDeath } from './api/death.mapper';
import { mapMaritalStatus } from './api/marital-status.mapper';
import { mapMarriageHistory } from './api/marriage.mapper';
import { purposeHeaders } from './api/purpose-of-use';
import { CivilStatusConfig } from './civil-status.config';

/** The electronic civil-status database, over REST/JSON and OAuth2: what is specific to it. */
@Injectable()
export class CivilStatusAdapter implements SourceAdapter {
  readonly source = 'civil-status' as const;
  readonly operations = {
    [CivilStatusOperation.BirthLookup]: defineOperation(PersonalIdQueryDto, (query, context) =>
      this.birth(query, context),
    ),
    [CivilStatusOperation.MarriageLookup]: defineOperation(PersonalIdQueryDto, (query, context) =>
      this.marriages(query, context),
    ),
    [CivilStatusOperation.DeathLookup]: defineOperation(PersonalIdQueryDto, (query, context) =>
      this.death(query, context),
    ),
    [CivilStatusOperation.MaritalStatusLookup]: defineOperation(
      PersonalIdQueryDto,
      (query, context) => this.maritalStatus(query, context),
    ),
  };
  private readonly upstream: UpstreamClient;

  constructor(config: CivilStatusConfig, upstreams: UpstreamClients) {
    const baseURL = config.UPSTREAM_URL;
    // A client of its own, so that health tells a failing token endpoint from a failing API.
    const tokenEndpoint = upstreams.create({ name: 'civil-status-oauth', baseURL });
    this.upstream = upstreams.create({
      name: 'civil-status',
      baseURL,
      errors: CIVIL_STATUS_ERRORS,
      credentials: new OAuth2ClientCredentials({
        tokenEndpoint,
        tokenPath: CIVIL_STATUS_PATHS.token,
        clientId: config.UPSTREAM_CLIENT_ID,
        clientSecret: config.UPSTREAM_CLIENT_SECRET,
      }),
    });
  }

  birth(
    { personalId }: PersonalIdQueryDto,
    context: CallContext,
  ): Promise<Outcome<BirthRegistration>> {
    const read = civilStatusReader((body) => mapBirth(body, personalId), 'birth registration');
    return this.query({ url: CIVIL_STATUS_PATHS.birth(personalId) }, read, context);
  }

  marriages(
    { personalId }: PersonalIdQueryDto,
    context: CallContext,
  ): Promise<Outcome<MarriageHistory>> {
    const read = civilStatusReader((body) => mapMarriageHistory(body, personalId), 'such person');
    const request = { url: CIVIL_STATUS_PATHS.marriages, params: { soDinhDanh: personalId } };
    return this.query(request, read, context);
  }

  death(
    { personalId }: PersonalIdQueryDto,
    context: CallContext,
  ): Promise<Outcome<DeathRegistration>> {
    const read = civilStatusReader((body) => mapDeath(body, personalId), 'death registration');
    return this.query({ url: CIVIL_STATUS_PATHS.death(personalId) }, read, context);
  }

  maritalStatus(
    { personalId }: PersonalIdQueryDto,
    context: CallContext,
  ): Promise<Outcome<MaritalStatusRecord>> {
    const read = civilStatusReader(
      (body) => mapMaritalStatus(body, personalId),
      'marital status for a living person',
    );
    return this.query({ url: CIVIL_STATUS_PATHS.maritalStatus(personalId) }, read, context);
  }

  /** A token (fetched or held) and an authenticated call that reads no one's record. */
  selfCheck(context: CallContext): Promise<Outcome<true>> {
    return this.upstream.call(
      { url: CIVIL_STATUS_PATHS.connectionCheck, responseType: 'text' },
      readConnectionCheck,
      context.deadline,
    );
  }

  private query<T>(
    request: Pick<UpstreamRequest, 'url' | 'params'>,
    read: ResponseReader<T>,
    context: CallContext,
  ): Promise<Outcome<T>> {
    return this.upstream.call(
      { ...request, method: 'GET', headers: purposeHeaders(context), responseType: 'text' },
      read,
      context.deadline,
    );
  }
}

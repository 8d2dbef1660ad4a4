import { CitizenQueryDto } from '@interop/contracts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// The simulator's handler, called as a function: proves the codec and the simulator agree.
import { truncated } from '../../../upstream-simulator/src/faults/fault-injector';
import { PopulationDirectory } from '../../../upstream-simulator/src/population/population-directory';
import { handlePopulationSoapRequest } from '../../../upstream-simulator/src/population/population-soap.handler';
import { POPULATION_FAULT_RESPONSES } from '../../../upstream-simulator/src/population/population-faults';
import {
  isoBirthDate,
  SyntheticCitizen,
} from '../../../upstream-simulator/src/synthetic/synthetic-citizen';
import { SOAP_ACTION } from './population-soap.contract';
import { PopulationCredentials, PurposeOfUse } from './soap-codec.types';
import {
  buildConnectionCheckEnvelope,
  buildLookupEnvelope,
  buildVerifyEnvelope,
} from './soap-envelope.builder';
import {
  parseConnectionCheckResponse,
  parseLookupResponse,
  parseVerifyResponse,
} from './soap-response.parser';

/** The simulator's default population, which the fixtures were produced from. */
const directory = PopulationDirectory.generate(20250701, 10_000);
const credentials: PopulationCredentials = { accessKey: 'test-access', secretKey: 'test-secret' };
const context = { directory, credentials };
const purpose: PurposeOfUse = {
  requester: 'H40.DVC',
  officerId: 'CB0001',
  procedureCode: '1.001234',
  correlationId: 'c0ffee00-0000-4000-8000-000000000001',
};

const send = (body: string, soapAction: string) =>
  handlePopulationSoapRequest({ body, soapAction: `"${soapAction}"` }, context);
const lookup = (query: CitizenQueryDto, as = credentials) =>
  send(buildLookupEnvelope(query, as, purpose), SOAP_ACTION.lookup);
const verify = (query: CitizenQueryDto) =>
  send(buildVerifyEnvelope(query, credentials, purpose), SOAP_ACTION.verify);
const queryFor = (citizen: SyntheticCitizen): CitizenQueryDto => ({
  personalId: citizen.personalId,
  fullName: citizen.fullName,
  dateOfBirth: isoBirthDate(citizen.birthDate),
});

const married = directory.citizens.find((citizen) => citizen.spouse?.personalId)!;
const yearOnly = directory.citizens.find((citizen) => citizen.birthDate.month === undefined)!;

describe('codec against the simulator', () => {
  it('looks up a citizen and maps the answer to the same facts the simulator holds', () => {
    const outcome = parseLookupResponse(lookup(queryFor(married)).body);
    expect(outcome).toEqual({
      kind: 'ok',
      value: expect.objectContaining({
        personalId: married.personalId,
        fullName: married.fullName,
        gender: married.sex,
        dateOfBirth: isoBirthDate(married.birthDate),
        spouse: married.spouse,
        maritalStatus: 'married',
      }),
    });
  });

  it('looks up a year-only registration by its year', () => {
    const outcome = parseLookupResponse(lookup(queryFor(yearOnly)).body);
    expect(outcome).toEqual({
      kind: 'ok',
      value: expect.objectContaining({ dateOfBirth: String(yearOnly.birthDate.year) }),
    });
  });

  it('maps the citizens the simulator returns without a validation problem', () => {
    const invalid = directory.citizens
      .filter((_, index) => index % 20 === 0)
      .map((citizen) => parseLookupResponse(lookup(queryFor(citizen)).body))
      .filter((outcome) => outcome.kind !== 'ok');
    expect(invalid).toEqual([]);
  });

  it('gets not-found for an unknown id and for a name with markup characters', () => {
    const unknown = { ...queryFor(married), personalId: directory.unknownPersonalIds[0] };
    expect(parseLookupResponse(lookup(unknown).body)).toEqual({ kind: 'not-found' });
    const hostile = { ...queryFor(married), fullName: `${married.fullName} </HoVaTen> & <` };
    expect(parseLookupResponse(lookup(hostile).body)).toEqual({ kind: 'not-found' });
  });

  it('verifies field by field', () => {
    const alternate = directory.citizens.find((citizen) => citizen.alternateSpelling)!;
    const outcome = parseVerifyResponse(
      verify({ ...queryFor(alternate), fullName: alternate.alternateSpelling!.fullName }).body,
    );
    expect(outcome).toEqual({
      kind: 'ok',
      value: { verified: false, fields: { fullName: 'MISMATCH', dateOfBirth: 'MATCH' } },
    });
  });

  it('passes the connection check, and reports wrong credentials as FORBIDDEN', () => {
    const check = (as: PopulationCredentials) =>
      parseConnectionCheckResponse(
        send(buildConnectionCheckEnvelope(as), SOAP_ACTION.connectionCheck).body,
      );
    expect(check(credentials)).toEqual({ kind: 'ok', value: true });
    expect(check({ ...credentials, secretKey: 'wrong' })).toEqual(
      expect.objectContaining({ kind: 'fault', code: 'FORBIDDEN' }),
    );
  });
});

describe('fixtures', () => {
  const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');
  const TRUONG_VAN_MANH = directory.find('079063847555')!;

  it('are exactly what the simulator emits today', () => {
    const unknown = { ...queryFor(TRUONG_VAN_MANH), personalId: directory.unknownPersonalIds[0] };
    const emitted: Record<string, string> = {
      'lookup-ok.xml': lookup(queryFor(TRUONG_VAN_MANH)).body,
      'lookup-year-only.xml': lookup(queryFor(directory.find('017167735376')!)).body,
      'lookup-not-found.xml': lookup(unknown).body,
      'lookup-truncated.xml': truncated(lookup(queryFor(TRUONG_VAN_MANH))).body,
      'verify-match.xml': verify(queryFor(TRUONG_VAN_MANH)).body,
      'verify-mismatch.xml': verify({ ...queryFor(TRUONG_VAN_MANH), fullName: 'Nguyễn Thị Thuỳ' })
        .body,
      'verify-not-found.xml': verify(unknown).body,
      'connection-check-ok.xml': send(
        buildConnectionCheckEnvelope(credentials),
        SOAP_ACTION.connectionCheck,
      ).body,
      'fault-auth.xml': lookup(queryFor(TRUONG_VAN_MANH), { ...credentials, secretKey: 'x' }).body,
      'fault-invalid-request.xml': lookup({ ...queryFor(TRUONG_VAN_MANH), fullName: '' }).body,
      'fault-server.xml': POPULATION_FAULT_RESPONSES.serverError().body,
      'fault-quota.xml': POPULATION_FAULT_RESPONSES.quotaExhausted().body,
    };
    for (const [name, body] of Object.entries(emitted)) {
      expect({ name, body }).toEqual({ name, body: fixture(name) });
    }
  });
});

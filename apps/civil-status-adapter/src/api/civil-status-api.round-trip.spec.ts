import { fixtureText } from '../fixtures/fixtures';
// The simulator's handler, called as a function: proves the mappers and the simulator agree.
import {
  CivilStatusResource,
  handleCivilStatusRequest,
} from '../../../upstream-simulator/src/civil-status/civil-status-api.handler';
import { CIVIL_STATUS_FAULT_RESPONSES } from '../../../upstream-simulator/src/civil-status/civil-status-responses';
import { AccessTokens } from '../../../upstream-simulator/src/civil-status/oauth/access-tokens';
import { buildCivilStatusRegister } from '../../../upstream-simulator/src/civil-status/register/civil-status-register.builder';
import { truncated } from '../../../upstream-simulator/src/faults/fault-injector';
import { PopulationDirectory } from '../../../upstream-simulator/src/population/population-directory';
import { isoBirthDate } from '../../../upstream-simulator/src/synthetic/synthetic-citizen';
import { mapBirth } from './birth.mapper';
import { mapDeath } from './death.mapper';
import { mapMaritalStatus } from './marital-status.mapper';
import { mapMarriageHistory } from './marriage.mapper';

/** The simulator's default register, which the fixtures were produced from. */
const SEED = 20250701;
const directory = PopulationDirectory.generate(SEED, 10_000);
const register = buildCivilStatusRegister(directory, SEED);
const tokens = new AccessTokens(3600);
const headers = {
  authorization: `Bearer ${tokens.issue().accessToken}`,
  'x-ma-don-vi': 'H40',
  'x-ma-can-bo': 'CB0001',
  'x-ma-thu-tuc': '1.001193',
};
const ask = (resource: CivilStatusResource, personalId: string) =>
  handleCivilStatusRequest(resource, { headers, personalId }, { register, tokens });
const pretty = (body: string) => `${JSON.stringify(JSON.parse(body), null, 2)}\n`;

describe('fixtures are what the simulator answers', () => {
  it.each<[string, CivilStatusResource, string]>([
    ['birth-ok.json', 'birth', '006192706576'],
    ['birth-parents-by-name.json', 'birth', '019203425781'],
    ['marriage-history-remarried.json', 'marriages', '084180982161'],
    ['marriage-history-widowed.json', 'marriages', '015145998314'],
    ['marriage-history-none.json', 'marriages', '019203425781'],
    ['death-ok.json', 'death', '015042885451'],
    ['marital-status-married.json', 'marital-status', '084180982161'],
    ['marital-status-widowed.json', 'marital-status', '015145998314'],
    ['marital-status-single.json', 'marital-status', '019203425781'],
    ['not-found.json', 'birth', directory.unknownPersonalIds[0]],
    ['invalid-request.json', 'birth', '12345'],
  ])('%s', (file, resource, personalId) => {
    expect(pretty(ask(resource, personalId).body)).toBe(fixtureText(file));
  });

  it('token-expired.json, token-missing.json', () => {
    tokens.expireNextCalls(1);
    expect(pretty(ask('birth', '006192706576').body)).toBe(fixtureText('token-expired.json'));
    const anonymous = handleCivilStatusRequest(
      'birth',
      { headers: {}, personalId: '006192706576' },
      { register, tokens },
    );
    expect(pretty(anonymous.body)).toBe(fixtureText('token-missing.json'));
  });

  it('birth-truncated.txt, quota-exhausted.json, server-error.json', () => {
    expect(truncated(ask('birth', '006192706576')).body).toBe(fixtureText('birth-truncated.txt'));
    const { quotaExhausted, serverError } = CIVIL_STATUS_FAULT_RESPONSES;
    expect(pretty(quotaExhausted().body)).toBe(fixtureText('quota-exhausted.json'));
    expect(pretty(serverError().body)).toBe(fixtureText('server-error.json'));
  });
});

describe('mappers against the simulator', () => {
  const body = (resource: CivilStatusResource, personalId: string) =>
    JSON.parse(ask(resource, personalId).body);

  it('maps every birth registration of a sample, with the facts the simulator holds', () => {
    for (const birth of register.contents.births.slice(0, 500)) {
      const { personalId } = birth.child;
      expect(mapBirth(body('birth', personalId), personalId)).toEqual({
        ok: true,
        value: expect.objectContaining({
          child: expect.objectContaining({
            personalId,
            fullName: birth.child.fullName,
            dateOfBirth: isoBirthDate(birth.child.birthDate),
            gender: birth.child.sex,
          }),
        }),
      });
    }
  });

  it('maps the marriages and marital status of every kind of person', () => {
    const people = [
      ...register.contents.maritalStatusMismatches,
      ...directory.citizens.slice(0, 300).map((citizen) => citizen.personalId),
    ];
    for (const personalId of people) {
      const history = mapMarriageHistory(body('marriages', personalId), personalId);
      expect(history).toMatchObject({ ok: true });
      expect(mapMaritalStatus(body('marital-status', personalId), personalId)).toEqual({
        ok: true,
        value: expect.objectContaining({
          maritalStatus: register.maritalStatusOf(personalId)!.status,
        }),
      });
    }
  });

  it('maps every death registration', () => {
    for (const { deceased, diedOn } of register.contents.deaths) {
      const { personalId } = deceased;
      expect(mapDeath(body('death', personalId), personalId)).toMatchObject({
        ok: true,
        value: { deceased: { personalId }, dateOfDeath: diedOn },
      });
    }
  });
});

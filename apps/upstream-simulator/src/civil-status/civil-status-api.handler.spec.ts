import { PopulationDirectory } from '../population/population-directory';
import {
  CivilStatusApiContext,
  CivilStatusResource,
  handleCivilStatusRequest,
  handleConnectionCheck,
} from './civil-status-api.handler';
import { AccessTokens } from './oauth/access-tokens';
import { buildCivilStatusRegister } from './register/civil-status-register.builder';

const SEED = 7;
const directory = PopulationDirectory.generate(SEED, 2000);
const register = buildCivilStatusRegister(directory, SEED);
const [death] = register.contents.deaths;
const [birth] = register.contents.births;
const remarried = directory.citizens.find(
  (citizen) => register.marriagesOf(citizen.personalId).length > 1,
)!;
const [unknown] = directory.unknownPersonalIds;
const PURPOSE = { 'x-ma-don-vi': 'H40', 'x-ma-can-bo': 'CB0001', 'x-ma-thu-tuc': '1.001193' };

describe('civil-status API', () => {
  let context: CivilStatusApiContext;
  let bearer: string;

  beforeEach(() => {
    context = { register, tokens: new AccessTokens(300) };
    bearer = `Bearer ${context.tokens.issue().accessToken}`;
  });

  const send = (
    resource: CivilStatusResource,
    personalId: unknown,
    headers: Record<string, string | undefined>,
  ) => {
    const response = handleCivilStatusRequest(resource, { headers, personalId }, context);
    return { ...response, json: JSON.parse(response.body) };
  };
  const get = (resource: CivilStatusResource, personalId: unknown) =>
    send(resource, personalId, { authorization: bearer, ...PURPOSE });

  it('answers a birth registration with its entry, the child and the parents', () => {
    const { status, json } = get('birth', birth.child.personalId);
    expect(status).toBe(200);
    expect(json).toEqual({
      soDangKy: birth.number,
      quyenSo: birth.book,
      ngayDangKy: expect.stringMatching(/^\d{2}\/\d{2}\/\d{4}$/),
      coQuanDangKy: { maCoQuan: birth.authority.code, tenCoQuan: birth.authority.name },
      nguoiDuocKhaiSinh: expect.objectContaining({
        hoTen: birth.child.fullName,
        soDinhDanh: birth.child.personalId,
        gioiTinh: birth.child.sex === 'male' ? '1' : '2',
      }),
      cha: expect.objectContaining({ hoTen: birth.father!.fullName }),
      me: expect.objectContaining({ hoTen: birth.mother!.fullName }),
    });
  });

  it('lists a person’s marriages newest first, the ended one with its date and reason', () => {
    const { status, json } = get('marriages', remarried.personalId);
    expect(status).toBe(200);
    expect(json).toMatchObject({ soDinhDanh: remarried.personalId, tongSo: 2 });
    expect(json.danhSach[0]).toMatchObject({ tinhTrang: '1' });
    expect(json.danhSach[0].ngayChamDut).toBeUndefined();
    expect(json.danhSach[1]).toMatchObject({ tinhTrang: '2', lyDoChamDut: '1' });
  });

  it('answers a known person who never married with an empty list, nobody with 404', () => {
    const single = directory.citizens.find((citizen) => citizen.maritalStatus === 'single')!;
    expect(get('marriages', single.personalId).json).toMatchObject({ tongSo: 0, danhSach: [] });
    expect(get('marriages', unknown)).toMatchObject({
      status: 404,
      json: { maLoi: 'KHONG_TIM_THAY' },
    });
  });

  it('answers a death registration, and the surviving spouse’s status as widowed', () => {
    const { json } = get('death', death.deceased.personalId);
    expect(json).toMatchObject({
      nguoiChet: { soDinhDanh: death.deceased.personalId, hoTen: death.deceased.fullName },
      noiChet: death.placeOfDeath,
    });
    const [marriage] = register.marriagesOf(death.deceased.personalId);
    const survivor = [marriage.husband, marriage.wife].find(
      (spouse) => spouse.personalId !== death.deceased.personalId,
    )!;
    const status = get('marital-status', survivor.personalId).json;
    expect(status).toMatchObject({ tinhTrangHonNhan: '4', canCu: expect.stringContaining('chết') });
  });

  it.each<CivilStatusResource>(['birth', 'death', 'marital-status'])(
    'answers %s of nobody with 404 and the service’s error code',
    (resource) => {
      expect(get(resource, unknown)).toMatchObject({
        status: 404,
        json: { maLoi: 'KHONG_TIM_THAY' },
      });
    },
  );

  it.each([['12345'], [['001', '002']], [undefined]])(
    'refuses the malformed id %p with 400',
    (id) => {
      expect(get('marriages', id)).toMatchObject({
        status: 400,
        json: { maLoi: 'YEU_CAU_KHONG_HOP_LE' },
      });
    },
  );

  it.each([
    ['no Authorization header', undefined, 'invalid_request'],
    ['a token it never issued', 'Bearer forged', 'invalid_token'],
    ['another scheme', 'Basic abc', 'invalid_request'],
  ])('answers 401 to a call with %s, with a Bearer challenge', (_, authorization, error) => {
    const response = send('birth', birth.child.personalId, { authorization, ...PURPOSE });
    expect(response).toMatchObject({ status: 401, json: { error } });
    expect(response.headers?.['WWW-Authenticate']).toMatch(/^Bearer realm="civil-status"/);
  });

  it('says why a token is refused: expired or revoked', () => {
    context.tokens.expireNextCalls(1);
    expect(get('birth', birth.child.personalId).json.error_description).toMatch(/expired/);
    context.tokens.revokeAll();
    expect(get('birth', birth.child.personalId).json.error_description).toMatch(/revoked/);
  });

  it.each(Object.keys(PURPOSE))(
    'refuses a query without its purpose of use (%s) with 400',
    (name) => {
      const headers = { authorization: bearer, ...PURPOSE, [name]: undefined };
      expect(send('birth', birth.child.personalId, headers)).toMatchObject({
        status: 400,
        json: { maLoi: 'YEU_CAU_KHONG_HOP_LE' },
      });
    },
  );

  it('checks the connection with the token alone', () => {
    const ok = handleConnectionCheck({ headers: { authorization: bearer } }, context);
    expect(ok).toMatchObject({ status: 200, body: '{"trangThai":"HOAT_DONG"}' });
    expect(handleConnectionCheck({ headers: {} }, context).status).toBe(401);
  });
});

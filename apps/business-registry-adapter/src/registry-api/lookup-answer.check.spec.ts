import { Enterprise, ErrorCode } from '@interop/contracts';
import { checkAnswersCode } from './lookup-answer.check';

const enterprise = {
  enterpriseCode: '0103376519',
  branches: [{ branchCode: '0103376519-001' }, { branchCode: '0103376519-002' }],
} as Enterprise;

describe('checkAnswersCode', () => {
  it('passes the enterprise on, in full, for its own code and for any of its branch codes', () => {
    for (const code of ['0103376519', '0103376519-002']) {
      expect(checkAnswersCode(code, enterprise)).toEqual({ ok: true, value: enterprise });
    }
  });

  it.each([
    ['another enterprise', '0312053896'],
    ['a branch it does not list', '0103376519-003'],
  ])('refuses an answer about %s', (_, code) => {
    expect(checkAnswersCode(code, enterprise)).toMatchObject({
      ok: false,
      code: ErrorCode.UpstreamInvalidResponse,
    });
  });
});

import { checkJsonBytes, jsonDepth, MAX_JSON_DEPTH } from './json-body';

const check = (text: string | Buffer) => () =>
  checkJsonBytes({} as never, {}, typeof text === 'string' ? Buffer.from(text) : text);

describe('JSON body checks', () => {
  it('measure nesting outside strings only', () => {
    expect(jsonDepth(Buffer.from('{"a":[1,{"b":2}]}'))).toBe(3);
    expect(jsonDepth(Buffer.from('{"a":"[[[[{{{{\\"]]"}'))).toBe(1);
    expect(jsonDepth(Buffer.from('"no brackets"'))).toBe(0);
  });

  it('let a contract-shaped body through', () => {
    expect(check('{"applicant":{"permanentAddress":{"provinceCode":"01"}}}')).not.toThrow();
    expect(check('{"fullName":"Nguyễn Văn An"}')).not.toThrow();
  });

  it('refuse a body nested deeper than any contract, as a 400', () => {
    const deep = `${'['.repeat(MAX_JSON_DEPTH + 1)}${']'.repeat(MAX_JSON_DEPTH + 1)}`;
    expect(check(deep)).toThrow(expect.objectContaining({ status: 400, expose: true }));
    expect(check('['.repeat(100_000))).toThrow(/nests deeper/);
  });

  it('refuse bytes that are not UTF-8, as a 400', () => {
    const latin1 = Buffer.from('{"fullName":"Nguy\xeanx"}', 'latin1');
    expect(check(latin1)).toThrow(
      expect.objectContaining({ status: 400, message: 'The request body is not valid UTF-8' }),
    );
  });
});

import { ErrorCode } from '@interop/contracts';
import { fail, succeed } from '@interop/adapter-kit';
import { fromSoapOutcome, readSoapResponse, soapRequest } from './population-soap.exchange';
import { SoapOutcome } from './soap';

describe('population SOAP exchange', () => {
  it('posts the envelope as text/xml with its SOAPAction, and reads the answer as text', () => {
    expect(soapRequest('urn:action', '<Envelope/>')).toEqual({
      method: 'POST',
      url: '/population/soap',
      headers: { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: 'urn:action' },
      data: '<Envelope/>',
      responseType: 'text',
    });
  });

  describe('fromSoapOutcome', () => {
    it('passes a value on', () => {
      expect(fromSoapOutcome({ kind: 'ok', value: 42 })).toEqual(succeed(42));
    });

    it('answers not-found with NOT_FOUND', () => {
      expect(fromSoapOutcome({ kind: 'not-found' })).toMatchObject({ code: ErrorCode.NotFound });
    });

    it('answers a fault with the code the codec gave it', () => {
      const fault: SoapOutcome<never> = {
        kind: 'fault',
        code: ErrorCode.Forbidden,
        message: 'bad key',
      };
      expect(fromSoapOutcome(fault)).toEqual(fail(ErrorCode.Forbidden, 'bad key'));
    });

    it('answers an invalid response with UPSTREAM_INVALID_RESPONSE, the reason in details', () => {
      expect(fromSoapOutcome({ kind: 'invalid', reason: 'HoVaTen missing' })).toMatchObject({
        code: ErrorCode.UpstreamInvalidResponse,
        details: { reason: 'HoVaTen missing' },
      });
    });
  });

  describe('readSoapResponse', () => {
    const parse = jest.fn((): SoapOutcome<string> => ({ kind: 'ok', value: 'parsed' }));

    beforeEach(() => parse.mockClear());

    it.each([200, 500])(
      'parses the body of an HTTP %i answer (SOAP faults come as 500)',
      (status) => {
        expect(readSoapResponse(parse)({ status, headers: {}, data: '<Envelope/>' })).toEqual(
          succeed('parsed'),
        );
        expect(parse).toHaveBeenCalledWith('<Envelope/>');
      },
    );

    it('does not parse a status SOAP does not use', () => {
      expect(
        readSoapResponse(parse)({ status: 404, headers: {}, data: 'Not Found' }),
      ).toMatchObject({
        code: ErrorCode.UpstreamInvalidResponse,
        details: { status: 404 },
      });
      expect(parse).not.toHaveBeenCalled();
    });
  });
});

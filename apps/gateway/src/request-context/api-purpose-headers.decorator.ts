import { applyDecorators } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { REQUEST_ID_MAX_LENGTH } from './inbound-context';
import { HEADER_TOKEN_CHARS, PURPOSE_HEADER_MAX_LENGTH } from './purpose-headers.dto';

function token(maxLength: number) {
  return { type: 'string', maxLength, pattern: `^[\\w.:/-]{1,${maxLength}}$` } as const;
}

const purpose = token(PURPOSE_HEADER_MAX_LENGTH);

/** OpenAPI description of the request context headers every source endpoint takes. */
export const ApiPurposeHeaders = () =>
  applyDecorators(
    ApiHeader({
      name: 'X-Requester',
      required: false,
      schema: purpose,
      description:
        'The calling system. Optional: the authenticated caller is the requester, and a value ' +
        'that names another is refused (403 REQUESTER_MISMATCH)',
    }),
    ApiHeader({
      name: 'X-Officer-Id',
      required: true,
      schema: purpose,
      description:
        "The officer handling the dossier: the caller's statement about its user, recorded as such",
    }),
    ApiHeader({
      name: 'X-Procedure-Code',
      required: true,
      schema: purpose,
      description: 'The administrative procedure under which the data is used',
    }),
    ApiHeader({
      name: 'X-Dossier-Id',
      required: false,
      schema: purpose,
      description: 'The dossier being processed',
    }),
    ApiHeader({
      name: 'X-Request-Id',
      required: false,
      schema: token(REQUEST_ID_MAX_LENGTH),
      description: `Correlation id, echoed on the response; generated when absent. ${HEADER_TOKEN_CHARS}`,
    }),
    ApiHeader({
      name: 'traceparent',
      required: false,
      description: 'W3C trace context; the trace continues through Kafka to the adapter',
    }),
  );

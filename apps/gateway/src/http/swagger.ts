import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { API_KEY_SCHEME, BEARER_SCHEME } from '../auth/api-caller-security.decorator';
import { withValidatorRules } from './validator-rules';

/**
 * Serves the OpenAPI document, generated from the DTOs and their validators, at /docs (UI) and
 * /docs-json.
 */
export function setupSwagger(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Interoperability gateway')
    .setDescription(
      'One canonical, audited interface in front of the national databases. Every /v1 ' +
        'endpoint needs a credential — an API key (as a bearer token or X-Api-Key) or a JWT ' +
        'of the configured identity provider — and a grant of its operation in the access ' +
        'policy; every source endpoint also the purpose of use (X-Officer-Id, ' +
        'X-Procedure-Code), and the procedure must use the operation.',
    )
    .setVersion('1')
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        description: 'An API key, or a JWT of the identity provider',
      },
      BEARER_SCHEME,
    )
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Api-Key' }, API_KEY_SCHEME)
    .build();
  const document = withValidatorRules(SwaggerModule.createDocument(app, config));
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}

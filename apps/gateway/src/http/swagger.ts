import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** Serves the OpenAPI document, generated from the DTOs, at /docs (UI) and /docs-json. */
export function setupSwagger(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Interoperability gateway')
    .setDescription(
      'One canonical, audited interface in front of the national databases. Every source ' +
        'endpoint requires the purpose of use (X-Requester, X-Officer-Id, X-Procedure-Code).',
    )
    .setVersion('1')
    .build();
  const document = SwaggerModule.createDocument(app, config);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}

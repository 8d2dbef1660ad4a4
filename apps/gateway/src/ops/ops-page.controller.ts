import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Public } from '../auth/route-access.decorators';

/** The page's files, served from the repository (and dist): no CDN, works offline. */
const ASSETS = {
  'index.html': 'text/html; charset=utf-8',
  'ops.css': 'text/css; charset=utf-8',
  'ops.js': 'text/javascript; charset=utf-8',
} as const;

type AssetName = keyof typeof ASSETS;

const isAsset = (name: string): name is AssetName => Object.hasOwn(ASSETS, name);

/** Only the page's own files may run or style it; nothing may frame it or be sent elsewhere. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

/**
 * The ops page at /ops: a shell with no data in it, open to anyone, like the API documents. It
 * asks for an ops API key and sends it as a bearer token on its requests to /v1/ops, which
 * the ops role alone may read.
 */
@ApiExcludeController()
@Controller('ops')
export class OpsPageController {
  private readonly files = new Map<AssetName, Buffer>(
    Object.keys(ASSETS).map((name) => [
      name as AssetName,
      readFileSync(path.join(__dirname, 'assets', name)),
    ]),
  );

  @Get()
  @Public()
  page(@Res() response: Response): void {
    this.send(response, 'index.html');
  }

  @Get('assets/:name')
  @Public()
  asset(@Param('name') name: string, @Res() response: Response): void {
    if (!isAsset(name) || name === 'index.html') throw new NotFoundException(`Cannot GET ${name}`);
    this.send(response, name);
  }

  private send(response: Response, name: AssetName): void {
    response
      .status(200)
      .set({
        'Content-Type': ASSETS[name],
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cache-Control': 'no-cache',
      })
      .send(this.files.get(name));
  }
}

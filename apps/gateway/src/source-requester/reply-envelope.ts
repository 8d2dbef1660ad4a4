import {
  ErrorCode,
  Reply,
  ReplyError,
  ReplyMeta,
  SOURCES,
  SourceName,
  validateContract,
} from '@interop/contracts';
import { Type } from 'class-transformer';
import {
  Allow,
  Equals,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsNumber,
  IsObject,
  IsString,
  Min,
  ValidateNested,
} from 'class-validator';

class ReplyMetaContract implements ReplyMeta {
  @IsIn(SOURCES)
  source: SourceName;

  @IsISO8601()
  fetchedAt: string;

  @IsBoolean()
  cached: boolean;

  @IsNumber()
  @Min(0)
  durationMs: number;
}

class OkReplyContract {
  @Equals(true)
  ok: true;

  @IsObject()
  data: object;

  @IsObject()
  @ValidateNested()
  @Type(() => ReplyMetaContract)
  meta: ReplyMetaContract;
}

class ReplyErrorContract implements ReplyError {
  @IsIn(Object.values(ErrorCode))
  code: ErrorCode;

  @IsString()
  message: string;

  @IsBoolean()
  retryable: boolean;

  @Allow()
  details?: unknown;
}

class ErrorReplyContract {
  @Equals(false)
  ok: false;

  @IsObject()
  @ValidateNested()
  @Type(() => ReplyErrorContract)
  error: ReplyErrorContract;
}

/** The reply if `value` is a reply envelope, checked as strictly as an HTTP body; else undefined. */
export function parseReply(value: unknown): Reply<unknown> | undefined {
  const isOk = (value as { ok?: unknown } | null)?.ok === true;
  const contract = isOk ? OkReplyContract : ErrorReplyContract;
  // Unknown fields are allowed so that adapters may add some before the gateway knows them.
  return validateContract<object>(contract, value, { allowUnknown: true }).ok
    ? (value as Reply<unknown>)
    : undefined;
}

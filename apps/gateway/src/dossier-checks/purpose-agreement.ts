import { DossierCheckPurposeDto, FieldError, KafkaHeader } from '@interop/contracts';

/** The purpose of use the request's headers declare, over HTTP or Kafka alike. */
export interface DeclaredPurpose {
  procedureCode: string;
  dossierId?: string;
}

/**
 * A check is made for one dossier under one procedure: the body names them, and the headers
 * that every source request carries must not say otherwise (x-dossier-id may be left out).
 */
export function purposeConflicts(
  request: DossierCheckPurposeDto,
  purpose: DeclaredPurpose,
): FieldError[] {
  const conflicts: FieldError[] = [];
  if (request.procedureCode !== purpose.procedureCode) {
    conflicts.push({
      field: 'procedureCode',
      message: `procedureCode must be the one in header ${KafkaHeader.ProcedureCode}`,
    });
  }
  if (purpose.dossierId !== undefined && request.dossierId !== purpose.dossierId) {
    conflicts.push({
      field: 'dossierId',
      message: `dossierId must be the one in header ${KafkaHeader.DossierId}`,
    });
  }
  return conflicts;
}

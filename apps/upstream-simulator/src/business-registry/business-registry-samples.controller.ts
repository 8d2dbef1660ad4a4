import { Controller, Get, Query } from '@nestjs/common';
import { isoBirthDate } from '../synthetic/synthetic-citizen';
import {
  BranchSample,
  BusinessRegistrySamplesQueryDto,
  BusinessRegistrySamplesResponse,
  EnterpriseSample,
} from './business-registry-samples.dto';
import { EnterpriseRegistry } from './enterprise-registry';
import { registeredLegalForm } from './business-registry-api.contract';
import { SyntheticEnterprise } from './synthetic/synthetic-enterprise';

const BRANCH_SAMPLES = 10;

/** Lets people and tests discover enterprises, their representatives and branches; not part of the real service. */
@Controller('_sim/business-registry')
export class BusinessRegistrySamplesController {
  private readonly branchSamples: BranchSample[];

  constructor(private readonly registry: EnterpriseRegistry) {
    this.branchSamples = registry.enterprises
      .flatMap((enterprise) =>
        enterprise.branches.map((branch) => ({
          branchCode: branch.code,
          enterpriseCode: enterprise.code,
          status: branch.standing,
        })),
      )
      .slice(0, BRANCH_SAMPLES);
  }

  @Get('samples')
  samples(@Query() query: BusinessRegistrySamplesQueryDto): BusinessRegistrySamplesResponse {
    const { limit, offset, status } = query;
    const matching = status
      ? this.registry.enterprises.filter((enterprise) => enterprise.standing === status)
      : this.registry.enterprises;
    return {
      samples: matching.slice(offset, offset + limit).map(sampleOf),
      total: matching.length,
      offset,
      limit,
      unknownEnterpriseCodes: this.registry.unknownCodes,
      branchSamples: this.branchSamples,
    };
  }
}

function sampleOf(enterprise: SyntheticEnterprise): EnterpriseSample {
  const { representative } = enterprise;
  return {
    enterpriseCode: enterprise.code,
    name: enterprise.name,
    foreignName: enterprise.foreignName,
    shortName: enterprise.shortName,
    legalForm: registeredLegalForm(enterprise.legalForm),
    status: enterprise.standing,
    provinceName: enterprise.headOffice.provinceName,
    legalRepresentative: {
      personalId: representative.personalId,
      fullName: representative.fullName,
      dateOfBirth: isoBirthDate(representative.birthDate),
      position: representative.position,
    },
    branchCodes: enterprise.branches.map((branch) => branch.code),
  };
}

import { Controller, Get, Query } from '@nestjs/common';
import { isoBirthDate, SyntheticCitizen } from '../synthetic/synthetic-citizen';
import { PopulationDirectory } from './population-directory';
import {
  PopulationSample,
  PopulationSamplesQueryDto,
  PopulationSamplesResponse,
} from './population-samples.dto';

/** Lets people and tests discover valid identities; not part of the real service. */
@Controller('_sim/population')
export class PopulationSamplesController {
  constructor(private readonly directory: PopulationDirectory) {}

  @Get('samples')
  samples(@Query() { limit, offset }: PopulationSamplesQueryDto): PopulationSamplesResponse {
    return {
      samples: this.directory.citizens.slice(offset, offset + limit).map(sampleOf),
      total: this.directory.size,
      offset,
      limit,
      unknownPersonalIds: this.directory.unknownPersonalIds,
    };
  }
}

function sampleOf(citizen: SyntheticCitizen): PopulationSample {
  return {
    personalId: citizen.personalId,
    fullName: citizen.fullName,
    dateOfBirth: isoBirthDate(citizen.birthDate),
    gender: citizen.sex,
    oldIdCardNumber: citizen.oldIdCardNumber,
    maritalStatus: citizen.maritalStatus,
    provinceName: citizen.permanentAddress.provinceName,
    householdHeadPersonalId: citizen.household.head.personalId,
    householdRelationship: citizen.household.relationship,
    fatherPersonalId: citizen.father?.personalId,
    motherPersonalId: citizen.mother?.personalId,
    spousePersonalId: citizen.spouse?.personalId,
    alternateSpelling: citizen.alternateSpelling,
  };
}

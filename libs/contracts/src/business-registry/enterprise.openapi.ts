import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Address } from '../citizen/citizen.model';
import {
  Branch,
  BusinessLine,
  Enterprise,
  ENTERPRISE_STATUSES,
  EnterpriseNames,
  EnterpriseSearchPage,
  EnterpriseStatus,
  EnterpriseSummary,
  LegalRepresentative,
} from './enterprise.model';

// OpenAPI shapes of the canonical models; `implements` keeps them in step with the types.
// Examples are records of the simulator's default registry (seed 20250701).

class RegisteredAddressModel implements Address {
  @ApiProperty({ example: '01' })
  provinceCode: string;
  @ApiProperty({ example: 'Hà Nội' })
  provinceName: string;
  @ApiProperty({ example: '00004' })
  communeCode: string;
  @ApiProperty({ example: 'Phường Phúc Xá' })
  communeName: string;
  @ApiProperty({ example: 'Số 18 phố Nguyễn Trung Trực' })
  detail: string;
}

class EnterpriseNamesModel implements EnterpriseNames {
  @ApiProperty({ example: 'Công ty TNHH Thương mại và Dịch vụ Gia Hà' })
  vietnamese: string;
  @ApiPropertyOptional({ example: 'GIA HA TRADING AND SERVICES COMPANY LIMITED' })
  foreign?: string;
  @ApiPropertyOptional({ example: 'GIA HA CO., LTD' })
  short?: string;
}

class LegalRepresentativeModel implements LegalRepresentative {
  @ApiProperty({ example: '038165914115' })
  personalId: string;
  @ApiProperty({ example: 'Nguyễn Thu Hằng' })
  fullName: string;
  @ApiProperty({ example: 'Chủ tịch công ty' })
  position: string;
}

class CharterCapitalModel {
  @ApiProperty({ example: 5000000000 })
  amount: number;
  @ApiProperty({ enum: ['VND'] })
  currency: 'VND';
}

class BusinessLineModel implements BusinessLine {
  @ApiProperty({ example: '4659', description: 'VSIC code' })
  code: string;
  @ApiProperty({ example: 'Bán buôn máy móc, thiết bị và phụ tùng máy khác' })
  name: string;
  @ApiProperty()
  main: boolean;
}

class BranchModel implements Branch {
  @ApiProperty({ example: '0100897827-001' })
  branchCode: string;
  @ApiProperty({ example: 'Chi nhánh Hải Phòng' })
  name: string;
  @ApiProperty({ type: RegisteredAddressModel })
  address: RegisteredAddressModel;
  @ApiProperty({ enum: ENTERPRISE_STATUSES })
  status: EnterpriseStatus;
}

export class EnterpriseModel implements Enterprise {
  @ApiProperty({ example: '0100137657' })
  enterpriseCode: string;
  @ApiProperty({ type: EnterpriseNamesModel })
  names: EnterpriseNamesModel;
  @ApiProperty({ example: 'Công ty trách nhiệm hữu hạn một thành viên' })
  type: string;
  @ApiProperty({ enum: ENTERPRISE_STATUSES })
  status: EnterpriseStatus;
  @ApiProperty({ type: RegisteredAddressModel })
  registeredAddress: RegisteredAddressModel;
  @ApiProperty({ type: LegalRepresentativeModel })
  legalRepresentative: LegalRepresentativeModel;
  @ApiProperty({ type: CharterCapitalModel })
  charterCapital: CharterCapitalModel;
  @ApiProperty({ type: [BusinessLineModel] })
  businessLines: BusinessLineModel[];
  @ApiProperty({ example: '2012-04-09' })
  establishedOn: string;
  @ApiProperty({ type: [BranchModel] })
  branches: BranchModel[];
}

class EnterpriseSummaryModel implements EnterpriseSummary {
  @ApiProperty({ example: '0100137657' })
  enterpriseCode: string;
  @ApiProperty({ type: EnterpriseNamesModel })
  names: EnterpriseNamesModel;
  @ApiProperty({ example: 'Công ty trách nhiệm hữu hạn một thành viên' })
  type: string;
  @ApiProperty({ enum: ENTERPRISE_STATUSES })
  status: EnterpriseStatus;
  @ApiProperty({ example: '2012-04-09' })
  establishedOn: string;
  @ApiProperty({ example: 'Hà Nội' })
  provinceName: string;
}

export class EnterpriseSearchPageModel implements EnterpriseSearchPage {
  @ApiProperty({ type: [EnterpriseSummaryModel] })
  items: EnterpriseSummaryModel[];
  @ApiProperty({ example: 1 })
  page: number;
  @ApiProperty({ example: 20 })
  pageSize: number;
  @ApiProperty({ example: 42, description: 'Matches over all pages' })
  total: number;
}

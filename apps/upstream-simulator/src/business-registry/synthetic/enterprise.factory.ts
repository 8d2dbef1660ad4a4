import { AddressFactory } from '../../synthetic/address-factory';
import { Random, weightedTable } from '../../synthetic/random';
import { SyntheticCitizen } from '../../synthetic/synthetic-citizen';
import { branchCount, branchesOf } from './branches';
import { businessLinesOf } from './business-lines';
import { GENERAL_SECTORS, PROFESSIONAL_SECTORS } from './business-sectors';
import { charterCapital } from './charter-capital';
import { EnterpriseCodeAllocator } from './enterprise-code.allocator';
import { EnterpriseNamer } from './enterprise-names';
import { standingOf } from './enterprise-standing';
import { FOUNDING_AGE } from './legal-representatives';
import { LEGAL_FORM_MIX, LEGAL_FORMS } from './legal-forms';
import { registrationDate, registrationYear } from './registration-dates';
import { LegalFormKey, SyntheticEnterprise } from './synthetic-enterprise';

const FORMS = weightedTable(LEGAL_FORM_MIX);
const SECTORS = weightedTable(GENERAL_SECTORS);
const PROFESSIONS = weightedTable(PROFESSIONAL_SECTORS);
const POSITIONS = Object.fromEntries(
  Object.entries(LEGAL_FORMS).map(([form, { positions }]) => [form, weightedTable(positions)]),
);

/** Builds one enterprise at a time, each founded by a citizen of the population. */
export class EnterpriseFactory {
  private readonly codes: EnterpriseCodeAllocator;
  private readonly namer: EnterpriseNamer;
  private readonly places: AddressFactory;

  constructor(
    private readonly random: Random,
    private readonly founders: readonly SyntheticCitizen[],
  ) {
    this.codes = new EnterpriseCodeAllocator(random);
    this.namer = new EnterpriseNamer(random);
    this.places = new AddressFactory(random);
  }

  enterprise(): SyntheticEnterprise {
    const founder = this.random.pick(this.founders);
    const year = registrationYear(this.random, founder.birthDate.year + FOUNDING_AGE);
    const establishedOn = registrationDate(this.random, year);
    const office = this.codes.taxOffice();
    const form: LegalFormKey = this.random.pickWeighted(FORMS);
    const sector = this.random.pickWeighted(form === 'partnership' ? PROFESSIONS : SECTORS);
    const enterprise: SyntheticEnterprise = {
      code: this.codes.code(office, year),
      ...this.namer.names(form, sector),
      legalForm: form,
      standing: standingOf(this.random, establishedOn),
      headOffice: this.places.address(office.provinceCode),
      representative: {
        personalId: founder.personalId,
        fullName: founder.fullName,
        birthDate: founder.birthDate,
        position: this.random.pickWeighted(POSITIONS[form]),
      },
      charterCapital: charterCapital(this.random, LEGAL_FORMS[form].capital),
      businessLines: businessLinesOf(this.random, sector),
      establishedOn,
      branches: [],
    };
    if (this.random.chance(LEGAL_FORMS[form].branchShare)) {
      const count = branchCount(this.random);
      enterprise.branches = branchesOf(this.random, this.places, enterprise, count);
    }
    return enterprise;
  }
}

import { parsePersonalId } from '@interop/contracts';
import { PopulationDirectory } from '../../population/population-directory';
import { isoBirthDate } from '../../synthetic/synthetic-citizen';
import { addDays } from './calendar';
import { buildCivilStatusRegister } from './civil-status-register.builder';

const SEED = 20250701;
const directory = PopulationDirectory.generate(SEED, 10_000);
const register = buildCivilStatusRegister(directory, SEED);
const { births, marriages, deaths, maritalStatusMismatches } = register.contents;
const shareOfPopulation = (count: number) => count / directory.size;

describe('civil-status register', () => {
  it('is identical for the same seed', () => {
    const again = buildCivilStatusRegister(directory, SEED);
    expect(JSON.stringify(again.contents)).toBe(JSON.stringify(register.contents));
  });

  describe('births', () => {
    it('registers most births, never those on a year-only record', () => {
      expect(shareOfPopulation(births.length)).toBeGreaterThan(0.85);
      expect(births.filter(({ child }) => child.birthDate.month === undefined)).toEqual([]);
    });

    it('registers each birth within 60 days, in a dated book of a commune People’s Committee', () => {
      const problems = births.flatMap((birth) => {
        const bornOn = isoBirthDate(birth.child.birthDate);
        const found: string[] = [];
        if (birth.registeredOn <= bornOn) found.push('registered before the birth');
        if (birth.registeredOn > addDays(bornOn, 60)) found.push('registered late');
        if (birth.book !== `01/${birth.registeredOn.slice(0, 4)}`)
          found.push('book of another year');
        if (!/^[1-9]\d*$/.test(birth.number)) found.push('no entry number');
        if (!/^\d{5}$/.test(birth.authority.code)) found.push('authority code');
        if (!/^UBND (phường|xã) \S/.test(birth.authority.name)) found.push('authority name');
        return found.map((problem) => `${birth.child.personalId}: ${problem}`);
      });
      expect(problems).toEqual([]);
    });

    it('names the child and links the parents as the population does, but for known spellings', () => {
      const problems = births.flatMap(({ child, father, mother }) => {
        const citizen = directory.find(child.personalId)!;
        const found: string[] = [];
        if (child.fullName !== (citizen.alternateSpelling?.fullName ?? citizen.fullName)) {
          found.push('name');
        }
        if (child.sex !== citizen.sex) found.push('sex');
        if (father?.personalId !== citizen.father?.personalId) found.push('father');
        if (mother?.personalId !== citizen.mother?.personalId) found.push('mother');
        return found.map((problem) => `${child.personalId}: ${problem}`);
      });
      expect(problems).toEqual([]);
      const misspelt = births.filter(
        (birth) => directory.find(birth.child.personalId)!.alternateSpelling,
      );
      expect(shareOfPopulation(misspelt.length)).toBeGreaterThan(0.005);
      expect(shareOfPopulation(misspelt.length)).toBeLessThan(0.03);
    });
  });

  describe('marital status', () => {
    it('agrees with the population register for everyone but a small, known share', () => {
      const disagreements = directory.citizens.flatMap((citizen) => {
        const { status } = register.maritalStatusOf(citizen.personalId)!;
        return status === citizen.maritalStatus
          ? []
          : [`${citizen.personalId}: ${citizen.maritalStatus} → ${status}`];
      });
      expect(disagreements.sort()).toEqual(
        maritalStatusMismatches.map((personalId) => `${personalId}: married → divorced`).sort(),
      );
      expect(shareOfPopulation(maritalStatusMismatches.length)).toBeGreaterThan(0.002);
      expect(shareOfPopulation(maritalStatusMismatches.length)).toBeLessThan(0.02);
    });

    it('rests every status but single on the person’s latest marriage', () => {
      const married = directory.citizens.find((citizen) => citizen.maritalStatus === 'married')!;
      const finding = register.maritalStatusOf(married.personalId)!;
      expect(finding.basedOn).toBe(register.marriagesOf(married.personalId)[0]);
      const single = directory.citizens.find((citizen) => citizen.maritalStatus === 'single')!;
      expect(register.maritalStatusOf(single.personalId)).toEqual({ status: 'single' });
    });

    it('gives no marital status for the deceased or for nobody', () => {
      expect(register.maritalStatusOf(deaths[0].deceased.personalId)).toBeUndefined();
      expect(register.maritalStatusOf(directory.unknownPersonalIds[0])).toBeUndefined();
    });
  });

  describe('marriages', () => {
    it('pairs a man and a woman, and ends a marriage only after it began', () => {
      for (const marriage of marriages) {
        const husband = directory.find(marriage.husband.personalId ?? '');
        const wife = directory.find(marriage.wife.personalId ?? '');
        if (husband) expect(husband.sex).toBe('male');
        if (wife) expect(wife.sex).toBe('female');
        if (marriage.ended) expect(marriage.ended.on > marriage.registeredOn).toBe(true);
      }
    });

    it('records divorces and remarriages, newest marriage first', () => {
      const remarried = directory.citizens.filter(
        (citizen) => register.marriagesOf(citizen.personalId).length > 1,
      );
      expect(remarried.length).toBeGreaterThan(20);
      for (const { personalId } of remarried) {
        const [latest, earlier] = register.marriagesOf(personalId);
        expect(latest.registeredOn > earlier.ended!.on).toBe(true);
        expect(earlier.ended!.reason).toBe('divorce');
      }
      const divorces = marriages.filter((marriage) => marriage.ended?.reason === 'divorce');
      expect(divorces.length).toBeGreaterThan(100);
    });
  });

  describe('deaths', () => {
    it('registers the deaths of a small share of people, with ids nobody else has', () => {
      expect(shareOfPopulation(deaths.length)).toBeGreaterThan(0.005);
      expect(shareOfPopulation(deaths.length)).toBeLessThan(0.05);
      const ids = deaths.map((death) => death.deceased.personalId);
      expect(new Set(ids).size).toBe(ids.length);
      for (const death of deaths) {
        const parsed = parsePersonalId(death.deceased.personalId);
        expect(parsed).toMatchObject({ ok: true, value: { sex: death.deceased.sex } });
        expect(directory.find(death.deceased.personalId)).toBeUndefined();
        expect(directory.unknownPersonalIds).not.toContain(death.deceased.personalId);
        expect(death.registeredOn >= death.diedOn).toBe(true);
      }
    });

    it('leaves the surviving spouse widowed, the marriage ended by the death', () => {
      for (const death of deaths) {
        const [marriage] = register.marriagesOf(death.deceased.personalId);
        expect(marriage.ended).toEqual({ on: death.diedOn, reason: 'death' });
        const spouse = [marriage.husband, marriage.wife].find(
          (person) => person.personalId !== death.deceased.personalId,
        )!;
        expect(directory.find(spouse.personalId!)?.maritalStatus).toBe('widowed');
        expect(register.maritalStatusOf(spouse.personalId!)?.status).toBe('widowed');
      }
    });
  });

  it('writes every name in NFC', () => {
    const text = JSON.stringify(register.contents);
    expect(text.normalize('NFC')).toBe(text);
  });
});

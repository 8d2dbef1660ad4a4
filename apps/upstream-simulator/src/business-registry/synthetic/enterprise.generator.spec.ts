import { parseEnterpriseCode, PROVINCES } from '@interop/contracts';
import { COMMUNES } from '../../synthetic/administrative-units';
import { generatePopulation } from '../../synthetic/population.generator';
import { generateEnterprises } from './enterprise.generator';
import { LEGAL_FORMS } from './legal-forms';
import { ENTERPRISE_STANDINGS, SyntheticEnterprise } from './synthetic-enterprise';
import { TAX_OFFICES } from './tax-offices';
import { VSIC } from './vsic-codes';

const SEED = 20250701;
const citizens = generatePopulation({ seed: SEED, size: 10_000 });
const enterprises = generateEnterprises({ seed: SEED, citizens });
const citizenById = new Map(citizens.map((citizen) => [citizen.personalId, citizen]));
const shareOf = (predicate: (enterprise: SyntheticEnterprise) => boolean) =>
  enterprises.filter(predicate).length / enterprises.length;

describe('generateEnterprises', () => {
  it('registers a few thousand enterprises for the default population, in code order', () => {
    expect(enterprises).toHaveLength(3000);
    const codes = enterprises.map((enterprise) => enterprise.code);
    expect(codes).toEqual([...codes].sort());
  });

  it('is identical for the same seed and population, and different for another seed', () => {
    expect(generateEnterprises({ seed: SEED, citizens })).toEqual(enterprises);
    const other = generateEnterprises({ seed: SEED + 1, citizens });
    expect(other.map((enterprise) => enterprise.code)).not.toEqual(
      enterprises.map((enterprise) => enterprise.code),
    );
  });

  it('gives every enterprise a unique code with a valid check digit and a tax-office prefix', () => {
    const prefixes = new Set(TAX_OFFICES.map(([office]) => office.prefix));
    const problems = enterprises.flatMap(({ code }) => {
      const parsed = parseEnterpriseCode(code);
      if (!parsed.ok) return [`${code}: ${parsed.reason}`];
      return prefixes.has(code.slice(0, 2)) ? [] : [`${code}: unknown prefix`];
    });
    expect(problems).toEqual([]);
    expect(new Set(enterprises.map(({ code }) => code)).size).toBe(enterprises.length);
  });

  it('registers the head office in the province of the tax office that issued the code', () => {
    const provinceOfPrefix = new Map(
      TAX_OFFICES.map(([office]) => [office.prefix, office.provinceCode]),
    );
    const misplaced = enterprises.filter(
      ({ code, headOffice }) => provinceOfPrefix.get(code.slice(0, 2)) !== headOffice.provinceCode,
    );
    expect(misplaced).toEqual([]);
  });

  it('names as legal representative a citizen of the population, as the population names them', () => {
    const problems = enterprises.flatMap(({ code, representative, establishedOn }) => {
      const citizen = citizenById.get(representative.personalId);
      if (!citizen) return [`${code}: representative not in the population`];
      if (citizen.fullName !== representative.fullName) return [`${code}: name differs`];
      const ageAtFounding = Number(establishedOn.slice(0, 4)) - citizen.birthDate.year;
      return ageAtFounding >= 20 ? [] : [`${code}: founded at ${ageAtFounding}`];
    });
    expect(problems).toEqual([]);
  });

  it('gives positions that the legal form allows', () => {
    const wrong = enterprises.filter(
      ({ legalForm, representative }) =>
        !LEGAL_FORMS[legalForm].positions.some(
          ([position]) => position === representative.position,
        ),
    );
    expect(wrong).toEqual([]);
  });

  it('keeps every Vietnamese name unique, and English names free of diacritics', () => {
    const names = enterprises.map(({ name }) => name.toLowerCase());
    expect(new Set(names).size).toBe(enterprises.length);
    const foreign = enterprises.flatMap(({ foreignName, shortName }) =>
      [foreignName, shortName].filter((text): text is string => text !== undefined),
    );
    expect(foreign.filter((text) => !/^[A-Z0-9 .,]+$/.test(text))).toEqual([]);
    expect(shareOf((enterprise) => enterprise.foreignName !== undefined)).toBeGreaterThan(0.5);
  });

  it('spreads the seven legal statuses with most enterprises active', () => {
    for (const standing of ENTERPRISE_STANDINGS) {
      expect(shareOf((enterprise) => enterprise.standing === standing)).toBeGreaterThan(0);
    }
    expect(shareOf((enterprise) => enterprise.standing === 'active')).toBeGreaterThan(0.65);
  });

  it('registers exactly one main business line, each a known VSIC code with its name', () => {
    const problems = enterprises.flatMap(({ code, businessLines }) => {
      const mains = businessLines.filter((line) => line.main).length;
      const unknown = businessLines.filter((line) => VSIC[line.code] !== line.name);
      return mains === 1 && unknown.length === 0 && businessLines.length >= 2 ? [] : [code];
    });
    expect(problems).toEqual([]);
  });

  it('registers charter capital within the legal form’s usual range, rounded', () => {
    const outside = enterprises.filter(({ legalForm, charterCapital }) => {
      const { min, max } = LEGAL_FORMS[legalForm].capital;
      return charterCapital < min * 0.95 || charterCapital > max * 1.05;
    });
    expect(outside).toEqual([]);
    expect(enterprises.every(({ charterCapital }) => charterCapital % 1_000_000 === 0)).toBe(true);
  });

  it('dates every registration between 1992 and the snapshot of mid-2025', () => {
    const dates = enterprises.map(({ establishedOn }) => establishedOn).sort();
    expect(dates[0] >= '1992-01-01').toBe(true);
    expect(dates[dates.length - 1] <= '2025-06-30').toBe(true);
    expect(dates.every((date) => !Number.isNaN(Date.parse(date)))).toBe(true);
  });

  it('numbers branches 001, 002... after the parent code, in real provinces and communes', () => {
    const branches = enterprises.flatMap((enterprise) =>
      enterprise.branches.map((branch, index) => ({ enterprise, branch, index })),
    );
    expect(branches.length).toBeGreaterThan(100);
    const problems = branches.flatMap(({ enterprise, branch, index }) => {
      const expected = `${enterprise.code}-${String(index + 1).padStart(3, '0')}`;
      if (branch.code !== expected) return [`${branch.code}: expected ${expected}`];
      const { provinceCode, provinceName, communeCode } = branch.address;
      const real =
        PROVINCES[provinceCode] === provinceName &&
        COMMUNES[provinceCode].some((commune) => commune.code === communeCode);
      return real && branch.name.startsWith(`Chi nhánh ${enterprise.name} tại `)
        ? []
        : [branch.code];
    });
    expect(problems).toEqual([]);
  });

  it('closes the branches of an enterprise that is no longer active', () => {
    const wrong = enterprises.filter(
      ({ standing, branches }) =>
        standing !== 'active' && branches.some((branch) => branch.standing !== standing),
    );
    expect(wrong).toEqual([]);
  });

  it('registers nothing for a population with nobody old enough to found an enterprise', () => {
    const children = citizens.filter((citizen) => citizen.birthDate.year > 2010).slice(0, 10);
    expect(generateEnterprises({ seed: SEED, citizens: children })).toEqual([]);
  });
});
